package org.convoca.outcome;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convoca.dossier.internal.Json;

/**
 * What verifying a published outcome found: whether the outcome recomputed from the dossier is the
 * one claimed and, when it is not, every difference between the two.
 *
 * <pre>{@code
 * Verification v = Convoca.withBundledRules().verify(Path.of("dossier.json"), Path.of("outcome.json"));
 * if (!v.reproduced()) v.differences().forEach(d -> System.out.println(d.sentence()));
 * }</pre>
 *
 * <p>The two outcomes are compared as JSON trees, whatever fields they hold. Differences are
 * listed the selection first (who is claimed selected and was not, and the reverse), then each
 * proposal's decision, total and rank, then the fingerprint, then anything else, each group in the
 * order of the recomputed outcome. Each names where it is by a path from {@code $}, the outcome:
 * {@code .field} for a field of an object ({@code ['field']} when the name is not a plain word);
 * for a list whose elements are objects with an id, or ids themselves, the id in brackets
 * ({@code $.proposals[P-042].total}, {@code $.proposals[P-042].criteria[impact].points},
 * {@code $.selected[P-007]}), so that the same entries in another order compare as the same and
 * the order itself is one difference; otherwise the position from 0 ({@code $.notes[2]}).
 * Numbers compare by value ({@code 71.50} is {@code 71.5}). {@code producedBy}, the versions and
 * the rule book that produced an outcome, is not compared: when it names another rule book than
 * the one run, a note says which {@code --book} (and {@code --rules}) to verify with; when its
 * versions differ from the running ones, a note says so.
 *
 * @param claimedFingerprint the fingerprint the published outcome claims
 * @param recomputedFingerprint the fingerprint of the outcome recomputed from the dossier
 * @param differences every difference, in the order described above; empty when reproduced
 * @param notes sentences that do not make the outcome differ, such as other versions having produced it
 */
public record Verification(String claimedFingerprint, String recomputedFingerprint, List<Difference> differences,
    List<String> notes) {

  /**
   * Checks that no part is missing and copies the lists.
   *
   * @param claimedFingerprint the fingerprint the published outcome claims
   * @param recomputedFingerprint the fingerprint of the recomputed outcome
   * @param differences every difference
   * @param notes sentences that do not make the outcome differ
   */
  public Verification {
    requireNonNull(claimedFingerprint, "'claimedFingerprint' must not be null");
    requireNonNull(recomputedFingerprint, "'recomputedFingerprint' must not be null");
    differences = List.copyOf(differences);
    notes = List.copyOf(notes);
  }

  /**
   * Compares {@code claimed} with {@code recomputed}.
   *
   * @param recomputed the outcome recomputed from the claimed outcome's dossier and rule book
   * @param claimed the published outcome
   * @param running the versions running now, such as {@code convoca} and {@code drools} to their
   *     version, in the order to name them; compared with the {@code producedBy} the outcome states
   * @return what the comparison found
   * @throws InvalidOutcomeException when the claimed outcome states a {@code formatVersion} other than
   *     the one {@code recomputed} is written in
   */
  public static Verification of(CallOutcome recomputed, ClaimedOutcome claimed, Map<String, String> running) {
    JsonNode mine = tree(recomputed);
    checkFormat(claimed, mine);
    List<Difference> differences = OutcomeComparison.compare(claimed.tree(), mine);
    List<String> notes = new ArrayList<>();
    ProducedByNote.bookHint(claimed.tree().get("producedBy"), mine.get("producedBy")).ifPresent(notes::add);
    ProducedByNote.note(claimed.tree().get("producedBy"), running).ifPresent(notes::add);
    return new Verification(claimed.fingerprint(), recomputed.fingerprint(), differences, notes);
  }

  /** {@return whether the recomputed outcome is the claimed one: no difference at all} */
  public boolean reproduced() {
    return differences.isEmpty();
  }

  private static JsonNode tree(CallOutcome outcome) {
    try {
      return Json.mapper().readTree(OutcomeJson.text(outcome));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the outcome's own JSON does not parse", e);
    }
  }

  /**
   * Refuses {@code claimed} when it is in a format other than the one {@code mine}, the recomputed
   * tree, is written in. An outcome that states no format is in format 1, written before the field
   * existed.
   */
  static void checkFormat(ClaimedOutcome claimed, JsonNode mine) {
    JsonNode written = mine.get("formatVersion");
    int stated = claimed.formatVersion().orElse(1);
    if (written == null || stated == written.intValue()) {
      return;
    }
    int reads = written.intValue();
    String key = (stated > reads ? "format.newer" : "format.older") + (claimed.formatVersion().isEmpty() ? "Unstated" : "");
    throw new InvalidOutcomeException(claimed.source(),
        InvalidOutcomeException.sentence(key, String.valueOf(stated), String.valueOf(reads)));
  }

  /**
   * One way in which the published outcome differs from the recomputed one.
   *
   * @param kind what differs, for grouping and for programs
   * @param path where, from {@code $}, as {@link Verification} describes
   * @param claimed the published value as compact JSON, cut to 80 characters and made safe to print;
   *     empty when the published outcome lacks it
   * @param recomputed the recomputed value, likewise; empty when the recomputed outcome lacks it
   */
  public record Difference(Kind kind, String path, Optional<String> claimed, Optional<String> recomputed) {

    /**
     * Checks that no part is missing.
     *
     * @param kind what differs
     * @param path where
     * @param claimed the published value, or empty
     * @param recomputed the recomputed value, or empty
     */
    public Difference {
      requireNonNull(kind, "'kind' must not be null");
      requireNonNull(path, "'path' must not be null");
      requireNonNull(claimed, "'claimed' must not be null");
      requireNonNull(recomputed, "'recomputed' must not be null");
    }

    /**
     * {@return the difference on one line, starting with its path, such as
     * {@code $.proposals[P-042].total: claimed 71.5, recomputed 68.0}}
     */
    public String sentence() {
      if (kind == Kind.SELECTION && claimed.isPresent() != recomputed.isPresent()) {
        return path + (claimed.isPresent()
            ? ": claimed selected, not selected when recomputed"
            : ": selected when recomputed, not claimed selected");
      }
      if (claimed.isPresent() && recomputed.isPresent()) {
        return path + ": claimed " + claimed.get() + ", recomputed " + recomputed.get();
      }
      return claimed.isPresent()
          ? path + ": claimed " + claimed.get() + ", not in the recomputed outcome"
          : path + ": missing from the claimed outcome, recomputed " + recomputed.orElseThrow();
    }

    @Override
    public String toString() {
      return sentence();
    }
  }

  /** What a difference is about, in the order differences are listed. */
  public enum Kind {
    /** Which proposals are selected, or their order: {@code $.selected}. */
    SELECTION,
    /** A proposal's decision: {@code $.proposals[ID].decision}. */
    DECISION,
    /** A proposal's total: {@code $.proposals[ID].total}. */
    TOTAL,
    /** A proposal's rank: {@code $.proposals[ID].rank}. */
    RANK,
    /** The fingerprint: {@code $.fingerprint}. */
    FINGERPRINT,
    /** Anything else. */
    OTHER
  }
}
