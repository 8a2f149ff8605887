package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.convoca.dossier.internal.Sentence;
import org.convoca.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader's problems in Spanish: the bundles match, and every dossier of the bad corpus is
 * refused with the same problems, at the same paths, each written in Spanish with nothing English
 * left but what comes from a library (Jackson's description of a syntax error, the Unicode name of
 * a control character), whatever the JVM's default locale.
 */
class ProblemsInSpanishTest {

  /** The corpus files whose problems quote Jackson's English description of a syntax error. */
  private static final Set<String> JACKSON_WORDS = Set.of("01-syntax-trailing-comma", "02-syntax-truncated");

  /** Words of the English sentences that no Spanish sentence has, once values and names are taken out. */
  private static final Pattern ENGLISH = Pattern.compile(
      "\\b(must|was|is|the|has|have|listed|twice|already|entries|entry|characters|line|column|of|and|or|at|on)\\b");

  /** What a Spanish message quotes as it is: 'values', paths, the Unicode names of characters. */
  private static final Pattern QUOTED = Pattern.compile("'[^']*'|\\$[^ ;,)]*|U\\+[0-9A-F]{4} \\([^)]*\\)");

  @Test
  void theBundlesHaveTheSameKeysAndPlaceholders() {
    assertThat(ProblemText.PROBLEMS.mismatches("")).isEmpty();
    assertThat(ProblemText.PROBLEMS.mismatches("es")).isEmpty();
  }

  static List<String> badDossiers() throws Exception {
    return BadDossierCorpusTest.badDossiers().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDossiers")
  void refusesEachBadDossierWithTheSameProblemsInSpanish(String name) throws Exception {
    List<DossierProblem> problems = problemsOf(name);

    assertThat(problems).as(name).isNotEmpty();
    for (DossierProblem problem : problems) {
      String spanish = problem.message(Language.SPANISH);
      assertThat(spanish).as(name + " " + problem).isNotEqualTo(problem.message());
      assertThat(problem.toString(Language.SPANISH)).startsWith(problem.path() + ": ");
      if (!JACKSON_WORDS.contains(name)) {
        assertThat(ENGLISH.matcher(QUOTED.matcher(spanish).replaceAll("")).find())
            .as(name + ": English left in " + spanish).isFalse();
      }
    }
  }

  @Test
  void writesTheProblemsOfSeveralKindsInSpanish() throws Exception {
    assertThat(spanish("53-many-problems")).containsExactly(
        "$.call.criteria[1].maxPoints: debe ser mayor que 0, pero es 0",
        "$.governments[0].level: debe ser uno de estos valores: NATIONAL, PROVINCIAL, MUNICIPAL; pero es 'STATE'",
        "$.proposals[2].submittedAt: es obligatorio",
        "$.jury.scores[0].extra: no es un campo conocido",
        "$.call.implementationWindow.end: 'end' (2020-12-31) no puede ser anterior a 'start' (2021-06-01)");
    assertThat(spanish("01-syntax-trailing-comma")).containsExactly("$.call.scoreScale.step: no es JSON válido: "
        + "Unexpected character ('}' (code 125)): was expecting double-quote to start field name (línea 18, columna 52)");
    assertThat(spanish("72-id-too-long")).first().isEqualTo("$.courses[1].id: debe ser un id: de 1 a 64 letras, "
        + "dígitos, '.', '_' o '-', que empiece con una letra o un dígito; pero es "
        + "'C-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX… (65 caracteres)'");
    assertThat(spanish("97-monitoring-parameters-of-the-wrong-kind")).contains(
        "$.call.monitoring.ownList: debe ser un número o true o false o un texto, pero es una lista");
    assertThat(spanish("63-newline-in-title")).containsExactly("$.proposals[0].title: contiene el carácter de control "
        + "U+000A (line feed) en la posición 12; solo las descripciones, los resúmenes, los comentarios, los motivos, "
        + "los relatos y los razonamientos pueden tener tabulaciones y saltos de línea");
    assertThat(spanish("91-results-assessment-without-jurors")).containsExactly(
        "$.resultsAssessments[0].jurors: debe tener al menos 1 elemento, pero tiene 0",
        "$.resultsAssessments[1].jurors: es obligatorio");
    assertThat(spanish("94-milestone-back-from-complete-without-reason")).first().isEqualTo(
        "$.progressReports[0].milestones[0].completion: el hito 'M1' de la propuesta 'P-001' estaba COMPLETE el "
        + "2021-10-01 ($.progressReports[1]) y está SUBSTANTIAL el 2022-02-01; un hito que retrocede desde COMPLETE "
        + "necesita un motivo que no esté en blanco");
  }

  @Test
  void writesLimitsWithTheLanguagesSeparators() {
    Sentence limit = ReaderLimit.STRING_LENGTH.sentence();

    assertThat(limit.in(Language.ENGLISH)).isEqualTo("is a string longer than 1,000,000 characters, the reader's limit");
    assertThat(limit.in(Language.SPANISH)).isEqualTo("es un texto de más de 1.000.000 caracteres, el límite del lector");
  }

  /** Each reading, under each default locale, gives the same lines in English and in Spanish. */
  @Test
  void writesTheSameBytesWhateverTheDefaultLocale() throws Exception {
    List<String> names = badDossiers();
    List<String> lines = bothLanguages(names);
    Locale before = Locale.getDefault();
    try {
      for (Locale locale : List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY)) {
        Locale.setDefault(locale);
        assertThat(bothLanguages(names)).as(locale.toString()).isEqualTo(lines);
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  private static List<String> bothLanguages(List<String> names) throws Exception {
    List<String> lines = new java.util.ArrayList<>();
    for (String name : names) {
      for (DossierProblem problem : problemsOf(name)) {
        lines.add(problem.toString());
        lines.add(problem.toString(Language.SPANISH));
      }
    }
    return lines;
  }

  private static List<String> spanish(String name) throws Exception {
    return problemsOf(name).stream().map(p -> p.toString(Language.SPANISH)).toList();
  }

  static List<DossierProblem> problemsOf(String name) throws Exception {
    byte[] json = Files.readAllBytes(folder().resolve(name + ".json"));
    try {
      DossierReader.standard().read(new ByteArrayInputStream(json));
      return List.of();
    } catch (InvalidDossierException e) {
      return e.problems();
    }
  }

  private static Path folder() throws URISyntaxException {
    return Path.of(ProblemsInSpanishTest.class.getResource("/org/convoca/dossier/bad").toURI());
  }
}
