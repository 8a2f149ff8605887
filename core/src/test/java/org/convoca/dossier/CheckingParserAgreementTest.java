package org.convoca.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.sample.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.convoca.dossier.internal.Json;
import org.convoca.sample.DossierGenerator;
import org.convoca.sample.MonitoringData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks a {@link CheckingParser} makes as it reads an entry never accept what the stages
 * refuse: an entry it accepts has no refused character or number ({@link ScalarCheck}) and agrees
 * with the schema as the JSON Schema validator reads it. Shown for every entry of every dossier of
 * the bad-dossier corpus, and for entries and whole dossiers broken at random; and it accepts every
 * entry of valid dossiers, so that reading them stays on the fast path.
 */
class CheckingParserAgreementTest {

  private static final SchemaCheck SCHEMA = SchemaCheck.load();

  /** Values put in place of another, of every kind the schema tells apart, at and beyond its limits. */
  private static final List<String> ODD_VALUES = List.of("null", "true", "false", "0", "-1", "1", "2", "5", "10", "11",
      "100", "101", "0.0", "-0.0", "-0.5", "0.5", "1.5", "1.0", "10.000000000001", "99.999999999999",
      "100.000000000001", "1e2", "1E+20", "0E+20", "999999999999999", "1000000000000000", "-999999999999999.5",
      "0.1234567890123", "123456789012345678901234567890", "\"\"", "\"x\"", "\"P-001\"", "\"p-001\"", "\"-P\"",
      "\"ARS\"", "\"ars\"", "\"ARSX\"", "\"AR-B\"", "\"AR-\"", "\"ES\"", "\"es-AR\"", "\"e\"", "\"2021-02-29\"",
      "\"2020-02-29\"", "\"2021-07-28\"", "\"0000-01-01\"", "\"9999-12-31\"", "\"+10000-01-01\"", "\"2021-7-28\"",
      "\"2021-07-28T12:05:46Z\"", "\"2021-07-28T12:05:46\"", "\"2021-07-28 12:05:46Z\"", "\"2021-07-28T24:00:00Z\"",
      "\"2021-07-28T12:05:46.123+03:00\"", "\"2021-07-28T12:05:60Z\"", "\"CIVIC_PARTICIPATION\"", "\"MUNICIPAL\"",
      "\"PROVINCIAL_GOVERNMENT\"", "\"COMPLETE\"", "\"A_B\"", "\"lower_code\"", "\"ABC\\n\"", "\"A\\u0007\"",
      "\"A\\u202eB\"", "\"\\ud800\"", "\"tab\\there\"", "\"line\\r\\nbreak\"", "{}", "[]", "[1]", "[\"x\"]",
      "{\"x\": 1}", "{\"amount\": 1, \"currency\": \"ARS\"}", "{\"start\": \"2021-01-01\", \"end\": \"2021-12-31\"}");

  private static final List<String> TEXT_ENDINGS = List.of("\u0000", "\u0007", "\t", "\n", "\r\n", "\r", "\u001b[0m",
      "\u0085", "\u202e", "\u2066", "\u2028", "\ud800", "\udc00", "x", " ", "é", "$", "_", "-", "0", "a");

