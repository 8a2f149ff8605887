package org.convoca.outcome;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.convoca.dossier.internal.Json;
import org.convoca.proposal.ProposalId;
import org.convoca.selection.Decision;

/**
 * The outcome as canonical JSON: fixed key order, lists in a stable order (proposals by id, the
 * selection and ranking by rank, tracks by id), decimals written plain, two-space indentation, LF
 * line ends and a final LF, UTF-8. The same outcome always gives the same bytes.
 *
 * <p>It is written from small records ({@code OutcomeView}, {@code ProposalView}, {@code JuryView}) whose components
 * are the fields, in order; {@link OutcomeSchema} is its JSON Schema. Top-level fields, in order:
 * {@code formatVersion} ({@link #FORMAT_VERSION}); {@code producedBy} ({@link ProducedBy}: the
 * versions and, when known, the rule book; outside the fingerprint); {@code fingerprint}; {@code call} (id, name, edition, thresholds, policy,
 * criteria); {@code summary}; {@code selected} (proposal ids in rank order, then jury inclusions
 * without a rank); {@code waitlist} (ids in order); {@code tracks} (track id to proposal ids);
 * {@code ties}; {@code overrides}; {@code notes}; {@code jury}; {@code proposals} (one object per
 * proposal, by id, with {@code id}, {@code eligible}, {@code total}, {@code rank} — null when not
 * ranked —, {@code decision} and its {@code cause} (a {@link org.convoca.selection.DecisionCause}:
 * {@code kind} first, then its fields), {@code computedDecision} and {@code computedCause},
 * {@code reasons}, {@code checks} (every eligibility check with its rule), {@code criteria} (each
 * with its {@code rawPoints} and the {@code awards} that make them, each with its rule),
 * {@code jury}, {@code labels} and {@code labelFindings} (each label with its rule), and more).
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

  /**
   * The version of the format, written first as {@code formatVersion}. Version 1 was the format
   * written before the field existed (an outcome without {@code formatVersion} is version 1).
   * Version 2 added {@code formatVersion}, {@code producedBy}, each proposal's full trail
   * ({@code checks}, each criterion's {@code rawPoints} and {@code awards}, {@code labelFindings})
   * and each decision's {@code cause} and {@code computedCause}. The number changes whenever a field is
   * added, removed, renamed or changes meaning, together with {@code outcome.schema.json}.
   */
  public static final int FORMAT_VERSION = 2;
  /** The canonical writer, shared with {@code monitoring.json} ({@link MonitoringJson}). */
  static final ObjectWriter WRITER = Json.mapper()
      .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")))
      .with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      // The views give every map its order: sorted maps, or the call's order of criteria.
      .without(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

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
    StringWriter text = new StringWriter();
    write(outcome, text);
    return text.toString();
  }

  /**
   * Writes the canonical JSON to {@code out} as it goes, one proposal at a time, and flushes it; it
   * does not close it. @throws UncheckedIOException when writing fails
   *
   * @param outcome the outcome to write
   * @param out where to write it; not closed
   */
  public static void write(CallOutcome outcome, Writer out) {
    writeStreaming(WRITER, view(outcome), out);
  }

  /** Writes {@code value} with {@code writer} and a final line feed, straight to {@code out}; flushes {@code out}, never closes it. */
  static void writeStreaming(ObjectWriter writer, Object value, Writer out) {
    try (JsonGenerator generator = writer.createGenerator(out)) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      writer.writeValue(generator, value);
      generator.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the outcome as the records that are written}
   *
   * @param outcome the outcome to write
   */
  static OutcomeView view(CallOutcome outcome) {
    Map<String, List<ProposalId>> tracks = new TreeMap<>();
    outcome.tracks().forEach((track, ids) -> tracks.put(track.value(), ids));
    return new OutcomeView(
        FORMAT_VERSION,
        outcome.producedBy(),
        outcome.fingerprint(),
        OutcomeView.CallView.of(outcome.call()),
        outcome.summary(),
        outcome.selected(),
        outcome.waitlist(),
        tracks,
        outcome.selection().ties().stream().map(OutcomeView.TieView::of).toList(),
        outcome.proposals().stream().map(ProposalOutcome::decision).filter(Decision::overridden)
            .map(OutcomeView.OverrideView::of).toList(),
        outcome.selection().notes(),
        JuryView.of(outcome.jury()),
        Lazily.map(outcome.proposals(), p -> ProposalView.of(p, outcome.call().writtenIn())));
  }
}
