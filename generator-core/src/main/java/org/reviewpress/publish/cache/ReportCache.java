package org.reviewpress.publish.cache;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;
import org.reviewpress.ReviewpressException;
import org.reviewpress.internal.FileTrees;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Report;
import org.reviewpress.model.Severity;
import org.reviewpress.publish.quality.Scorecard;

/**
 * What reading and checking one report gave, kept under a key of everything it depends on (the
 * report's folder, site.yaml, rule levels, the sensitive-term lists as a salted hash, the
 * generator's code), so an unchanged report is neither read nor checked again: its diagnostics,
 * its scorecard and, when it has no errors, its parsed model come back from here.
 *
 * <p>Entries are appended to a few pack files ({@code <random>.pack}, about
 * {@value #PACK_TARGET_MB} MB each) rather than written one file per report, and an index file
 * ({@value #INDEX}) says where each report's entry lies. Creating a file is the dearest part of
 * storing an entry on some file systems (on the development machine's ext4, which has no
 * journal, each new file skips every recently deleted inode near it): a cold build of 500
 * reports creates about 30 packs instead of 500 entry files. The index is replaced by a rename
 * only in {@link #commit()}, after the check phase, so a killed build leaves the old index and
 * the packs it names, and its own packs are removed by the next commit as unnamed. Every entry
 * ends with its length and a CRC-32C, and one that does not check out is a miss, never an error.
 *
 * <p>Privacy: diagnostics are stored after redaction, and the model (which holds the report's
 * text) only for a report without errors, that is one whose text may be published anyway, so the
 * cache never holds a sensitive term, nor the text of a report the privacy gate stopped. An entry
 * replaced by a newer one does not linger in its pack: {@link #commit()} moves the entries still
 * wanted out of any pack that lost one and deletes that pack.
 *
 * <p>Safe for the worker threads of one build: {@link #load} and {@link #store} may run side by
 * side; {@link #commit()} runs once, after them.
 */
public final class ReportCache implements AutoCloseable {

  /** Written first in every entry; changed with the format. */
  private static final int MAGIC = 0x52505243; // "RPRC"
  private static final int FORMAT = 2;
  /** Written first in the index. */
  private static final int INDEX_MAGIC = 0x52505249; // "RPRI"
  private static final int INDEX_FORMAT = 1;
  static final String INDEX = "index";
  static final String PACK = ".pack";
  private static final int PACK_TARGET_MB = 4;
  /** A pack that has reached this size takes no more entries. */
  static final long PACK_TARGET = PACK_TARGET_MB << 20;

  private final Path root;
  /** Where each entry lies as of the last commit: the index as read when first needed. */
  private volatile Map<String, Location> index;
  /** Entries stored since then. */
  private final Map<String, Location> stored = new ConcurrentHashMap<>();
  /** Every entry appended since then, wanted or not; guarded by {@code this}. */
  private final List<Location> written = new ArrayList<>();
  /** Open packs, for reading entries and (the newest of this build's) for appending. */
  private final Map<String, FileChannel> channels = new ConcurrentHashMap<>();
  /** Reports still in the project; null until {@link #retainOnly} is told, meaning all. */
  private volatile Set<String> retained;
  /** This build's pack being appended to, and its length; guarded by {@code this}. */
  private String appending;
  private long appended;

  /** Where one entry lies: which pack, from which byte, how many bytes. */
  record Location(String pack, long offset, int length) {}

