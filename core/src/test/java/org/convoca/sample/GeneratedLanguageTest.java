package org.convoca.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.convoca.dossier.Dossier;
import org.convoca.dossier.DossierReader;
import org.convoca.dossier.DossierWriter;
import org.convoca.dossier.internal.Json;
import org.convoca.language.Language;
import org.convoca.proposal.Proposal;
import org.convoca.proposal.ProposalId;
import org.junit.jupiter.api.Test;

/**
 * The generator writes its texts in the language asked for, and the language changes only words:
 * the same seed gives the same dossier in every other respect, monitoring data included.
 */
class GeneratedLanguageTest {

  /** The fields that hold words; every other field is the same in every language. */
  private static final Set<String> WORDS = Set.of("name", "description", "title", "summary", "deliverable",
      "verification", "role", "comment", "reason", "narrative", "reasoning", "organisation", "mechanism", "evidence");

  @Test
  void writesSpanishAndStatesItAsTheCallsLanguage() {
    Dossier dossier = DossierGenerator.withSeed(2021).proposals(30).language(Language.SPANISH).generate();
    Proposal first = dossier.proposals().get(0);

    assertThat(dossier.call().language()).contains(Language.SPANISH);
    assertThat(dossier.call().name()).isEqualTo(
        "Programa Federal de Gobierno Abierto: convocatoria a proyectos locales de gobierno abierto");
    assertThat(dossier.call().criteria()).extracting(c -> c.name()).containsExactly("Co-creación",
        "Valores de gobierno abierto", "Compromisos", "Capacidades", "Factibilidad", "Evaluación del jurado", "Prioridad");
    assertThat(first.title()).isEqualTo("Datos abiertos de obra pública en El Colorado");
    assertThat(first.summary()).startsWith("La Municipalidad de El Colorado trabajará con ")
        .endsWith(" en un proyecto de datos abiertos.");
    assertThat(first.team().get(0).role()).isEqualTo("dirección del proyecto");
    assertThat(dossier.courses().get(0).name()).isEqualTo("Introducción al gobierno abierto");
    assertThat(DossierReader.standard().read(DossierWriter.toJson(dossier))).isEqualTo(dossier);
  }

  @Test
  void writesEnglishWithoutStatingALanguageUnlessAskedTo() {
    Dossier unstated = DossierGenerator.withSeed(2021).proposals(30).generate();
    Dossier stated = DossierGenerator.withSeed(2021).proposals(30).language(Language.ENGLISH).generate();

    assertThat(unstated.call().language()).isEmpty();
    assertThat(unstated.proposals().get(0).title()).isEqualTo("Open data on public works in El Colorado");
    assertThat(stated.call().language()).contains(Language.ENGLISH);
    assertThat(stated.withCall(stated.call().withLanguage(java.util.Optional.empty()))).isEqualTo(unstated);
  }

  @Test
  void changesOnlyWordsWithTheLanguage() throws Exception {
    Dossier english = DossierGenerator.withSeed(2021).proposals(60).generate();
    Dossier spanish = DossierGenerator.withSeed(2021).proposals(60).language(Language.of("es-AR")).generate();
    List<ProposalId> selected = english.proposals().stream()
        .filter(p -> p.funding().requested().amount().signum() > 0).limit(20).map(Proposal::id).toList();

    assertThat(spanish.call().language()).contains(Language.of("es-AR"));
    assertThat(spanish.proposals().get(0).title()).isEqualTo("Datos abiertos de obra pública en El Colorado");
    assertThat(differences(tree(english), tree(spanish))).isEmpty();
    assertThat(differences(tree(MonitoringGenerator.generate(english, selected, 2021)),
        tree(MonitoringGenerator.generate(spanish, selected, 2021)))).isEmpty();
    var assessment = MonitoringGenerator.generate(spanish, selected, 2021).resultsAssessments().get(0);
    assertThat(assessment.reasoning()).contains(SpanishTexts.TEXTS.reasoning(assessment.results()));
  }

  @Test
  void sameSeedGivesTheSameBytesInEachLanguageWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    Map<Language, String> written = Map.of(
        Language.ENGLISH, DossierWriter.toJson(DossierGenerator.withSeed(9).proposals(40).language(Language.ENGLISH).generate()),
        Language.SPANISH, DossierWriter.toJson(DossierGenerator.withSeed(9).proposals(40).language(Language.SPANISH).generate()));
    try {
      for (Locale locale : List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY)) {
        Locale.setDefault(locale);
        written.forEach((language, json) -> assertThat(
            DossierWriter.toJson(DossierGenerator.withSeed(9).proposals(40).language(language).generate()))
            .as(language + " under " + locale).isEqualTo(json));
      }
    } finally {
      Locale.setDefault(before);
    }
    assertThat(written.get(Language.SPANISH)).isNotEqualTo(written.get(Language.ENGLISH));
  }

  @Test
  void refusesALanguageItHasNoTextsIn() {
    assertThatThrownBy(() -> DossierGenerator.withSeed(1).language(Language.of("fr")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the generator writes its texts in English (en) or Spanish (es), not 'fr'");
    assertThat(DossierGenerator.languages()).containsExactly(Language.ENGLISH, Language.SPANISH);
  }

  @Test
  void monitorsACallInALanguageItDoesNotWriteInEnglish() {
    Dossier dossier = DossierGenerator.withSeed(4).proposals(20).generate();
    Dossier french = dossier.withCall(dossier.call().withLanguage(Language.of("fr")));
    List<ProposalId> selected = dossier.proposals().stream().limit(10).map(Proposal::id).toList();

    assertThat(MonitoringGenerator.generate(french, selected, 4).progressReports())
        .isEqualTo(MonitoringGenerator.generate(dossier, selected, 4).progressReports());
  }

  private static JsonNode tree(Dossier dossier) throws Exception {
    ObjectNode tree = (ObjectNode) Json.mapper().readTree(DossierWriter.toJson(dossier));
    ((ObjectNode) tree.get("call")).remove("language");
    return tree;
  }

  /** Where {@code one} and {@code other} differ outside the fields that hold words, or in shape. */
  private static List<String> differences(JsonNode one, JsonNode other) {
    List<String> found = new ArrayList<>();
    compare(one, other, "$", false, found);
    return found;
  }

  private static void compare(JsonNode one, JsonNode other, String path, boolean words, List<String> found) {
    if (one.getNodeType() != other.getNodeType() || one.size() != other.size()) {
      found.add(path + ": " + one + " / " + other);
    } else if (one.isObject()) {
      for (Iterator<String> names = one.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!other.has(name)) {
          found.add(path + "." + name + ": only in the first");
        } else {
          compare(one.get(name), other.get(name), path + "." + name, WORDS.contains(name), found);
        }
      }
    } else if (one.isArray()) {
      for (int i = 0; i < one.size(); i++) {
        compare(one.get(i), other.get(i), path + "[" + i + "]", words, found);
      }
    } else if (!words && !one.equals(other)) {
      found.add(path + ": " + one + " / " + other);
    }
  }
}
