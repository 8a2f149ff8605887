package org.convoca.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.convoca.call.Call;
import org.convoca.capacity.Course;
import org.convoca.capacity.CourseCompletion;
import org.convoca.capacity.Person;
import org.convoca.government.Government;
import org.convoca.jury.Jury;
import org.convoca.monitoring.ProgressReport;
import org.convoca.monitoring.ResultsAssessment;
import org.convoca.proposal.Proposal;
import org.convoca.value.ConvocaStyle;
import org.immutables.value.Value;

/**
 * The one input document of a call: the call itself, the governments, the program's courses and
 * who completed them, the proposals, the jury and, later, progress reports. Read it with
 * {@link DossierReader}; a dossier obtained that way has no dangling reference.
 */
@Value.Immutable
@ConvocaStyle
public abstract class AbstractDossier {

  /** The version of the dossier format; this library reads and writes {@value #FORMAT_VERSION}. */
  public static final int FORMAT_VERSION = 1;

  /** {@return the version of the dossier format} */
  @Value.Default
  public int formatVersion() {
    return FORMAT_VERSION;
  }

  /** {@return the call} */
  public abstract Call call();

  /** {@return the applicant governments and the provinces of applicant municipalities} */
  public abstract List<Government> governments();

  /** {@return the program's courses} */
  public abstract List<Course> courses();

  /** {@return the people: trainees, team members, partners' contacts} */
  public abstract List<Person> people();

  /** {@return who completed which course} */
  public abstract List<CourseCompletion> completions();

  /** {@return the proposals} */
  public abstract List<Proposal> proposals();

  /** {@return the jury} */
  public abstract Jury jury();

  /** {@return the progress reports on selected proposals} */
  public abstract List<ProgressReport> progressReports();

  /**
   * {@return the jury's assessments of selected projects' early results} The dossier leaves the list
   * out when it is empty, so a dossier written before results assessments existed is written the
   * same.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<ResultsAssessment> resultsAssessments();
}