  /** A cache in {@code root} (created on first store). */
  public ReportCache(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /**
   * One report's cached results.
   *
   * @param diagnostics every diagnostic of the report (reading and rules), after levels and redaction
   * @param scorecard   its answers to the quality questions
   * @param report      its model, kept only when it had no errors
   */
  public record Entry(List<Diagnostic> diagnostics, Scorecard scorecard, Optional<Report> report) {
    public Entry {
      diagnostics = List.copyOf(diagnostics);
    }

    /** Whether a report with these diagnostics may have its model cached: it has no errors. */
    public static boolean mayKeepModel(List<Diagnostic> diagnostics) {
      return diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
    }
  }

  /**
   * Names the reports still in the project: at {@link #commit()}, the entries of any other are
   * dropped (and their packs rewritten without them).
   */
  public void retainOnly(java.util.Collection<String> slugs) {
    retained = Set.copyOf(slugs);
  }

  /** What is stored for {@code slug} under exactly {@code key}, if anything readable is. */
  public Optional<Entry> load(String slug, Fingerprint key) {
    Location at = stored.get(slug);
    if (at == null) {
      at = index().get(slug);
    }
    if (at == null) {
      return Optional.empty();
    }
    try {
      byte[] all = read(at);
      int n = all.length - TRAILER;
      // An entry cut short or changed fails its length or its checksum.
      if (n < 0 || ByteBuffer.wrap(all, n, TRAILER).getLong() != n || ByteBuffer.wrap(all, n + 8, 4).getInt() != crc(all, n)) {
        return Optional.empty();
      }
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, 0, n));
      if (in.readInt() != MAGIC || in.readInt() != FORMAT || !key.hex().equals(in.readUTF())) {
        return Optional.empty();
      }
      ModelCodec.Reader reader = new ModelCodec.Reader(in);
      List<Diagnostic> diagnostics = reader.diagnostics();
      Scorecard scorecard = reader.scorecard();
      Optional<Report> report = in.readBoolean() ? Optional.of(reader.report()) : Optional.empty();
      return Optional.of(new Entry(diagnostics, scorecard, report));
    } catch (IOException | RuntimeException e) {
      // A damaged, missing or older entry is not an error: the report is simply read and checked again.
      return Optional.empty();
    }
  }

  /**
   * Each committed report's entry as stored, by slug: what two builds of the same sources agree
   * on, whichever pack and order their threads stored the entries in. Entries that cannot be read
   * are left out.
   */
  public Map<String, byte[]> entries() {
    Map<String, byte[]> all = new TreeMap<>();
    index().forEach((slug, at) -> {
      try {
        all.put(slug, read(at));
      } catch (IOException | UncheckedIOException e) {
        // left out, as load would miss it
      }
    });
    return all;
  }

  /**
   * Stores a report's results under {@code key}, in place of what was there (from the next
   * {@link #commit()} on for other builds). The model is left out when the diagnostics include an
   * error, whatever the entry holds.
   */
  public void store(String slug, Fingerprint key, Entry entry) {
    boolean withModel = entry.report().isPresent() && Entry.mayKeepModel(entry.diagnostics());
    try {
      Bytes bytes = Bytes.forThisThread();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(key.hex());
        ModelCodec.Writer writer = new ModelCodec.Writer(out);
        writer.diagnostics(entry.diagnostics());
        writer.scorecard(entry.scorecard());
        out.writeBoolean(withModel);
        if (withModel) {
          writer.report(entry.report().get());
        }
        out.flush();
        int n = bytes.size();
        out.writeLong(n);
        out.writeInt(crc(bytes.array(), n));
      }
      stored.put(slug, append(bytes.array(), bytes.size()));
    } catch (IOException | UncheckedIOException e) {
      throw unwritable(e);
    }
  }

  /**
   * Makes this build's entries the ones later builds find: writes the new index, then deletes
   * every file the index does not name (packs that lost entries, whose wanted entries are first
   * copied into this build's pack; packs of a build that was killed; entry files of older
   * versions). Does nothing to the folder when nothing changed and nothing is left over.
   */
  public synchronized void commit() {
    if (!Files.isDirectory(root)) {
      return;
    }
    Set<String> keep = retained;
    Map<String, Location> before = index();
    Map<String, Location> next = new TreeMap<>();
    before.forEach((slug, at) -> {
      if ((keep == null || keep.contains(slug)) && !stored.containsKey(slug)) {
        next.put(slug, at);
      }
    });
    next.putAll(stored);
    try {
      // A pack holding an entry that is no longer wanted goes, so that the text of a replaced
      // entry does not stay on disk: the entries still wanted move into a new pack first.
      Set<Location> wanted = new HashSet<>(next.values());
      Set<String> losing = new HashSet<>();
      before.values().stream().filter(at -> !wanted.contains(at)).forEach(at -> losing.add(at.pack()));
      written.stream().filter(at -> !wanted.contains(at)).forEach(at -> losing.add(at.pack()));
      if (!losing.isEmpty()) {
        appending = null;
        for (var it = next.entrySet().iterator(); it.hasNext(); ) {
          Map.Entry<String, Location> e = it.next();
          if (losing.contains(e.getValue().pack())) {
            byte[] bytes;
            try {
              bytes = read(e.getValue());
            } catch (IOException | UncheckedIOException unreadable) {
              it.remove(); // it would be a miss anyway: the report is checked again next time
              continue;
            }
            e.setValue(append(bytes, bytes.length));
          }
        }
      }
      if (!next.equals(before)) {
        writeIndex(next);
      }
      closeChannels();
      Set<String> named = new HashSet<>();
      named.add(INDEX);
      next.values().forEach(at -> named.add(at.pack()));
      try (DirectoryStream<Path> files = Files.newDirectoryStream(root)) {
        for (Path p : files) {
          if (!named.contains(p.getFileName().toString())) {
            FileTrees.delete(p);
          }
        }
      }
      index = Map.copyOf(next);
      stored.clear();
      written.clear();
    } catch (IOException | UncheckedIOException e) {
      throw unwritable(e);
    } finally {
      appending = null;
      closeChannels();
    }
  }

  /** Closes the open packs; this build's entries not committed are left for the next commit to remove. */
  @Override
  public void close() {
    closeChannels();
  }

  /** Appends one entry's bytes to this build's pack, starting a new pack when it is full. */
  private synchronized Location append(byte[] bytes, int length) throws IOException {
    if (appending == null || appended >= PACK_TARGET) {
      Files.createDirectories(root);
      String name = UUID.randomUUID() + PACK;
      channels.put(name, FileChannel.open(root.resolve(name), StandardOpenOption.CREATE_NEW,
          StandardOpenOption.READ, StandardOpenOption.WRITE));
      appending = name;
      appended = 0;
    }
    FileChannel channel = channels.get(appending);
    ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
    long at = appended;
    while (buffer.hasRemaining()) {
      at += channel.write(buffer, at);
    }
    Location where = new Location(appending, appended, length);
    appended = at;
    written.add(where);
    return where;
  }

  /** The bytes of one entry, as its pack holds them now. */
  private byte[] read(Location at) throws IOException {
    FileChannel channel = channels.get(at.pack());
    if (channel == null) {
      channel = channels.computeIfAbsent(at.pack(), name -> {
        try {
          return FileChannel.open(root.resolve(name), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    byte[] bytes = new byte[at.length()];
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    long from = at.offset();
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, from);
      if (n < 0) {
        throw new EOFException("The pack " + at.pack() + " ends before its entry does.");
      }
      from += n;
    }
    return bytes;
  }

  /** Where each committed entry lies, read from disk on first use. */
  private Map<String, Location> index() {
    Map<String, Location> known = index;
    if (known == null) {
      synchronized (this) {
        if (index == null) {
          index = readIndex();
        }
        known = index;
      }
    }
    return known;
  }

  /** The index as it is on disk; empty when there is none or it cannot be read whole. */
  private Map<String, Location> readIndex() {
    Path file = root.resolve(INDEX);
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return Map.of();
      }
      byte[] all = Files.readAllBytes(file);
      int n = all.length - Integer.BYTES;
      if (n < 0 || ByteBuffer.wrap(all, n, Integer.BYTES).getInt() != crc(all, n)) {
        return Map.of();
      }
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, 0, n));
      if (in.readInt() != INDEX_MAGIC || in.readInt() != INDEX_FORMAT) {
        return Map.of();
      }
      int count = in.readInt();
      Map<String, Location> index = new HashMap<>();
      for (int i = 0; i < count; i++) {
        String slug = in.readUTF();
        String pack = in.readUTF();
        long offset = in.readLong();
        int length = in.readInt();
        if (!pack.endsWith(PACK) || pack.indexOf('/') >= 0 || pack.indexOf('\\') >= 0 || offset < 0 || length < 0) {
          return Map.of();
        }
        index.put(slug, new Location(pack, offset, length));
      }
      return Map.copyOf(index);
    } catch (IOException | RuntimeException e) {
      return Map.of(); // every report is read and checked again, and the next commit starts afresh
    }
  }

  /** Replaces the index by a rename, so a reader finds the old one or the new one, whole. */
  private void writeIndex(Map<String, Location> index) throws IOException {
    Bytes bytes = Bytes.forThisThread();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(INDEX_MAGIC);
      out.writeInt(INDEX_FORMAT);
      out.writeInt(index.size());
      for (Map.Entry<String, Location> e : index.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeUTF(e.getValue().pack());
        out.writeLong(e.getValue().offset());
        out.writeInt(e.getValue().length());
      }
      out.flush();
      out.writeInt(crc(bytes.array(), bytes.size()));
    }
    Path temp = root.resolve(".tmp-" + INDEX + "-" + UUID.randomUUID());
    CacheWrites.atomically(temp, () -> {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
        bytes.writeTo(out);
      }
      FileTrees.move(temp, root.resolve(INDEX));
    });
  }

  private void closeChannels() {
    for (FileChannel c : channels.values()) {
      try {
        c.close();
      } catch (IOException ignored) {
        // only read or appended to; nothing is lost by a failed close
      }
    }
    channels.clear();
  }

  private ReviewpressException unwritable(Exception e) {
    return new ReviewpressException("Cannot write the build cache in " + root + ": " + e.getMessage()
        + ". Check that the output directory is writable, or delete the cache folder.", e);
  }

  /**
   * An entry being written, whose bytes can be read without a copy. Not synchronised (Java 17's
   * {@link DataOutputStream} writes an int as four single bytes, each a lock on a
   * {@link java.io.ByteArrayOutputStream}), and one per worker thread, kept between entries: an
   * entry with its model is a few hundred kilobytes, which would otherwise be allocated, grown by
   * copying and zeroed again for every report.
   */
  static final class Bytes extends OutputStream {
    private static final int INITIAL = 1 << 16;
    /** A buffer grown past this is not kept for the next entry. */
    private static final int KEEP_AT_MOST = 8 << 20;
    private static final ThreadLocal<Bytes> PER_THREAD = ThreadLocal.withInitial(Bytes::new);

    private byte[] buf = new byte[INITIAL];
    private int size;

    /** This thread's buffer, emptied. */
    static Bytes forThisThread() {
      Bytes b = PER_THREAD.get();
      if (b.buf.length > KEEP_AT_MOST) {
        b.buf = new byte[INITIAL];
      }
      b.size = 0;
      return b;
    }

    @Override
    public void write(int b) {
      if (size == buf.length) {
        grow(1);
      }
      buf[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      java.util.Objects.checkFromIndexSize(off, len, b.length);
      if (len > buf.length - size) {
        grow(len);
      }
      System.arraycopy(b, off, buf, size, len);
      size += len;
    }

    private void grow(int more) {
      buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, Math.addExact(size, more)));
    }

    byte[] array() {
      return buf;
    }

    int size() {
      return size;
    }

    void writeTo(OutputStream out) throws IOException {
      out.write(buf, 0, size);
    }
  }

  /** The length and checksum that end every entry. */
  private static final int TRAILER = Long.BYTES + Integer.BYTES;

  private static int crc(byte[] bytes, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, length);
    return (int) crc.getValue();
  }
}
