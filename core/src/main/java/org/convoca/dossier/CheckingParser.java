package org.convoca.dossier;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.convoca.dossier.internal.Json;
import org.convoca.dossier.internal.TextValues;
import org.jspecify.annotations.Nullable;

/**
 * A parser that checks one value (an entry of a dossier's list) as it is read, token by token, for
 * the binder that reads it: every text and field name for the characters {@link ControlCharacters}
 * refuses, every number for the reader's bounds ({@link ScalarCheck}'s checks), and the value
 * against its {@link SchemaRules.Rule}. At the first thing it does not accept, it stops the
 * reading with an exception, and says so ({@link #accepted()} is false): the reader then reads the
 * dossier again in stages, which word the problem. What it accepts, {@link ScalarCheck} and the
 * schema validator accept.
 *
 * <p>Texts of up to {@link PartwiseRead#SHARED_LENGTH} characters are given to the binder as one
 * string for each text, however often the reading meets it.
 */
final class CheckingParser extends JsonParserDelegate implements TextValues {

  private static final long INTEGER_LIMIT = 1_000_000_000_000_000L;

  /** Stops the binding at a token not accepted; carries nothing. */
  private static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused() {
      super(null, null);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  private final SharedTexts texts;
  /** The rule of each open object or array, the outermost first. */
  private SchemaRules.Rule[] rules = new SchemaRules.Rule[16];
  /** For an open object: which of its rule's required fields it had; for an array: its length. */
  private long[] counts = new long[16];
  /**
   * For an open object: the {@link SchemaRules.Field#once} bits of the fields it had, and the names
   * of the other fields it had, when any; by which a field written twice is refused, as the
   * stages' parser refuses it.
   */
  private long[] had = new long[16];
  private @Nullable Set<String>[] otherNames = newNames(16);
  private boolean[] objects = new boolean[16];
  private int depth;
  /** The rule of the value the next token starts, when in an object. */
  private SchemaRules.@Nullable Rule next;
  private boolean prose;
  private boolean done;
  private boolean refused;
  private @Nullable String text;
  /** The place of {@link #text} among the {@link #texts}, or -1 when it is not shared. */
  private int place = -1;

  CheckingParser(JsonParser parser, SharedTexts texts) {
    super(parser);
    this.texts = texts;
  }

  /**
   * Starts checking the value whose first token the parser is at against {@code rule}; the binder
   * then reads it through this parser.
   */
  void start(SchemaRules.Rule rule) throws IOException {
    depth = 0;
    done = false;
    refused = false;
    prose = false;
    text = null;
    place = -1;
    next = rule;
    step(delegate.currentToken());
  }

  /** Whether the value was read to its end and everything in it was accepted. */
  boolean accepted() {
    return done && !refused;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    if (done || refused) {
      throw refuse();
    }
    JsonToken token = delegate.nextToken();
    step(token);
    return token;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken token = currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return this;
    }
    for (int open = 1; open > 0; ) {
      JsonToken read = nextToken();
      if (read.isStructStart()) {
        open++;
      } else if (read.isStructEnd()) {
        open--;
      }
    }
    return this;
  }

  @Override
  public String getText() throws IOException {
    return text != null && delegate.currentToken() == JsonToken.VALUE_STRING ? text : delegate.getText();
  }

  @Override
  public @Nullable String getValueAsString() throws IOException {
    return delegate.currentToken() == JsonToken.VALUE_STRING ? getText() : delegate.getValueAsString();
  }

  @Override
  public @Nullable String getValueAsString(@Nullable String defaultValue) throws IOException {
    return delegate.currentToken() == JsonToken.VALUE_STRING ? getText() : delegate.getValueAsString(defaultValue);
  }

  @Override
  public @Nullable Object valueRead(Object reader) {
    return place >= 0 && delegate.currentToken() == JsonToken.VALUE_STRING ? texts.value(place, reader) : null;
  }

  @Override
  public void rememberValue(Object reader, Object value) {
    if (place >= 0 && delegate.currentToken() == JsonToken.VALUE_STRING) {
      texts.read(place, reader, value);
    }
  }

  private Refused refuse() {
    refused = true;
    return new Refused();
  }

  private void step(@Nullable JsonToken token) throws IOException {
    text = null;
    place = -1;
    if (token == null) {
      throw refuse();
    }
    switch (token) {
      case FIELD_NAME -> field(delegate.currentName());
      case END_OBJECT -> {
        SchemaRules.Rule rule = rules[depth - 1];
        if (counts[depth - 1] != rule.allRequired()) {
          throw refuse();
        }
        leave();
      }
      case END_ARRAY -> {
        if (counts[depth - 1] < rules[depth - 1].minItems()) {
          throw refuse();
        }
        leave();
      }
      default -> value(token);
    }
  }

