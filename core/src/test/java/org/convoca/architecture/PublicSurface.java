package org.convoca.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A module's public surface, as ArchUnit imports it, held against an approved list that is checked
 * in: the types an application can name (public, in public enclosing types), and the Jackson types
 * its public members would take or give. Used by core's and rules' surface tests.
 */
public final class PublicSurface {

  private final String module;
  private final JavaClasses classes;

  private PublicSurface(String module, JavaClasses classes) {
    this.module = module;
    this.classes = classes;
  }

  /**
   * {@return the surface of {@code classes}, named {@code module} in messages}
   *
   * @param module the Maven module, as a folder name
   * @param classes the module's main classes
   */
  public static PublicSurface of(String module, JavaClasses classes) {
    return new PublicSurface(module, classes);
  }

  /** {@return whether an application can name {@code type}: it and every type it is nested in are public} */
  static boolean visible(JavaClass type) {
    if (!type.getModifiers().contains(JavaModifier.PUBLIC) || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    return type.getEnclosingClass().map(PublicSurface::visible).orElse(true);
  }

  /** {@return the fully qualified names of the types an application can name, sorted} */
  public Set<String> types() {
    Set<String> types = new TreeSet<>();
    classes.stream().filter(PublicSurface::visible).forEach(t -> types.add(t.getName().replace('$', '.')));
    return types;
  }

  /**
   * {@return one line per public method, constructor or field of a visible type outside the
   * internal packages that takes, returns, throws or is of a Jackson type}
   */
  public List<String> jacksonLeaks() {
    List<String> leaks = new ArrayList<>();
    classes.stream().filter(PublicSurface::visible).filter(t -> !internal(t)).forEach(type -> {
      for (JavaCodeUnit unit : type.getCodeUnits()) {
        if (!unit.getModifiers().contains(JavaModifier.PUBLIC) || unit.getModifiers().contains(JavaModifier.SYNTHETIC)) {
          continue;
        }
        Set<JavaClass> involved = new LinkedHashSet<>(unit.getReturnType().getAllInvolvedRawTypes());
        unit.getParameterTypes().forEach(p -> involved.addAll(p.getAllInvolvedRawTypes()));
        involved.addAll(unit.getExceptionTypes());
        involved.stream().filter(PublicSurface::jackson)
            .forEach(j -> leaks.add(unit.getFullName() + " uses " + j.getName()));
      }
      for (JavaField field : type.getFields()) {
        if (field.getModifiers().contains(JavaModifier.PUBLIC)) {
          field.getType().getAllInvolvedRawTypes().stream().filter(PublicSurface::jackson)
              .forEach(j -> leaks.add(field.getFullName() + " is a " + j.getName()));
        }
      }
    });
    return leaks;
  }

  /** {@return whether {@code type} is in an internal package, which is not API and which no descriptor exports to applications} */
  static boolean internal(JavaClass type) {
    return type.getPackageName().endsWith(".internal") || type.getPackageName().contains(".internal.");
  }

  /** {@return {@code types} with a blank line between packages, as the approved lists are laid out} */
  private static List<String> byPackage(Set<String> types) {
    List<String> lines = new ArrayList<>();
    String last = null;
    for (String type : types) {
      String pkg = packageOf(type);
      if (last != null && !pkg.equals(last)) {
        lines.add("");
      }
      lines.add(type);
      last = pkg;
    }
    return lines;
  }

  /** {@return the package of a fully qualified type name, nested types written with dots} */
  private static String packageOf(String type) {
    int end = 0;
    for (String part : type.split("\\.")) {
      if (Character.isUpperCase(part.charAt(0))) {
        break;
      }
      end += part.length() + 1;
    }
    return type.substring(0, Math.max(0, end - 1));
  }

  private static boolean jackson(JavaClass type) {
    return type.getPackageName().startsWith("com.fasterxml.jackson");
  }

  /**
   * The difference between {@link #types()} and the approved list, in words and with the lines to
   * add and remove; empty when they agree. The actual list is written to {@code target/public-types.txt}
   * so that an intended change is one copy away.
   *
   * @param approvedResource the class path resource of the approved list: one fully qualified type
   *     a line; blank lines and lines starting with {@code #} are skipped
   * @return the difference, or an empty string
   */
  public String differenceFrom(String approvedResource) {
    Set<String> approved = new TreeSet<>();
    try (InputStream in = PublicSurface.class.getResourceAsStream(approvedResource)) {
      if (in == null) {
        throw new IllegalStateException(approvedResource + " is not on the test class path");
      }
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(approved::add);
      Path actual = Path.of("target", "public-types.txt");
      Files.createDirectories(actual.getParent());
      Files.write(actual, byPackage(types()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> added = new TreeSet<>(types());
    added.removeAll(approved);
    Set<String> removed = new TreeSet<>(approved);
    removed.removeAll(types());
    if (added.isEmpty() && removed.isEmpty()) {
      return "";
    }
    StringBuilder diff = new StringBuilder("The public types of " + module + " are not the approved ones ("
        + approvedResource + " in " + module + "/src/test/resources):\n");
    Stream.concat(added.stream().map(t -> "+ " + t + "    public, not in the approved list"),
        removed.stream().map(t -> "- " + t + "    approved, no longer public")).forEach(l -> diff.append(l).append('\n'));
    diff.append("A type made public is API that users will depend on: make it package-private or put it in an"
        + " internal package; or, if it is meant, update the approved list (" + module + "/target/public-types.txt"
        + " has the compiled one) and say why in the commit.");
    return diff.toString();
  }
}
