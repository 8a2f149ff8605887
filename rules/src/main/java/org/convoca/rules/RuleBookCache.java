package org.convoca.rules;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.OutputStream;
import java.io.Serializable;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.convoca.call.Call;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rule folders kept in a folder between runs, so that a rerun with the same DRL skips
 * Drools' compiler: one entry per phase of a book (assessment, post-selection, monitoring), named
 * by the SHA-256 of everything that decides what the compiler makes of the phase's files: this
 * cache's format, the Convoca, Drools and Java that run, and each file's name, the path Drools
 * sees and its whole text. An edited file changes the key, so it is compiled afresh and never
 * served from the cache; timestamps play no part. The trust checks and the warnings read the DRL
 * before the cache is consulted, on every run, so a cached entry gives the same warnings and
 * refusals as a compile.
 *
 * <p>An entry holds the packages that the classic builder compiled (their rules, and the bytecode
 * of their consequences), serialized, after a header that repeats the key and the payload's
 * SHA-256, and after the bytecode of the classes Drools made for the types the files declare
 * ({@code declare}), which are defined again in a class loader of their own before the packages
 * that use them are read through it. An entry that does not match its name, is cut short, or cannot be read back is ignored
 * and written again from a fresh compile. Entries are written to a temporary file in the folder and
 * then renamed over the entry, so two runs at once each see a whole entry or none. The cache keeps
 * the {@value #KEEP} entries used last and deletes older ones.
 *
 * <p>An entry is compiled code, so the folder is only used when it is the user's own: it is
 * created readable and writable by its owner alone, and a folder that belongs to someone else or
 * that others may write to is left alone (the book is then compiled every time). Any failure to
 * read or write the cache only costs the compile: it never changes what a run concludes.
 */
final class RuleBookCache {

  /** How many entries the cache keeps: a rule author's edits each leave one. */
  static final int KEEP = 48;
  static final String SUFFIX = ".kbase";
  /** The largest entry read back: the bundled book's phases take under a megabyte; anything far larger is not one. */
  static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(RuleBookCache.class);
  private static final byte[] MAGIC = "convoca compiled rule book, format 2\n".getBytes(UTF_8);
  private static final int DIGEST = 32;
  /** The length of a zip's end-of-central-directory record without its comment, and its signature. */
  private static final int END_OF_DIRECTORY = 22;
  private static final int END_OF_DIRECTORY_SIGNATURE = 0x06054b50;
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
  /** What may be deserialized: the JDK's, Drools' and MVEL's types, and Convoca's. */
  private static final List<String> SERIALIZABLE_PREFIXES = List.of("java.", "org.drools.", "org.kie.", "org.mvel2.",
      "org.convoca.");
  private static volatile @Nullable String build;

  private final Path folder;
  private final Consumer<String> refused;
  private final AtomicBoolean saidRefused = new AtomicBoolean();
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();

  /** A cache in {@code folder}, created on first use. */
  RuleBookCache(Path folder) {
    this(folder, reason -> { });
  }

  /**
   * A cache in {@code folder}, created on first use; {@code refused} is told once, in a sentence,
   * when the folder is not used because it belongs to someone else or others may write to it.
   */
  RuleBookCache(Path folder, Consumer<String> refused) {
    this.folder = folder;
    this.refused = refused;
  }

  /**
   * The knowledge base of {@code sources}, the files of one phase: read from the cache when it
   * holds them, else compiled and then stored.
   *
   * @throws RuleBookException when the files do not compile, as {@link DrlCompiler#compile} (a
   *     book that does not compile is never stored)
   */
  KieBase compile(RuleFile.Phase phase, List<RuleSource> sources) {
    byte[] key = key(phase, sources);
    Path entry = folder.resolve(HexFormat.of().formatHex(key) + SUFFIX);
    boolean usable = usableFolder();
    if (usable) {
      Optional<KieBase> cached = load(entry, key, sources);
      if (cached.isPresent()) {
        hits.incrementAndGet();
        return cached.get();
      }
    }
    misses.incrementAndGet();
    DrlCompiler.Compiled compiled = DrlCompiler.compilePackages(sources);
    if (usable) {
      store(entry, key, compiled.declaredTypes(), compiled.packages());
    }
    return compiled.base();
  }

  /** {@return how many phases were read from the cache} */
  int hits() {
    return hits.get();
  }

  /** {@return how many phases were compiled} */
  int misses() {
    return misses.get();
  }

  /** The entry's key: SHA-256 over the format, the build that runs, the phase and every file. */
  static byte[] key(RuleFile.Phase phase, Collection<RuleSource> sources) {
    MessageDigest digest = sha256();
    digest.update(MAGIC);
    feed(digest, buildIdentity());
    feed(digest, phase.name());
    for (RuleSource source : sources) {
      feed(digest, source.name());
      feed(digest, source.compilePath());
      feed(digest, source.text());
    }
    return digest.digest();
  }

  /** Each text with its length in front, so that no two lists of texts feed the same bytes. */
  private static void feed(MessageDigest digest, String text) {
    byte[] bytes = text.getBytes(UTF_8);
    digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
    digest.update(bytes);
  }

  /**
   * What, besides the DRL, decides the compiled packages: the Java that runs, Convoca's own jars by
   * content (a development build keeps its version while its classes change) and Drools' by name
   * and size (their names carry the version). A jar's content is told by its central directory,
   * which names every entry with its size and CRC-32 ({@link #contentDigest}), so that a run reads a
   * few dozen kilobytes at the end of each jar rather than the whole jars.
   */
  static String buildIdentity() {
    String identity = build;
    if (identity == null) {
      StringBuilder text = new StringBuilder("java ").append(Runtime.version()).append(' ')
          .append(System.getProperty("java.vm.vendor")).append('\n');
      text.append("convoca ").append(RuleBook.class.getPackage().getImplementationVersion()).append('\n');
      for (Class<?> type : List.of(RuleBook.class, Call.class)) {
        text.append(codeIdentity(type, true)).append('\n');
      }
      for (Class<?> type : List.of(KnowledgeBuilderImpl.class, KieBase.class, InternalKnowledgePackage.class,
          DroolsObjectInputStream.class)) {
        text.append(codeIdentity(type, false)).append('\n');
      }
      identity = text.toString();
      build = identity;
    }
    return identity;
  }

  private static String codeIdentity(Class<?> type, boolean byContent) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return type.getName() + " from an unknown place";
    }
    try {
      Path path = Path.of(source.getLocation().toURI());
      if (!Files.isRegularFile(path)) {
        return type.getName() + " from " + path; // a folder of classes: a build in progress
      }
      if (!byContent) {
        return path.getFileName() + " " + Files.size(path);
      }
      return path.getFileName() + " " + HexFormat.of().formatHex(contentDigest(path));
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return type.getName() + " from " + source.getLocation();
    }
  }

  /**
   * The SHA-256 of the jar at {@code path}'s central directory, the zip's table of contents: each
   * entry's name, sizes, date and CRC-32 of its bytes, so that a changed class changes the digest
   * (but for a change that keeps the entry's size and CRC-32, one chance in four billion); of the
   * whole file, prefixed with a marker, when it has no central directory this reads (not a zip, or
   * a ZIP64 one).
   */
  static byte[] contentDigest(Path path) throws IOException {
    MessageDigest digest = sha256();
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      long size = channel.size();
      int tail = (int) Math.min(size, END_OF_DIRECTORY + 0xFFFF);
      ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
      readFully(channel, end, size - tail);
      for (int at = tail - END_OF_DIRECTORY; at >= 0; at--) {
        if (end.getInt(at) != END_OF_DIRECTORY_SIGNATURE) {
          continue;
        }
        long directorySize = Integer.toUnsignedLong(end.getInt(at + 12));
        long directoryStart = Integer.toUnsignedLong(end.getInt(at + 16));
        long endStart = size - tail + at;
        if (directoryStart == 0xFFFFFFFFL || directoryStart + directorySize != endStart) {
          continue; // a ZIP64 directory, or these bytes only look like the record's signature
        }
        ByteBuffer directory = ByteBuffer.allocate(Math.toIntExact(directorySize));
        readFully(channel, directory, directoryStart);
        digest.update(directory.flip());
        return digest.digest();
      }
      digest.update("whole file\n".getBytes(UTF_8));
      ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
      channel.position(0);
      while (channel.read(buffer) >= 0) {
        digest.update(buffer.flip());
        buffer.clear();
      }
      return digest.digest();
    }
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
    long at = position;
    while (buffer.hasRemaining()) {
      int read = channel.read(buffer, at);
      if (read < 0) {
        throw new IOException("the file ended early");
      }
      at += read;
    }
  }

  /**
   * Whether the cache folder can be used: it exists (it is created, owner-only, when it does not),
   * and where the file system has POSIX permissions, it belongs to the user who runs and no one
   * else may write to it.
   */
  private boolean usableFolder() {
    try {
      if (!Files.isDirectory(folder)) {
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        try {
          if (Files.getFileAttributeView(parent == null ? folder : parent, PosixFileAttributeView.class) != null) {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
          } else {
            Files.createDirectory(folder);
          }
        } catch (FileAlreadyExistsException e) {
          // made by a run at the same time: checked below like any folder
        }
      }
      PosixFileAttributeView posix = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
      if (posix == null) {
        return true;
      }
      var attributes = posix.readAttributes();
      String user = System.getProperty("user.name");
      if (!attributes.owner().getName().equals(user)) {
        return refuse("it belongs to " + attributes.owner().getName() + ", not " + user);
      }
      Set<PosixFilePermission> permissions = attributes.permissions();
      if (permissions.contains(PosixFilePermission.GROUP_WRITE) || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
        return refuse("others may write to it");
      }
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      LOG.debug("not using the rule book cache {}: {}", folder, e.toString());
      return false;
    }
  }

  /** Says once, to the log and to whoever built this cache, why the folder is not used; false. */
  private boolean refuse(String why) {
    String sentence = "not using the rule book cache " + folder + ": " + why + "; the rules are compiled on every run";
    LOG.warn(sentence);
    if (saidRefused.compareAndSet(false, true)) {
      refused.accept(sentence);
    }
    return false;
  }

  private Optional<KieBase> load(Path entry, byte[] key, List<RuleSource> sources) {
    byte[] bytes;
    try {
      // Only a regular file of a sensible size, never followed through a link: what this cache
      // writes. A pipe, a device or a link to one would block the run or fill the heap.
      BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile() || attributes.size() > MAX_ENTRY_BYTES) {
        LOG.debug("ignoring the cached rule book {}: not a regular file of at most {} bytes", entry, MAX_ENTRY_BYTES);
        return Optional.empty();
      }
      bytes = Files.readAllBytes(entry);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | SecurityException e) {
      LOG.debug("cannot read the cached rule book {}: {}", entry, e.toString());
      return Optional.empty();
    }
    int header = MAGIC.length + 2 * DIGEST;
    if (bytes.length <= header || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
        || !Arrays.equals(bytes, MAGIC.length, MAGIC.length + DIGEST, key, 0, DIGEST)) {
      LOG.debug("ignoring the cached rule book {}: not an entry for these files", entry);
      return Optional.empty();
    }
    MessageDigest digest = sha256();
    digest.update(bytes, header, bytes.length - header);
    if (!Arrays.equals(digest.digest(), 0, DIGEST, bytes, MAGIC.length + DIGEST, header)) {
      LOG.debug("ignoring the cached rule book {}: damaged", entry);
      return Optional.empty();
    }
    ByteArrayInputStream payload = new ByteArrayInputStream(bytes, header, bytes.length - header);
    try {
      // The classes of the types the files declare come first, so that the packages that use them
      // are read through a class loader that has them, as the compiler's had.
      Map<String, byte[]> declared = declaredTypes(new DataInputStream(payload));
      ClassLoader loader = declared.isEmpty() ? RuleBook.class.getClassLoader()
          : new DeclaredTypes(RuleBook.class.getClassLoader(), declared);
      List<InternalKnowledgePackage> packages = new ArrayList<>();
      try (Reading in = new Reading(payload, loader, packagesOf(sources))) {
        for (Object read : (List<?>) in.readObject()) {
          packages.add((InternalKnowledgePackage) read);
        }
      }
      KieBase base = DrlCompiler.newBase(packages, loader);
      touch(entry);
      return Optional.of(base);
    } catch (IOException | ClassNotFoundException | LinkageError | RuntimeException e) {
      LOG.debug("ignoring the cached rule book {}: {}", entry, e.toString());
      return Optional.empty();
    }
  }

  private void store(Path entry, byte[] key, Map<String, byte[]> declaredTypes,
      Collection<InternalKnowledgePackage> packages) {
    byte[] payload;
    try {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 19);
      DataOutputStream types = new DataOutputStream(buffer);
      types.writeInt(declaredTypes.size());
      for (Map.Entry<String, byte[]> type : declaredTypes.entrySet()) {
        types.writeUTF(type.getKey());
        types.writeInt(type.getValue().length);
        types.write(type.getValue());
      }
      types.flush();
      try (Writing out = new Writing(buffer)) {
        out.writeObject(new ArrayList<>(packages));
      }
      payload = buffer.toByteArray();
    } catch (IOException | RuntimeException e) {
      // A rule whose constraint holds a constant that cannot be written: this book is compiled every time.
      LOG.debug("cannot cache this rule book: {}", e.toString());
      return;
    }
    Path temporary = null;
    try {
      temporary = Files.createTempFile(folder, ".entry-", ".part");
      try (OutputStream out = Files.newOutputStream(temporary)) {
        out.write(MAGIC);
        out.write(key);
        out.write(sha256().digest(payload));
        out.write(payload);
      }
      try {
        Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
      prune();
    } catch (IOException | SecurityException e) {
      LOG.debug("cannot write the cached rule book {}: {}", entry, e.toString());
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          LOG.debug("cannot delete {}: {}", temporary, e.toString());
        }
      }
    }
  }

  /** The declared types' classes that {@link #store} writes before the packages: a count, then each name and bytecode. */
  private static Map<String, byte[]> declaredTypes(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.available()) {
      throw new IOException("not a count of declared types: " + count);
    }
    Map<String, byte[]> types = new HashMap<>();
    for (int i = 0; i < count; i++) {
      String name = in.readUTF();
      int length = in.readInt();
      if (length < 0 || length > in.available()) {
        throw new IOException("not a length of bytecode: " + length);
      }
      types.put(name, in.readNBytes(length));
    }
    return types;
  }

  /** Marks an entry as used now, for {@link #prune()}. */
  private static void touch(Path entry) {
    try {
      Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
    } catch (IOException | SecurityException e) {
      LOG.debug("cannot mark {} as used: {}", entry, e.toString());
    }
  }

  /** Deletes all but the {@value #KEEP} entries used last, and temporary files a killed run left a day ago. */
  private void prune() throws IOException {
    List<Path> entries = new ArrayList<>();
    FileTime dayAgo = FileTime.from(Instant.now().minusSeconds(86_400));
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
      for (Path path : listing) {
        String name = path.getFileName().toString();
        if (name.endsWith(SUFFIX)) {
          entries.add(path);
        } else if (name.startsWith(".entry-") && name.endsWith(".part") && modified(path).compareTo(dayAgo) < 0) {
          Files.deleteIfExists(path);
        }
      }
    }
    if (entries.size() <= KEEP) {
      return;
    }
    entries.sort(Comparator.comparing(RuleBookCache::modified).reversed());
    for (Path old : entries.subList(KEEP, entries.size())) {
      try {
        Files.deleteIfExists(old);
      } catch (FileSystemException e) {
        LOG.debug("cannot delete the old cached rule book {}: {}", old, e.toString());
      }
    }
  }

  private static FileTime modified(Path path) {
    try {
      return Files.getLastModifiedTime(path);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  /** The DRL packages of {@code sources}: the consequences compiled into them may be read back too. */
  private static List<String> packagesOf(List<RuleSource> sources) {
    return sources.stream().map(RuleSource::compilePath)
        .map(path -> path.lastIndexOf('/') < 0 ? "" : path.substring(0, path.lastIndexOf('/')).replace('/', '.') + ".")
        .filter(prefix -> !prefix.isEmpty()).distinct().toList();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * A value of Convoca's model that a rule's constraint holds as a constant (a
   * {@code CriterionId}, say): the records of the model are not serializable, so each is written
   * as its class and components and made again when read.
   *
   * @param type the record's class
   * @param components its components, in order
   */
  record RecordValue(String type, Object[] components) implements Serializable {

    private static final long serialVersionUID = 1L;
  }

  /** The classes Drools made for the types a book's files declare, defined again from their bytecode. */
  private static final class DeclaredTypes extends ClassLoader {

    private final Map<String, byte[]> code;

    DeclaredTypes(ClassLoader parent, Map<String, byte[]> code) {
      super(parent);
      this.code = Map.copyOf(code);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = code.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }

  /** Writes packages, each record of the model that is not serializable as a {@link RecordValue}. */
  private static final class Writing extends DroolsObjectOutputStream {

    Writing(OutputStream out) throws IOException {
      super(out);
      enableReplaceObject(true);
    }

    @Override
    protected Object replaceObject(Object value) throws IOException {
      if (value == null || value instanceof Serializable || !value.getClass().isRecord()) {
        return value;
      }
      if (!value.getClass().getName().startsWith("org.convoca.")) {
        throw new IOException("cannot write " + value.getClass().getName() + ", which is not of Convoca's model");
      }
      RecordComponent[] parts = value.getClass().getRecordComponents();
      Object[] components = new Object[parts.length];
      try {
        for (int i = 0; i < parts.length; i++) {
          components[i] = parts[i].getAccessor().invoke(value);
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new IOException("cannot write " + value.getClass().getName(), e);
      }
      return new RecordValue(value.getClass().getName(), components);
    }
  }

  /** Reads packages back, admitting only the types they are made of. */
  private static final class Reading extends DroolsObjectInputStream {

    Reading(InputStream in, ClassLoader loader, List<String> drlPackages) throws IOException {
      super(in, loader);
      enableResolveObject(true);
      setObjectInputFilter(info -> {
        Class<?> type = info.serialClass();
        while (type != null && type.isArray()) {
          type = type.getComponentType();
        }
        if (type == null || type.isPrimitive()) {
          return ObjectInputFilter.Status.UNDECIDED;
        }
        String name = type.getName();
        return SERIALIZABLE_PREFIXES.stream().anyMatch(name::startsWith) || drlPackages.stream().anyMatch(name::startsWith)
            ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
      });
    }

    @Override
    protected Object resolveObject(Object value) throws IOException {
      if (!(value instanceof RecordValue record)) {
        return value;
      }
      try {
        Class<?> type = Class.forName(record.type(), false, getClassLoader());
        if (!type.isRecord() || !type.getName().startsWith("org.convoca.")) {
          throw new IOException("not a record of Convoca's model: " + record.type());
        }
        RecordComponent[] parts = type.getRecordComponents();
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
          types[i] = parts[i].getType();
        }
        return type.getDeclaredConstructor(types).newInstance(record.components());
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new IOException("cannot make " + record.type() + " again", e);
      }
    }
  }
}
