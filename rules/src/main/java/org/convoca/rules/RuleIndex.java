package org.convoca.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads rule names and the plain-words comment under each from DRL text, for listing. */
final class RuleIndex {

  private static final Pattern RULE =
      Pattern.compile("(?m)^\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))[^\\n]*\\n(?:\\s*\\n)*\\s*(//\\s*(.*))?");

  private RuleIndex() {}

  static List<RuleDescription> describe(List<RuleSource> sources) {
    List<RuleDescription> rules = new ArrayList<>();
    sources.stream().sorted(Comparator.comparing(RuleSource::name)).forEach(source -> {
      Matcher m = RULE.matcher(source.text());
      while (m.find()) {
        String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        String summary = m.group(5) == null ? "" : m.group(5).strip();
        rules.add(new RuleDescription(source.name(), name, summary));
      }
    });
    return List.copyOf(rules);
  }
}
