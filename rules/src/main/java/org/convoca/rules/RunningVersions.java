package org.convoca.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieServices;

/**
 * The versions of Convoca and Drools running now, as an outcome's {@code producedBy} names them:
 * from the jars' manifests on the class path, or from the module versions on the module path; "(development build)" when
 * neither says (classes run from a build folder).
 */
final class RunningVersions {

  private static final String UNKNOWN = "(development build)";
  private static final Map<String, String> VERSIONS = versions();

  private RunningVersions() {}

  /** {@return {@code convoca} and {@code drools} to their versions, in that order} */
  static Map<String, String> get() {
    return VERSIONS;
  }

  private static Map<String, String> versions() {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("convoca", of(Convoca.class));
    versions.put("drools", of(KieServices.class));
    return java.util.Collections.unmodifiableMap(versions);
  }

  private static String of(Class<?> type) {
    return Optional.ofNullable(type.getPackage().getImplementationVersion())
        .or(() -> type.getModule().getDescriptor() == null ? Optional.empty() : type.getModule().getDescriptor().rawVersion())
        .orElse(UNKNOWN);
  }
}
