package org.convoca.dossier.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.concurrent.Callable;

/**
 * The one place where Convoca's Jackson mapper is configured. Nothing else creates a mapper.
 *
 * <p>The mapper is hardened for documents from outside: no polymorphic default typing, limits on
 * nesting depth, document size, field name, number and string length, unknown fields rejected,
 * floats read as {@link java.math.BigDecimal}, dates as ISO-8601 strings, map keys written in
 * sorted order, absent optional values left out, decimals kept with their scale and written plain
 * (1500000.00, never 1.5E+6).
 *
 * <p>The limits below are the reader's: {@link org.convoca.dossier.DossierReader} refuses a dossier that goes beyond
 * one of them, naming the limit and where it was exceeded. The limits on the value of numbers
 * ({@link #MAX_INTEGER_DIGITS}, {@link #MAX_DECIMAL_PLACES}) are checked by the reader after
 * parsing, before any number is used or shown: they keep a thirteen-character number such as
 * {@code 1E-1000000000} from becoming a gigabyte of digits when it is written out plain.
 */
public final class Json {

  /** Deepest nesting accepted; a dossier nests about 8 levels. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** Longest string accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** Longest field name accepted, in characters; the dossier's longest is 24. */
  public static final int MAX_NAME_LENGTH = 1_000;
  /**
   * Largest document accepted, in bytes (512 MiB): room for about 100,000 proposals of the size of
   * the bundled sample's. A file is refused by its size before it is read.
   */
  public static final int MAX_DOCUMENT_LENGTH = 512 * 1024 * 1024;
  /** Longest number accepted, in characters as written. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /**
   * Most digits a number may have before its decimal point: every number lies strictly between
   * -10^15 and 10^15, more than any amount of money, count of people or score needs, and small
   * enough that every whole number in that range is exact as a {@code double}.
   */
  public static final int MAX_INTEGER_DIGITS = 15;
  /**
   * Most digits a number may have after its decimal point, as written (trailing zeros count):
   * more than money (2 or 3), scores, weights or shares such as 0.333333 need.
   */
  public static final int MAX_DECIMAL_PLACES = 12;

  private static final ObjectMapper MAPPER = create();

  private Json() {}

  /** {@return the shared, configured mapper} It is thread-safe; do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * What {@code reading} returns; while it runs, what the mapper reads on this thread gives one
   * object for equal ids and days, however often they occur: a large dossier repeats them a lot.
   *
   * @param <T> what the reading returns
   * @param reading the reading, run on this thread
   * @return what {@code reading} returns
   * @throws Exception what {@code reading} throws
   */
  public static <T> T sharingValues(Callable<T> reading) throws Exception {
    return SharedValues.within(reading);
  }

  private static ObjectMapper create() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .build())
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .addModule(SharedValues.module())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
  }
}
