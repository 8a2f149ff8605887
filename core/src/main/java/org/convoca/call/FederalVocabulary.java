package org.convoca.call;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.convoca.proposal.Theme;

/**
 * The names that the bundled "federal-call" rule book, the sample dossiers, the command line and
 * their tests share: criterion ids, the track id, assessment labels and rule parameter names, with
 * the parameters' defaults. DRL files import this class and read its fields
 * ({@code Criterion( id == FederalVocabulary.JURY )}); Java code does the same, so that a name is
 * spelled once.
 */
public final class FederalVocabulary {

  /** Criterion: co-creation with non-governmental actors. */
  public static final CriterionId COCREATION = CriterionId.of("cocreation");
  /** Criterion: open-government values advanced. */
  public static final CriterionId VALUES = CriterionId.of("values");
  /** Criterion: quality of commitments and milestones. */
  public static final CriterionId COMMITMENTS = CriterionId.of("commitments");
  /** Criterion: the team's and the partners' capacity, above all their training. */
  public static final CriterionId CAPACITY = CriterionId.of("capacity");
  /** Criterion: feasibility of budget and plan. */
  public static final CriterionId FEASIBILITY = CriterionId.of("feasibility");
  /** Criterion: the jury's assessment, from the jurors' scores. */
  public static final CriterionId JURY = CriterionId.of("jury");
  /** Criterion: priority points for newcomers and small municipalities. */
  public static final CriterionId PRIORITY = CriterionId.of("priority");

  /** Track: OGP Local, for selected proposals co-created with non-governmental actors. */
  public static final TrackId OGP_LOCAL = TrackId.of("ogp-local");

  /** Label: co-owned by at least one non-governmental partner. */
  public static final String CO_CREATED = "CO_CREATED";
  /** Label: the jurors' scores on a criterion are further apart than {@link #CONSENSUS_SPREAD}. */
  public static final String NEEDS_CONSENSUS = "NEEDS_CONSENSUS";
  /** Label prefix: followed by the code of the proposal's primary theme; see {@link #primaryTheme}. */
  public static final String PRIMARY_THEME = "PRIMARY_THEME:";

  /** Parameter: how many proposals one government may submit; without it there is no limit. */
  public static final String MAX_PROPOSALS_PER_GOVERNMENT = "maxProposalsPerGovernment";
  /** Parameter: whether a team needs a member who completed a course; default true. */
  public static final String REQUIRE_TRAINED_MEMBER = "requireTrainedMember";
  /** Parameter: the widest spread of jurors' scores on a criterion that needs no consensus; without it, no label. */
  public static final String CONSENSUS_SPREAD = "consensusSpread";
  /** Parameter: the population below which a municipality counts as small; without it, none is. */
  public static final String SMALL_MUNICIPALITY_POPULATION = "smallMunicipalityPopulation";
  /** Parameter: priority points for a government new to open government; without it, none. */
  public static final String NEWCOMER_PRIORITY_POINTS = "newcomerPriorityPoints";
  /** Parameter: priority points for a small municipality; without it, none. */
  public static final String SMALL_MUNICIPALITY_PRIORITY_POINTS = "smallMunicipalityPriorityPoints";
  /**
   * Parameter: how many sectors co-creating partners (non-governmental, collaborating or
   * co-owning) must come from; default 2, which with the applicant government makes three sectors.
   */
  public static final String MIN_PARTNER_SECTORS = "minPartnerSectors";
  /** Parameter: how many people (participants plus responses) participation must reach; default 100. */
  public static final String MIN_PARTICIPATION = "minParticipation";
  /** Parameter: the least counterpart funding, as a share of the request; default 0.2. */
  public static final String MIN_COUNTERPART_SHARE = "minCounterpartShare";
  /** Parameter: the most a proposal may request per milestone, as a share of the ceiling; default 0.25. */
  public static final String MAX_REQUEST_PER_MILESTONE_SHARE = "maxRequestPerMilestoneShare";
  /** Parameter: the least share of the implementation window the milestones must span; default 0.5. */
  public static final String MIN_MILESTONE_SPREAD_SHARE = "minMilestoneSpreadShare";

  private static final Map<String, Object> DEFAULTS = defaults();
  private static final Map<String, Class<?>> KINDS = Map.ofEntries(
      Map.entry(MAX_PROPOSALS_PER_GOVERNMENT, BigDecimal.class),
      Map.entry(REQUIRE_TRAINED_MEMBER, Boolean.class),
      Map.entry(CONSENSUS_SPREAD, BigDecimal.class),
      Map.entry(SMALL_MUNICIPALITY_POPULATION, BigDecimal.class),
      Map.entry(NEWCOMER_PRIORITY_POINTS, BigDecimal.class),
      Map.entry(SMALL_MUNICIPALITY_PRIORITY_POINTS, BigDecimal.class),
      Map.entry(MIN_PARTNER_SECTORS, BigDecimal.class),
      Map.entry(MIN_PARTICIPATION, BigDecimal.class),
      Map.entry(MIN_COUNTERPART_SHARE, BigDecimal.class),
      Map.entry(MAX_REQUEST_PER_MILESTONE_SHARE, BigDecimal.class),
      Map.entry(MIN_MILESTONE_SPREAD_SHARE, BigDecimal.class));

  private FederalVocabulary() {}

  /**
   * {@return the label of a proposal whose primary theme is {@code theme}: {@code PRIMARY_THEME:OPEN_DATA}}
   *
   * @param theme the theme to look up
   */
  public static String primaryTheme(Theme theme) {
    return PRIMARY_THEME + theme.code();
  }

  /**
   * The value each parameter with a default takes when the call does not set it, sorted by name.
   * {@link RuleParameters#asMap()} lays the call's own values over these.
   *
   * @return the value each parameter with a default takes when the call does not set it, sorted by
   *     name
   */
  public static Map<String, Object> parameterDefaults() {
    return DEFAULTS;
  }

  /**
   * The kind of value the parameter named {@code name} takes ({@link BigDecimal} for a number,
   * {@link Boolean} for a flag), or empty when the vocabulary does not name it.
   */
  static Optional<Class<?>> parameterKind(String name) {
    return Optional.ofNullable(KINDS.get(name));
  }

  private static Map<String, Object> defaults() {
    Map<String, Object> defaults = new TreeMap<>();
    defaults.put(REQUIRE_TRAINED_MEMBER, Boolean.TRUE);
    defaults.put(MIN_PARTNER_SECTORS, BigDecimal.valueOf(2));
    defaults.put(MIN_PARTICIPATION, BigDecimal.valueOf(100));
    defaults.put(MIN_COUNTERPART_SHARE, new BigDecimal("0.2"));
    defaults.put(MAX_REQUEST_PER_MILESTONE_SHARE, new BigDecimal("0.25"));
    defaults.put(MIN_MILESTONE_SPREAD_SHARE, new BigDecimal("0.5"));
    return java.util.Collections.unmodifiableMap(defaults);
  }
}
