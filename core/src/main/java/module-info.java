/**
 * Convoca's model, dossier format and reader, jury review, selection, validation and outcome
 * writers, without Drools.
 *
 * <p>Jackson reads a dossier's parts into the Immutables value types through the package-private
 * {@code fromJson} factory that Immutables generates, so each package that holds value types read
 * from a dossier is open to Jackson, and to Jackson alone. Records (the value package's windows)
 * and everything Jackson writes need no opening.
 *
 * <p>Three internal packages are exported to {@code org.convoca.rules} alone; that module is not
 * observable while this one compiles, which javac would report as a warning, hence the suppression.
 */
@SuppressWarnings("module")
module org.convoca.core {
  // In the API: Jackson's annotations on every value type read from a dossier.
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.networknt.schema;
  requires org.jgrapht.core;
  // The HTML report's templates, compiled at build time, run on jte's run-time alone.
  requires gg.jte.runtime;
  // The templates' generated classes carry @javax.annotation.processing.Generated (source retention).
  requires static java.compiler;
  // Nullness annotations in the API: for tools, not needed at run time.
  requires static transitive org.jspecify;
  // The annotation processor's annotations: compile time only.
  requires static org.immutables.value;
  // The harness extends AssertJ; only a test that uses it needs AssertJ, and brings it.
  requires static org.assertj.core;

  exports org.convoca.assessment;
  exports org.convoca.call;
  exports org.convoca.capacity;
  exports org.convoca.cocreation;
  exports org.convoca.dossier;
  exports org.convoca.government;
  exports org.convoca.harness;
  exports org.convoca.jury;
  exports org.convoca.language;
  exports org.convoca.jury.agreement;
  exports org.convoca.jury.assignment;
  exports org.convoca.jury.conflict;
  exports org.convoca.jury.severity;
  exports org.convoca.monitoring;
  exports org.convoca.outcome;
  exports org.convoca.proposal;
  exports org.convoca.review;
  exports org.convoca.sample;
  exports org.convoca.selection;
  exports org.convoca.sensitivity;
  // Fixture builders for tests of rules and selections, in main code so that rule authors' tests can use them.
  exports org.convoca.testing;
  exports org.convoca.validation;
  exports org.convoca.value;
  // Internal packages (see their package-info): the rule book assembles assessments and the
  // facade decides outcomes through them, so only org.convoca.rules reads them.
  exports org.convoca.assessment.internal to org.convoca.rules;
  exports org.convoca.outcome.internal to org.convoca.rules;
  // The shared mapper, for the golden cases that org.convoca.rules.testing reads and merges.
  exports org.convoca.dossier.internal to org.convoca.rules;

  opens org.convoca.call to com.fasterxml.jackson.databind;
  opens org.convoca.capacity to com.fasterxml.jackson.databind;
  opens org.convoca.cocreation to com.fasterxml.jackson.databind;
  opens org.convoca.government to com.fasterxml.jackson.databind;
  opens org.convoca.jury to com.fasterxml.jackson.databind;
  opens org.convoca.monitoring to com.fasterxml.jackson.databind;
  opens org.convoca.proposal to com.fasterxml.jackson.databind;
  // The records that outcome.json is written from are package-private.
  opens org.convoca.outcome to com.fasterxml.jackson.databind;
}
