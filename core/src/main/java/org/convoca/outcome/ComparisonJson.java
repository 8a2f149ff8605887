package org.convoca.outcome;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.convoca.call.TrackId;
import org.convoca.dossier.internal.Json;
import org.convoca.outcome.Comparison.CriterionDelta;
import org.convoca.outcome.Comparison.ProposalDelta;
import org.convoca.outcome.Comparison.RuleDelta;
import org.convoca.outcome.Comparison.Side;
import org.convoca.proposal.ProposalId;

/**
 * A {@link Comparison} as {@code compare.json}, the format that README's "What-if" section
 * documents: an object with, in this order, {@code formatVersion} ({@value #FORMAT_VERSION}),
 * {@code base} and {@code variant} (each {@code fingerprint}, {@code proposals}, {@code selected},
 * {@code only}), {@code changes}, {@code notes}, {@code entering}, {@code leaving} (proposal ids),
 * {@code decisionChanges} ({@code id}, {@code from}, {@code to}), {@code rankMoves} ({@code id},
 * {@code from}, {@code to}, null when not ranked), {@code deltas} ({@code id}, {@code baseTotal},
 * {@code variantTotal}, {@code totalDelta}, {@code totalChanged}, {@code baseRankingScore}, {@code variantRankingScore}
 * (null without ranking factors), {@code criteria}, {@code rules}),
 * {@code trackChanges} ({@code id}, {@code from}, {@code to}, {@code gained}, {@code lost}: track ids),
 * {@code labelChanges} ({@code id}, {@code added}, {@code removed}: labels), {@code rules}
 * ({@code rule}, {@code criterion}, {@code proposals}, {@code netChange}, {@code totalChange}) and
 * {@code titles} (id to title, sorted by id). Numbers are JSON numbers written plain; lists are in
 * the comparison's order, so the same comparison always gives the same bytes. Two-space
 * indentation, LF line ends and a final LF, UTF-8.
 */
final class ComparisonJson {

  /** The version of the format, written first; raised when a field changes meaning or goes away. */
  static final int FORMAT_VERSION = 1;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER = Json.mapper()
      .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private ComparisonJson() {}

  static String text(Comparison comparison) {
    try {
      return WRITER.writeValueAsString(tree(comparison)) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode tree(Comparison c) {
    ObjectNode root = NODES.objectNode();
    root.put("formatVersion", FORMAT_VERSION);
    side(root.putObject("base"), c.base());
    side(root.putObject("variant"), c.variant());
    c.changes().forEach(root.putArray("changes")::add);
    c.notes().forEach(root.putArray("notes")::add);
    ids(root.putArray("entering"), c.entering());
    ids(root.putArray("leaving"), c.leaving());
    ArrayNode decisions = root.putArray("decisionChanges");
    c.decisionChanges().forEach(d -> decisions.addObject().put("id", d.proposal().value())
        .put("from", d.from().name()).put("to", d.to().name()));
    ArrayNode ranks = root.putArray("rankMoves");
    c.rankMoves().forEach(r -> {
      ObjectNode move = ranks.addObject().put("id", r.proposal().value());
      rank(move, "from", r.from());
      rank(move, "to", r.to());
    });
    ArrayNode deltas = root.putArray("deltas");
    c.deltas().forEach(d -> delta(deltas.addObject(), d));
    ArrayNode tracks = root.putArray("trackChanges");
    c.trackChanges().forEach(t -> {
      ObjectNode change = tracks.addObject().put("id", t.proposal().value());
      tracks(change.putArray("from"), t.from());
      tracks(change.putArray("to"), t.to());
      tracks(change.putArray("gained"), t.gained());
      tracks(change.putArray("lost"), t.lost());
    });
    ArrayNode labels = root.putArray("labelChanges");
    c.labelChanges().forEach(l -> {
      ObjectNode change = labels.addObject().put("id", l.proposal().value());
      l.added().forEach(change.putArray("added")::add);
      l.removed().forEach(change.putArray("removed")::add);
    });
    ArrayNode rules = root.putArray("rules");
    c.rules().forEach(r -> rules.addObject().put("rule", r.rule()).put("criterion", r.criterion().value())
        .put("proposals", r.proposals()).put("netChange", r.netChange()).put("totalChange", r.totalChange()));
    ObjectNode titles = root.putObject("titles");
    c.titles().forEach((id, title) -> titles.put(id.value(), title));
    return root;
  }

  private static void side(ObjectNode node, Side side) {
    node.put("fingerprint", side.fingerprint()).put("proposals", side.proposals()).put("selected", side.selected());
    ids(node.putArray("only"), side.only());
  }

  private static void ids(ArrayNode array, List<ProposalId> ids) {
    ids.forEach(id -> array.add(id.value()));
  }

  private static void score(ObjectNode node, String field, Optional<BigDecimal> score) {
    if (score.isPresent()) {
      node.put(field, score.get());
    } else {
      node.putNull(field);
    }
  }

  private static void tracks(ArrayNode array, List<TrackId> tracks) {
    tracks.forEach(track -> array.add(track.value()));
  }

  private static void rank(ObjectNode node, String field, Optional<Integer> rank) {
    if (rank.isPresent()) {
      node.put(field, rank.get());
    } else {
      node.putNull(field);
    }
  }

  private static void delta(ObjectNode node, ProposalDelta d) {
    node.put("id", d.proposal().value()).put("baseTotal", d.baseTotal()).put("variantTotal", d.variantTotal())
        .put("totalDelta", d.totalDelta()).put("totalChanged", d.totalChanged());
    score(node, "baseRankingScore", d.baseRankingScore());
    score(node, "variantRankingScore", d.variantRankingScore());
    ArrayNode criteria = node.putArray("criteria");
    for (CriterionDelta c : d.criteria()) {
      criteria.addObject().put("criterion", c.criterion().value())
          .put("basePoints", c.basePoints()).put("variantPoints", c.variantPoints())
          .put("baseWeight", c.baseWeight()).put("variantWeight", c.variantWeight())
          .put("baseWeighted", c.baseWeighted()).put("variantWeighted", c.variantWeighted())
          .put("weightedDelta", c.weightedDelta());
    }
    ArrayNode rules = node.putArray("rules");
    for (RuleDelta r : d.rules()) {
      rules.addObject().put("rule", r.rule()).put("criterion", r.criterion().value())
          .put("basePoints", r.basePoints()).put("variantPoints", r.variantPoints()).put("delta", r.delta());
    }
  }
}
