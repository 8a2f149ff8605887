package org.convoca.dossier.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
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

  /** The values shared by the reading on each thread, each mapped to itself; none outside a reading. */
  private static final ThreadLocal<Map<Object, Object>> SHARED = new ThreadLocal<>();

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
      Object value = super.deserialize(parser, context);
      Map<Object, Object> shared = SHARED.get();
      if (shared == null || value == null) {
        return value;
      }
      Object before = shared.putIfAbsent(value, value);
      return before == null ? value : before;
    }
  }

  /** {@return what {@code reading} returns} While it runs, what this thread reads shares equal values. */
  static <T> T within(Callable<T> reading) throws Exception {
    if (SHARED.get() != null) {
      return reading.call();
    }
    SHARED.set(new HashMap<>());
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

  /** Whether values of {@code type} are immutable and often repeated: days, and ids. */
  private static boolean isShared(Class<?> type) {
    return type == LocalDate.class || (type.isRecord() && type.getPackageName().startsWith("org.convoca.")
        && type.getRecordComponents().length == 1 && type.getRecordComponents()[0].getType() == String.class);
  }
}
