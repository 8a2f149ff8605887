package org.convoca.dossier.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Lets one reading share equal values: the ids (Convoca's records of one string) and days that a
 * dossier repeats, a person's id in the people, the teams and the completions, are then one object
 * in the model. Only a reading that asks for it ({@link #within}) shares, on its own thread, and
 * the values it shares are dropped when it ends, so nothing is shared between readings or threads.
 */
final class SharedValues extends BeanDeserializerModifier {

  private static final long serialVersionUID = 1L;

  /** The values shared by the reading on each thread; none outside a reading. */
  private static final ThreadLocal<Reading> SHARED = new ThreadLocal<>();

  /**
   * What one reading shares: equal values, and for each deserializer the value it read from each
   * text, so that a day or an id written again is neither parsed nor built again.
   */
  private static final class Reading {
    private final Interner<Object> values = new Interner<>();
    private final Map<Sharing, Map<String, Object>> byText = new IdentityHashMap<>();
  }

  /** Reads a value with the deserializer it wraps, then gives the equal value read before, if any. */
  private static final class Sharing extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    Sharing(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new Sharing(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      Reading reading = SHARED.get();
      if (reading == null) {
        return super.deserialize(parser, context);
      }
      // The same deserializer gives equal values for equal texts: ids and days are read from one.
      // A parser that remembers its texts' values finds it at once; otherwise the text is looked up.
      TextValues remembered = parser instanceof TextValues values && parser.hasToken(JsonToken.VALUE_STRING) ? values : null;
      String text = remembered == null && parser.hasToken(JsonToken.VALUE_STRING) ? parser.getText() : null;
      Map<String, Object> read = text == null ? null : reading.byText.computeIfAbsent(this, d -> new HashMap<>());
      Object known = remembered != null ? remembered.valueRead(this) : read == null ? null : read.get(text);
      if (known != null) {
        return known;
      }
      Object value = super.deserialize(parser, context);
      if (value == null) {
        return null;
      }
      value = reading.values.intern(value);
      if (remembered != null) {
        remembered.rememberValue(this, value);
      } else if (read != null) {
        read.put(text, value);
      }
      return value;
    }
  }

  /** {@return what {@code reading} returns} While it runs, what this thread reads shares equal values. */
  static <T> T within(Callable<T> reading) throws Exception {
    if (SHARED.get() != null) {
      return reading.call();
    }
    SHARED.set(new Reading());
    try {
      return reading.call();
    } finally {
      SHARED.remove();
    }
  }

  static SimpleModule module() {
    return new SimpleModule("convoca-shared-values").setDeserializerModifier(new SharedValues());
  }

  @Override
  public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
      JsonDeserializer<?> deserializer) {
    return isShared(description.getBeanClass()) ? new Sharing(deserializer) : deserializer;
  }

  /** Whether values of {@code type} are immutable and often repeated: days, decimals (scores), and ids. */
  private static boolean isShared(Class<?> type) {
    return type == LocalDate.class || type == BigDecimal.class || (type.isRecord() && type.getPackageName().startsWith("org.convoca.")
        && type.getRecordComponents().length == 1 && type.getRecordComponents()[0].getType() == String.class);
  }
}
