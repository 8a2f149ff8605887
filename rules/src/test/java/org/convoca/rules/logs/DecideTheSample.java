package org.convoca.rules.logs;

import org.convoca.rules.Convoca;
import org.convoca.rules.RuleBook;
import org.convoca.sample.DossierGenerator;

/**
 * Run in a child JVM: decides the generated federal-call sample (seed 2021, 150 proposals, 7 jurors,
 * as the examples' sample file) with the bundled book and with the bundled files compiled from
 * their folder, so that both the precompiled and the runtime-compiled rules run.
 */
public final class DecideTheSample {

  private DecideTheSample() {}

  /** Decides the sample twice and prints how many proposals were selected each time. */
  public static void main(String[] args) {
    var dossier = DossierGenerator.withSeed(2021).proposals(150).jurors(7).generate();
    System.out.println("bundled selected " + Convoca.withBundledRules().decide(dossier).selected().size());
    RuleBook compiled = RuleBook.ownRules(java.util.List.of(java.nio.file.Path.of(args[0]), java.nio.file.Path.of(args[0], "tracks")));
    System.out.println("compiled selected " + Convoca.with(compiled).decide(dossier).selected().size());
  }
}
