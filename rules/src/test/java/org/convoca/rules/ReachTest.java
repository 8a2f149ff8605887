package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convoca.assessment.Assessment;
import org.convoca.capacity.CourseCompletion;
import org.convoca.capacity.Person;
import org.convoca.capacity.PersonId;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierReader;
import org.convoca.government.Government;
import org.convoca.government.GovernmentId;
import org.convoca.language.Language;
import org.convoca.proposal.Proposal;
import org.convoca.review.JuryReview;
import org.convoca.sample.DossierGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bundled book's session holds, with each batch, only the governments and completions its
 * proposals reach by id ({@link Reach}), and no person, which no bundled rule reads; the assessments
 * are exactly those of a session that holds every one of them throughout. A book with an assessment
 * file of its own gets them all.
 */
class ReachTest {

  private static final String EXAMPLES = "../examples/src/main/resources/org/convoca/examples/";

  @TempDir
  Path temp;

  private static void assertSameWithReach(RuleBook book, Dossier dossier) {
    JuryReview review = JuryReview.of(dossier);
    List<Assessment> byReach = book.assess(dossier, review, true);
    assertThat(byReach).isEqualTo(book.assess(dossier, review, false));
    assertThat(byReach).isEqualTo(book.assess(dossier, review));
    assertThat(byReach).isEqualTo(book.assess(dossier, review, true, false));
    assertThat(byReach).isEqualTo(book.assess(dossier, review, false, true));
  }

  @Test
  void aSessionPerBatchAssessesGeneratedDossiersAsOneSessionForEveryBatchDoes() {
    // Several seeds and sizes, batches full and partial, English and Spanish: a new session per
    // batch (the shared facts inserted again) against one session that deletes each batch.
    for (int seed = 21; seed <= 24; seed++) {
      int proposals = seed % 2 == 0 ? 2 * DossierFacts.BATCH + seed : DossierFacts.BATCH - seed;
      Dossier dossier = DossierGenerator.withSeed(seed).proposals(proposals)
          .language(Language.of(seed % 2 == 0 ? "en" : "es")).generate();
      JuryReview review = JuryReview.of(dossier);
      assertThat(RuleBook.bundled().assess(dossier, review, true, true))
          .isEqualTo(RuleBook.bundled().assess(dossier, review, true, false));
    }
  }

  @Test
  void theTimeLimitStillStopsARunThatGivesEachBatchASessionOfItsOwn() {
    // The bundled book never loops; a limit far too short for a few batches stops it all the same.
    Dossier dossier = DossierGenerator.withSeed(25).proposals(4 * DossierFacts.BATCH).generate();
    RuleBook book = RuleBook.bundled().withLimits(new RuleLimits(1_000, java.time.Duration.ofNanos(1)));
    assertThat(book.reachesById()).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> book.assess(dossier))
        .isInstanceOfSatisfying(RuleLimitException.class,
            e -> assertThat(e.limit()).isEqualTo(RuleLimitException.Limit.TIME));
  }

  @Test
  void theFederalBookAssessesGeneratedDossiersOfSeveralBatchesAlikeWithReachOrEveryFact() {
    assertThat(RuleBook.bundled().reachesById()).isTrue();
    assertSameWithReach(RuleBook.bundled(), DossierGenerator.withSeed(11).proposals(DossierFacts.BATCH + 31).generate());
    assertSameWithReach(RuleBook.bundled(), DossierGenerator.withSeed(12).proposals(300).language(Language.of("es"))
        .perJurisdictionCap(2).generate());
  }

  @Test
  void theBundledSamplesAreAssessedAlikeWithReachOrEveryFact() {
    assertSameWithReach(RuleBook.bundled(), DossierReader.standard().read(Path.of(EXAMPLES, "federal-call-2021.json")));
    assertSameWithReach(RuleBook.bundled(), DossierReader.standard().read(Path.of(EXAMPLES, "tiny-call.json")));
    RuleBook horizon = RuleBook.bundled("horizon-europe");
    assertThat(horizon.reachesById()).isTrue();
    assertSameWithReach(horizon, DossierReader.standard().read(Path.of(EXAMPLES, "horizon-europe-2026.json")));
  }

  @Test
  void aBatchReachesItsApplicantsAndItsPeoplesCompletionsEachOnceInTheDossiersOrder() {
    Dossier dossier = DossierGenerator.withSeed(13).proposals(400).generate();
    List<ProposalFacts> batch = DossierFacts.perProposal(dossier, JuryReview.of(dossier)).get(0).subList(0, 50);
    Set<GovernmentId> applicants = new HashSet<>();
    Set<PersonId> people = new HashSet<>();
    batch.forEach(own -> own.facts().stream().filter(Proposal.class::isInstance).map(Proposal.class::cast).forEach(p -> {
      applicants.add(p.applicant());
      p.team().forEach(m -> people.add(m.person()));
      p.coCreation().partners().forEach(partner -> people.addAll(partner.contacts()));
    }));
    List<Object> expected = new java.util.ArrayList<>();
    dossier.governments().stream().filter(g -> applicants.contains(g.id())).forEach(expected::add);
    dossier.completions().stream().filter(c -> people.contains(c.person())).forEach(expected::add);

    List<Object> reached = new Reach(dossier).of(batch);

    assertThat(reached).containsExactlyElementsOf(expected);
    assertThat(reached).hasAtLeastOneElementOfType(Government.class).hasAtLeastOneElementOfType(CourseCompletion.class)
        .doesNotHaveAnyElementsOfTypes(Person.class);
  }

  @Test
  void noBundledAssessmentRuleReadsAPersonWhichABatchDoesNotReach() {
    // Reach leaves people out because no bundled rule matches a Person; a rule that did would see
    // none with a batch's reach.
    java.util.regex.Pattern person = java.util.regex.Pattern.compile("\\bPerson\\s*\\(");
    for (String name : List.of("federal-call", "horizon-europe")) {
      RuleBook book = RuleBook.bundled(name);
      assertThat(book.reachesById()).isTrue();
      assertThat(book.contents()).allSatisfy((file, text) -> assertThat(person.matcher(text).find())
          .as("%s of %s names a Person pattern", file, name).isFalse());
    }
  }

  @Test
  void aBookWithAnAssessmentFileOfItsOwnKeepsEverySharedFactInTheSession() throws IOException {
    // A rule that counts every completion of the dossier would see fewer with a batch's reach alone.
    Path dir = RuleFolders.write(temp, "rules", "counting.drl", """
        package org.convoca.rules.federal;

        import org.convoca.assessment.LabelFinding;
        import org.convoca.capacity.CourseCompletion;
        import org.convoca.proposal.Proposal;

        rule "Labels every proposal with the dossier's count of completions"
        // Not a real policy: it reads facts that no proposal reaches.
        when
            $p : Proposal()
            accumulate( CourseCompletion(); $n : count() )
        then
            insert(new LabelFinding($p.id(), "COMPLETIONS:" + $n, drools.getRule().getName(), "Counted."));
        end
        """);
    RuleBook book = RuleBook.bundledWith(List.of(dir));
    Dossier dossier = DossierGenerator.withSeed(14).proposals(40).generate();

    assertThat(book.reachesById()).isFalse();
    assertThat(book.assess(dossier)).allSatisfy(a ->
        assertThat(a.hasLabel("COMPLETIONS:" + dossier.completions().size())).isTrue());
  }
}
