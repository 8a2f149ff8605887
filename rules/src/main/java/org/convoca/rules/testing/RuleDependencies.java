package org.convoca.rules.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which rules of a phase a rule needs, read from the DRL text: a rule needs another when its
 * conditions name a type of fact ({@code LabelFinding( .. )}, in a pattern, a {@code not}, an
 * {@code exists} or an {@code accumulate}) that the other's consequence creates with {@code new},
 * and it needs what that rule needs in turn. A fact inserted another way (a variable, a function
 * that creates it) is not seen; {@link RuleVerification#alongWith} names such rules by hand.
 */
final class RuleDependencies {

  private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))");
  private static final Pattern WHEN = Pattern.compile("\\bwhen\\b");
  private static final Pattern THEN = Pattern.compile("\\bthen\\b");
  private static final Pattern PATTERN_TYPE = Pattern.compile("(?<![\\w.$])(new\\s+)?([A-Z]\\w*)\\s*\\(");
  private static final Pattern CREATED_TYPE = Pattern.compile("\\bnew\\s+(?:\\w+\\s*\\.\\s*)*([A-Z]\\w*)\\s*\\(");

  /** What a rule's conditions read and what its consequence creates, by simple type name. */
  private record Reads(Set<String> read, Set<String> created) {}

  private final Map<String, Reads> rules;

  private RuleDependencies(Map<String, Reads> rules) {
    this.rules = rules;
  }

  /** The dependencies among the rules of {@code files}, file name to DRL text, all of one phase. */
  static RuleDependencies of(Map<String, String> files) {
    Map<String, Reads> rules = new LinkedHashMap<>();
    files.values().forEach(text -> read(text, rules));
    return new RuleDependencies(rules);
  }

  /** The rules that {@code rule} needs, directly or through another, without itself; sorted. */
  Set<String> neededBy(String rule) {
    Set<String> needed = new TreeSet<>();
    Deque<String> pending = new ArrayDeque<>();
    pending.add(rule);
    while (!pending.isEmpty()) {
      Reads reads = rules.get(pending.pop());
      if (reads == null) {
        continue;
      }
      rules.forEach((other, its) -> {
        if (!other.equals(rule) && its.created().stream().anyMatch(reads.read()::contains) && needed.add(other)) {
          pending.add(other);
        }
      });
    }
    return needed;
  }

  private static void read(String text, Map<String, Reads> rules) {
    String code = blank(text, false);
    String bare = blank(text, true);
    Matcher header = RULE.matcher(code);
    Map<String, int[]> spans = new HashMap<>();
    String previous = null;
    int previousStart = 0;
    while (header.find()) {
      if (previous != null) {
        spans.put(previous, new int[] {previousStart, header.start()});
      }
      previous = header.group(1) != null ? header.group(1) : header.group(2) != null ? header.group(2) : header.group(3);
      previousStart = header.end();
    }
    if (previous != null) {
      spans.put(previous, new int[] {previousStart, text.length()});
    }
    spans.forEach((name, span) -> rules.put(name, reads(bare.substring(span[0], span[1]))));
  }

  private static Reads reads(String rule) {
    Matcher when = WHEN.matcher(rule);
    Matcher then = THEN.matcher(rule);
    int conditions = when.find() ? when.end() : 0;
    int consequence = then.find(conditions) ? then.start() : rule.length();
    Set<String> read = new TreeSet<>();
    Matcher type = PATTERN_TYPE.matcher(rule.substring(conditions, consequence));
    while (type.find()) {
      if (type.group(1) == null) {
        read.add(type.group(2));
      }
    }
    Set<String> created = new TreeSet<>();
    Matcher made = CREATED_TYPE.matcher(rule.substring(consequence));
    while (made.find()) {
      created.add(made.group(1));
    }
    return new Reads(read, created);
  }

  /**
   * {@code text} with its comments turned into spaces, and the contents of its string literals
   * too when {@code strings}; line breaks and length are kept, so that positions match.
   */
  private static String blank(String text, boolean strings) {
    StringBuilder out = new StringBuilder(text);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        while (i < text.length() && text.charAt(i) != '\n') {
          out.setCharAt(i++, ' ');
        }
      } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        end = end < 0 ? text.length() : end + 2;
        for (; i < end; i++) {
          if (text.charAt(i) != '\n') {
            out.setCharAt(i, ' ');
          }
        }
      } else if (c == '"' || c == '\'') {
        i++;
        while (i < text.length() && text.charAt(i) != c && text.charAt(i) != '\n') {
          if (text.charAt(i) == '\\' && i + 1 < text.length()) {
            if (strings) {
              out.setCharAt(i, ' ');
            }
            i++;
          }
          if (strings) {
            out.setCharAt(i, ' ');
          }
          i++;
        }
        i++;
      } else {
        i++;
      }
    }
    return out.toString();
  }
}
