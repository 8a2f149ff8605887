package org.convoca.outcome;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.convoca.call.ConflictKind;
import org.convoca.call.JuryPolicy;
import org.convoca.dossier.Dossier;
import org.jspecify.annotations.Nullable;

/**
 * The fingerprint of an outcome: SHA-256, in lower-case hex, over the selection's canonical
 * dossier, the rule parameters and the jury policy in effect and the rule book's files, so that
 * anyone holding the same dossier and rule book can show they reproduce it. It covers what decides
 * the selection, and only that: the monitoring data (progress reports, results assessments, the
 * call's {@code monitoring} parameters) is left out, so adding it to a dossier keeps the fingerprint,
 * and the {@link MonitoringFingerprint} covers it instead.
 *
 * <p>The digest reads, each part preceded by its length in bytes as an 8-byte big-endian number:
 * the text {@code convoca-outcome-4}; the format version of {@code outcome.json}
 * ({@link OutcomeJson#FORMAT_VERSION}) as decimal text; the {@linkplain CanonicalDossier#selectionBytes selection's canonical dossier} (the
 * canonical dossier without progress reports, results assessments and monitoring parameters, whose
 * bytes are those that dossier had before monitoring data existed, so that no fingerprint of a
 * dossier without monitoring data changed when it came; a dossier's reports, which it used to cover,
 * no longer count); the
 * rule parameters in effect ({@link org.convoca.call.RuleParameters#asMap()}: the call's own values
 * over the defaults of those it leaves out) as canonical JSON; the jury policy in effect
 * ({@link org.convoca.call.Call#juryPolicy()}: the call's {@code jury}, or
 * {@link org.convoca.call.JuryPolicy#unstated()} when it states none) as canonical JSON of
 * {@code aggregation}, {@code conflicts} (the kinds that apply, {@code DECLARED} included, in
 * {@link org.convoca.call.ConflictKind}'s order), {@code minScores}, {@code normalisation} and
 * {@code reviewersPerProposal}; the language the outcome is written in ({@link org.convoca.call.Call#writtenIn()}:
 * the call's {@code language}, {@code en} when it states none) as its BCP 47 tag; then, for each rule book file in the order of its name, the name and
 * the text, both UTF-8, with the text's CRLF line ends turned into LF (so a Windows checkout gives
 * the same fingerprint). The parameters and the policy are digested as in effect, defaults
 * included, so that a default that changes in a later version of Convoca changes the fingerprint
 * too. The text at the start names this layout: it changes whenever the parts do (version 2 added
 * the parameters, version 3 the jury policy, version 4 the outcome's format version, version 5 the language), so that
 * fingerprints of different layouts never match. With the format version in the digest, an outcome
 * written in another format never verifies as this one, even where the two formats agree on every
 * field that decides the selection.
 *
 * <p>Every jury datum of the dossier (jurors, scores, declared conflicts, assignments, consensus
 * scores) is in the canonical dossier, so the fingerprint covers the jury's review: the conflicts
 * found, the exclusions, the aggregates and the agreement are computed from them.
 *
 * <p>The canonical dossier sorts every list whose order carries no meaning (see
 * {@link CanonicalDossier}), so two dossiers that differ only in such an order have the same
 * fingerprint; lists whose order means something (criteria, tie-break steps, a proposal's themes,
 * commitments and milestones) count in their order.
 */
public final class Fingerprint {

  private static final String VERSION = "convoca-outcome-5";

  private Fingerprint() {}

  /**
   * The fingerprint of {@code dossier} assessed with the rule book {@code ruleBook}.
   *
   * @param dossier the dossier
   * @param ruleBook the rule book's files: name (such as {@code org/convoca/rules/federal/eligibility.drl}) to text;
   *     empty when the assessments did not come from a rule book
   * @return 64 lower-case hex digits
   * @throws NullPointerException when an argument is null
   */
  public static String of(Dossier dossier, SortedMap<String, String> ruleBook) {
    return of(dossier, ruleBook, Counting.KEPT, Spill::open);
  }

