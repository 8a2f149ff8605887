package org.convoca.rules.fact;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.convoca.language.Language;
import org.convoca.language.Messages;
import org.convoca.language.Wording;
import org.convoca.value.Money;
import org.jspecify.annotations.Nullable;

/**
 * The sentences of a rule book, in the language of the call its rules run on. A DRL file that
 * declares the global {@code global org.convoca.rules.fact.Sentences sentences;} writes a finding's
 * sentence from its book's message bundles by key:
 *
 * <pre>{@code
 * insert(new CheckFinding($p.id(), drools.getRule().getName(), passed,
 *     sentences.say(passed ? "eligibility.level.passed" : "eligibility.level.failed", $name, $level, $levels)));
 * }</pre>
 *
 * <p>Arguments are written as the call's language writes them ({@link Wording}): money as
 * "ARS 1.530.000", a {@code BigDecimal} with its scale, a day in words, an enum constant in words,
 * a collection joined with "and" ({@link #either} joins with "or"). A rule author's own rule may
 * still write a literal sentence; one that uses keys puts its bundles
 * ({@code messages.properties}, {@code messages_es.properties}) in its folder, beside the DRL.
 * The rule book sets the global on every session; a file that does not declare it is unaffected.
 *
 * <p>The same key with equal arguments says the same sentence: at 100,000 proposals most findings
 * repeat one of a few thousand sentences ("Every milestone names its deliverable."). An instance
 * remembers the sentences it said recently (up to twice {@link #REMEMBERED}: when the ones said
 * since the last turn reach that many, they become the old ones, which are kept while they are
 * asked for again, and the older ones are forgotten) and hands the same {@code String} back for
 * them, so that findings share it instead of each holding a copy, and the message is not
 * formatted again. A key whose first 2,048 sentences were rarely found again (a submission's
 * time, a government's own figures) is written each time and not remembered. Only arguments whose
 * equality means the same words are remembered: text, whole numbers, decimals (scale included),
 * money, days, instants, enum constants, and lists of these (sets of enum constants, which are
 * written in the enum's order); a sentence with any other argument is formatted every time. The rule book makes an instance for
 * each run, so nothing is remembered from one dossier to the next.
 */
public final class Sentences {

  /** How many sentences said since the last turn an instance remembers before it turns. */
  static final int REMEMBERED = 16_384;

  /** How many sentences of a key tell whether they repeat enough to be remembered ({@link Tally}). */
  static final int TRIAL = 2_048;
  /** How many keys an instance counts at most ({@link Tally}); sentences of further keys are remembered. */
  private static final int MOST_KEYS = 4_096;

  /** The name of the global that DRL declares to use it: {@value}. */
  public static final String GLOBAL = "sentences";

  private final Messages messages;
  private final Language language;
  private final Wording wording;
  /** Sentences said since the last turn, by their key and arguments ({@link #remembered}). */
  private volatile ConcurrentHashMap<Asked, String> said = new ConcurrentHashMap<>(2 * REMEMBERED);
  /** Each key's tally of sentences found again, by key. */
  private final ConcurrentHashMap<String, Tally> tallies = new ConcurrentHashMap<>();
  /** Sentences said before the last turn. */
  private volatile ConcurrentHashMap<Asked, String> old = new ConcurrentHashMap<>();

  /**
   * Sentences from {@code messages} in {@code language}.
   *
   * @param messages the rule book's bundles
   * @param language the call's language
   */
  public Sentences(Messages messages, Language language) {
    this.messages = requireNonNull(messages, "'messages' must not be null");
    this.language = requireNonNull(language, "'language' must not be null");
    this.wording = Wording.in(language);
  }

  /**
   * {@return the key of the title of the rule called {@code rule} in a rule book's bundles:
   * {@code title.} and the name in lower case, each run of other characters than letters and
   * digits a hyphen, as {@code title.applicant-must-be-a-provincial-or-municipal-government}}
   *
   * @param rule the rule's name
   */
  public static String titleKey(String rule) {
    String slug = rule.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    return "title." + slug;
  }

