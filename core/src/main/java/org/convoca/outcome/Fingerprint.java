package org.convoca.outcome;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.convoca.dossier.Dossier;

/**
 * The fingerprint of an outcome: SHA-256, in lower-case hex, over the canonical dossier, the rule
 * parameters in effect and the rule book's files, so that anyone holding the same dossier and rule
 * book can show they reproduce it.
 *
 * <p>The digest reads, each part preceded by its length in bytes as an 8-byte big-endian number:
 * the text {@code convoca-outcome-2}; the {@link CanonicalDossier#bytes canonical dossier}; the
 * rule parameters in effect ({@link org.convoca.call.RuleParameters#asMap()}: the call's own values
 * over the defaults of those it leaves out) as canonical JSON, so that a default that changes in a
 * later version of Convoca changes the fingerprint too; then, for each rule book file in the order
 * of its name, the name and the text, both UTF-8, with the text's CRLF line ends turned into LF (so
 * a Windows checkout gives the same fingerprint).
 *
 * <p>The canonical dossier sorts every list whose order carries no meaning (see
 * {@link CanonicalDossier}), so two dossiers that differ only in such an order have the same
 * fingerprint; lists whose order means something (criteria, tie-break steps, a proposal's themes,
 * commitments and milestones) count in their order.
 */
public final class Fingerprint {

  private static final String VERSION = "convoca-outcome-2";

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
    MessageDigest digest = sha256();
    part(digest, VERSION.getBytes(StandardCharsets.UTF_8));
    part(digest, CanonicalDossier.bytes(dossier));
    part(digest, CanonicalDossier.valueBytes(new TreeMap<>(dossier.call().parameters().asMap())));
    for (Map.Entry<String, String> file : ruleBook.entrySet()) {
      part(digest, file.getKey().getBytes(StandardCharsets.UTF_8));
      part(digest, file.getValue().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void part(MessageDigest digest, byte[] bytes) {
    digest.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