  /**
   * As {@link #of(Dossier, SortedMap)}, holding at most {@code kept} bytes of the canonical dossier
   * in memory, and the rest in a file from {@code spills}, which gives null when it can make none.
   */
  static String of(Dossier dossier, SortedMap<String, String> ruleBook, long kept, Supplier<@Nullable Spill> spills) {
    MessageDigest digest = sha256();
    part(digest, VERSION.getBytes(StandardCharsets.UTF_8));
    part(digest, Integer.toString(OutcomeJson.FORMAT_VERSION).getBytes(StandardCharsets.UTF_8));
    Dossier canonical = CanonicalDossier.of(CanonicalDossier.selection(dossier));
    part(digest, out -> CanonicalDossier.write(canonical, out), kept, spills);
    part(digest, CanonicalDossier.valueBytes(new TreeMap<>(dossier.call().parameters().asMap())));
    part(digest, CanonicalDossier.valueBytes(policyInEffect(dossier.call().juryPolicy())));
    part(digest, dossier.call().writtenIn().tag().getBytes(StandardCharsets.UTF_8));
    for (Map.Entry<String, String> file : ruleBook.entrySet()) {
      part(digest, file.getKey().getBytes(StandardCharsets.UTF_8));
      part(digest, file.getValue().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * SHA-256 over {@code version}, then each of {@code parts}, then each file's name and text (CRLF
   * turned into LF), every part preceded by its length; in lower-case hex.
   */
  static String digest(String version, byte[] first, byte[] second, byte[] third, Map<String, String> files) {
    MessageDigest digest = sha256();
    part(digest, version.getBytes(StandardCharsets.UTF_8));
    part(digest, first);
    part(digest, second);
    part(digest, third);
    for (Map.Entry<String, String> file : files.entrySet()) {
      part(digest, file.getKey().getBytes(StandardCharsets.UTF_8));
      part(digest, file.getValue().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The jury policy as the digest reads it: a map with sorted keys, the kinds that apply in their enum order. */
  static SortedMap<String, Object> policyInEffect(JuryPolicy policy) {
    SortedMap<String, Object> map = new TreeMap<>();
    map.put("aggregation", policy.aggregation().name());
    map.put("conflicts", policy.conflictsApplied().stream().sorted().map(ConflictKind::name).toList());
    map.put("minScores", policy.minScores());
    map.put("normalisation", policy.normalisation().name());
    map.put("reviewersPerProposal", policy.reviewersPerProposal());
    return map;
  }

  private static void part(MessageDigest digest, byte[] bytes) {
    digest.update(length(bytes.length));
    digest.update(bytes);
  }

  /**
   * Digests what {@code part} writes, preceded by its length, as {@link #part(MessageDigest, byte[])}
   * does with bytes, without holding more than {@code kept} bytes of it: a dossier of a hundred
   * thousand proposals is hundreds of megabytes of canonical JSON. The length comes first, so a part
   * longer than that goes on into a temporary file, which is then read into the digest and deleted;
   * writing the part costs far more than the file. Only when no temporary file can be made, or
   * writing it fails (a full disk), is the part written twice: once to count its bytes, once into the
   * digest.
   */
  private static void part(MessageDigest digest, Part part, long kept, Supplier<@Nullable Spill> spills) {
    try (Counting counting = new Counting(kept, spills)) {
      part.writeTo(counting);
      counting.finish();
      digest.update(length(counting.count));
      if (counting.spill != null) {
        counting.spill.digest(digest);
      } else if (counting.keptAll) {
        counting.kept.forEach(digest::update);
      } else {
        part.writeTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] length(long length) {
    return ByteBuffer.allocate(Long.BYTES).putLong(length).array();
  }

  /** Something that writes the same bytes every time. */
  @FunctionalInterface
  private interface Part {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Counts the bytes written to it, and keeps them: in memory as long as they come to no more than a
   * given number, then in a temporary {@link Spill} file; when none can be made, it only counts.
   */
  private static final class Counting extends OutputStream {
    /** The most bytes kept in memory: a dossier of ten thousand proposals fits, one of a hundred thousand goes to a file. */
    static final long KEPT = 64L * 1024 * 1024;

    private final List<byte[]> kept = new ArrayList<>();
    private final long most;
    private final Supplier<@Nullable Spill> spills;
    private boolean keptAll = true;
    private @Nullable Spill spill;
    private long count;

    Counting(long most, Supplier<@Nullable Spill> spills) {
      this.most = most;
      this.spills = spills;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
      if (spill != null) {
        toSpill(b, off, len);
        return;
      }
      if (keptAll && count > most) {
        keptAll = false;
        spill = spills.get();
        for (byte[] piece : kept) {
          toSpill(piece, 0, piece.length);
        }
        toSpill(b, off, len);
        kept.clear();
        return;
      }
      if (keptAll) {
        kept.add(Arrays.copyOfRange(b, off, off + len));
      }
    }

    /** Writes out what the spill file still buffers; when that fails, the part is written twice instead. */
    void finish() {
      if (spill != null) {
        try {
          spill.finish();
        } catch (IOException full) {
          dropSpill();
        }
      }
    }

    /**
     * Appends to the spill file, if there is one; when writing to it fails (a full disk, say), drops
     * it, and the part is written twice instead.
     */
    private void toSpill(byte[] b, int off, int len) {
      if (spill == null) {
        return;
      }
      try {
        spill.write(b, off, len);
      } catch (IOException full) {
        dropSpill();
      }
    }

    private void dropSpill() {
      Spill dropped = spill;
      spill = null;
      try {
        dropped.close();
      } catch (IOException alreadyGone) {
        // Nothing was digested from it; the file is deleted with its channel.
      }
    }

    @Override
    public void close() throws IOException {
      if (spill != null) {
        spill.close();
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
