package org.convoca.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.convoca.capacity.Sector;
import org.convoca.dossier.Dossier;
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
 * completed them, the proposals and a jury that scored every proposal on the {@code jury}
 * criterion. It deliberately contains imperfect proposals too: a few submitted outside the window,
 * some above the ceiling or asking for nothing, teams without training, milestones that are late or
 * not verifiable, and a few governments that submitted two proposals.
 *
 * <pre>{@code
 * Dossier dossier = DossierGenerator.withSeed(42).proposals(150).jurors(7).generate();
 * }</pre>
 *
 * <p>Instances are immutable: each setting returns a new generator. Generation takes time and
 * memory linear in the number of proposals (100,000 proposals in a few seconds).
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

  private DossierGenerator(long seed, int proposals, int jurors, FederalCall.Settings call) {
    this.seed = seed;
    this.proposals = proposals;
    this.jurors = jurors;
    this.call = call;
  }

  /** A generator for {@code seed} with the default settings: 150 proposals, 7 jurors, the default call. */
  public static DossierGenerator withSeed(long seed) {
    return new DossierGenerator(seed, DEFAULT_PROPOSALS, DEFAULT_JURORS, FederalCall.Settings.DEFAULTS);
  }

  /** The same generator making {@code count} proposals. @throws IllegalArgumentException if negative */
  public DossierGenerator proposals(int count) {
    requireAtLeast("proposals", count, 0);
    return new DossierGenerator(seed, count, jurors, call);
  }

  /** The same generator with a jury of {@code count} jurors. @throws IllegalArgumentException if below 3 */
  public DossierGenerator jurors(int count) {
    requireAtLeast("jurors", count, 3);
    return new DossierGenerator(seed, proposals, count, call);
  }

  /** The same generator with {@code count} selection slots (default 50). @throws IllegalArgumentException if negative */
  public DossierGenerator slots(int count) {
    requireAtLeast("slots", count, 0);
    return withCall(new FederalCall.Settings(count, call.ogpLocalPlaces(), call.waitlist(), call.minJurisdictions(),
        call.perJurisdictionCap(), call.fundingCeiling(), call.totalBudget()));
  }

  /** The same generator with {@code count} places in the OGP Local track (default 11). @throws IllegalArgumentException if negative */
  public DossierGenerator ogpLocalPlaces(int count) {
    requireAtLeast("ogpLocalPlaces", count, 0);
    return withCall(new FederalCall.Settings(call.slots(), count, call.waitlist(), call.minJurisdictions(),
        call.perJurisdictionCap(), call.fundingCeiling(), call.totalBudget()));
  }

  /** The same generator with a waitlist of {@code count} (default 10). @throws IllegalArgumentException if negative */
  public DossierGenerator waitlist(int count) {
    requireAtLeast("waitlist", count, 0);
    return withCall(new FederalCall.Settings(call.slots(), call.ogpLocalPlaces(), count, call.minJurisdictions(),
        call.perJurisdictionCap(), call.fundingCeiling(), call.totalBudget()));
  }

  /** The same generator requiring {@code count} distinct jurisdictions among the selected (default 10). @throws IllegalArgumentException if negative */
  public DossierGenerator minJurisdictions(int count) {
    requireAtLeast("minJurisdictions", count, 0);
    return withCall(new FederalCall.Settings(call.slots(), call.ogpLocalPlaces(), call.waitlist(), count,
        call.perJurisdictionCap(), call.fundingCeiling(), call.totalBudget()));
  }

  /** The same generator selecting at most {@code count} proposals per jurisdiction (default 6). @throws IllegalArgumentException if below 1 */
  public DossierGenerator perJurisdictionCap(int count) {
    requireAtLeast("perJurisdictionCap", count, 1);
    return withCall(new FederalCall.Settings(call.slots(), call.ogpLocalPlaces(), call.waitlist(), call.minJurisdictions(),
        count, call.fundingCeiling(), call.totalBudget()));
  }

  /**
   * The same generator with a ceiling of {@code pesos} ARS per proposal (default 3,000,000);
   * requested amounts follow the ceiling. @throws IllegalArgumentException if below 10,000
   */
  public DossierGenerator fundingCeiling(long pesos) {
    requireAtLeast("fundingCeiling", pesos, 10_000);
    return withCall(new FederalCall.Settings(call.slots(), call.ogpLocalPlaces(), call.waitlist(), call.minJurisdictions(),
        call.perJurisdictionCap(), pesos, call.totalBudget()));
  }

  /** The same generator with a total budget of {@code pesos} ARS (default 120,000,000). @throws IllegalArgumentException if negative */
  public DossierGenerator totalBudget(long pesos) {
    requireAtLeast("totalBudget", pesos, 0);
    return withCall(new FederalCall.Settings(call.slots(), call.ogpLocalPlaces(), call.waitlist(), call.minJurisdictions(),
        call.perJurisdictionCap(), call.fundingCeiling(), pesos));
  }

  /** Generates the dossier. Never null; equal for equal seeds and settings. */
  public Dossier generate() {
    GovernmentMaker governments = new GovernmentMaker(Draw.forPart(seed, "governments"));
    People people = new People(Draw.forPart(seed, "people"));
    ProposalMaker maker = new ProposalMaker(Draw.forPart(seed, "proposals"), people, call.fundingCeiling());
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
    addTrainees(people, Draw.forPart(seed, "trainees"));
    List<Draft> ordered = numbered(drafts);
    return Dossier.builder()
        .call(FederalCall.build(call))
        .governments(governments.governments())
        .courses(People.COURSES)
        .people(people.people())
        .completions(people.completions())
        .proposals(ordered.stream().map(Draft::proposal).toList())
        .jury(new JuryMaker(Draw.forPart(seed, "jury"), jurors).score(ordered))
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
  private void addTrainees(People people, Draw draw) {
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
        case CITIZEN -> "Independent";
        case ACADEMIA -> jurisdiction.university();
        case NATIONAL_GOVERNMENT -> "Subsecretaría de Gobierno Abierto de la Nación";
        case PRIVATE_SECTOR -> "Cámara de Comercio de " + jurisdiction.name();
      };
      people.add(sector, organisation, true);
    }
  }

  private DossierGenerator withCall(FederalCall.Settings settings) {
    return new DossierGenerator(seed, proposals, jurors, settings);
  }

  private static void requireAtLeast(String name, long value, long least) {
    if (value < least) {
      throw new IllegalArgumentException("'" + name + "' must be at least " + least + ", was " + value);
    }
  }

  @Override
  public String toString() {
    return "DossierGenerator[seed=" + seed + ", proposals=" + proposals + ", jurors=" + jurors + ", call=" + call + "]";
  }
}
