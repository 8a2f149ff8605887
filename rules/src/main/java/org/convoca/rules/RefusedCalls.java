package org.convoca.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convoca.rules.DrlCode.Token;

/**
 * The compile-time check of an untrusted folder's DRL: it refuses code that reaches beyond the
 * rule model, into process control, reflection, threads, files, the network or the environment.
 *
 * <p>It reads the code token by token (comments and string literals do not count) and refuses:
 * imports and fully qualified names outside the packages rules need ({@code org.convoca},
 * {@code java.lang}, {@code java.math}, {@code java.text}, {@code java.time},
 * {@code java.util} with its {@code function}, {@code regex} and {@code stream} packages);
 * {@code java.lang} types that control the process or the JVM ({@code Runtime},
 * {@code ProcessBuilder}, {@code Thread}, {@code ClassLoader}...); every member of
 * {@code System} but {@code currentTimeMillis}, {@code nanoTime}, {@code lineSeparator},
 * {@code identityHashCode} and {@code arraycopy} (so {@code System.out}, {@code System.err} and
 * {@code System.in} too: a rule records its conclusion as a fact and never prints); reflective members ({@code forName},
 * {@code getDeclaredMethod}, {@code setAccessible}...); and Unicode escapes, which the Java
 * compiler decodes before reading and which could hide code from this check.
 *
 * <p>It is defence in depth, not a sandbox: a rule folder runs with the privileges of the user who
 * runs it, and a determined author can get around a textual check. Trust a folder as you trust a
 * build script.
 */
final class RefusedCalls {

  private static final String FILES = "files";
  private static final String NETWORK = "network";
  private static final String REFLECTION = "reflection";
  private static final String THREADS = "threads";
  private static final String PROCESS = "process control";
  private static final String ENVIRONMENT = "the environment";
  private static final String STREAMS = "the standard streams";
  private static final String INTERNALS = "JDK internals";
  private static final String ELSEWHERE =
      "outside org.convoca, java.lang, java.math, java.text, java.time and java.util";

