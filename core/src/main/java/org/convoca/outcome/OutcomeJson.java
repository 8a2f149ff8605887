package org.convoca.outcome;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.convoca.assessment.CriterionResult;
import org.convoca.call.Call;
import org.convoca.call.SelectionPolicy;
import org.convoca.dossier.internal.Json;
import org.convoca.jury.JuryOverride;
import org.convoca.proposal.ProposalId;
import org.convoca.proposal.Theme;
import org.convoca.selection.BrokenTie;
import org.convoca.selection.Decision;
import org.convoca.value.Money;

/**
 * The outcome as canonical JSON: fixed key order, lists in a stable order (proposals by id, the
 * selection and ranking by rank, tracks by id), decimals written plain, two-space indentation, LF
 * line ends and a final LF, UTF-8. The same outcome always gives the same bytes.
 *
 * <p>Top-level fields, in order: {@code fingerprint}; {@code call} (id, name, edition, thresholds,
 * policy, criteria); {@code summary}; {@code selected} (proposal ids in rank order, then jury
 * inclusions without a rank); {@code waitlist} (ids in order); {@code tracks} (track id to proposal
 * ids); {@code ties}; {@code overrides}; {@code notes}; {@code jury}; {@code proposals} (one object
 * per proposal, by id, with {@code id}, {@code eligible}, {@code total}, {@code rank} — null when not
 * ranked —, {@code decision}, {@code reasons}, {@code criteria}, {@code jury} and more).
 *
 * <p>The top-level {@code jury} is the jury's review of the call: {@code aggregation},
 * {@code normalisation}, {@code minScores} and {@code reviewersPerProposal} (the jury policy in
 * effect); {@code jurors}, by id, each with {@code id}, {@code scored} (how many scores they gave),
 * {@code excluded} (how many of them a conflict of interest excludes) and {@code offset}: null when
 * the call does not normalise, otherwise an object from criterion id to the juror's severity offset
 * on that criterion (2 decimals; positive for a juror more generous than the panel), since the
 * severity is fitted criterion by criterion; a criterion on which the juror has no valid score is
 * left out. {@code conflicts}, by proposal, juror and kind, each with {@code juror},
 * {@code proposal}, {@code kind} and {@code reason}: every conflict found of the kinds the call
 * applies, whether or not the juror scored. {@code agreement}, keyed by the id of each criterion the
 * jury scores in the call's order, each with {@code alpha} (Krippendorff's alpha on the valid raw
 * scores, rounded half up to 3 decimals; null when the scores give none), {@code metric}
 * ({@code "interval"}), {@code scores} (how many scores were pairable), {@code reading}
 * ({@code RELIABLE}, {@code TENTATIVE} or {@code UNRELIABLE}, read from the unrounded alpha; null
 * when there is no alpha), then {@code reason} (why there is no alpha) only when alpha is null, and
 * {@code icc1} and {@code icc1k} (ICC(1,1) and ICC(1,k), 3 decimals) only when they are defined.
 * {@code overallAgreement}: the same fields over every criterion the jury scores pooled, each
 * proposal's scores on each criterion one unit (with one jury criterion it equals that criterion's;
 * with several, differences between the criteria's typical scores count as agreement, so read each
 * criterion's first). {@code notes}: sentences about the review as a whole.
 *
 * <p>A proposal's {@code jury} is keyed by the id of each criterion the jury scores, in the call's
 * order; each has {@code scores}, by juror, each with {@code juror}, {@code raw}, {@code adjusted}
 * (net of the juror's offset; the raw score when the call does not normalise), {@code excluded}
 * (why a conflict of interest excludes the score, or null when it counts) and {@code assigned}
 * (whether the juror was assigned the proposal; null when the dossier records no assignment);
 * {@code aggregate} (the valid scores combined by the call's method, 2 decimals; null when none is
 * valid); and {@code consensus} (the score the jury agreed on, which replaces the aggregate, as
 * {@code value}, {@code reason} and {@code agreedOn}; null when there is none).
 */
