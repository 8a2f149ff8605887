package org.convoca.rules;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convoca.call.Call;
import org.convoca.call.CriterionId;
import org.convoca.call.FederalVocabulary;
import org.convoca.call.HorizonVocabulary;

/**
 * Which criteria the assessment rules of a book can award points on, read from their DRL: a rule
 * that creates an {@code AwardFinding} awards on the criteria it names, as a {@link FederalVocabulary}
 * or {@link HorizonVocabulary} constant, {@code CriterionId.of("..")} or {@code Criterion( id == ".." )}. A rule that awards and names none
 * may award on any criterion, and so may a function that creates one; then the book is taken to
 * cover every criterion: the reading errs towards silence, never towards a false warning.
 */
final class CriterionCoverage {

  private static final Pattern RULE_KEYWORD = Pattern.compile("(?m)^\\s*rule\\b");
  private static final Pattern FUNCTION = Pattern.compile("(?m)^\\s*function\\b");
  private static final Pattern AWARD = Pattern.compile("\\bnew\\s+(?:[\\w.]+\\.)?AwardFinding\\b");
  private static final Pattern VOCABULARY =
      Pattern.compile("\\b((?:Federal|Horizon)Vocabulary\\.[A-Z_][A-Z0-9_]*)\\b");
  private static final Pattern LITERAL = Pattern.compile("(?:CriterionId\\.of\\(|\\bCriterion\\s*\\([^)]*\\bid(?:\\.value)?\\s*==)\\s*\"([^\"]*)\"");
  private static final Map<String, String> CRITERIA = vocabulary();

  /** The criteria named by awarding rules, or empty when a rule awards without naming one. */
  private final Optional<Set<String>> named;

  private CriterionCoverage(Optional<Set<String>> named) {
    this.named = named;
  }

  /** The coverage of the assessment files among {@code sources}. */
  static CriterionCoverage of(List<RuleSource> sources) {
    Set<String> named = new TreeSet<>();
    for (RuleSource source : sources) {
      if (source.phase() != RuleFile.Phase.ASSESSMENT) {
        continue;
      }
      String code = DrlCode.of(source.text()).code();
      String text = source.text();
      Matcher keyword = RULE_KEYWORD.matcher(code);
      int start = keyword.find() ? keyword.start() : code.length();
      if (AWARD.matcher(code.substring(0, start)).find()) {
        return new CriterionCoverage(Optional.empty());
      }
      while (start < code.length()) {
        int end = keyword.find() ? keyword.start() : code.length();
        String segment = code.substring(start, end);
        if (FUNCTION.matcher(segment).find() && AWARD.matcher(segment).find()) {
          return new CriterionCoverage(Optional.empty());
        }
        if (AWARD.matcher(segment).find()) {
          Set<String> rule = criteria(code.substring(start, end), text.substring(start, end));
          if (rule.isEmpty()) {
            return new CriterionCoverage(Optional.empty());
          }
          named.addAll(rule);
        }
        start = end;
      }
    }
    return new CriterionCoverage(Optional.of(Set.copyOf(named)));
  }

  /** One warning per criterion of {@code call} that no rule awards points on, in the call's order. */
  List<RuleBookWarning> warnings(Call call) {
    if (named.isEmpty()) {
      return List.of();
    }
    Set<String> covered = named.get();
    return call.criteria().stream()
        .filter(c -> !covered.contains(c.id().value()))
        .map(c -> new RuleBookWarning("criterion '" + c.id().value() + "'",
            "no rule of this book awards points on it, so every proposal gets 0 of its " + c.maxPoints().toPlainString()
                + " points"))
        .toList();
  }

  /** The criteria one rule names; string literals are read from {@code text}, whose offsets match {@code code}'s. */
  private static Set<String> criteria(String code, String text) {
    Set<String> found = new TreeSet<>();
    Matcher constant = VOCABULARY.matcher(code);
    while (constant.find()) {
      String value = CRITERIA.get(constant.group(1));
      if (value != null) {
        found.add(value);
      }
    }
    Matcher literal = LITERAL.matcher(text);
    while (literal.find()) {
      found.add(literal.group(1));
    }
    return found;
  }

  /** The criterion constants of the vocabularies, by qualified name such as {@code HorizonVocabulary.IMPACT}. */
  private static Map<String, String> vocabulary() {
    Map<String, String> criteria = new HashMap<>();
    for (Class<?> vocabulary : List.of(FederalVocabulary.class, HorizonVocabulary.class)) {
      for (Field field : vocabulary.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == CriterionId.class) {
          String name = vocabulary.getSimpleName() + "." + field.getName();
          try {
            criteria.put(name, ((CriterionId) field.get(null)).value());
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(name + " is public and static", e);
          }
        }
      }
    }
    return Map.copyOf(criteria);
  }
}
