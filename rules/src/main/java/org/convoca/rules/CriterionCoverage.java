package org.convoca.rules;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
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
 * cover every criterion: the reading errs towards silence, never towards a false warning. The other
 * way round, a rule that names criteria the call does not define never fires on that call (it
 * matches the call's {@code Criterion} facts), which is as likely a book run on a call it was not
 * written for: each such rule is warned about, whatever the other rules do.
 */
final class CriterionCoverage {

  private static final Pattern RULE_KEYWORD = Pattern.compile("(?m)^\\s*rule\\b");
  private static final Pattern FUNCTION = Pattern.compile("(?m)^\\s*function\\b");
  private static final Pattern AWARD = Pattern.compile("\\bnew\\s+(?:[\\w.]+\\.)?AwardFinding\\b");
  private static final Pattern VOCABULARY =
      Pattern.compile("\\b((?:Federal|Horizon)Vocabulary\\.[A-Z_][A-Z0-9_]*)\\b");
  private static final Pattern LITERAL = Pattern.compile("(?:CriterionId\\.of\\(|\\bCriterion\\s*\\([^)]*\\bid(?:\\.value)?\\s*==)\\s*\"([^\"]*)\"");
  private static final Pattern RULE_NAME = Pattern.compile("\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))");
  private static final Map<String, String> CRITERIA = vocabulary();

  /** The criteria named by awarding rules, or empty when a rule awards without naming one. */
  private final Optional<Set<String>> named;
  /** Each awarding rule that names criteria, with them, in the order of the files. */
  private final List<Awarding> awarding;

  /** A rule that awards points on the criteria it names. */
  private record Awarding(String origin, String rule, Set<String> criteria) {}

  private CriterionCoverage(Optional<Set<String>> named, List<Awarding> awarding) {
    this.named = named;
    this.awarding = List.copyOf(awarding);
  }

  /** The coverage of the assessment files among {@code sources}. */
  static CriterionCoverage of(List<RuleSource> sources) {
    Set<String> named = new TreeSet<>();
    List<Awarding> awarding = new ArrayList<>();
    boolean any = false;
    for (RuleSource source : sources) {
      if (source.phase() != RuleFile.Phase.ASSESSMENT) {
        continue;
      }
      String code = DrlCode.of(source.text()).code();
      String text = source.text();
      Matcher keyword = RULE_KEYWORD.matcher(code);
      int start = keyword.find() ? keyword.start() : code.length();
      any |= AWARD.matcher(code.substring(0, start)).find();
      while (start < code.length()) {
        int end = keyword.find() ? keyword.start() : code.length();
        String segment = code.substring(start, end);
        if (AWARD.matcher(segment).find()) {
          Set<String> rule = criteria(segment, text.substring(start, end));
          any |= rule.isEmpty() || FUNCTION.matcher(segment).find();
          named.addAll(rule);
          Matcher name = RULE_NAME.matcher(text.substring(start, end));
          if (!rule.isEmpty() && name.lookingAt()) {
            String ruleName = name.group(1) != null ? name.group(1) : name.group(2) != null ? name.group(2) : name.group(3);
            awarding.add(new Awarding(source.origin(), ruleName, rule));
          }
        }
        start = end;
      }
    }
    return new CriterionCoverage(any ? Optional.empty() : Optional.of(Set.copyOf(named)), awarding);
  }

  /**
   * One warning per criterion of {@code call} that no rule awards points on, in the call's order,
   * then one per rule that names criteria the call does not define, in the order of the files.
   */
  List<RuleBookWarning> warnings(Call call) {
    List<RuleBookWarning> warnings = new ArrayList<>(uncovered(call));
    Set<String> defined = new TreeSet<>();
    call.criteria().forEach(c -> defined.add(c.id().value()));
    for (Awarding rule : awarding) {
      List<String> missing = rule.criteria().stream().filter(c -> !defined.contains(c)).map(c -> "'" + c + "'").toList();
      if (!missing.isEmpty()) {
        warnings.add(new RuleBookWarning(rule.origin(), "rule \"" + rule.rule() + "\" awards points on "
            + (missing.size() == 1 ? "criterion " : "criteria ") + String.join(", ", missing)
            + ", which this call does not define, so it awards none of them: is the book meant for another call?"));
      }
    }
    return List.copyOf(warnings);
  }

  /** One warning per criterion of {@code call} that no rule awards points on, in the call's order. */
  private List<RuleBookWarning> uncovered(Call call) {
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
