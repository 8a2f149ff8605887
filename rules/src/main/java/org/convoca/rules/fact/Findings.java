package org.convoca.rules.fact;

import org.convoca.assessment.Finding;

/**
 * Where an assessment rule records a finding, as the bundled rules do: a DRL file that declares
 * the global {@code global org.convoca.rules.fact.Findings findings;} writes
 *
 * <pre>{@code
 * findings.add(new CheckFinding($p.id(), drools.getRule().getName(), passed, sentence));
 * }</pre>
 *
 * <p>where a rule would otherwise {@code insert} the finding. The rule book sets the global on
 * every session of the assessment phase, and a file that does not declare it is unaffected:
 * {@code insert} still works as before. When every assessment file of the book is a bundled one,
 * no rule matches a finding, so a finding recorded here is kept beside the session instead of
 * inserted, which spares the rule network a fact for each of them (about 23 a proposal). When the
 * book has an assessment file of its own, whose rules may match findings (a folder rule that
 * rewards a {@code LabelFinding}), each finding recorded here is inserted into the session as the
 * rule's own {@code insert} would insert it, so such rules see it as they always did.
 */
public interface Findings {

  /** The name of the global that DRL declares to use it: {@value}. */
  String GLOBAL = "findings";

  /**
   * Records a finding of the rule that is firing; a null one is ignored, as {@code insert(null)}
   * ignores it.
   *
   * @param finding the finding
   */
  void add(Finding finding);
}