  /**
   * {@return the sentence of {@code key} in the call's language, with {@code args} in its placeholders}
   *
   * @param key the message's key in the rule book's bundles
   * @param args the arguments, in placeholder order
   * @throws IllegalArgumentException when no bundle has {@code key}; the rule that asked fails, named
   */
  public String say(String key, @Nullable Object... args) {
    if (args != null && args.length == 0) {
      return messages.format(language, key, args);
    }
    Tally tally = tallies.get(key);
    if (tally == null) {
      tally = tallies.size() < MOST_KEYS ? tallies.computeIfAbsent(key, k -> new Tally()) : new Tally();
    }
    Asked asked = tally.rarelyRepeats ? null : Asked.of(key, args);
    if (asked == null) {
      return messages.format(language, key, args);
    }
    ConcurrentHashMap<Asked, String> recent = said;
    String sentence = recent.get(asked);
    if (sentence != null) {
      tally.count(true);
      return sentence;
    }
    sentence = old.get(asked);
    tally.count(sentence != null);
    if (sentence == null) {
      sentence = messages.format(language, key, args);
    }
    if (recent.size() >= REMEMBERED) {
      synchronized (this) {
        if (said == recent) {
          old = recent;
          said = new ConcurrentHashMap<>(2 * REMEMBERED);
        }
      }
    }
    String before = said.putIfAbsent(asked, sentence);
    return before == null ? sentence : before;
  }

  /**
   * How often the sentences of one key were found among those remembered, over its first
   * {@link #TRIAL} sentences: a key whose sentences rarely repeat (a submission's time, a
   * government's own figures) is then no longer remembered, since looking its sentences up costs
   * more than writing them, and keeping them would push out sentences that do repeat. The counts
   * are a guess that threads may race on; what is said is the same either way.
   */
  private static final class Tally {
    private int asked;
    private int found;
    volatile boolean rarelyRepeats;

    void count(boolean wasFound) {
      if (asked < TRIAL) {
        asked++;
        found += wasFound ? 1 : 0;
        if (asked == TRIAL && found * 4 < TRIAL) {
          rarelyRepeats = true;
        }
      }
    }
  }

  /**
   * The key and arguments of a sentence as a value whose equality means the same words, with
   * copies of collections (a rule may change its own later), its hash worked out once.
   */
  private static final class Asked {
    private final String key;
    private final Object[] args;
    private final int hash;

    private Asked(String key, Object[] args) {
      this.key = key;
      this.args = args;
      this.hash = 31 * key.hashCode() + Arrays.hashCode(args);
    }

    /** {@return the sentence asked as a value, or null when an argument has no value whose equality means the same words} */
    static @Nullable Asked of(String key, @Nullable Object[] args) {
      if (args == null) {
        return null;
      }
      Object[] values = args.clone();
      for (int i = 0; i < values.length; i++) {
        Object arg = values[i];
        if (plain(arg)) {
          continue;
        }
        if (arg instanceof List<?> list && list.stream().allMatch(Sentences::plain)) {
          values[i] = List.copyOf(list);
        } else if (arg instanceof Set<?> set && set.stream().allMatch(v -> v instanceof Enum<?>)) {
          values[i] = Set.copyOf(set);
        } else {
          return null;
        }
      }
      return new Asked(key, values);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Asked that && hash == that.hash && key.equals(that.key) && Arrays.equals(args, that.args);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** Whether {@code arg} is an immutable value whose equality means the same words, and not null. */
  private static boolean plain(@Nullable Object arg) {
    return arg instanceof String || arg instanceof Integer || arg instanceof Long || arg instanceof Short
        || arg instanceof Byte || arg instanceof BigDecimal || arg instanceof BigInteger || arg instanceof Money
        || arg instanceof LocalDate || arg instanceof Instant || arg instanceof Enum<?> || arg instanceof Boolean
        || arg instanceof Character;
  }

  /** {@return the call's language} */
  public Language language() {
    return language;
  }

  /**
   * {@return values joined with commas and a final "or" in the call's language}
   *
   * @param values the values
   */
  public String either(Collection<?> values) {
    return wording.either(values);
  }

  /**
   * {@return values joined with commas and a final "and" in the call's language}
   *
   * @param values the values
   */
  public String all(Collection<?> values) {
    return wording.all(values);
  }

  /**
   * {@return points without trailing zeros, in the call's language: "2.5", "2,5"}
   *
   * @param points the points
   */
  public String points(BigDecimal points) {
    return wording.points(points);
  }

  /**
   * {@return money in the call's language: "ARS 1,530,000", "ARS 1.530.000"}
   *
   * @param money the money
   */
  public String money(Money money) {
    return wording.money(money);
  }

  /**
   * {@return a day in words in the call's language}
   *
   * @param date the day
   */
  public String date(LocalDate date) {
    return wording.date(date);
  }

  /**
   * {@return an instant as its day in words and its UTC time, in the call's language}
   *
   * @param instant the instant
   */
  public String instant(Instant instant) {
    return wording.instant(instant);
  }

  /**
   * {@return an enum constant in words in the call's language}
   *
   * @param constant the constant
   */
  public String words(Enum<?> constant) {
    return wording.words(constant);
  }
}
