/**
 * Convoca's rule books: the bundled "federal-call" book and folders of DRL, compiled by Drools and
 * run behind a facade that shows no Drools type.
 *
 * <p>Drools' jars are automatic modules: requiring them makes this module read every automatic
 * module on the module path, which is what the generated executable model and rules compiled at
 * run time need.
 */
module org.convoca.rules {
  requires transitive org.convoca.core;
  requires org.drools.base;
  requires org.drools.canonicalmodel;
  requires org.drools.compiler;
  requires org.drools.core;
  requires org.drools.drl.ast;
  requires org.drools.kiesession;
  requires org.drools.modelcompiler;
  requires org.kie.api;
  requires org.kie.internal.api;
  requires org.slf4j;
  requires static transitive org.jspecify;
  // Golden cases as JUnit dynamic tests (GoldenCases): only a project that calls it needs JUnit.
  requires static org.junit.jupiter.api;

  exports org.convoca.rules;
  // The facts that rule authors' DRL reads and inserts.
  exports org.convoca.rules.fact;
  // Rule authors' test tools: RuleVerifier runs one rule and asserts what it concluded; golden cases.
  exports org.convoca.rules.testing;

  // The bundled book: its DRL text, read as resources, and the executable model that the
  // kie-maven-plugin generates into these packages, which Drools loads by name.
  opens org.convoca.rules.federal;
  opens org.convoca.rules.federal.tracks;
  opens org.convoca.rules.federal.monitoring;
  // The bundled "horizon-europe" book, likewise.
  opens org.convoca.rules.horizon;
}
