package org.convoca.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    List<RuleDescription> rules = new ArrayList<>();
    String text = source.text();
    Matcher keyword = RULE_KEYWORD.matcher(DrlCode.of(text).code());
    Matcher m = RULE.matcher(text);
    while (keyword.find()) {
      m.region(keyword.start(), text.length());
      if (m.lookingAt()) {
        String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        String summary = m.group(5) == null ? "" : m.group(5).strip();
        rules.add(new RuleDescription(source.name(), name, summary));
      }
    }
    return rules;
  }
}
