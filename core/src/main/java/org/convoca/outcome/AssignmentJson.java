package org.convoca.outcome;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.convoca.dossier.internal.Json;
import org.convoca.jury.assignment.JuryAssignment;
import org.convoca.jury.assignment.Uncovered;

/**
 * A jury assignment as {@code assignment.json}: an object with, in this order,
 * <ul>
 *   <li>{@code reviewersPerProposal}: how many jurors each proposal needs;
 *   <li>{@code assignments}: one {@code {"proposal": "P-001", "jurors": ["J-1", "J-4", "J-6"]}} per
 *       proposal, sorted by proposal id, each with its jurors sorted by id (ids sort as text, so
 *       {@code J-10} comes before {@code J-2}; an empty list for a
 *       proposal nobody could review). It has the shape of a dossier's {@code jury.assignments}, so
 *       it can be pasted there as it is;
 *   <li>{@code loads}: how many proposals each juror reviews, keyed by juror id in id order, every
 *       juror included (0 too);
 *   <li>{@code uncovered}: one {@code {"proposal": …, "reason": …}} per proposal left with fewer
 *       jurors than it needs, sorted by proposal id; empty when every proposal is covered.
 * </ul>
 * Two-space indentation, LF line ends and a final LF, UTF-8: the same assignment always gives the
 * same bytes.
 */
public final class AssignmentJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER = Json.mapper()
      .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private AssignmentJson() {}

  /**
   * The assignment as JSON text, ending with a line feed.
   *
   * @param assignment an assignment, never null
   * @return the text, never null
   */
  public static String text(JuryAssignment assignment) {
    try {
      return WRITER.writeValueAsString(tree(assignment)) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The assignment as a JSON tree, in the order described above.
   *
   * @param assignment an assignment, never null
   * @return a new tree, never null
   */
  static ObjectNode tree(JuryAssignment assignment) {
    ObjectNode root = NODES.objectNode();
    root.put("reviewersPerProposal", assignment.reviewersPerProposal());
    ArrayNode assignments = root.putArray("assignments");
    assignment.assignments().forEach((proposal, jurors) -> {
      ObjectNode entry = assignments.addObject();
      entry.put("proposal", proposal.value());
      ArrayNode ids = entry.putArray("jurors");
      jurors.stream().sorted().forEach(juror -> ids.add(juror.value()));
    });
    ObjectNode loads = root.putObject("loads");
    assignment.loads().forEach((juror, load) -> loads.put(juror.value(), load));
    ArrayNode uncovered = root.putArray("uncovered");
    for (Uncovered shortfall : assignment.uncovered()) {
      uncovered.addObject().put("proposal", shortfall.proposal().value()).put("reason", shortfall.reason());
    }
    return root;
  }
}
