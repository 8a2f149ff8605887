package org.convoca.rules.testing;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.convoca.rules.RuleBook;
import org.convoca.rules.RuleDescription;
import org.convoca.rules.RuleFile;

/**
 * Tests one assessment rule of a rule book at a time: runs the book with only that rule enabled
 * on a proposal or a dossier, and asserts what the rule concluded.
 *
 * <pre>{@code
 * RuleVerifier verifier = RuleVerifier.of(RuleBook.bundled());
 * verifier.rule("Each non-governmental co-owner earns a quarter of the co-creation points")
 *     .given(ProposalFixtures.aCompleteProposal())
 *     .awards("cocreation", "2.5")
 *     .says("Fundación Datos (civil society) co-owns the proposal.");
 * }</pre>
 *
 * <p>Only the named rule fires (a Drools agenda filter), together with the rules it needs: a rule
 * whose conditions read a fact that other rules insert (a {@code LabelFinding}, a fact type a
 * folder declares) would otherwise never see it. Those rules are found in the DRL text (see
 * {@link RuleVerification#enabledRules()}) and can be added by hand with
 * {@link RuleVerification#alongWith}; the assertions look at the named rule's findings alone. The
 * bundled book's assessment rules read only the dossier's facts, so each runs alone.
 *
 * <p>The verifier checks the assessment rules (the files that {@link RuleBook#assess} runs);
 * post-selection ({@code tracks*}) and monitoring ({@code monitoring*}) rules are refused with a
 * message that says so. A verifier is immutable and may be shared; each {@code given} runs the
 * book afresh.
 */
public final class RuleVerifier {

  private final RuleBook book;
  private final Map<String, RuleDescription> assessmentRules;
  private final RuleDependencies dependencies;

  private RuleVerifier(RuleBook book) {
    this.book = book;
    Set<String> assessmentFiles = book.files().stream().filter(f -> f.phase() == RuleFile.Phase.ASSESSMENT)
        .map(RuleFile::name).collect(Collectors.toSet());
    Map<String, RuleDescription> rules = new TreeMap<>();
    book.rules().stream().filter(r -> assessmentFiles.contains(r.file())).forEach(r -> rules.putIfAbsent(r.name(), r));
    this.assessmentRules = rules;
    Map<String, String> texts = new TreeMap<>(book.contents());
    texts.keySet().retainAll(assessmentFiles);
    this.dependencies = RuleDependencies.of(texts);
  }

  /**
   * A verifier of the rules of {@code book}: the bundled book, a book with folders laid over it
   * ({@link RuleBook#bundledWith}) or one's own rules ({@link RuleBook#ownRules}).
   *
   * @param book the compiled rule book; not null
   * @return the verifier
   */
  public static RuleVerifier of(RuleBook book) {
    return new RuleVerifier(requireNonNull(book, "'book' must not be null"));
  }

  /**
   * The assessment rule named {@code name}, ready to be given a proposal or a dossier.
   *
   * @param name the rule's name exactly as its DRL file writes it, such as
   *     {@code "Applicant must be a provincial or municipal government"}; not null
   * @return the verification of that rule, with the rules it needs enabled too
   * @throws IllegalArgumentException when the book has no assessment rule of that name: the
   *     message says whether it is a post-selection or monitoring rule, a rule of the bundled book
   *     this book was built from (the default one for a book of one's own rules) that this book
   *     leaves out or replaces, naming that book, or else names the nearest rule names
   */
  public RuleVerification rule(String name) {
    requireAssessmentRule(name);
    return new RuleVerification(this, name, dependencies.neededBy(name));
  }

  RuleBook book() {
    return book;
  }

  /**
   * Checks that {@code name} is an assessment rule of the book.
   *
   * @throws IllegalArgumentException saying why it is not
   */
  void requireAssessmentRule(String name) {
    requireNonNull(name, "'name' must not be null");
    if (assessmentRules.containsKey(name)) {
      return;
    }
    Optional<RuleDescription> otherPhase = book.rules().stream().filter(r -> r.name().equals(name)).findFirst();
    if (otherPhase.isPresent()) {
      String file = otherPhase.get().file();
      String phase = book.files().stream().filter(f -> f.name().equals(file)).map(f -> f.phase().toString())
          .findFirst().orElse("another");
      throw new IllegalArgumentException("rule \"" + name + "\" is a " + phase + " rule (" + file
          + "); RuleVerifier checks assessment rules, the ones RuleBook.assess runs");
    }
    // The bundled books this book started from; a book of one's own rules is compared with the default one.
    List<String> bases = book.bundledBooks().isEmpty() ? List.of(RuleBook.DEFAULT_BOOK) : book.bundledBooks();
    for (String base : bases) {
      RuleBook bundledBook = RuleBook.bundled(base);
      Optional<RuleDescription> bundled = book == bundledBook ? Optional.empty()
          : bundledBook.rules().stream().filter(r -> r.name().equals(name)).findFirst();
      if (bundled.isPresent()) {
        String file = bundled.get().file();
        String why = book.files().stream().filter(f -> f.name().equals(file)).findFirst()
            .map(f -> "this book's " + file + " comes from " + f.origin() + " and does not declare it")
            .orElse("this book has no file " + file);
        throw new IllegalArgumentException("rule \"" + name + "\" is a rule of " + file + " in the bundled book " + base
            + ", but not of this rule book: " + why);
      }
    }
    List<String> near = nearest(name);
    throw new IllegalArgumentException("this rule book has no assessment rule \"" + name + "\""
        + (near.isEmpty() ? "" : "; the nearest names are:\n" + near.stream().map(n -> "  \"" + n + "\"")
            .collect(Collectors.joining("\n"))));
  }

  /** The book's assessment rule names nearest to {@code name}, at most three, nearest first. */
  private List<String> nearest(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return assessmentRules.keySet().stream()
        .map(n -> Map.entry(n, distance(wanted, n.toLowerCase(Locale.ROOT))))
        .filter(e -> e.getValue() <= Math.max(3, Math.max(wanted.length(), e.getKey().length()) / 2))
        .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue()).thenComparing(Map.Entry::getKey))
        .limit(3).map(Map.Entry::getKey).toList();
  }

  /** The Levenshtein distance between {@code a} and {@code b}: the fewest edits of one character that turn one into the other. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
