package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.convoca.call.Criterion;
import org.convoca.call.RuleParameters;
import org.convoca.capacity.Course;
import org.convoca.capacity.CourseId;
import org.convoca.cocreation.Activity;
import org.convoca.cocreation.ActivityKind;
import org.convoca.cocreation.CoCreation;
import org.convoca.proposal.Funding;
import org.convoca.proposal.Proposal;
import org.convoca.value.Money;

/**
 * Writing a dossier and reading it back gives an equal dossier: for dossiers of the seeded sample
 * generator, and for dossiers built from jqwik arbitraries of this test, which reach what the
 * generator does not (free text in any script, decimals of scale 0 to 2, optional fields present
 * or absent, any rule parameters).
 */
class DossierRoundTripProperties {

  @Property(tries = 8)
  void writingThenReadingAGeneratedDossierGivesAnEqualDossier(
      @ForAll long seed, @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 40) int proposals) {
    Dossier dossier = org.convoca.sample.DossierGenerator.withSeed(seed).proposals(proposals).generate();

    assertThat(DossierReader.standard().read(DossierWriter.toJson(dossier))).isEqualTo(dossier);
  }

  @Property(tries = 60)
  void writingThenReadingGivesAnEqualDossier(@ForAll("dossiers") Dossier dossier) {
    String json = DossierWriter.toJson(dossier);

    assertThat(DossierReader.standard().read(json)).isEqualTo(dossier);
  }

  @Property(tries = 30)
  void theWrittenTextPassesTheSchema(@ForAll("dossiers") Dossier dossier) {
    assertThat(SchemaSupport.schemaErrors(DossierWriter.toJson(dossier))).isEmpty();
  }

  @Provide
  Arbitrary<Dossier> dossiers() {
    Arbitrary<String> text = Arbitraries.strings().ofMinLength(0).ofMaxLength(24)
        .filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c)) && ControlCharacters.firstRefused(s, false) < 0);
    Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000"))
        .ofScale(2).flatMap(d -> Arbitraries.integers().between(0, 2).map(s -> d.setScale(s, java.math.RoundingMode.DOWN)));
    Arbitrary<Proposal> proposal = Combinators.combine(text, amount, amount, activity(text))
        .as((title, requested, counterpart, activity) -> HandBuiltDossier.proposal("P", HandBuiltDossier.TOWN, "1")
            .withTitle(title)
            .withFunding(Funding.builder().requested(new Money(requested, "ARS"))
                .counterpart(new Money(counterpart, "ARS")).build())
            .withCoCreation(CoCreation.builder().addAllActivities(activity).build()));
    Arbitrary<List<Proposal>> proposals = proposal.list().ofMaxSize(6).map(DossierRoundTripProperties::numbered);
    Arbitrary<List<Course>> courses = Combinators.combine(text, text.optional(), Arbitraries.integers().between(1, 400))
        .as((name, mechanism, hours) -> Course.builder().id(CourseId.of("C")).name(name)
            .mechanism(mechanism).hours(hours).build())
        .list().ofMaxSize(4).map(DossierRoundTripProperties::numberedCourses);
    Arbitrary<Map<String, Object>> parameters = Arbitraries.maps(
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
        Arbitraries.oneOf(text.map(s -> (Object) s), Arbitraries.of(true, false).map(b -> (Object) b),
            amount.map(d -> (Object) d))).ofMaxSize(4);
    Arbitrary<Optional<BigDecimal>> threshold = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN)
        .ofScale(1).optional();
    return Combinators.combine(proposals, courses, parameters, threshold)
        .as((ps, cs, params, t) -> {
          Dossier base = HandBuiltDossier.withTwoProposals();
          List<Criterion> criteria = new ArrayList<>(base.call().criteria());
          criteria.set(0, criteria.get(0).withThreshold(t));
          return base.withProposals(ps).withCourses(cs)
              .withCall(base.call().withParameters(RuleParameters.of(params)).withCriteria(criteria))
              .withJury(base.jury().withScores(List.of()));
        });
  }

  private static Arbitrary<List<Activity>> activity(Arbitrary<String> text) {
    return Combinators.combine(Arbitraries.of(ActivityKind.class), Arbitraries.integers().between(0, 5000),
            text.optional(), Arbitraries.integers().between(0, 3660))
        .as((kind, people, description, day) -> Activity.builder().kind(kind)
            .date(LocalDate.of(2014, 1, 1).plusDays(day)).participants(people).description(description).build())
        .list().ofMaxSize(3);
  }

  private static List<Proposal> numbered(List<Proposal> proposals) {
    List<Proposal> numbered = new ArrayList<>();
    for (int i = 0; i < proposals.size(); i++) {
      numbered.add(proposals.get(i).withId(org.convoca.proposal.ProposalId.of("P-" + i))
          .withSubmittedAt(Instant.parse("2024-03-01T00:00:00Z").plusSeconds(i * 3_601L)));
    }
    return numbered;
  }

  private static List<Course> numberedCourses(List<Course> courses) {
    List<Course> numbered = new ArrayList<>();
    for (int i = 0; i < courses.size(); i++) {
      numbered.add(courses.get(i).withId(CourseId.of("C-" + i)));
    }
    return numbered;
  }

}
