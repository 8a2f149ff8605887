package org.convoca.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.convoca.call.CriterionId;
import org.convoca.capacity.Course;
import org.convoca.capacity.CourseCompletion;
import org.convoca.capacity.CourseId;
import org.convoca.capacity.Person;
import org.convoca.capacity.PersonId;
import org.convoca.capacity.Sector;
import org.convoca.dossier.Dossier;
import org.convoca.government.Government;
import org.convoca.government.GovernmentId;
import org.convoca.government.GovernmentLevel;
import org.convoca.government.JurisdictionCode;
import org.convoca.jury.JurorId;
import org.convoca.jury.JurorScore;
import org.convoca.jury.Jury;
import org.convoca.proposal.Proposal;

/**
 * The world around the proposals of a test: a small municipality and its province, three people
 * (one of them trained by the program's course), and a dossier that holds them with
 * {@link CallFixtures#aFederalCall()}. The complete proposal of {@link ProposalFixtures} is made
 * of these governments and people.
 */
public final class DossierFixtures {

  /** The municipality that applies in {@link ProposalFixtures#aCompleteProposal()}. */
  public static final GovernmentId MUNICIPALITY = GovernmentId.of("G-MUN");
  /** The province the municipality belongs to. */
  public static final GovernmentId PROVINCE = GovernmentId.of("G-PROV");
  /** The jurisdiction of both governments. */
  public static final JurisdictionCode JURISDICTION = JurisdictionCode.of("AR-X");
  /** A municipal employee who completed {@link #COURSE}. */
  public static final PersonId TRAINED = PersonId.of("PER-TRAINED");
  /** A municipal employee who completed no course. */
  public static final PersonId UNTRAINED = PersonId.of("PER-UNTRAINED");
  /** The contact person of the proposal's civil-society partner; untrained. */
  public static final PersonId NGO_CONTACT = PersonId.of("PER-NGO");
  /** The program's one course. */
  public static final CourseId COURSE = CourseId.of("C-OPEN-DATA");

  private DossierFixtures() {}

  /**
   * A dossier of {@code proposals} under {@link CallFixtures#aFederalCall()}: both governments,
   * the course, the three people, {@link #TRAINED}'s completion of the course on 1 May 2021, and
   * an empty jury.
   *
   * @param proposals the proposals, none or more
   * @return the dossier
   */
  public static Dossier aDossier(Proposal... proposals) {
    return Dossier.builder()
        .call(CallFixtures.aFederalCall())
        .governments(List.of(aProvince(), aSmallMunicipality()))
        .courses(List.of(Course.builder().id(COURSE).name("Open data").hours(20).build()))
        .people(List.of(
            Person.builder().id(TRAINED).name("Ana").sector(Sector.MUNICIPAL_GOVERNMENT).organisation("Villa Test").build(),
            Person.builder().id(UNTRAINED).name("Beto").sector(Sector.MUNICIPAL_GOVERNMENT).organisation("Villa Test").build(),
            Person.builder().id(NGO_CONTACT).name("Carla").sector(Sector.CIVIL_SOCIETY).organisation("Fundación Datos").build()))
        .completions(List.of(CourseCompletion.builder().person(TRAINED).course(COURSE).completedOn(LocalDate.of(2021, 5, 1)).build()))
        .proposals(List.of(proposals))
        .jury(Jury.builder().build())
        .build();
  }

  /**
   * {@return the municipality "Villa Test" ({@link #MUNICIPALITY}), of 30,000 people, new to open
   * government, in {@link #PROVINCE}}
   */
  public static Government aSmallMunicipality() {
    return Government.builder().id(MUNICIPALITY).name("Villa Test").level(GovernmentLevel.MUNICIPAL)
        .jurisdiction(JURISDICTION).population(30_000).province(PROVINCE).build();
  }

  /** {@return the province "Provincia Test" ({@link #PROVINCE}), of 3.8 million people, with open-government experience} */
  public static Government aProvince() {
    return Government.builder().id(PROVINCE).name("Provincia Test").level(GovernmentLevel.PROVINCIAL)
        .jurisdiction(JURISDICTION).population(3_800_000).openGovernmentExperience(true).build();
  }

  /**
   * A juror's score, for the dossier's jury ({@code aDossier(p).withJury(Jury.builder().addScores(..).build())}).
   *
   * @param juror the juror's id, such as {@code J-1}
   * @param proposal the proposal scored
   * @param criterion the criterion scored
   * @param value the score, as a decimal such as {@code "4.5"}
   * @return the score, without a comment
   * @throws NumberFormatException when {@code value} is not a decimal
   */
  public static JurorScore aScore(String juror, Proposal proposal, CriterionId criterion, String value) {
    return JurorScore.builder().juror(JurorId.of(juror)).proposal(proposal.id()).criterion(criterion)
        .value(new BigDecimal(value)).build();
  }
}
