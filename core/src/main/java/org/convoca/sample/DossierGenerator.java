package org.convoca.sample;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.convoca.call.Call;
import org.convoca.call.JuryPolicy;
import org.convoca.capacity.Sector;
import org.convoca.dossier.Dossier;
import org.convoca.jury.Jury;
import org.convoca.language.Language;
import org.convoca.proposal.ProposalId;
import org.convoca.sample.GovernmentMaker.Applicant;
import org.convoca.sample.ProposalMaker.Draft;

/**
 * Generates realistic, internally consistent dossiers of any size, the same dossier for the same
 * seed and settings on every machine.
 *
 * <p>A generated dossier holds the {@linkplain FederalCall federal call} (by default 50 slots, a
 * ceiling of ARS 3,000,000 per proposal, the OGP Local track with 11 places), provincial and
 * municipal governments from Argentina's 24 jurisdictions, the program's courses and who
 * completed them, the proposals and a jury that scored them on the {@code jury} criterion. It
 * deliberately contains imperfect proposals too: a few submitted outside the window, some above the
 * ceiling or asking for nothing, teams without training, milestones that are late or not
 * verifiable, and a few governments that submitted two proposals.
 *
 * <h2>The jury panel</h2>
 * The call states a {@linkplain FederalCall#juryPolicy() jury policy} (3 reviewers per proposal, the
 * mean, at least 2 valid scores, additive normalisation, every kind of conflict) unless told
 * otherwise. Each juror knows one or two of the call's themes, written in words ("open data" for
 * {@code OPEN_DATA}), and may review at most the even share of the reviews plus a tenth (at least
 * 2 more). With the default 7 jurors and 3 reviewers per proposal:
 * <ul>
 *   <li>J-1, J-2 and J-3 come from three different applicants' provinces, so they have a
 *       {@code SAME_JURISDICTION} conflict with every proposal from there;
 *   <li>J-4 is an academic at a university that is a partner of some proposal ({@code AFFILIATION});
 *   <li>J-5 is a person of the dossier, the contact of a civil-society partner of one proposal and
 *       affiliated with it ({@code SAME_PERSON} and {@code AFFILIATION} with that proposal);
 *   <li>J-6 is a citizen who took the program's courses: a person of the dossier, on no proposal;
 *   <li>J-7 declared a conflict with one proposal ({@code jury.conflicts}), but only after scoring it.
 * </ul>
 * A role that conflicts with proposals is played only when the jury has enough jurors to spare
 * beyond the reviewers per proposal (the jurors from provinces need 1 more, the declaration 2, the
 * academic 3, the partner's contact 4), so that every proposal keeps enough jurors free of
 * conflict; with more than 7 jurors, the later ones plant nothing.
 *
 * <p>Each proposal is assigned its reviewers ({@code jury.assignments}), never a juror it conflicts
 * with (by the kinds the call applies) nor one beyond capacity: by the exact {@link
 * org.convoca.jury.assignment.JuryAssigner} up to 1,000 proposals, which makes the loads as even as
 * conflicts allow; above that, greedily by least load, which keeps the constraints and nearly even
 * loads in linear time. Only the assigned reviewers score, except J-7, whose score of the proposal
 * it declared a conflict with stays in the dossier: the one score from a conflicted juror, there so
 * that the outcome shows a score excluded. A score is the proposal's hidden quality, plus the
 * juror's severity offset, plus normal noise of standard deviation 0.3, rounded to the scale's half
 * points within 0 to 5; about one proposal in 16 has one reviewer who strongly disagrees. The
 * planted offsets are J-1 +0.1, J-2 −0.1, J-3 0, J-4 −0.6 (the severe juror), J-5 +0.2, J-6 +0.5
 * (the lenient juror), J-7 −0.1, and 0 for any later juror; the seven sum to zero.
 *
 * <h2>The language</h2>
 * The dossier's texts (the call's name and criteria, titles, summaries, commitments, milestones,
 * team roles, courses, the jury's comments) are English unless {@linkplain #language(Language)
 * another language} is asked for; Spanish is written as an Argentine call would write it, and the
 * call then states its {@code language}. The language changes words only: the same seed gives the
 * same ids, numbers, dates, people and scores in every language, so the same selection.
 *
 * <pre>{@code
 * Dossier dossier = DossierGenerator.withSeed(42).proposals(150).jurors(7).generate();
 * Dossier spanish = DossierGenerator.withSeed(42).language(Language.SPANISH).generate();
 * }</pre>
 *
 * <p>Instances are immutable: each setting returns a new generator. Generation takes time and
 * memory linear in the number of proposals above 1,000 (examples' {@code GeneratorBenchmark}
 * measured 0.55 s for 1,000 proposals, where the exact assignment dominates, and 2.5 s for
 * 100,000 on a busy two-core machine).
 */
