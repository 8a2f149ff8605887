package org.convoca.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierReader;
import org.convoca.sample.DossierGenerator;

/**
 * The sample dossiers shipped on the classpath under {@code org/convoca/examples/}.
 *
 * <ul>
 *   <li>{@value #FEDERAL_CALL_2021}: one illustrative federal call modelled on Argentina's Open
 *       Government Federal Program, 150 proposals, made by {@link DossierGenerator} with seed
 *       {@value #FEDERAL_CALL_2021_SEED};
 *   <li>{@value #TINY_CALL}: four hand-written proposals to read line by line (see
 *       the README's "A dossier you can read in ten minutes").
 * </ul>
 */
public final class BundledSamples {

  /** The classpath resource of the federal call sample. */
  public static final String FEDERAL_CALL_2021 = "/org/convoca/examples/federal-call-2021.json";
  /** The classpath resource of the tiny hand-written sample. */
  public static final String TINY_CALL = "/org/convoca/examples/tiny-call.json";
  /** The generator seed of the federal call sample. */
  public static final long FEDERAL_CALL_2021_SEED = 2021L;
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

  /** The federal call sample as the generator makes it: what {@value #FEDERAL_CALL_2021} must hold. */
  public static Dossier generateFederalCall2021() {
    return DossierGenerator.withSeed(FEDERAL_CALL_2021_SEED).proposals(FEDERAL_CALL_2021_PROPOSALS).jurors(7).generate();
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