public final class OutcomeJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER = Json.mapper()
      .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")))
      .with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);

  private OutcomeJson() {}

  /**
   * {@return the outcome as canonical JSON bytes}
   *
   * @param outcome the outcome to write
   */
  public static byte[] bytes(CallOutcome outcome) {
    return text(outcome).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * {@return the outcome as canonical JSON text, ending with a line feed}
   *
   * @param outcome the outcome to write
   */
  public static String text(CallOutcome outcome) {
    try {
      return WRITER.writeValueAsString(tree(outcome)) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the canonical JSON to {@code out}, which it does not close. @throws UncheckedIOException when writing fails
   *
   * @param outcome the outcome to write
   * @param out where to write it; not closed
   */
  public static void write(CallOutcome outcome, Writer out) {
    try {
      out.write(text(outcome));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the outcome as a JSON tree, in canonical order}
   *
   * @param outcome the outcome to write
   */
  static ObjectNode tree(CallOutcome outcome) {
    ObjectNode root = NODES.objectNode();
    root.put("fingerprint", outcome.fingerprint());
    root.set("call", call(outcome.call()));
    root.set("summary", Json.mapper().valueToTree(outcome.summary()));
    root.set("selected", ids(outcome.selected()));
    root.set("waitlist", ids(outcome.waitlist()));
    ObjectNode tracks = root.putObject("tracks");
    outcome.tracks().forEach((track, ids) -> tracks.set(track.value(), ids(ids)));
    ArrayNode ties = root.putArray("ties");
    outcome.selection().ties().forEach(t -> ties.add(tie(t)));
    ArrayNode overrides = root.putArray("overrides");
    outcome.proposals().stream().map(ProposalOutcome::decision).filter(Decision::overridden)
        .forEach(d -> overrides.add(override(d)));
    ArrayNode notes = root.putArray("notes");
    outcome.selection().notes().forEach(notes::add);
    root.set("jury", JuryJson.of(outcome.jury()));
    ArrayNode proposals = root.putArray("proposals");
    outcome.proposals().forEach(p -> proposals.add(proposal(p)));
    return root;
  }

  private static ObjectNode call(Call call) {
    SelectionPolicy policy = call.policy();
    ObjectNode node = NODES.objectNode();
    node.put("id", call.id().value());
    node.put("name", call.name());
    node.put("edition", call.edition());
    node.put("overallThreshold", call.overallThreshold());
    node.put("slots", policy.slots());
    node.set("totalBudget", money(policy.totalBudget()));
    node.set("perJurisdictionCap", policy.perJurisdictionCap().<JsonNode>map(NODES::numberNode).orElse(NODES.nullNode()));
    node.set("perGovernmentCap", policy.perGovernmentCap().<JsonNode>map(NODES::numberNode).orElse(NODES.nullNode()));
    node.put("minJurisdictions", policy.minJurisdictions());
    node.put("waitlistLength", policy.waitlistLength());
    ArrayNode chain = node.putArray("tieBreak");
    policy.tieBreak().forEach(step -> {
      ObjectNode s = chain.addObject();
      s.put("kind", step.kind().name());
      s.put("criterion", step.criterion().map(Object::toString).orElse(null));
    });
    ArrayNode criteria = node.putArray("criteria");
    call.criteria().forEach(c -> {
      ObjectNode n = criteria.addObject();
      n.put("id", c.id().value());
      n.put("name", c.name());
      n.put("weight", c.weight());
      n.put("maxPoints", c.maxPoints());
      n.put("threshold", c.threshold().orElse(null));
    });
    return node;
  }

  private static ObjectNode tie(BrokenTie t) {
    ObjectNode node = NODES.objectNode();
    node.put("higher", t.higher().value());
    node.put("lower", t.lower().value());
    node.put("total", t.total());
    node.put("step", t.step().kind().name());
    node.put("criterion", t.step().criterion().map(Object::toString).orElse(null));
    node.put("sentence", t.sentence());
    return node;
  }

  private static ObjectNode override(Decision d) {
    JuryOverride o = d.override().orElseThrow();
    ObjectNode node = NODES.objectNode();
    node.put("proposal", d.proposal().value());
    node.put("verdict", o.verdict().name());
    node.put("reason", o.reason());
    node.put("decidedBy", o.decidedBy());
    node.put("decidedOn", o.decidedOn().toString());
    node.put("decision", d.kind().name());
    node.put("computedDecision", d.computedKind().name());
    node.put("computedReason", d.computedReason());
    return node;
  }

  private static ObjectNode proposal(ProposalOutcome p) {
    ObjectNode node = NODES.objectNode();
    node.put("id", p.proposal().id().value());
    node.put("title", p.proposal().title());
    node.put("applicant", p.applicant().id().value());
    node.put("applicantName", p.applicant().name());
    node.put("jurisdiction", p.applicant().jurisdiction().value());
    node.put("level", p.applicant().level().name());
    node.put("theme", p.theme().map(Theme::code).orElse(null));
    node.set("requested", money(Optional.of(p.proposal().funding().requested())));
    node.put("eligible", p.assessment().eligible());
    node.put("meetsAllThresholds", p.assessment().meetsAllThresholds());
    node.put("total", p.total());
    node.put("rank", p.rank().orElse(null));
    node.put("decision", p.decision().kind().name());
    node.put("override", p.decision().overridden());
    node.put("computedDecision", p.decision().computedKind().name());
    node.put("waitlistPosition", p.waitlistPosition().orElse(null));
    ArrayNode reasons = node.putArray("reasons");
    p.reasons().forEach(reasons::add);
    ArrayNode failed = node.putArray("failedChecks");
    p.assessment().failedChecks().forEach(c -> failed.addObject().put("rule", c.rule()).put("sentence", c.sentence()));
    ArrayNode criteria = node.putArray("criteria");
    p.assessment().criteria().forEach(c -> criteria.add(criterion(c)));
    node.set("jury", JuryJson.of(p.jury()));
    ArrayNode labels = node.putArray("labels");
    p.assessment().labels().forEach(l -> labels.add(l.label()));
    ArrayNode tracks = node.putArray("tracks");
    p.tracks().forEach(t -> tracks.add(t.value()));
    return node;
  }

  private static ObjectNode criterion(CriterionResult c) {
    ObjectNode node = NODES.objectNode();
    node.put("criterion", c.criterion().value());
    node.put("points", c.points());
    node.put("maxPoints", c.maxPoints());
    node.put("weighted", c.weighted());
    node.put("threshold", c.threshold().orElse(null));
    node.put("meetsThreshold", c.meetsThreshold());
    return node;
  }

  private static JsonNode money(Optional<Money> money) {
    return money.<JsonNode>map(m -> NODES.objectNode()
        .put("amount", m.amount()).put("currency", m.currency())).orElse(NODES.nullNode());
  }

  private static ArrayNode ids(List<ProposalId> ids) {
    ArrayNode array = NODES.arrayNode();
    ids.forEach(id -> array.add(id.value()));
    return array;
  }
}