public final class DossierGenerator {

  /** The number of proposals {@link #generate()} makes unless told otherwise. */
  public static final int DEFAULT_PROPOSALS = 150;
  /** The number of jurors unless told otherwise. */
  public static final int DEFAULT_JURORS = 7;

  private static final double PROVINCIAL_SHARE = 0.1;
  private static final double SECOND_PROPOSAL_SHARE = 0.05;

  private final long seed;
  private final int proposals;
  private final int jurors;
  private final FederalCall.Settings call;
  private final Optional<JuryPolicy> jury;
  private final Optional<Language> language;

  private DossierGenerator(long seed, int proposals, int jurors, FederalCall.Settings call, Optional<JuryPolicy> jury,
      Optional<Language> language) {
    this.seed = seed;
    this.proposals = proposals;
    this.jurors = jurors;
    this.call = call;
    this.jury = jury;
    this.language = language;
  }

  /**
   * {@return a generator for {@code seed} with the default settings: 150 proposals, 7 jurors, the default call}
   *
   * @param seed the seed; equal seeds give equal dossiers
   */
  public static DossierGenerator withSeed(long seed) {
    return new DossierGenerator(seed, DEFAULT_PROPOSALS, DEFAULT_JURORS, FederalCall.Settings.DEFAULTS,
        Optional.of(FederalCall.juryPolicy()), Optional.empty());
  }

  /**
   * {@return the same generator making {@code count} proposals. @throws IllegalArgumentException if negative}
   *
   * @param count how many proposals to generate
   */
  public DossierGenerator proposals(int count) {
    requireAtLeast("proposals", count, 0);
    return new DossierGenerator(seed, count, jurors, call, jury, language);
  }

  /**
   * The same generator with a jury of {@code count} jurors (default 7).
   *
   * @param count how many jurors to generate
   * @return the same generator with a jury of {@code count} jurors (default 7)
   * @throws IllegalArgumentException if below 3, or below the reviewers per proposal of the call's jury policy
   */
  public DossierGenerator jurors(int count) {
    requireAtLeast("jurors", count, Math.max(3, reviewersPerProposal()));
    return new DossierGenerator(seed, proposals, count, call, jury, language);
  }

  /**
   * The same generator whose call states {@code policy} (default {@link FederalCall#juryPolicy()}):
   * each proposal is assigned its {@code reviewersPerProposal}, free of the conflicts it applies.
   *
   * @param policy the jury policy the call states
   * @return the same generator whose call states {@code policy} (default {@link
   *     FederalCall#juryPolicy()}): each proposal is assigned its {@code reviewersPerProposal},
   *     free of the conflicts it applies
   * @throws NullPointerException if {@code policy} is null
   * @throws IllegalArgumentException if it wants more reviewers per proposal than the jury has jurors
   */
  public DossierGenerator juryPolicy(JuryPolicy policy) {
    if (policy.reviewersPerProposal() > jurors) {
      throw new IllegalArgumentException("'reviewersPerProposal' of the jury policy must be at most the "
          + jurors + " jurors, was " + policy.reviewersPerProposal());
    }
    return new DossierGenerator(seed, proposals, jurors, call, Optional.of(policy), language);
  }

  /**
   * The same generator whose call states no jury policy, as dossiers written before policies existed
   * do; the panel is made as for {@link JuryPolicy#unstated()} (3 reviewers per proposal, every kind of conflict).
   *
   * @return the same generator whose call states no jury policy, as dossiers written before
   *     policies existed do; the panel is made as for {@link JuryPolicy#unstated()} (3 reviewers
   *     per proposal, every kind of conflict)
   */
  public DossierGenerator withoutJuryPolicy() {
    return new DossierGenerator(seed, proposals, jurors, call, Optional.empty(), language);
  }

  /**
   * The same generator writing its texts in {@code language}, which the call states as its {@code
   * language}: the call's name and criteria, the proposals' titles, summaries, commitments,
   * milestones and team roles, the courses, the jury's comments and declared conflict, and the
   * monitoring data that {@link MonitoringGenerator} adds later. Everything else is the same in every
   * language: ids, numbers, dates, people, places, organisations and scores, so a dossier's outcome
   * selects, ranks and totals as it does in English; only its sentences differ. Without this setting
   * the texts are English and the call states no language (English is then in effect).
   *
   * @param language English or Spanish, in any region ({@code en}, {@code es}, {@code es-AR})
   * @return the same generator writing in {@code language}
   * @throws IllegalArgumentException when the generator has no texts in {@code language}
   * @throws NullPointerException if {@code language} is null
   */
  public DossierGenerator language(Language language) {
    Texts.in(requireNonNull(language, "'language' must not be null"));
    return new DossierGenerator(seed, proposals, jurors, call, jury, Optional.of(language));
  }

