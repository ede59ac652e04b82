package org.reviewpress.publish.cache;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
 * <p>Privacy: diagnostics are stored after redaction, and the model (which holds the report's
 * text) only for a report without errors, that is one whose text may be published anyway, so the
 * cache never holds a sensitive term, nor the text of a report the privacy gate stopped.
 */
public final class ReportCache {

  /** Written first in every entry; changed with the format. */
  private static final int MAGIC = 0x52505243; // "RPRC"
  private static final int FORMAT = 2;

  private final Path root;

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

  /** Deletes the entries of reports that are no longer in the project (and leftover temporary files). */
  public void retainOnly(java.util.Collection<String> slugs) {
    if (!Files.isDirectory(root)) {
      return;
    }
    java.util.Set<String> keep = new java.util.HashSet<>();
    slugs.forEach(s -> keep.add(s + ".bin"));
    try (java.util.stream.Stream<Path> files = Files.list(root)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (!keep.contains(p.getFileName().toString())) {
          FileTrees.delete(p);
        }
      }
    } catch (IOException e) {
      throw new ReviewpressException("Cannot tidy the build cache in " + root + ": " + e.getMessage()
          + ". Check that the output directory is writable, or delete the cache folder.", e);
    }
  }

  /** What is stored for {@code slug} under exactly {@code key}, if anything readable is. */
  public Optional<Entry> load(String slug, Fingerprint key) {
    Path file = root.resolve(slug + ".bin");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      byte[] all = Files.readAllBytes(file);
      int n = all.length - TRAILER;
      // A write cut short (entries are overwritten in place) fails its length or its checksum.
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
      // A damaged or older entry is not an error: the report is simply read and checked again.
      return Optional.empty();
    }
  }

  /**
   * Stores a report's results under {@code key}, replacing what was there. The model is left out
   * when the diagnostics include an error, whatever the entry holds.
   *
   * <p>An entry already there is overwritten in place: on a file system that is slow to create
   * files (the development machine's ext4, without a journal, skips every recently deleted inode
   * when it creates one), writing a new file and renaming it over the old cost more than the
   * entry's bytes. The entry ends with its length and a CRC-32C, so one cut short by a killed build
   * is never read back: {@link #load} takes it for a miss. A file with other names, or a link, is
   * never written through: it is replaced by a new file, renamed into place.
   */
  public void store(String slug, Fingerprint key, Entry entry) {
    boolean withModel = entry.report().isPresent() && Entry.mayKeepModel(entry.diagnostics());
    Path file = root.resolve(slug + ".bin");
    Path temp = root.resolve(".tmp-" + slug + "-" + UUID.randomUUID() + ".bin");
    CacheWrites.atomically(temp, () -> {
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
      if (ownFile(file)) {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
          bytes.writeTo(out);
          return;
        } catch (NoSuchFileException gone) {
          // removed meanwhile: written afresh below
        }
      }
      Files.createDirectories(root);
      try (OutputStream out = Files.newOutputStream(temp)) {
        bytes.writeTo(out);
      }
      FileTrees.move(temp, file);
    });
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

  /** Whether {@code file} is a plain file with no other name, so that writing into it changes nothing else. */
  private static boolean ownFile(Path file) {
    try {
      Map<String, Object> a = Files.readAttributes(file, "unix:isRegularFile,nlink", LinkOption.NOFOLLOW_LINKS);
      return Boolean.TRUE.equals(a.get("isRegularFile")) && Integer.valueOf(1).equals(a.get("nlink"));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false;
    }
  }
}
