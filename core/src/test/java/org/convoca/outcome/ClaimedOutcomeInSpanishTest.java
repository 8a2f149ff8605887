package org.convoca.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convoca.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A published outcome that is not one is refused with a message in English ({@code getMessage()})
 * and in Spanish: the same source and path, every word Convoca's in Spanish, whatever the JVM's
 * default locale.
 */
class ClaimedOutcomeInSpanishTest {

  @TempDir
  Path dir;

  @Test
  void theBundlesHaveTheSameKeysAndPlaceholders() {
    assertThat(InvalidOutcomeException.PROBLEMS.mismatches("")).isEmpty();
    assertThat(InvalidOutcomeException.PROBLEMS.mismatches("es")).isEmpty();
  }

  @Test
  void saysWhatIsNotAnOutcomeInSpanish() {
    assertThat(spanish("[1]")).isEqualTo("o.json: no es un resultado: $ debe ser un objeto, pero es una lista");
    assertThat(spanish("{\"fingerprint\": 7}"))
        .isEqualTo("o.json: no es un resultado: $.fingerprint debe ser texto, pero es un número");
    assertThat(spanish("{\"fingerprint\": \"f\"}")).isEqualTo("o.json: no es un resultado: falta $.selected");
    assertThat(spanish("{\"fingerprint\": \"f\", \"formatVersion\": \"2\", \"selected\": [], \"proposals\": []}"))
        .isEqualTo("o.json: no es un resultado: $.formatVersion debe ser un número entero, pero es texto");
    assertThat(spanish("{\"fingerprint\": \"f\", \"selected\": [true], \"proposals\": []}"))
        .isEqualTo("o.json: no es un resultado: $.selected[0] debe ser un id de propuesta (texto), pero es true o false");
    assertThat(spanish("{\"fingerprint\": \"f\", \"selected\": [], \"proposals\": {}}"))
        .isEqualTo("o.json: no es un resultado: $.proposals debe ser una lista, pero es un objeto");
    assertThat(spanish("{\"fingerprint\": \"f\", \"selected\": [], \"proposals\": [{\"id\": \"P-1\"}, {\"id\": \"P-1\"}]}"))
        .isEqualTo("o.json: no es un resultado: $.proposals[1].id: \"P-1\" figura dos veces");
    assertThat(spanish("")).isEqualTo("o.json: no es JSON: el archivo está vacío");
    assertThat(spanish("{\"fingerprint\": ")).startsWith("o.json: no es JSON en la línea 1, columna ");
  }

  @Test
  void keepsTodaysEnglish() {
    InvalidOutcomeException e = refused("{\"fingerprint\": \"f\", \"selected\": [], \"proposals\": [7]}");

    assertThat(e.getMessage()).isEqualTo("o.json: not an outcome: $.proposals[0] must be an object, was a number");
    assertThat(e.message(Language.ENGLISH)).isEqualTo(e.getMessage());
  }

  @Test
  void saysWhyAFileCannotBeReadInSpanish() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Path missing = dir.resolve("missing.json");

    assertThat(read(folder).message(Language.SPANISH)).isEqualTo(folder + ": no es un archivo común");
    assertThat(read(missing).message(Language.SPANISH)).isEqualTo(missing + ": no existe el archivo");
    assertThat(read(missing).getMessage()).isEqualTo(missing + ": no such file");
  }

  @Test
  void saysThatAnOutcomeIsInAnotherFormatInSpanish() {
    ObjectNode mine = JsonNodeFactory.instance.objectNode().put("formatVersion", 3);
    ClaimedOutcome newer = ClaimedOutcome.parse(
        "{\"fingerprint\": \"f\", \"formatVersion\": 4, \"selected\": [], \"proposals\": []}", "o.json");
    ClaimedOutcome unstated = ClaimedOutcome.parse("{\"fingerprint\": \"f\", \"selected\": [], \"proposals\": []}", "o.json");

    InvalidOutcomeException tooNew = formatRefused(newer, mine);
    InvalidOutcomeException tooOld = formatRefused(unstated, mine);

    assertThat(tooNew.getMessage()).isEqualTo("o.json: outcome format 4 is newer than this Convoca reads (3)");
    assertThat(tooNew.message(Language.SPANISH))
        .isEqualTo("o.json: el formato de resultado 4 es más nuevo que el que lee este Convoca (3)");
    assertThat(tooOld.getMessage()).isEqualTo("o.json: outcome format 1 (it states no formatVersion) is older than "
        + "this Convoca writes (3); verify it with the Convoca version that produced it");
    assertThat(tooOld.message(Language.SPANISH)).isEqualTo("o.json: el formato de resultado 1 (el archivo no indica "
        + "formatVersion) es más antiguo que el que escribe este Convoca (3); verifíquelo con la versión de Convoca que lo produjo");
  }

  @Test
  void writesTheSameBytesWhateverTheDefaultLocale() {
    List<String> texts = List.of("[1]", "{\"fingerprint\": 7}", "", "{\"fingerprint\": \"f\", \"selected\": [1.5], \"proposals\": []}");
    List<String> english = messages(texts, Language.ENGLISH);
    List<String> spanish = messages(texts, Language.SPANISH);
    Locale before = Locale.getDefault();
    try {
      for (Locale locale : List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY)) {
        Locale.setDefault(locale);
        assertThat(messages(texts, Language.ENGLISH)).as(locale.toString()).isEqualTo(english);
        assertThat(messages(texts, Language.SPANISH)).as(locale.toString()).isEqualTo(spanish);
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  private static List<String> messages(List<String> texts, Language language) {
    List<String> messages = new ArrayList<>();
    texts.forEach(text -> messages.add(refused(text).message(language)));
    return messages;
  }

  private static String spanish(String json) {
    InvalidOutcomeException e = refused(json);
    assertThat(e.message(Language.SPANISH)).isNotEqualTo(e.getMessage());
    return e.message(Language.SPANISH);
  }

  private static InvalidOutcomeException refused(String json) {
    return thrown(() -> ClaimedOutcome.parse(json, "o.json"));
  }

  private static InvalidOutcomeException read(Path file) {
    return thrown(() -> ClaimedOutcome.read(file));
  }

  private static InvalidOutcomeException formatRefused(ClaimedOutcome claimed, ObjectNode mine) {
    return thrown(() -> Verification.checkFormat(claimed, mine));
  }

  private static InvalidOutcomeException thrown(Runnable reading) {
    try {
      reading.run();
    } catch (InvalidOutcomeException e) {
      return e;
    }
    throw new AssertionError("expected to be refused");
  }
}
