package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convoca.call.Criterion;
import org.convoca.call.RuleParameters;
import org.convoca.capacity.Course;
import org.convoca.capacity.CourseId;
import org.convoca.cocreation.Activity;
import org.convoca.cocreation.ActivityKind;
import org.convoca.cocreation.CoCreation;
import org.convoca.proposal.Funding;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.convoca.sample.DossierGenerator;
import org.convoca.sample.MonitoringData;
import org.convoca.value.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Writing a dossier and reading it back gives an equal dossier: for dossiers of the seeded sample
 * generator, and for dossiers built from QuickTheories generators of this test, which reach what the
 * generator does not (free text in any script, decimals of scale 0 to 2, optional fields present
 * or absent, any rule parameters).
 */
class DossierRoundTripProperties {

  @Test
  void writingThenReadingAGeneratedDossierGivesAnEqualDossier() {
    qt(8).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, proposals) -> {
      Dossier dossier = DossierGenerator.withSeed(seed).proposals(proposals).generate();

      assertThat(DossierReader.standard().read(DossierWriter.toJson(dossier))).isEqualTo(dossier);
    });
  }

  @Test
  void writingThenReadingAGeneratedDossierWithMonitoringDataGivesAnEqualDossier() {
    qt(8).forAll(longs().all(), integers().between(1, 20), longs().all()).checkAssert((seed, proposals, data) -> {
      Dossier dossier = MonitoringData.added(DossierGenerator.withSeed(seed).proposals(proposals).generate(),
          new java.util.Random(data), 8, 4);
      String json = DossierWriter.toJson(dossier);

      assertThat(DossierReader.standard().read(json)).isEqualTo(dossier);
      assertThat(SchemaSupport.schemaErrors(json)).isEmpty();
    });
  }

  @Test
  void writingThenReadingGivesAnEqualDossier() {
    qt(60).forAll(dossiers()).checkAssert(dossier -> {
      String json = DossierWriter.toJson(dossier);

      assertThat(DossierReader.standard().read(json)).isEqualTo(dossier);
    });
  }

  @Test
  void theWrittenTextPassesTheSchema() {
    qt(30).forAll(dossiers())
        .checkAssert(dossier -> assertThat(SchemaSupport.schemaErrors(DossierWriter.toJson(dossier))).isEmpty());
  }

  private static Gen<Dossier> dossiers() {
    Gen<String> text = text();
    Gen<BigDecimal> amount = longs().between(0, 100_000_000L).zip(integers().between(0, 2),
        (cents, scale) -> BigDecimal.valueOf(cents, 2).setScale(scale, RoundingMode.DOWN));
    Gen<Proposal> proposal = text.zip(amount, amount, activities(text),
        (title, requested, counterpart, activities) -> HandBuiltDossier.proposal("P", HandBuiltDossier.TOWN, "1")
            .withTitle(title)
            .withFunding(Funding.builder().requested(new Money(requested, "ARS"))
                .counterpart(new Money(counterpart, "ARS")).build())
            .withCoCreation(CoCreation.builder().addAllActivities(activities).build()));
    Gen<List<Proposal>> proposals = lists().of(proposal).ofSizeBetween(0, 6).map(DossierRoundTripProperties::numbered);
    Gen<List<Course>> courses = lists().of(text.zip(text.toOptionals(25), integers().between(1, 400),
            (name, mechanism, hours) -> Course.builder().id(CourseId.of("C")).name(name)
                .mechanism(mechanism).hours(hours).build()))
        .ofSizeBetween(0, 4).map(DossierRoundTripProperties::numberedCourses);
    Gen<Object> parameterValue = Generate.oneOf(text.map(s -> (Object) s), booleans().all().map(b -> (Object) b),
        amount.map(d -> (Object) d));
    Gen<Map<String, Object>> parameters = lists().of(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 8)
            .zip(parameterValue, Map::entry)).ofSizeBetween(0, 4)
        .map(entries -> {
          Map<String, Object> map = new LinkedHashMap<>();
          entries.forEach(e -> map.put(e.getKey(), e.getValue()));
          return map;
        });
    Gen<Optional<BigDecimal>> threshold = integers().between(0, 100).map(tenths -> BigDecimal.valueOf(tenths, 1))
        .toOptionals(25);
    return proposals.zip(courses, parameters, threshold, (ps, cs, params, t) -> {
      Dossier base = HandBuiltDossier.withTwoProposals();
      List<Criterion> criteria = new ArrayList<>(base.call().criteria());
      criteria.set(0, criteria.get(0).withThreshold(t));
      return base.withProposals(ps).withCourses(cs)
          .withCall(base.call().withParameters(RuleParameters.of(params)).withCriteria(criteria))
          .withJury(base.jury().withScores(List.of()));
    });
  }

  /**
   * Text of up to 24 characters from the whole Basic Multilingual Plane, without lone surrogates
   * and without control or format characters (the dossier's text fields are not meant to carry them).
   */
  private static Gen<String> text() {
    return strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 24).map(s -> s.codePoints()
        .filter(c -> !Character.isSurrogate((char) c) && !Character.isISOControl(c)
            && Character.getType(c) != Character.FORMAT
            && ControlCharacters.firstRefused(Character.toString(c), false) < 0)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
  }

  /** Up to three activities, none identical to another: the reader refuses a copied activity. */
  private static Gen<List<Activity>> activities(Gen<String> text) {
    return lists().of(Generate.enumValues(ActivityKind.class).zip(integers().between(0, 5000),
            text.toOptionals(25), integers().between(0, 3660),
            (kind, people, description, day) -> Activity.builder().kind(kind)
                .date(LocalDate.of(2014, 1, 1).plusDays(day)).participants(people).description(description).build()))
        .ofSizeBetween(0, 3).map(drawn -> drawn.stream().distinct().toList());
  }

  private static List<Proposal> numbered(List<Proposal> proposals) {
    List<Proposal> numbered = new ArrayList<>();
    for (int i = 0; i < proposals.size(); i++) {
      numbered.add(proposals.get(i).withId(ProposalId.of("P-" + i))
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