  static List<String> corpus() throws Exception {
    return BadDossierCorpusTest.badDossiers().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void acceptsNoEntryOfABadDossierThatTheStagesRefuse(String name) throws Exception {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/org/convoca/dossier/bad/" + name + ".json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    JsonNode tree;
    try {
      tree = Json.mapper().readTree(text);
    } catch (IOException | RuntimeException e) {
      return;  // not JSON: the fast path gives up before any entry
    }
    entries(tree).forEach((list, entries) -> entries.forEach(entry ->
        assertThat(!checks(list, entry) || stagesAccept(list, entry)).as(name + " " + list + " " + entry).isTrue()));
    assertAgreesWithTheStages(text);
  }

  @Test
  void acceptsEveryEntryOfValidDossiers() {
    List<JsonNode> dossiers = List.of(tree(DossierFixture.validText()), tree(generated(7, 12)));
    for (JsonNode dossier : dossiers) {
      entries(dossier).forEach((list, entries) -> entries.forEach(entry ->
          assertThat(checks(list, entry)).as(list + " " + entry).isTrue()));
    }
  }

  @Test
  void acceptsNoBrokenEntryThatTheStagesRefuse() {
    JsonNode dossier = tree(generated(3, 10));
    List<Map.Entry<String, JsonNode>> pool = new ArrayList<>();
    entries(dossier).forEach((list, entries) -> entries.forEach(entry -> pool.add(Map.entry(list, entry))));

    qt(4000).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      Map.Entry<String, JsonNode> picked = pool.get(random.nextInt(pool.size()));
      JsonNode entry = picked.getValue().deepCopy();
      for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
        entry = broken(entry, random);
      }
      String text = entry.toString();
      JsonNode reread = tree(text);

      assertThat(!checks(picked.getKey(), text) || stagesAccept(picked.getKey(), reread)).as(text).isTrue();
    });
  }

  @Test
  void readsNoBrokenDossierPartwiseThatTheStagesRefuse() {
    String valid = DossierFixture.validText();

    qt(600).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      ObjectNode dossier = (ObjectNode) tree(valid);
      List<ArrayNode> lists = new ArrayList<>();
      entries(dossier).forEach((list, entries) -> {
        if (entries instanceof ArrayNode array && !array.isEmpty()) {
          lists.add(array);
        }
      });
      ArrayNode list = lists.get(random.nextInt(lists.size()));
      int at = random.nextInt(list.size());
      list.set(at, broken(list.get(at), random));

      assertAgreesWithTheStages(dossier.toString());
    });
  }

  @Test
  void readsNoDossierWithBytesChangedPartwiseThatTheStagesRefuse() {
    byte[] valid = DossierFixture.validText().getBytes(StandardCharsets.UTF_8);
    int[] odd = {0x00, 0x09, 0x0A, 0x22, 0x5C, 0x7F, 0x80, 0xA0, 0xBF, 0xC0, 0xC2, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4,
        0xF5, 0xFF};

    qt(300).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      byte[] bytes = valid.clone();
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        bytes[random.nextInt(bytes.length)] = (byte) odd[random.nextInt(odd.length)];
      }
      if (partwiseFromBytes(bytes).isPresent()) {
        String text;
        try {
          text = TextInput.decode(bytes);
        } catch (TextInputException e) {
          throw new AssertionError("read partwise, but the stages refuse its bytes", e);
        }
        assertAgreesWithTheStages(text);
      }
    });
  }

  @Test
  void remembersWhatItCheckedOfATextOnlyForTheRuleAndTheKindOfFieldThatAcceptedIt() {
    String prose = "{\"juror\": \"J-1\", \"proposal\": \"P-001\", \"reason\": \"a\\nb\"}";
    String notProse = "{\"id\": \"PER-1\", \"name\": \"a\\nb\", \"sector\": \"CIVIL_SOCIETY\", \"organisation\": \"O\"}";
    String asId = "{\"id\": \"PER-1\", \"name\": \"PER-2\", \"sector\": \"CIVIL_SOCIETY\", \"organisation\": \"O\"}";
    String asSector = "{\"id\": \"PER-1\", \"name\": \"x\", \"sector\": \"PER-1\", \"organisation\": \"O\"}";
    SharedTexts texts = new SharedTexts();

    assertThat(checks("$.jury.conflicts", prose, texts)).isTrue();
    assertThat(checks("$.people", notProse, texts)).isFalse();
    assertThat(checks("$.people", asId, texts)).isTrue();
    assertThat(checks("$.people", asSector, texts)).isFalse();
  }

  /** The dossier that the fast path reads from {@code bytes} as it reads a file; empty when it gives up. */
  private static Optional<Dossier> partwiseFromBytes(byte[] bytes) {
    try (InputStream in = TextInput.utf8(new java.io.ByteArrayInputStream(bytes));
        JsonParser parser = Json.mapper().createParser(in)) {
      return PartwiseRead.read(parser, SCHEMA);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * When the fast path reads {@code text}, from the text or from its bytes as from a file, the
   * stages find no problem before the consistency checks, and bind the same dossier.
   */
  private static void assertAgreesWithTheStages(String text) {
    Optional<Dossier> partwise;
    try (JsonParser parser = Json.mapper().createParser(text)) {
      partwise = PartwiseRead.read(parser, SCHEMA);
    } catch (IOException e) {
      partwise = Optional.empty();
    }
    assertAgreesWithTheStages(text, partwise);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    // A text with an unpaired surrogate has no UTF-8 bytes: getBytes writes a question mark for it.
    if (new String(bytes, StandardCharsets.UTF_8).equals(text)) {
      assertAgreesWithTheStages(text, partwiseFromBytes(bytes));
    }
  }

  private static void assertAgreesWithTheStages(String text, Optional<Dossier> partwise) {
    if (partwise.isEmpty()) {
      return;
    }
    Problems problems = new Problems();
    JsonNode tree = JsonText.parse(text, problems);
    assertThat(problems.isEmpty()).as(text).isTrue();
    ScalarCheck.check(tree, problems);
    assertThat(problems.isEmpty()).as(text).isTrue();
    SCHEMA.check(tree, problems);
    assertThat(problems.isEmpty()).as(text).isTrue();
    Optional<Dossier> staged = Binder.bind(tree, problems);
    assertThat(problems.isEmpty()).as(text).isTrue();
    assertThat(partwise).isEqualTo(staged);
  }

  /** {@code entry} with one thing changed at a node chosen at random. */
  private static JsonNode broken(JsonNode entry, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(entry, containers);
    JsonNode container = containers.get(random.nextInt(containers.size()));
    int kind = random.nextInt(6);
    if (container instanceof ObjectNode object && !object.isEmpty()) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String name = names.get(random.nextInt(names.size()));
      switch (kind) {
        case 0 -> object.remove(name);
        case 1 -> object.set(random.nextBoolean() ? "motto" : name + "s", odd(random));
        case 2 -> object.set(name, edited(object.get(name), random));
        default -> object.set(name, odd(random));
      }
    } else if (container instanceof ArrayNode array && !array.isEmpty()) {
      int at = random.nextInt(array.size());
      switch (kind) {
        case 0 -> array.remove(at);
        case 1 -> array.add(array.get(at).deepCopy());
        case 2 -> array.set(at, edited(array.get(at), random));
        case 3 -> array.removeAll();
        default -> array.set(at, odd(random));
      }
    } else if (container instanceof ArrayNode array) {
      array.add(odd(random));
    } else if (container instanceof ObjectNode object) {
      object.set("motto", odd(random));
    }
    return entry.isContainerNode() ? entry : odd(random);
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      node.forEach(child -> collect(child, containers));
    }
  }

  /** {@code value} changed a little: a text with a character added, a number moved or made finer. */
  private static JsonNode edited(JsonNode value, Random random) {
    if (value.isTextual()) {
      String text = value.textValue();
      String ending = TEXT_ENDINGS.get(random.nextInt(TEXT_ENDINGS.size()));
      String changed = switch (random.nextInt(4)) {
        case 0 -> text + ending;
        case 1 -> ending + text;
        case 2 -> text.isEmpty() ? ending : text.substring(0, random.nextInt(text.length()));
        default -> text.toLowerCase(java.util.Locale.ROOT);
      };
      return Json.mapper().getNodeFactory().textNode(changed);
    }
    if (value.isNumber()) {
      java.math.BigDecimal number = value.decimalValue();
      java.math.BigDecimal changed = switch (random.nextInt(4)) {
        case 0 -> number.negate();
        case 1 -> number.add(new java.math.BigDecimal("0.5"));
        case 2 -> number.movePointRight(14);
        default -> number.add(new java.math.BigDecimal("0.0000000000001"));
      };
      return Json.mapper().getNodeFactory().numberNode(changed);
    }
    return odd(random);
  }

  private static JsonNode odd(Random random) {
    return tree(ODD_VALUES.get(random.nextInt(ODD_VALUES.size())));
  }

  /** The entries of each list the fast path reads entry by entry, by the list's path. */
  private static Map<String, JsonNode> entries(JsonNode dossier) {
    Map<String, JsonNode> lists = new java.util.TreeMap<>();
    for (String list : SCHEMA.lists()) {
      JsonNode node = dossier;
      for (String step : list.substring(2).split("\\.")) {
        node = node.path(step);
      }
      if (node.isArray()) {
        lists.put(list, node);
      }
    }
    return lists;
  }

  private static boolean checks(String list, JsonNode entry) {
    return checks(list, entry.toString());
  }

  /** Whether a {@link CheckingParser} reads the entry written {@code text} to its end, accepting it. */
  private static boolean checks(String list, String text) {
    return checks(list, text, new SharedTexts());
  }

  /** Whether a {@link CheckingParser} reads the entry written {@code text} to its end, sharing {@code texts}, accepting it. */
  private static boolean checks(String list, String text, SharedTexts texts) {
    try (JsonParser parser = Json.mapper().createParser(text)) {
      parser.nextToken();
      CheckingParser checking = new CheckingParser(parser, texts);
      checking.start(SCHEMA.entryRule(list));
      while (!checking.accepted()) {
        checking.nextToken();
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean stagesAccept(String list, JsonNode entry) {
    Problems problems = new Problems();
    ScalarCheck.check(entry, problems);
    return problems.isEmpty() && SCHEMA.acceptsEntry(list, entry);
  }

  private static String generated(long seed, int proposals) {
    return DossierWriter.toJson(MonitoringData.added(DossierGenerator.withSeed(seed).proposals(proposals).generate(),
        new Random(seed), 6, 3));
  }

  private static JsonNode tree(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