  private static final Set<String> ALLOWED_PACKAGES = Set.of(
      "java.lang", "java.math", "java.text", "java.util", "java.util.function", "java.util.regex", "java.util.stream");
  private static final List<String> ALLOWED_TREES = List.of("java.time", "org.convoca");
  /** Convoca's own command line and examples: they exit, read and write files. */
  private static final List<String> REFUSED_TREES = List.of("org.convoca.cli", "org.convoca.examples");
  /** Roots whose names in code are package names: only there is a dotted name checked as a package. */
  private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "io");
  /** Packages a rule file may not declare itself in: same-package names would need no import. */
  private static final List<String> RESERVED_PACKAGES =
      List.of("java", "javax", "jdk", "sun", "com.sun", "org.drools", "org.kie", "org.mvel2");

  private static final Map<String, String> PACKAGE_FAMILIES = families(
      "java.io", FILES, "java.nio", FILES, "java.net", NETWORK, "javax.net", NETWORK, "java.rmi", NETWORK,
      "javax.naming", NETWORK, "java.sql", NETWORK, "java.lang.reflect", REFLECTION, "java.lang.invoke", REFLECTION,
      "java.util.concurrent", THREADS, "sun", INTERNALS, "jdk", INTERNALS, "com.sun", INTERNALS);

  private static final Map<String, String> TYPES = families(
      "Runtime", PROCESS, "Process", PROCESS, "ProcessBuilder", PROCESS, "ProcessHandle", PROCESS,
      "Shutdown", PROCESS, "SecurityManager", PROCESS, "Thread", THREADS, "ThreadGroup", THREADS,
      "Timer", THREADS, "TimerTask", THREADS,
      "ClassLoader", REFLECTION, "Module", REFLECTION, "ModuleLayer", REFLECTION, "StackWalker", REFLECTION,
      "MethodHandles", REFLECTION, "MethodHandle", REFLECTION, "VarHandle", REFLECTION, "Unsafe", INTERNALS);

  private static final Set<String> REFLECTIVE_MEMBERS = Set.of(
      "forName", "getClassLoader", "getContextClassLoader", "loadClass", "defineClass", "newInstance",
      "setAccessible", "getDeclaredMethod", "getDeclaredMethods", "getDeclaredField", "getDeclaredFields",
      "getDeclaredConstructor", "getDeclaredConstructors", "getMethod", "getMethods", "getField", "getFields",
      "getConstructor", "getConstructors", "getModule");

  private static final Set<String> SYSTEM_MEMBERS =
      Set.of("currentTimeMillis", "nanoTime", "lineSeparator", "identityHashCode", "arraycopy");
  /** A rule records its conclusion as a fact; it never prints, and closing the command's output would hide its result. */
  private static final Set<String> SYSTEM_STREAMS = Set.of("out", "err", "in");
  private static final Set<String> SYSTEM_ENVIRONMENT =
      Set.of("getenv", "getProperty", "getProperties", "setProperty", "setProperties", "clearProperty");

  /** The words that may follow {@code import} in DRL: {@code import static}, {@code import function}... */
  private static final Set<String> IMPORT_KINDS = Set.of("static", "function", "accumulate");

  private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+[0-9a-fA-F]{4}");

  private RefusedCalls() {}

  /**
   * Every refused use in {@code source}, with its file and line, one per line and name, in line
   * order; empty when there is none.
   */
  static List<RuleProblem> problems(RuleSource source) {
    Map<Integer, Map<String, String>> found = new TreeMap<>();
    Matcher escape = UNICODE_ESCAPE.matcher(source.text());
    while (escape.find()) {
      found.computeIfAbsent(lineOf(source.text(), escape.start()), l -> new TreeMap<>()).put(escape.group(),
          "the Unicode escape " + escape.group() + " is refused in an untrusted rule folder: the Java compiler decodes "
              + "it before reading, so it could hide code from this check; write the character itself");
    }
    for (DrlCode code : DrlCode.readings(source.text())) {
      check(code, (offset, name, family) -> found.computeIfAbsent(code.lineOf(offset), l -> new TreeMap<>())
          .putIfAbsent(name, "'" + name + "' (" + family + ") is refused in an untrusted rule folder; "
              + "trust the folder to allow it (--trust-rules, or RuleBook.Builder.trustFolders())"));
    }
    List<RuleProblem> problems = new ArrayList<>();
    found.forEach((line, messages) -> messages.values().forEach(m -> problems.add(new RuleProblem(source.origin(), line, m))));
    return problems;
  }

  private interface Refusal {
    void refuse(int offset, String name, String family);
  }

  private static void check(DrlCode code, Refusal refusal) {
    List<Token> tokens = code.tokens();
    String ownPackage = "";
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (!token.identifier()) {
        continue;
      }
      boolean member = i > 0 && tokens.get(i - 1).is(".");
      String family = TYPES.get(token.text());
      if (family != null) {
        refusal.refuse(token.offset(), token.text(), family);
      } else if (token.is("System")) {
        String next = i + 2 < tokens.size() && tokens.get(i + 1).is(".") ? tokens.get(i + 2).text() : "";
        if (!SYSTEM_MEMBERS.contains(next)) {
          refusal.refuse(token.offset(), "System" + (next.isEmpty() ? "" : "." + next),
              SYSTEM_ENVIRONMENT.contains(next) ? ENVIRONMENT : SYSTEM_STREAMS.contains(next) ? STREAMS : PROCESS);
        }
      } else if (member && REFLECTIVE_MEMBERS.contains(token.text())) {
        refusal.refuse(token.offset(), token.text(), REFLECTION);
      }
      String keyword = i > 0 ? tokens.get(i - 1).text() : "";
      if (member || keyword.equals("import") && IMPORT_KINDS.contains(token.text())) {
        continue;
      }
      List<String> name = dottedName(tokens, i);
      boolean imported = keyword.equals("import") || i > 1 && tokens.get(i - 2).is("import") && IMPORT_KINDS.contains(keyword);
      String pkg = packageOf(name);
      if (keyword.equals("package")) {
        ownPackage = String.join(".", name);
        if (reserved(ownPackage)) {
          refusal.refuse(token.offset(), "package " + ownPackage, INTERNALS);
        }
      } else if ((imported || name.size() >= 3 && PACKAGE_ROOTS.contains(name.get(0)) && pkg.contains("."))
          && !pkg.isEmpty() && !allowed(pkg, ownPackage)) {
        int typeEnd = Math.min(name.size(), pkg.split("\\.").length + 1);
        refusal.refuse(token.offset(), String.join(".", name.subList(0, typeEnd)), familyOf(pkg));
      }
    }
  }

  /** The identifiers (and a final {@code *}) joined by dots from {@code start}. */
  private static List<String> dottedName(List<Token> tokens, int start) {
    List<String> name = new ArrayList<>(List.of(tokens.get(start).text()));
    int i = start + 1;
    while (i + 1 < tokens.size() && tokens.get(i).is(".")
        && (tokens.get(i + 1).identifier() || tokens.get(i + 1).is("*"))) {
      name.add(tokens.get(i + 1).text());
      i += 2;
    }
    return name;
  }

  /** The leading segments that start in lower case: a package, by Java's naming convention. */
  private static String packageOf(List<String> name) {
    List<String> segments = new ArrayList<>();
    for (String segment : name) {
      if (!Character.isLowerCase(segment.charAt(0))) {
        break;
      }
      segments.add(segment);
    }
    return String.join(".", segments);
  }

  private static boolean allowed(String pkg, String ownPackage) {
    if (REFUSED_TREES.stream().anyMatch(t -> within(pkg, t))) {
      return false;
    }
    return ALLOWED_PACKAGES.contains(pkg) || ALLOWED_TREES.stream().anyMatch(t -> within(pkg, t))
        || !ownPackage.isEmpty() && pkg.equals(ownPackage);
  }

  private static String familyOf(String pkg) {
    Optional<String> family = PACKAGE_FAMILIES.entrySet().stream().filter(e -> within(pkg, e.getKey()))
        .map(Map.Entry::getValue).findFirst();
    return family.orElse(ELSEWHERE);
  }

  private static boolean reserved(String pkg) {
    return RESERVED_PACKAGES.stream().anyMatch(r -> within(pkg, r));
  }

  private static boolean within(String pkg, String tree) {
    return pkg.equals(tree) || pkg.startsWith(tree + ".");
  }

  private static int lineOf(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }

  private static Map<String, String> families(String... keysAndValues) {
    Map<String, String> map = new TreeMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
