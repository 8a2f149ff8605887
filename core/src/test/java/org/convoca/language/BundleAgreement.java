package org.convoca.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.convoca.capacity.Sector;
import org.convoca.government.GovernmentLevel;
import org.convoca.value.Money;
import org.jspecify.annotations.Nullable;

/**
 * Checks that {@link Messages#format} writes every key of every message bundle under a folder of
 * the class path, in every language those bundles have (and in two that only the root serves), as
 * a fresh {@link MessageFormat} of the same pattern writes the same arguments made ready by
 * {@link Wording#argument}: the text {@code MessageFormat} gave before {@code Messages} wrote
 * patterns itself. Arguments are of the types rules and writers pass: text (with braces and quotes),
 * whole numbers, decimals of any scale, money, days, instants, enum constants, lists and null. A
 * module's test calls it for its own bundles.
 */
public final class BundleAgreement {

  private static final Pattern SUFFIX = Pattern.compile("(.*?)((?:_[a-z]{2,3})(?:_[A-Z]{2})?)?\\.properties");
  private static final List<Language> ROOT_ONLY = List.of(Language.of("de"), Language.of("fr"));

  private BundleAgreement() {}

  /**
   * Asserts the agreement for each bundle family under {@code folder}, with arguments drawn from
   * {@code seed}.
   *
   * @param folder a resource folder, such as {@code /org/convoca/rules}
   * @param anchor a class of the module that holds the bundles, which opens them
   * @param seed the seed of the arguments
   * @return how many texts were compared
   */
  public static int assertAgrees(String folder, Class<?> anchor, long seed) {
    Map<String, List<String>> families = families(folder, anchor);
    assertThat(families).as("bundles under " + folder).isNotEmpty();
    Random random = new Random(seed);
    int compared = 0;
    for (Map.Entry<String, List<String>> family : families.entrySet()) {
      Messages messages = Messages.load(family.getKey(), anchor::getResourceAsStream);
      List<Language> languages = new ArrayList<>(ROOT_ONLY);
      for (String suffix : family.getValue()) {
        languages.add(suffix.isEmpty() ? Language.ENGLISH : Language.of(suffix.replace('_', '-')));
      }
      for (Language language : languages) {
        // The bundles that serve the language, the most specific first, as resource bundles choose.
        List<String> chain = family.getValue().stream().filter(suffix -> serves(suffix, language))
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        Set<String> keys = new TreeSet<>();
        chain.forEach(suffix -> keys.addAll(messages.patterns(suffix).keySet()));
        for (String key : keys) {
          String pattern = chain.stream().map(suffix -> messages.patterns(suffix).get(key)).filter(Objects::nonNull)
              .findFirst().orElseThrow();
          for (int i = 0; i < 3; i++) {
            assertAgree(messages, language, key, pattern, arguments(pattern, random));
            compared++;
          }
        }
      }
    }
    return compared;
  }

  /** Whether a bundle of {@code suffix} is one {@code language} may be served from. */
  private static boolean serves(String suffix, Language language) {
    String tag = language.tag().replace('-', '_');
    return suffix.isEmpty() || tag.equals(suffix) || tag.startsWith(suffix + "_");
  }

  private static void assertAgree(Messages messages, Language language, String key, String pattern, @Nullable Object[] args) {
    Wording wording = Wording.in(language);
    Object[] ready = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      ready[i] = wording.argument(args[i]);
    }
    String expected;
    try {
      expected = new MessageFormat(pattern, language.locale()).format(ready);
    } catch (IllegalArgumentException e) {
      assertThatThrownBy(() -> messages.format(language, key, args)).as(key).isInstanceOf(IllegalArgumentException.class);
      return;
    }
    assertThat(messages.format(language, key, args)).as("%s in %s with %s", key, language, java.util.Arrays.toString(args))
        .isEqualTo(expected);
  }

  /** Arguments for each placeholder of {@code pattern}, and sometimes one fewer or one more. */
  private static @Nullable Object[] arguments(String pattern, Random random) {
    SortedSet<Integer> placeholders = Messages.placeholders(pattern);
    int count = placeholders.isEmpty() ? 0 : placeholders.last() + 1;
    int draw = random.nextInt(10);
    count = draw == 0 ? Math.max(0, count - 1) : draw == 1 ? count + 1 : count;
    Object[] args = new Object[count];
    for (int i = 0; i < count; i++) {
      args[i] = argument(random);
    }
    return args;
  }

  private static @Nullable Object argument(Random random) {
    return switch (random.nextInt(12)) {
      case 0 -> List.of("plain", "it's {0}", "a, b", "", "Ünïcödé ‘q’", "x'{y}'z").get(random.nextInt(6));
      case 1, 2 -> (long) (random.nextGaussian() * Math.pow(10, random.nextInt(13)));
      case 3 -> random.nextInt(2_000_001) - 1_000_000;
      case 4 -> BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(9) - 2);
      case 5 -> new Money(BigDecimal.valueOf(random.nextInt(100_000_000), random.nextInt(4)), "ARS");
      case 6 -> LocalDate.ofEpochDay(random.nextInt(40_000) - 10_000);
      case 7 -> Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(3) == 0 ? 0 : random.nextInt(999_999_999));
      case 8 -> GovernmentLevel.values()[random.nextInt(GovernmentLevel.values().length)];
      case 9 -> List.of(Sector.values()[random.nextInt(Sector.values().length)], Sector.values()[random.nextInt(Sector.values().length)]);
      case 10 -> random.nextInt(5);
      default -> null;
    };
  }

  /** The families under {@code folder}, by base name, with the suffixes of their bundles. */
  private static Map<String, List<String>> families(String folder, Class<?> anchor) {
    Map<String, List<String>> families = new TreeMap<>();
    // The folder of the anchor's own module, not a test folder of the same name before it on the class path.
    URL classes = anchor.getProtectionDomain().getCodeSource().getLocation();
    Path root;
    try {
      root = Path.of(classes.toURI()).resolve(folder.substring(1));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(f -> f.getFileName().toString().endsWith(".properties")).sorted().forEach(file -> {
        String relative = folder + "/" + root.relativize(file).toString().replace('\\', '/');
        Matcher m = SUFFIX.matcher(relative);
        if (m.matches() && anchor.getResource(m.group(1) + ".properties") != null) {
          families.computeIfAbsent(m.group(1), k -> new ArrayList<>())
              .add(m.group(2) == null ? "" : m.group(2).substring(1));
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return families;
  }
}
