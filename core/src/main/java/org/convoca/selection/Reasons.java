package org.convoca.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.CheckFinding;
import org.convoca.assessment.CriterionResult;
import org.convoca.call.Call;
import org.convoca.call.Criterion;
import org.convoca.call.SelectionPolicy;
import org.convoca.jury.JuryOverride;
import org.convoca.jury.JuryVerdict;
import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.convoca.value.Money;

/**
 * The sentences that explain decisions, in the call's language, from the {@code reasons} bundles of
 * this package. Each names the numbers and the rule that decided.
 */
final class Reasons {

  /** The sentences of this package: reasons, ties and notes. */
  static final Messages TEXTS = Messages.load("/org/convoca/selection/reasons", Reasons.class::getResourceAsStream);

  private final Call call;
  private final Language language;
  private final int rankedCount;

  Reasons(Call call, int rankedCount) {
    this.call = call;
    this.language = call.writtenIn();
    this.rankedCount = rankedCount;
  }

  /** Why a proposal is not eligible: each failed check by its rule's title in {@code titles}, or its name. */
  static String ineligible(Language language, Assessment a, Map<String, String> titles) {
    List<CheckFinding> failed = a.failedChecks();
    String checks = failed.stream().map(c -> TEXTS.format(language, "ineligible.check",
            titles.getOrDefault(c.rule(), c.rule()), sentence(c.sentence())))
        .collect(Collectors.joining(" "));
    return TEXTS.format(language, "ineligible", failed.size(), checks);
  }

  static String incompleteReview(Language language, String why) {
    return TEXTS.format(language, "incompleteReview", why);
  }

  String belowThreshold(Assessment a) {
    List<String> sentences = new ArrayList<>();
    sentences.add(say("belowThreshold"));
    if (!a.meetsOverallThreshold()) {
      sentences.add(say("belowThreshold.overall", a.total(), call.overallThreshold()));
    }
    for (CriterionResult r : a.criteriaBelowThreshold()) {
      sentences.add(say("belowThreshold.criterion", r.points(), criterionName(r), r.threshold().orElseThrow()));
    }
    return String.join(" ", sentences);
  }

  String merit(int rank, Candidate c) {
    return say("merit", place(rank, c));
  }

  String reserved(int rank, Candidate c) {
    return say("reserved", c.jurisdiction(), call.policy().minJurisdictions(), place(rank, c));
  }

  String waitlisted(int position, int rank, Candidate c, Fill.Blocked blocked, int reservedSeats) {
    return say("waitlisted", position, place(rank, c), stop(c, blocked, reservedSeats));
  }

  /** Why a ranked proposal is not selected; {@code why}, a sentence on the waitlist, follows when not empty. */
  String notSelected(int rank, Candidate c, Fill.Blocked blocked, int reservedSeats, String why) {
    String head = say("notSelected", place(rank, c), stop(c, blocked, reservedSeats));
    return why.isEmpty() ? head : head + " " + why;
  }

  String noWaitlist() {
    int length = call.policy().waitlistLength();
    return length == 0 ? say("noWaitlist.none") : say("noWaitlist.taken", length);
  }

  String cannotWait(Candidate c, Stop capStop) {
    return say("cannotWait", capSentence(c, capStop));
  }

  static String override(Language language, JuryOverride o, boolean computedSelected, int slots) {
    boolean include = o.verdict() == JuryVerdict.INCLUDE;
    String head = TEXTS.format(language, include ? "override.include" : "override.exclude",
        o.decidedBy(), o.decidedOn(), sentence(o.reason()));
    String then = include
        ? computedSelected ? TEXTS.format(language, "override.include.kept") : TEXTS.format(language, "override.include.beyond", slots)
        : TEXTS.format(language, computedSelected ? "override.exclude.emptySeat" : "override.exclude.notSelected");
    return head + " " + then;
  }

  private String stop(Candidate c, Fill.Blocked blocked, int reservedSeats) {
    SelectionPolicy p = call.policy();
    return switch (blocked.stop()) {
      case SLOTS -> p.slots() == 0
          ? say("stop.noSlots")
          : reservedSeats > 0
          ? say("stop.slotsReserved", p.slots(), reservedSeats)
          : say("stop.slots", p.slots());
      case BUDGET -> {
        Money budget = p.totalBudget().orElseThrow();
        BigDecimal left = budget.amount().subtract(blocked.spentBefore());
        yield say("stop.budget", c.request(), new Money(left, c.request().currency()));
      }
      default -> capSentence(c, blocked.stop());
    };
  }

  private String capSentence(Candidate c, Stop capStop) {
    return capStop == Stop.JURISDICTION_CAP
        ? say("cap.jurisdiction", c.jurisdiction())
        : say("cap.government", c.applicant().id());
  }

  private String place(int rank, Candidate c) {
    return c.assessment().rankingScore()
        .map(score -> say("place.rankingScore", rank, rankedCount, c.total(), score))
        .orElseGet(() -> say("place", rank, rankedCount, c.total()));
  }

  private String criterionName(CriterionResult r) {
    return call.criteria().stream().filter(c -> c.id().equals(r.criterion())).map(Criterion::name).findFirst()
        .orElse(r.criterion().value());
  }

  private String say(String key, Object... args) {
    return TEXTS.format(language, key, args);
  }

  /** A rule's or a jury's sentence, ending with a full stop unless it ends with one already. */
  static String sentence(String s) {
    String t = s.strip();
    return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
  }
}
