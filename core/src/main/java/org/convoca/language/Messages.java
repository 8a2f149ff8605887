package org.convoca.language;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A family of message bundles: Java properties files, UTF-8, named as resource bundles are
 * ({@code reasons.properties} holds the English root, {@code reasons_es.properties} Spanish,
 * {@code reasons_es_AR.properties} what Argentina says otherwise). Each value is a
 * {@link MessageFormat} pattern: {@code {0}} is the first argument, a single quote must be doubled
 * ({@code call''s}), and {@code {0,choice,1#one check|1<{0} checks}} chooses by a count.
 *
 * <p>{@link #format} finds a key in the most specific bundle of the language that has it, down to
 * the root, and writes each argument as the language writes it ({@link Wording#argument}): a
 * {@code BigDecimal}, money, a date, an instant, an enum constant or a collection becomes text, a
 * whole number stays a number for {@code choice}. A family read with {@link #load} reads each
 * bundle the first time a language asks for it. Instances are immutable in what they answer and
 * safe to share between threads.
 */
public final class Messages {

  /**
   * Each language's bundle suffixes, worked out once: every message formatted asks for them, and a
   * large call formats millions. At most {@link #MOST_LANGUAGES} languages are kept.
   */
  private static final ConcurrentMap<Locale, List<String>> SUFFIXES = new ConcurrentHashMap<>();
  private static final int MOST_LANGUAGES = 64;
  private static final ResourceBundle.Control CONTROL =
      ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");
  private static final Pattern FORMATTED_PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*,");

  private final String name;
  private final Function<String, Optional<String>> files;
  private final ConcurrentMap<String, Map<String, String>> bundles = new ConcurrentHashMap<>();
  /**
   * Each language's patterns, made ready the first time a key is written in it: where the key is
   * found and what its pattern writes are worked out once, not for every sentence (issue 11). At
   * most {@link #MOST_LANGUAGES} languages are kept.
   */
  private final ConcurrentMap<Locale, Speech> speeches = new ConcurrentHashMap<>();
  /** The language written last, looked up without hashing: a run writes one language. */
  private volatile @Nullable Speech lastSpeech;
  private final @Nullable Messages fallback;

  private Messages(String name, Function<String, Optional<String>> files, @Nullable Messages fallback) {
    this.name = name;
    this.files = files;
    this.fallback = fallback;
  }

  /**
   * The family named {@code baseName}, whose files {@code opener} opens: with
   * {@code Reasons.class::getResourceAsStream}, a class reads the bundles of its own module.
   *
   * @param baseName the resource path without suffix and extension, such as
   *     {@code /org/convoca/selection/reasons}
   * @param opener opens a resource by its path, returning null when there is none
   * @return the family
   * @throws IllegalArgumentException when the root bundle ({@code baseName + ".properties"}) is missing
   */
  public static Messages load(String baseName, Function<String, @Nullable InputStream> opener) {
    requireNonNull(baseName, "'baseName' must not be null");
    requireNonNull(opener, "'opener' must not be null");
    String root = read(opener, fileName(baseName, ""))
        .orElseThrow(() -> new IllegalArgumentException("There is no root bundle " + fileName(baseName, "")));
    Messages messages = new Messages(baseName, suffix -> read(opener, fileName(baseName, suffix)), null);
    messages.bundles.put("", parse(root));
    return messages;
  }

  /**
   * The family whose bundles are {@code texts}, by suffix: {@code ""} for the English root,
   * {@code "es"}, {@code "es_AR"}; each text is the content of a properties file. A rule folder's
   * bundles are read this way.
   *
   * @param name the family's name, used in messages about it
   * @param texts the bundles' texts by suffix; the root, {@code ""}, may be absent
   * @return the family
   */
  public static Messages of(String name, Map<String, String> texts) {
    requireNonNull(name, "'name' must not be null");
    Map<String, String> copy = Map.copyOf(texts);
    return new Messages(name, suffix -> Optional.ofNullable(copy.get(suffix)), null);
  }

  /**
   * {@return this family, asked first, over {@code fallback}, asked for the keys this family lacks}
   * A rule folder's bundles lie over its rule book's this way.
   *
   * @param fallback the family to ask when this one has no text for a key
   */
  public Messages over(Messages fallback) {
    requireNonNull(fallback, "'fallback' must not be null");
    Messages below = this.fallback == null ? fallback : this.fallback.over(fallback);
    Messages layered = new Messages(name, files, below);
    layered.bundles.putAll(bundles);
    return layered;
  }

  /**
   * The text of {@code key} in {@code language}, with {@code args} in its placeholders.
   *
   * @param language the language to write in
   * @param key the message's key
   * @param args the arguments, in placeholder order
   * @return the text
   * @throws IllegalArgumentException when no bundle of the family, down to the root, has {@code key}
   */
  public String format(Language language, String key, @Nullable Object... args) {
    requireNonNull(language, "'language' must not be null");
    requireNonNull(key, "'key' must not be null");
    Speech speech = speech(language);
    Template template = speech.templates.get(key);
    if (template == null) {
      template = Template.of(pattern(language, key), language.locale());
      Template before = speech.templates.putIfAbsent(key, template);
      template = before == null ? template : before;
    }
    return template.write(speech.wording, args);
  }

  /** The pattern of {@code key} in the most specific bundle of {@code language} that has it. */
  private String pattern(Language language, String key) {
    for (Messages family = this; family != null; family = family.fallback) {
      for (String suffix : suffixes(language)) {
        String pattern = family.bundle(suffix).get(key);
        if (pattern != null) {
          return pattern;
        }
      }
    }
    throw new IllegalArgumentException("No message '" + key + "' in " + name
        + (fallback == null ? "" : " or the bundles it lies over"));
  }

  private Speech speech(Language language) {
    Speech last = lastSpeech;
    if (last != null && last.locale.equals(language.locale())) {
      return last;
    }
    Speech speech = speeches.get(language.locale());
    if (speech == null) {
      speech = new Speech(language);
      if (speeches.size() < MOST_LANGUAGES) {
        Speech before = speeches.putIfAbsent(language.locale(), speech);
        speech = before == null ? speech : before;
      }
    }
    lastSpeech = speech;
    return speech;
  }

  /**
   * {@return whether a bundle of this family or of those it lies over has {@code key} for {@code language}}
   *
   * @param language the language
   * @param key the message's key
   */
  public boolean has(Language language, String key) {
    for (Messages family = this; family != null; family = family.fallback) {
      for (String suffix : suffixes(language)) {
        if (family.bundle(suffix).containsKey(key)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@return whether this family has a bundle of {@code language} itself, not only the root}
   * English is always spoken: the root bundle is English.
   *
   * @param language the language
   */
  public boolean speaks(Language language) {
    if (language.isEnglish()) {
      return true;
    }
    for (Messages family = this; family != null; family = family.fallback) {
      for (String suffix : suffixes(language)) {
        if (!suffix.isEmpty() && !family.bundle(suffix).isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The patterns of one bundle of this family alone, as written: for checks that every bundle has
   * the keys and placeholders of the root.
   *
   * @param suffix the bundle's suffix: {@code ""} for the root, {@code "es"}
   * @return the patterns by key, sorted; empty when there is no such bundle
   */
  public SortedMap<String, String> patterns(String suffix) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(bundle(suffix)));
  }

  /**
   * What a translator must fix in the bundle {@code suffix} of this family (not of those it lies
   * over), one sentence per problem: a key of the root it lacks, a key the root lacks, placeholders
   * that differ from the root's, a pattern {@link MessageFormat} refuses, a single quote (which
   * MessageFormat would take for the start of quoted text: write it twice). For the root itself,
   * only the last two. A test of each language's bundles asserts that this is empty.
   *
   * @param suffix the bundle's suffix, such as {@code "es"}; {@code ""} for the root
   * @return the problems, in key order; empty when the bundle matches the root
   * @throws IllegalArgumentException when there is no such bundle
   */
  public List<String> mismatches(String suffix) {
    Map<String, String> root = bundle("");
    Map<String, String> bundle = bundle(suffix);
    if (bundle.isEmpty() && files.apply(suffix).isEmpty()) {
      throw new IllegalArgumentException("There is no bundle " + fileName(name, suffix));
    }
    String file = fileName(name, suffix);
    List<String> problems = new ArrayList<>();
    for (String key : new TreeSet<>(union(root.keySet(), bundle.keySet()))) {
      String pattern = bundle.get(key);
      String original = root.get(key);
      if (pattern == null) {
        problems.add(file + " lacks the key '" + key + "'");
        continue;
      }
      if (original == null) {
        problems.add(file + " has the key '" + key + "', which the root bundle lacks");
        continue;
      }
      if (pattern.replace("''", "").indexOf('\'') >= 0) {
        problems.add(file + ": '" + key + "' has a single quote; write it twice ('') for MessageFormat");
      }
      try {
        new MessageFormat(pattern, Locale.ROOT);
      } catch (IllegalArgumentException e) {
        problems.add(file + ": '" + key + "' is not a MessageFormat pattern: " + e.getMessage());
      }
      if (!placeholders(pattern).equals(placeholders(original))) {
        problems.add(file + ": '" + key + "' has the placeholders " + placeholders(pattern)
            + " where the root has " + placeholders(original));
      }
    }
    return problems;
  }

  /** The argument numbers a pattern writes, at any depth ({@code choice} formats included). */
  static SortedSet<Integer> placeholders(String pattern) {
    SortedSet<Integer> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern.replace("''", ""));
    while (m.find()) {
      found.add(Integer.parseInt(m.group(1)));
    }
    return found;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  /** {@return the family's name: its base name, or the name it was given} */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }

  /** One language's ready patterns, by key, and how the language writes arguments. */
  private static final class Speech {
    private final Locale locale;
    private final Wording wording;
    private final ConcurrentMap<String, Template> templates = new ConcurrentHashMap<>();

    Speech(Language language) {
      this.locale = language.locale();
      this.wording = Wording.in(language);
    }
  }

  /**
   * A pattern made ready to write. Most patterns only put arguments in plain {@code {n}}
   * placeholders between literal texts: those texts are taken once from {@code MessageFormat}'s own
   * output (each placeholder given a mark that the pattern does not contain), and a sentence is
   * the texts and its arguments, each written as {@code MessageFormat} would write it, in one
   * builder. A pattern with a formatted element ({@code {0,choice,...}}) is written by a
   * {@code MessageFormat}: each thread copies its own from one made once, since one may not be
   * shared between threads, and copying one for every sentence cost more than the sentence.
   */
  private static final class Template {
    /** Marks a placeholder in the literal text that {@code MessageFormat} writes, and ends its number. */
    private static final char MARK = '\uFDD0';
    private static final char END = '\uFDD1';

    /** The literal texts: before each slot, and after the last one. */
    private final String[] texts;
    /** The argument each slot writes. */
    private final int[] slots;
    /** The text's length without arguments, to size the builder. */
    private final int length;
    /** The pattern's format when it has formatted elements, never used itself, only copied; else null. */
    private final @Nullable MessageFormat format;
    /** The arguments that a formatted element uses, which stay numbers. */
    private final Set<Integer> formatted;
    private final @Nullable ThreadLocal<MessageFormat> threadFormat;

    private Template(String[] texts, int[] slots, @Nullable MessageFormat format, Set<Integer> formatted) {
      this.texts = texts;
      this.slots = slots;
      this.format = format;
      this.formatted = formatted;
      this.threadFormat = format == null ? null : ThreadLocal.withInitial(() -> (MessageFormat) format.clone());
      int sum = 0;
      for (String text : texts) {
        sum += text.length();
      }
      this.length = sum;
    }

    static Template of(String pattern, Locale locale) {
      MessageFormat format = new MessageFormat(pattern, locale);
      boolean plain = pattern.indexOf(MARK) < 0 && pattern.indexOf(END) < 0;
      for (java.text.Format element : format.getFormats()) {
        plain &= element == null;
      }
      if (!plain) {
        Set<Integer> formatted = new TreeSet<>();
        Matcher m = FORMATTED_PLACEHOLDER.matcher(pattern.replace("\'\'", ""));
        while (m.find()) {
          formatted.add(Integer.parseInt(m.group(1)));
        }
        return new Template(new String[0], new int[0], format, Set.copyOf(formatted));
      }
      Object[] marks = new Object[format.getFormatsByArgumentIndex().length];
      for (int i = 0; i < marks.length; i++) {
        marks[i] = MARK + Integer.toString(i) + END;
      }
      String written = format.format(marks);
      List<String> texts = new ArrayList<>();
      List<Integer> slots = new ArrayList<>();
      int from = 0;
      for (int at = written.indexOf(MARK); at >= 0; at = written.indexOf(MARK, from)) {
        int end = written.indexOf(END, at);
        texts.add(written.substring(from, at));
        slots.add(Integer.parseInt(written.substring(at + 1, end)));
        from = end + 1;
      }
      texts.add(written.substring(from));
      return new Template(texts.toArray(String[]::new), slots.stream().mapToInt(Integer::intValue).toArray(), null, Set.of());
    }

    String write(Wording wording, @Nullable Object[] args) {
      if (format != null) {
        return writeFormatted(wording, args);
      }
      if (slots.length == 0) {
        return texts[0];
      }
      StringBuilder text = new StringBuilder(length + 16 * slots.length).append(texts[0]);
      for (int i = 0; i < slots.length; i++) {
        int slot = slots[i];
        if (slot < args.length) {
          Object value = wording.argument(args[slot]);
          text.append(value instanceof Number number ? wording.plainNumber(number) : (String) value);
        } else {
          // As MessageFormat writes a placeholder that has no argument.
          text.append('{').append(slot).append('}');
        }
        text.append(texts[i + 1]);
      }
      return text.toString();
    }

    private String writeFormatted(Wording wording, @Nullable Object[] args) {
      Object[] written = new Object[args.length];
      for (int i = 0; i < args.length; i++) {
        Object value = wording.argument(args[i]);
        written[i] = value instanceof Number number && !formatted.contains(i) ? wording.plainNumber(number) : value;
      }
      ThreadLocal<MessageFormat> formats = requireNonNull(threadFormat);
      return formats.get().format(written);
    }
  }

  private Map<String, String> bundle(String suffix) {
    return bundles.computeIfAbsent(suffix, s -> files.apply(s).map(Messages::parse).orElse(Map.of()));
  }

  private static List<String> suffixes(Language language) {
    List<String> known = SUFFIXES.get(language.locale());
    if (known != null) {
      return known;
    }
    List<String> suffixes = CONTROL.getCandidateLocales("", language.locale()).stream()
        .map(locale -> locale.equals(Locale.ROOT) ? "" : CONTROL.toBundleName("", locale).substring(1))
        .toList();
    if (SUFFIXES.size() < MOST_LANGUAGES) {
      SUFFIXES.putIfAbsent(language.locale(), suffixes);
    }
    return suffixes;
  }

  private static String fileName(String baseName, String suffix) {
    return baseName + (suffix.isEmpty() ? "" : "_" + suffix) + ".properties";
  }

  private static Optional<String> read(Function<String, @Nullable InputStream> opener, String file) {
    try (InputStream in = opener.apply(file)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the message bundle " + file, e);
    }
  }

  private static Map<String, String> parse(String text) {
    Properties properties = new Properties();
    try (Reader reader = new StringReader(text)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("A message bundle has a malformed \\u escape: " + e.getMessage(), e);
    }
    Map<String, String> patterns = new ConcurrentHashMap<>();
    properties.stringPropertyNames().forEach(k -> patterns.put(k, properties.getProperty(k)));
    return Map.copyOf(patterns);
  }
}
