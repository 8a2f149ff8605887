package org.convoca.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.convoca.rules.fact.Sentences;
import org.junit.jupiter.api.Test;

/**
 * Every family of message bundles of the bundled rule books (a book's folder, its {@code tracks/}
 * and its {@code monitoring/} folders) has the same keys and placeholders in every language, each
 * bundled rule has a title in English (its name) and in Spanish, and every key its DRL names is in
 * the English bundles.
 */
class BundledMessagesParityTest {

  /** The rule files checked for titles and keys, by book name and file name: every file of every book. */
  private static final BiPredicate<String, String> CHECKED = (book, file) -> true;

  /** A message key as DRL writes it: a string literal of words joined by dots ({@code "status.onTrack"}). */
  private static final Pattern KEY = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)+)\"");

  /** Each bundled book's families of message bundles, by the folder they are in. */
  private static Map<String, Messages> families(BundledBook book) {
    Map<String, Messages> families = new LinkedHashMap<>();
    for (String subfolder : List.of("", "tracks/", "monitoring/")) {
      String base = "/" + book.folder() + subfolder + "messages";
      if (BundledBook.class.getResource(base + ".properties") != null) {
        families.put(book.folder() + subfolder, Messages.load(base, BundledBook.class::getResourceAsStream));
      }
    }
    return families;
  }

  @Test
  void everyFamilyHasTheSameKeysAndPlaceholdersInEnglishAndSpanish() {
    List<String> found = new ArrayList<>();
    for (BundledBook book : BundledBook.ALL) {
      families(book).forEach((folder, family) -> {
        found.add(folder);
        assertThat(family.mismatches("")).as(folder + "messages.properties").isEmpty();
        assertThat(family.mismatches("es")).as(folder + "messages_es.properties").isEmpty();
      });
    }
    assertThat(found).containsExactly("org/convoca/rules/federal/", "org/convoca/rules/federal/tracks/",
        "org/convoca/rules/federal/monitoring/", "org/convoca/rules/horizon/");
  }

  @Test
  void theFamiliesOfABookShareNoKeySoTheOrderTheyLieInDoesNotMatter() {
    for (BundledBook book : BundledBook.ALL) {
      Map<String, String> folderOfKey = new LinkedHashMap<>();
      families(book).forEach((folder, family) -> family.patterns("").keySet().forEach(key ->
          assertThat(folderOfKey.putIfAbsent(key, folder)).as(key + " in " + folder + " and " + folderOfKey.get(key)).isNull()));
    }
  }

  @Test
  void everyBundledRuleHasATitleInEnglishAndSpanish() {
    for (BundledBook book : BundledBook.ALL) {
      RuleBook rules = RuleBook.bundled(book.name());
      List<Messages> families = List.copyOf(families(book).values());
      rules.rules().stream().filter(r -> CHECKED.test(book.name(), r.file())).forEach(rule -> {
        String key = Sentences.titleKey(rule.name());
        assertThat(rules.titles(Language.ENGLISH)).as("the English title of " + rule.name()).containsEntry(rule.name(), rule.name());
        assertThat(families).as("a Spanish bundle of " + book.name() + " titles \"" + rule.name() + "\" (" + key + ")")
            .anyMatch(f -> f.patterns("es").containsKey(key));
      });
    }
  }

  @Test
  void everyKeyTheRulesNameIsInTheEnglishBundles() {
    for (BundledBook book : BundledBook.ALL) {
      Messages messages = RuleBook.bundled(book.name()).messages();
      book.sources().stream().filter(s -> CHECKED.test(book.name(), s.name())).forEach(source -> {
        Matcher key = KEY.matcher(source.text());
        while (key.find()) {
          assertThat(messages.has(Language.ENGLISH, key.group(1))).as(source.name() + " says " + key.group(1)).isTrue();
        }
      });
    }
  }
}