  private void field(String name) throws IOException {
    if (depth == 0 || !objects[depth - 1]) {
      throw refuse();
    }
    SchemaRules.Rule rule = rules[depth - 1];
    SchemaRules.Field named = rule.named(name);
    if (named != null) {
      // A field the schema names, whose name was checked when the schema was compiled.
      long once = named.once();
      if (once == 0) {
        writtenOnce(name);
      } else if ((had[depth - 1] & once) != 0) {
        throw refuse();
      }
      had[depth - 1] |= once;
      next = named.rule();
      counts[depth - 1] |= named.bit();
      prose = named.prose();
      return;
    }
    if (ControlCharacters.firstRefused(name, false) >= 0) {
      throw refuse();
    }
    next = rule.field(name);
    if (next == null) {
      throw refuse();
    }
    writtenOnce(name);
    String[] required = rule.required();
    for (int i = 0; i < required.length; i++) {
      if (required[i].equals(name)) {
        counts[depth - 1] |= 1L << i;
      }
    }
    prose = ControlCharacters.PROSE_FIELDS.contains(name);
  }

  /** Refuses a field {@code name} that the open object had already, when the schema does not name it. */
  private void writtenOnce(String name) throws Refused {
    Set<String> names = otherNames[depth - 1];
    if (names == null) {
      names = new HashSet<>();
      otherNames[depth - 1] = names;
    }
    if (!names.add(name)) {
      throw refuse();
    }
  }

  @SuppressWarnings("unchecked")  // an array of sets, each made when first needed
  private static @Nullable Set<String>[] newNames(int length) {
    return new Set[length];
  }

  private void value(JsonToken token) throws IOException {
    SchemaRules.Rule rule;
    boolean proseText = false;
    if (depth > 0 && !objects[depth - 1]) {
      rule = rules[depth - 1].items();
      counts[depth - 1]++;
    } else {
      rule = next;
      proseText = prose;
      next = null;
      if (rule == null) {
        throw refuse();
      }
    }
    switch (token) {
      case START_OBJECT -> open(rule, SchemaRules.OBJECT, true);
      case START_ARRAY -> open(rule, SchemaRules.ARRAY, false);
      case VALUE_STRING -> string(rule, proseText);
      case VALUE_NUMBER_INT -> wholeNumber(rule);
      case VALUE_NUMBER_FLOAT -> decimal(rule);
      case VALUE_TRUE, VALUE_FALSE -> other(rule, SchemaRules.BOOLEAN);
      case VALUE_NULL -> other(rule, SchemaRules.NULL);
      default -> throw refuse();
    }
    if (depth == 0) {
      done = true;
    }
  }

  /**
   * Checks the text the parser is at against {@code rule}. A short text is found among the shared
   * {@link #texts} from the parser's characters, so that no string is made for a text met before,
   * and what was checked of it before is not checked again: a dossier writes the same few hundred
   * days, and the same ids of people, courses and proposals, tens of thousands of times.
   */
  private void string(SchemaRules.Rule rule, boolean proseText) throws IOException {
    if ((rule.types() & SchemaRules.STRING) == 0) {
      throw refuse();
    }
    int length = delegate.getTextLength();
    if (length > PartwiseRead.SHARED_LENGTH) {
      String read = delegate.getText();
      if (ControlCharacters.firstRefused(read, proseText) >= 0 || !rule.acceptsText(read)) {
        throw refuse();
      }
      text = read;
      return;
    }
    int at = texts.place(delegate.getTextCharacters(), delegate.getTextOffset(), length);
    String read = texts.text(at);
    if (!texts.clean(at, proseText)) {
      throw refuse();
    }
    if (!texts.acceptedBy(at, rule)) {
      if (!rule.acceptsText(read)) {
        throw refuse();
      }
      texts.accepted(at, rule);
    }
    text = read;
    place = at;
  }

  private void wholeNumber(SchemaRules.Rule rule) throws IOException {
    NumberType type = delegate.getNumberType();
    if ((rule.types() & SchemaRules.INTEGER) == 0 || (type != NumberType.INT && type != NumberType.LONG)) {
      throw refuse();
    }
    long value = delegate.getLongValue();
    if (value <= -INTEGER_LIMIT || value >= INTEGER_LIMIT
        || (rule.limitsNumbers() && !rule.acceptsNumber(BigDecimal.valueOf(value), true))) {
      throw refuse();
    }
  }

  private void decimal(SchemaRules.Rule rule) throws IOException {
    if ((rule.types() & SchemaRules.NUMBER) == 0) {
      throw refuse();
    }
    BigDecimal value = delegate.getDecimalValue();
    if (value.scale() > Json.MAX_DECIMAL_PLACES || (long) value.precision() - value.scale() > Json.MAX_INTEGER_DIGITS
        || (rule.limitsNumbers() && !rule.acceptsNumber(value, false))) {
      throw refuse();
    }
  }

  private void other(SchemaRules.Rule rule, int type) throws Refused {
    if ((rule.types() & type) == 0 || !rule.acceptsOther()) {
      throw refuse();
    }
  }

  private void open(SchemaRules.Rule rule, int type, boolean object) throws Refused {
    other(rule, type);
    if (depth == rules.length) {
      rules = Arrays.copyOf(rules, depth * 2);
      counts = Arrays.copyOf(counts, depth * 2);
      had = Arrays.copyOf(had, depth * 2);
      otherNames = Arrays.copyOf(otherNames, depth * 2);
      objects = Arrays.copyOf(objects, depth * 2);
    }
    rules[depth] = rule;
    counts[depth] = 0;
    had[depth] = 0;
    otherNames[depth] = null;
    objects[depth] = object;
    depth++;
  }

  private void leave() {
    rules[--depth] = null;
    if (depth == 0) {
      done = true;
    }
  }
}
