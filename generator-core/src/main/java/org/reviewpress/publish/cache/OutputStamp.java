package org.reviewpress.publish.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.reviewpress.ReviewpressException;
import org.reviewpress.internal.FileTrees;

/**
 * Remembers which inputs produced a set of output files, and what those files looked like on
 * disk right after they were written (path, size, modification time), so that a build whose
 * inputs have not changed can leave outputs that are still exactly as written alone instead of
 * writing them again. A file that was edited, added or removed since, or a missing stamp, means
 * the outputs are written as usual: the stamp can only ever save work, never keep stale output.
 *
 * <p>The caller removes the stamp ({@link #invalidate()}) before it starts writing, and records
 * it ({@link #record}) once everything is written: a build killed in between leaves no stamp.
 */
public final class OutputStamp {

  /** First line of a stamp file; a line per output file follows the key. Plain text, to stay cheap to read. */
  private static final String HEADER = "reviewpress output stamp 1";

  private final Path file;
  private final List<Path> outputs;

  /**
   * @param file    where the stamp is kept (in the build cache)
   * @param outputs the output files and folders it covers (a folder: every file under it)
   */
  public OutputStamp(Path file, List<Path> outputs) {
    this.file = file.toAbsolutePath().normalize();
    this.outputs = outputs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
  }

  /** Whether the outputs were produced from {@code key} and are still exactly as written then. */
  public boolean upToDate(Fingerprint key) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8).equals(text(key, snapshot()));
    } catch (IOException | RuntimeException e) {
      return false; // damaged, or an output vanished while it was listed: write everything again
    }
  }

  /** Forgets the stamp, before the outputs are written. */
  public void invalidate() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new ReviewpressException("Cannot update the build cache in " + file.getParent() + ": " + e.getMessage()
          + ". Check that the output directory is writable, or delete the cache folder.", e);
    }
  }

  /** Records that the outputs, as they are now on disk, were produced from {@code key}. */
  public void record(Fingerprint key) {
    Path temp = file.resolveSibling(".tmp-" + UUID.randomUUID() + ".json");
    CacheWrites.atomically(temp, () -> {
      Files.createDirectories(file.getParent());
      Files.writeString(temp, text(key, snapshot()), StandardCharsets.UTF_8);
      FileTrees.move(temp, file);
    });
  }

  private static String text(Fingerprint key, Map<String, String> files) {
    StringBuilder b = new StringBuilder(HEADER).append('\n').append(key.hex()).append('\n');
    files.forEach((path, state) -> b.append(state).append('\t').append(path).append('\n'));
    return b.toString();
  }

  /** Every output file: its path and "size modified-time-in-ns", in path order. */
  private Map<String, String> snapshot() throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (Path out : outputs) {
      if (!Files.exists(out)) {
        files.put(out.toString(), "absent");
        continue;
      }
      try (Stream<Path> walk = Files.walk(out)) {
        for (Path p : (Iterable<Path>) walk::iterator) {
          BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
          if (a.isRegularFile()) {
            files.put(p.toString(), a.size() + " " + a.lastModifiedTime().toInstant().getEpochSecond() + "."
                + a.lastModifiedTime().toInstant().getNano());
          }
        }
      }
    }
    return files;
  }
}
