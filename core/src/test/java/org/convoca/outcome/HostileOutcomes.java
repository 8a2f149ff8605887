package org.convoca.outcome;

import java.util.List;
import java.util.function.UnaryOperator;
import org.convoca.assessment.Assessment;
import org.convoca.assessment.CheckFinding;
import org.convoca.dossier.Dossier;
import org.convoca.outcome.internal.CallOutcomes;
import org.convoca.selection.BrokenTie;
import org.convoca.selection.Selection;
import org.convoca.selection.SelectionFixture;
import org.convoca.selection.SelectionFixture.Bid;

/**
 * The worked example of {@link OutcomeFixtures} with text chosen by a test in every place where a
 * dossier's author or a rule book puts words that the outcome files repeat: the call's name,
 * titles, applicants' names, the reasons of eligibility checks, the jury's override reasons and
 * who decided them, the selection's notes and the sentences of broken ties. It adds P-12, whose
 * total and co-creation points are negative, as a penalty rule could make them.
 */
final class HostileOutcomes {

  private HostileOutcomes() {}

  /** The outcome with {@code text} everywhere, and {@code title} giving each proposal's title from its id. */
  static CallOutcome with(String text, UnaryOperator<String> title) {
    SelectionFixture f = OutcomeFixtures.workedExampleWithOverrides()
        .bid(Bid.bid("P-12").from("F1", "AR-B").total("-5").cocreation("-2").request(10));
    Dossier plain = f.dossier();
    Dossier dossier = plain
        .withCall(plain.call().withName(text))
        .withGovernments(plain.governments().stream().map(g -> g.withName(text)).toList())
        .withProposals(plain.proposals().stream().map(p -> p.withTitle(title.apply(p.id().value()))).toList())
        .withJury(plain.jury().withOverrides(plain.jury().overrides().stream()
            .map(o -> o.withReason(text).withDecidedBy(text)).toList()));
    List<Assessment> assessments = f.assessments().stream().map(a -> new Assessment(a.proposalId(), a.eligible(),
        a.checks().stream().map(c -> new CheckFinding(c.proposal(), c.rule(), c.passed(), text)).toList(), a.criteria(),
        a.total(), a.overallThreshold(), a.meetsOverallThreshold(), a.labels())).toList();
    CallOutcome o = CallOutcomes.decide(dossier, assessments, OutcomeFixtures.OGP_LOCAL, OutcomeFixtures.RULE_BOOK);
    Selection s = o.selection();
    Selection hostile = new Selection(s.ranking(),
        s.ties().stream().map(t -> new BrokenTie(t.higher(), t.lower(), t.total(), t.step(), text)).toList(),
        s.decisions(), s.selected(), s.waitlist(), s.computedSelected(), List.of(text));
    return o.withSelection(hostile);
  }

  /** The outcome with {@code text} everywhere, titles included. */
  static CallOutcome with(String text) {
    return with(text, id -> text);
  }
}
