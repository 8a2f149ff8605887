package org.convoca.dossier;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.convoca.dossier.internal.Json;
import org.jspecify.annotations.Nullable;

/**
 * Binds a large dossier on a thread of its own while the reading thread parses and checks its
 * text, so that the two halves of a reading run on two cores: the reading thread checks each entry
 * of a list through its {@link CheckingParser} as before, and copies the entry's tokens, with the
 * shared strings and the numbers the checks already read, into a {@link TokenBuffer}; the binding
 * thread binds each copy with the list's binder, then the rest of the dossier from its tree, all in
 * one reading that shares values ({@link Json#sharingValues}). The binder reads from the copy
 * exactly the tokens and values it would have read from the parser.
 *
 * <p>The bytes of a file or a stream can be handed over too ({@link #checkedBeside}), for the
 * binding thread to check that they are strict UTF-8 while the reading thread parses them.
 *
 * <p>Entries are handed over in batches through a bounded queue, so that the copies waiting for
 * the binder stay few. A failure on either side gives up the whole reading, as the reading on one
 * thread does, and the binding thread ends soon after.
 */
final class BindingBeside {

  /** Entries handed over at once. */
  private static final int BATCH = 64;

  /** The {@code size} entries of the list at {@code path}, one after the other, to bind with {@code binder}. */
  private record Batch(String path, ObjectReader binder, TokenBuffer entries, int size) {}

  /** The dossier's tree, its lists left empty: the last thing handed over. */
  private record Rest(ObjectNode root) {}

  /** Handed over when the reading gives up. */
  private static final Object STOP = new Object();

  /** Bytes the reading thread read, to be checked in order. */
  private record Bytes(byte[] bytes) {}

  /** Handed over when the reading thread read the last byte. */
  private static final Object END_OF_BYTES = new Object();

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
  private final Thread thread;
  /** The lists bound, by path; only the binding thread uses it. */
  private final Map<String, List<Object>> lists = new HashMap<>();
  /** Set by the binding thread when an entry or the rest did not bind. */
  private volatile boolean failed;
  /** Set by the reading thread when it gives up. */
  private volatile boolean stopped;
  /** What the binding thread bound, read after it ended. */
  private @Nullable Dossier dossier;
  /** What the binding thread threw that is not an exception, read after it ended. */
  private @Nullable Error error;

  /**
   * Checks the bytes handed over as strict UTF-8, when the reading thread hands them over ({@link
   * #checkedBeside}); only the binding thread uses it, after the first bytes handed over.
   */
  private @Nullable Utf8Bytes bytesChecker;
  /** Whether the binding thread checked the last byte; only it uses this. */
  private boolean bytesEnded;

  private @Nullable String path;
  private @Nullable ObjectReader binder;
  /** The entries not handed over yet, one after the other. */
  private TokenBuffer pending = new TokenBuffer((ObjectCodec) null, false);
  private int size;

