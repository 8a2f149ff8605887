package org.convoca.sensitivity;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.convoca.dossier.internal.Json;

/**
 * A sensitivity report as {@code sensitivity.json}, an object that explains itself, with in this
 * order:
 * <ul>
 *   <li>{@code draws}, {@code spread} (percent) and {@code seed}: the parameters, enough to run it again;
 *   <li>{@code distribution}: how the weights were drawn, in a sentence;
 *   <li>{@code stableCorePercent}: 95, the share of the draws that makes the stable core;
 *   <li>{@code weights}: one {@code {"criterion", "asCalled", "lowest", "highest", "mean"}} per
 *       criterion in the call's order;
 *   <li>{@code meanSelected}: how many proposals a draw selects on average;
 *   <li>{@code proposals}: one {@code {"id", "probability", "selectedIn", "plainSelection"}} per
 *       proposal, sorted by id: its selection probability (4 decimals), the number of draws that
 *       selected it, and whether the call's own weights select it;
 *   <li>{@code stableCore}: the ids of the proposals selected in at least 95 percent of the draws, by id;
 *   <li>{@code marginal}: one {@code {"id", "probability", "selectedIn", "plainSelection",
 *       "mostMovingWeight": {"criterion", "correlation", "meanWhenSelected", "meanWhenNotSelected"}}}
 *       per proposal selected in some draws but not in the stable core, most often selected first.
 * </ul>
 * Numbers are written as decimals, never in exponent form. Two-space indentation, LF line ends and a
 * final LF, UTF-8: the same report always gives the same bytes.
 */
public final class SensitivityJson {

  /** The file's name in an {@code --out} folder. */
  public static final String FILE = "sensitivity.json";

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectWriter WRITER = Json.mapper()
      .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")))
      .with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);

  private SensitivityJson() {}

  /**
   * The report as JSON text, ending with a line feed.
   *
   * @param report a report
   * @return the text
   */
  public static String text(SensitivityReport report) {
    try {
      return WRITER.writeValueAsString(tree(report)) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the report as JSON text, ending with a line feed, to {@code out}, which it does not close.
   *
   * @param report a report
   * @param out where to write it
   * @throws UncheckedIOException when it cannot be written
   */
  public static void write(SensitivityReport report, Writer out) {
    try {
      out.write(text(report));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode tree(SensitivityReport report) {
    ObjectNode root = NODES.objectNode();
    Perturbation p = report.perturbation();
    root.put("draws", p.draws());
    root.put("spread", p.spread());
    root.put("seed", p.seed());
    root.put("distribution", "Each draw multiplies each criterion's weight by a factor uniform in [1 - spread/100, "
        + "1 + spread/100), renormalises the weights to their sum as called (100, or the call's maxTotal) and rounds them to hundredths by the largest "
        + "remainder; draw i uses java.util.SplittableRandom seeded with new SplittableRandom(seed + i).nextLong().");
    root.put("stableCorePercent", ProposalSensitivity.STABLE_CORE_PERCENT);
    ArrayNode weights = root.putArray("weights");
    for (DrawnWeight w : report.weights()) {
      weights.addObject().put("criterion", w.criterion().value()).put("asCalled", w.asCalled())
          .put("lowest", w.lowest()).put("highest", w.highest()).put("mean", w.mean());
    }
    root.put("meanSelected", report.meanSelected());
    ArrayNode proposals = root.putArray("proposals");
    report.proposals().forEach(s -> proposal(proposals.addObject(), s));
    ArrayNode core = root.putArray("stableCore");
    report.stableCore().forEach(id -> core.add(id.value()));
    ArrayNode marginal = root.putArray("marginal");
    for (MarginalProposal m : report.marginal()) {
      ObjectNode entry = proposal(marginal.addObject(), m.proposal());
      entry.putObject("mostMovingWeight").put("criterion", m.criterion().value())
          .put("correlation", m.correlation())
          .put("meanWhenSelected", m.meanWeightWhenSelected())
          .put("meanWhenNotSelected", m.meanWeightWhenNot());
    }
    return root;
  }

  private static ObjectNode proposal(ObjectNode node, ProposalSensitivity s) {
    return node.put("id", s.id().value()).put("probability", s.probability()).put("selectedIn", s.selectedIn())
        .put("plainSelection", s.plainlySelected());
  }
}