  /**
   * {@return the languages the generator writes: English and Spanish}
   */
  public static List<Language> languages() {
    return List.of(Language.ENGLISH, Language.SPANISH);
  }

  /**
   * {@return the same generator with {@code count} selection slots (default 50). @throws IllegalArgumentException if negative}
   *
   * @param count the call's slots
   */
  public DossierGenerator slots(int count) {
    requireAtLeast("slots", count, 0);
    return withCall(new FederalCall.Settings(count, call.ogpLocalPlaces(), call.waitlist(), call.minJurisdictions(),
        call.perJurisdictionCap(), call.fundingCeiling(), call.totalBudget()));
  }

  /**
   * {@return the same generator with {@code count} places in the OGP Local track (default 11). @throws IllegalArgumentException if negative}
   *
   * @param count the places of the OGP Local track
   */
  public DossierGenerator ogpLocalPlaces(int count) {
    requireAtLeast("ogpLocalPlaces", count, 0);
    return withCall(new FederalCall.Settings(call.slots(), count, call.waitlist(), call.minJurisdictions(),
        call.perJurisdictionCap(), call.fundingCeiling(), call.totalBudget()));
  }

  /**
   * {@return the same generator with a waitlist of {@code count} (default 10). @throws IllegalArgumentException if negative}
   *
   * @param count the length of the waitlist
   */
  public DossierGenerator waitlist(int count) {
    requireAtLeast("waitlist", count, 0);
    return withCall(new FederalCall.Settings(call.slots(), call.ogpLocalPlaces(), count, call.minJurisdictions(),
        call.perJurisdictionCap(), call.fundingCeiling(), call.totalBudget()));
  }

  /**
   * {@return the same generator requiring {@code count} distinct jurisdictions among the selected (default 10). @throws IllegalArgumentException if negative}
   *
   * @param count the least number of distinct jurisdictions the selection must cover
   */
  public DossierGenerator minJurisdictions(int count) {
    requireAtLeast("minJurisdictions", count, 0);
    return withCall(new FederalCall.Settings(call.slots(), call.ogpLocalPlaces(), call.waitlist(), count,
        call.perJurisdictionCap(), call.fundingCeiling(), call.totalBudget()));
  }

  /**
   * {@return the same generator selecting at most {@code count} proposals per jurisdiction (default 6). @throws IllegalArgumentException if below 1}
   *
   * @param count the most proposals selected from one jurisdiction
   */
  public DossierGenerator perJurisdictionCap(int count) {
    requireAtLeast("perJurisdictionCap", count, 1);
    return withCall(new FederalCall.Settings(call.slots(), call.ogpLocalPlaces(), call.waitlist(), call.minJurisdictions(),
        count, call.fundingCeiling(), call.totalBudget()));
  }

  /**
   * The same generator with a ceiling of {@code pesos} ARS per proposal (default 3,000,000);
   * requested amounts follow the ceiling. @throws IllegalArgumentException if below 10,000
   *
   * @param pesos the most one proposal may request, in pesos
   * @return the same generator with a ceiling of {@code pesos} ARS per proposal (default
   *     3,000,000); requested amounts follow the ceiling. @throws IllegalArgumentException if below
   *     10,000
   */
  public DossierGenerator fundingCeiling(long pesos) {
    requireAtLeast("fundingCeiling", pesos, 10_000);
    return withCall(new FederalCall.Settings(call.slots(), call.ogpLocalPlaces(), call.waitlist(), call.minJurisdictions(),
        call.perJurisdictionCap(), pesos, call.totalBudget()));
  }

  /**
   * {@return the same generator with a total budget of {@code pesos} ARS (default 120,000,000). @throws IllegalArgumentException if negative}
   *
   * @param pesos the call's total budget, in pesos
   */
  public DossierGenerator totalBudget(long pesos) {
    requireAtLeast("totalBudget", pesos, 0);
    return withCall(new FederalCall.Settings(call.slots(), call.ogpLocalPlaces(), call.waitlist(), call.minJurisdictions(),
        call.perJurisdictionCap(), call.fundingCeiling(), pesos));
  }