  BindingBeside() {
    thread = new Thread(this::bindAll, "convoca-dossier-binding");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Adds to {@code copy} the tokens of the value that {@code checked} is at, up to its end, read
   * through it (so checked), with each string as the parser gives it (shared) and each number as
   * the checks read it.
   */
  static void copy(JsonParser checked, TokenBuffer copy) throws IOException {
    int open = 0;
    for (JsonToken token = checked.currentToken(); ; token = checked.nextToken()) {
      switch (token) {
        case START_OBJECT -> {
          copy.writeStartObject();
          open++;
        }
        case START_ARRAY -> {
          copy.writeStartArray();
          open++;
        }
        case END_OBJECT -> {
          copy.writeEndObject();
          open--;
        }
        case END_ARRAY -> {
          copy.writeEndArray();
          open--;
        }
        case FIELD_NAME -> copy.writeFieldName(checked.currentName());
        case VALUE_STRING -> copy.writeString(checked.getText());
        case VALUE_NUMBER_INT -> {
          if (checked.getNumberType() == JsonParser.NumberType.INT) {
            copy.writeNumber(checked.getIntValue());
          } else {
            copy.writeNumber(checked.getLongValue());
          }
        }
        // The checks read every decimal as a BigDecimal, as the model's decimals are read.
        case VALUE_NUMBER_FLOAT -> copy.writeNumber(checked.getDecimalValue());
        case VALUE_TRUE, VALUE_FALSE -> copy.writeBoolean(token == JsonToken.VALUE_TRUE);
        case VALUE_NULL -> copy.writeNull();
        default -> throw new IOException("unexpected token " + token);
      }
      if (open == 0) {
        return;
      }
    }
  }

  /**
   * The bytes of {@code in}, each handed over as it is read, for the binding thread to check them
   * as {@link Utf8Bytes} would as they are read, so that the reading thread does not; the reading
   * fails unless every byte was checked and accepted, up to the end. Called before anything else.
   */
  InputStream checkedBeside(InputStream in) {
    bytesChecker = Utf8Bytes.checker();
    return new Utf8Bytes(in, new Utf8Bytes.Elsewhere() {
      @Override
      public void check(byte[] piece) throws IOException {
        hand(new Bytes(piece));
      }

      @Override
      public void end() throws IOException {
        hand(END_OF_BYTES);
      }
    });
  }

  /**
   * Hands over the entry of the list at {@code path} that {@code checked} is at, read through it up
   * to its end, which {@code binder} binds.
   */
  void add(String path, ObjectReader binder, JsonParser checked) throws IOException {
    if (!path.equals(this.path)) {
      flush();
      this.path = path;
      this.binder = binder;
    }
    copy(checked, pending);
    if (++size == BATCH) {
      flush();
    }
  }

  /** Ends the list at {@code path}, which may have had no entry. */
  void endList(String path, ObjectReader binder) throws IOException {
    if (!path.equals(this.path)) {
      flush();
      this.path = path;
      this.binder = binder;
    }
    flush();
    this.path = null;
  }

  /**
   * The dossier of {@code root}, whose lists were handed over, once the binding thread has bound
   * them and it; null when something did not bind.
   */
  @Nullable Dossier finish(ObjectNode root) throws IOException {
    flush();
    hand(new Rest(root));
    try {
      thread.join();
    } catch (InterruptedException e) {
      stop();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    Error thrown = error;
    if (thrown != null) {
      throw thrown;
    }
    return failed ? null : dossier;
  }

  /** Tells the binding thread that the reading gave up, without waiting for it. */
  void stop() {
    stopped = true;
    queue.offer(STOP);
  }

  private void flush() throws IOException {
    String at = path;
    ObjectReader reader = binder;
    if (at != null && reader != null) {
      hand(new Batch(at, reader, pending, size));
      pending = new TokenBuffer((ObjectCodec) null, false);
      size = 0;
    }
  }

  private void hand(Object item) throws IOException {
    try {
      while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
        if (!thread.isAlive()) {
          throw new IOException("the binding thread ended");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (failed) {
      throw new IOException("an entry did not bind");
    }
  }

  private void bindAll() {
    try {
      dossier = Json.sharingValues(() -> {
        while (!stopped) {
          Object item = queue.take();
          if (item instanceof Batch batch) {
            bind(batch);
          } else if (item instanceof Bytes bytes) {
            check(bytes.bytes());
          } else if (item == END_OF_BYTES) {
            endOfBytes();
          } else if (item instanceof Rest rest) {
            return failed || (bytesChecker != null && !bytesEnded) ? null : rest(rest.root());
          } else {
            return null;
          }
        }
        return null;
      });
    } catch (Exception e) {
      failed = true;
    } catch (Error e) {
      error = e;
      failed = true;
    }
  }

  private void check(byte[] bytes) {
    Utf8Bytes checker = bytesChecker;
    if (failed || checker == null) {
      failed = true;
      return;
    }
    try {
      checker.check(bytes, 0, bytes.length);
    } catch (IOException e) {
      failed = true;
    }
  }

  private void endOfBytes() {
    Utf8Bytes checker = bytesChecker;
    try {
      if (checker == null) {
        failed = true;
      } else {
        checker.end();
        bytesEnded = true;
      }
    } catch (IOException e) {
      failed = true;
    }
  }

  private void bind(Batch batch) {
    List<Object> list = lists.computeIfAbsent(batch.path(), p -> new ArrayList<>());
    if (failed) {
      return;
    }
    // One parser and one deserialization context for the batch, as the binder reads values one
    // after the other.
    int bound = 0;
    try (JsonParser parser = batch.entries().asParser();
        MappingIterator<Object> values = batch.binder().readValues(parser)) {
      while (values.hasNextValue()) {
        Object value = values.nextValue();
        if (value == null) {
          failed = true;
          return;
        }
        list.add(value);
        bound++;
      }
    } catch (IOException | RuntimeException e) {
      failed = true;
    }
    if (bound != batch.size()) {
      failed = true;
    }
  }

  private @Nullable Dossier rest(ObjectNode root) {
    Problems problems = new Problems();
    @SuppressWarnings({"unchecked", "rawtypes"})  // each list holds entries of its list's type
    Map<String, List<?>> bound = (Map) lists;
    Dossier read = Binder.bind(root, bound, problems).orElse(null);
    return problems.isEmpty() ? read : null;
  }
}
