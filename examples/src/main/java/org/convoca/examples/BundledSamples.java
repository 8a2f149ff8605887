package org.convoca.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierReader;
import org.convoca.language.Language;
import org.convoca.proposal.ProposalId;
import org.convoca.rules.Convoca;
import org.convoca.sample.DossierGenerator;
import org.convoca.sample.MonitoringGenerator;

/**
 * The sample dossiers shipped on the classpath under {@code org/convoca/examples/}.
 *
 * <ul>
 *   <li>{@value #FEDERAL_CALL_2021}: one illustrative federal call modelled on Argentina's Open
 *       Government Federal Program, 150 proposals, made by {@link DossierGenerator} with seed
 *       {@value #FEDERAL_CALL_2021_SEED} in Spanish ({@code "language": "es"}, as an Argentine
 *       call is written: its outcome and reports are Spanish too), decided by the bundled rule book, and followed after the
 *       selection by {@link MonitoringGenerator} with the same seed: three rounds of progress
 *       reports on each selected project and the jury's assessment of its early results. The
 *       monitoring data decides nothing of the selection: the selection's fingerprint is the one it
 *       had without it;
 *   <li>{@value #TINY_CALL}: four hand-written proposals to read line by line (see
 *       the README's "A dossier you can read in ten minutes");
 *   <li>{@value #HORIZON_EUROPE_2026}: eleven hand-written proposals for the bundled
 *       "horizon-europe" rule book, three criteria scored 0-5 by three experts each, whose whole
 *       arithmetic is worked out in the comments of its test ({@code HorizonEuropeWorkedExampleTest}).
 * </ul>
 */
public final class BundledSamples {

  /** The classpath resource of the federal call sample. */
  public static final String FEDERAL_CALL_2021 = "/org/convoca/examples/federal-call-2021.json";
  /** The classpath resource of the tiny hand-written sample. */
  public static final String TINY_CALL = "/org/convoca/examples/tiny-call.json";
  /** The classpath resource of the hand-written Horizon-Europe-style sample, for the "horizon-europe" book. */
  public static final String HORIZON_EUROPE_2026 = "/org/convoca/examples/horizon-europe-2026.json";
  /** The generator seed of the federal call sample. */
  public static final long FEDERAL_CALL_2021_SEED = 2021L;
  /** The language of the federal call sample: Spanish. */
  public static final Language FEDERAL_CALL_2021_LANGUAGE = Language.SPANISH;
  /** The number of proposals in the federal call sample. */
  public static final int FEDERAL_CALL_2021_PROPOSALS = 150;

  private BundledSamples() {}

  /** The federal call sample, read and validated from the classpath. */
  public static Dossier federalCall2021() {
    return read(FEDERAL_CALL_2021);
  }

  /** The tiny sample, read and validated from the classpath. */
  public static Dossier tinyCall() {
    return read(TINY_CALL);
  }

  /** The Horizon-Europe-style sample, read and validated from the classpath. */
  public static Dossier horizonEurope2026() {
    return read(HORIZON_EUROPE_2026);
  }

  /**
   * The federal call sample as the generators make it, what {@value #FEDERAL_CALL_2021} must hold:
   * the call and its proposals ({@link DossierGenerator}), decided by the bundled rule book, with the
   * monitoring data of the selected projects ({@link MonitoringGenerator}).
   */
  public static Dossier generateFederalCall2021() {
    // 1. The call, its governments, proposals and jury, written in Spanish.
    Dossier call = DossierGenerator.withSeed(FEDERAL_CALL_2021_SEED).proposals(FEDERAL_CALL_2021_PROPOSALS).jurors(7)
        .language(FEDERAL_CALL_2021_LANGUAGE).generate();
    // 2. The selection, as the bundled rules decide it.
    List<ProposalId> selected = Convoca.withBundledRules().decide(call).selected();
    // 3. What the selected projects report during 2022, and the jury's view of their results.
    return MonitoringGenerator.generate(call, selected, FEDERAL_CALL_2021_SEED);
  }

  /**
   * The dossier in a classpath resource.
   *
   * @throws IllegalArgumentException when there is no such resource
   * @throws org.convoca.dossier.InvalidDossierException when the dossier has problems
   */
  public static Dossier read(String resource) {
    try (InputStream in = BundledSamples.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample dossier at classpath resource " + resource);
      }
      return DossierReader.standard().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sample dossier " + resource + ": " + e.getMessage(), e);
    }
  }
}
