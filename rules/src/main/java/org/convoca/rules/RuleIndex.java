package org.convoca.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads rule names and the plain-words comment under each from DRL text, for listing. A rule is
 * a {@code rule} keyword at the start of a line of code: one inside a comment does not count.
 */
final class RuleIndex {

  private static final Pattern RULE_KEYWORD = Pattern.compile("(?m)^\\s*rule\\b");
  private static final Pattern RULE =
      Pattern.compile("\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))[^\\n]*\\n(?:\\s*\\n)*\\s*(//\\s*(.*))?");

  private RuleIndex() {}

  static List<RuleDescription> describe(List<RuleSource> sources) {
    List<RuleDescription> rules = new ArrayList<>();
    sources.stream().sorted(Comparator.comparing(RuleSource::name)).forEach(source -> rules.addAll(describe(source)));
    return List.copyOf(rules);
  }

  /** The rules of one file, in the order it declares them. */
  static List<RuleDescription> describe(RuleSource source) {
    return declared(source).stream().map(Declared::rule).toList();
  }

  /**
   * One problem per rule whose name an earlier rule of {@code sources} (in the order given) already
   * has, naming both files and lines. Findings, explanations, golden cases and the rule verifier
   * know a rule by its name alone, so two rules of one book may not share one, whatever their DRL
   * package, file or phase.
   */
  static List<RuleProblem> sameNames(List<RuleSource> sources) {
    Map<String, Declared> first = new HashMap<>();
    List<RuleProblem> problems = new ArrayList<>();
    for (RuleSource source : sources) {
      for (Declared rule : declared(source)) {
        Declared earlier = first.putIfAbsent(rule.rule().name(), rule);
        if (earlier != null) {
          problems.add(new RuleProblem(rule.origin(), rule.line(), "rule \"" + rule.rule().name()
              + "\" has the same name as the rule at " + earlier.origin() + ":" + earlier.line()
              + "; findings, explanations and golden cases know a rule by its name alone, so rename one of them"));
        }
      }
    }
    return problems;
  }

  /** A rule as its file declares it, with the file's origin and the line of its {@code rule} keyword. */
  private record Declared(RuleDescription rule, String origin, int line) {}

  private static List<Declared> declared(RuleSource source) {
    List<Declared> rules = new ArrayList<>();
    String text = source.text();
    Matcher keyword = RULE_KEYWORD.matcher(DrlCode.of(text).code());
    Matcher m = RULE.matcher(text);
    while (keyword.find()) {
      m.region(keyword.start(), text.length());
      if (m.lookingAt()) {
        String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        String summary = m.group(5) == null ? "" : m.group(5).strip();
        int line = 1 + (int) text.substring(0, keyword.end() - "rule".length()).chars().filter(c -> c == '\n').count();
        rules.add(new Declared(new RuleDescription(source.name(), name, summary), source.origin(), line));
      }
    }
    return rules;
  }
}