  /**
   * Generates the dossier. Never null; equal for equal seeds and settings.
   *
   * @return the dossier; equal for equal seeds and settings
   */
  public Dossier generate() {
    Texts texts = Texts.in(language.orElse(Language.ENGLISH));
    GovernmentMaker governments = new GovernmentMaker(Draw.forPart(seed, "governments"));
    People people = new People(Draw.forPart(seed, "people"), texts);
    ProposalMaker maker = new ProposalMaker(Draw.forPart(seed, "proposals"), people, call.fundingCeiling(), texts);
    Draw applicants = Draw.forPart(seed, "applicants");
    List<Applicant> once = new ArrayList<>();
    List<Draft> drafts = new ArrayList<>(proposals);
    for (int i = 0; i < proposals; i++) {
      Applicant applicant;
      if (!once.isEmpty() && applicants.chance(SECOND_PROPOSAL_SHARE)) {
        int index = applicants.between(0, once.size() - 1);
        applicant = once.get(index);
        once.set(index, once.get(once.size() - 1));
        once.remove(once.size() - 1);
      } else {
        applicant = governments.provincesLeft() && applicants.chance(PROVINCIAL_SHARE)
            ? governments.nextProvince()
            : governments.nextMunicipality();
        once.add(applicant);
      }
      drafts.add(maker.make(applicant));
    }
    addTrainees(people, Draw.forPart(seed, "trainees"), texts);
    List<Draft> ordered = numbered(drafts);
    Call federalCall = FederalCall.build(call, jury, language, texts);
    Jury jury = new JuryMaker(Draw.forPart(seed, "jury"), people, federalCall, texts).make(ordered, jurors);
    return Dossier.builder()
        .call(federalCall)
        .governments(governments.governments())
        .courses(people.courses())
        .people(people.people())
        .completions(people.completions())
        .proposals(ordered.stream().map(Draft::proposal).toList())
        .jury(jury)
        .build();
  }

  /** Proposal ids follow the order of submission, as a submission system would number them. */
  private List<Draft> numbered(List<Draft> drafts) {
    List<Draft> sorted = new ArrayList<>(drafts);
    sorted.sort(Comparator.comparing(d -> d.proposal().submittedAt()));
    int width = Math.max(3, String.valueOf(sorted.size()).length());
    List<Draft> numbered = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      String number = String.valueOf(i + 1);
      numbered.add(sorted.get(i).withId(ProposalId.of("P-" + "0".repeat(width - number.length()) + number)));
    }
    return numbered;
  }

  /** People who took the courses without being on any proposal, from every sector. */
  private void addTrainees(People people, Draw draw, Texts texts) {
    Sector[] sectors = {Sector.MUNICIPAL_GOVERNMENT, Sector.PROVINCIAL_GOVERNMENT, Sector.CIVIL_SOCIETY,
        Sector.CITIZEN, Sector.ACADEMIA, Sector.NATIONAL_GOVERNMENT, Sector.PRIVATE_SECTOR};
    double[] weights = {30, 50, 70, 82, 92, 97, 100};
    int count = proposals / 3 + 5;
    for (int i = 0; i < count; i++) {
      Sector sector = sectors[draw.weighted(weights)];
      Jurisdictions.Jurisdiction jurisdiction = draw.pick(Jurisdictions.ALL);
      String organisation = switch (sector) {
        case MUNICIPAL_GOVERNMENT -> jurisdiction.hasMunicipalities()
            ? "Municipalidad de " + draw.pick(jurisdiction.towns()).name() : jurisdiction.government();
        case PROVINCIAL_GOVERNMENT -> jurisdiction.government();
        case CIVIL_SOCIETY -> draw.pick(Names.CIVIL_SOCIETY_NAMES) + " de " + jurisdiction.name();
        case CITIZEN -> texts.independent();
        case ACADEMIA -> jurisdiction.university();
        case NATIONAL_GOVERNMENT -> "Subsecretaría de Gobierno Abierto de la Nación";
        case PRIVATE_SECTOR -> "Cámara de Comercio de " + jurisdiction.name();
      };
      people.add(sector, organisation, true);
    }
  }

  private DossierGenerator withCall(FederalCall.Settings settings) {
    return new DossierGenerator(seed, proposals, jurors, settings, jury, language);
  }

  /** The number of distinct jurors each proposal is assigned: the stated policy's, or the unstated one's. */
  private int reviewersPerProposal() {
    return jury.orElseGet(JuryPolicy::unstated).reviewersPerProposal();
  }

  private static void requireAtLeast(String name, long value, long least) {
    if (value < least) {
      throw new IllegalArgumentException("'" + name + "' must be at least " + least + ", was " + value);
    }
  }

  @Override
  public String toString() {
    return "DossierGenerator[seed=" + seed + ", proposals=" + proposals + ", jurors=" + jurors + ", call=" + call
        + ", jury=" + jury + ", language=" + language + "]";
  }
}
