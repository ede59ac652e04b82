package org.reviewpress.publish.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.reviewpress.ReviewpressException;
import org.reviewpress.internal.FileTrees;

/**
 * How every cache entry is written: into a temporary file or folder beside it, then renamed into
 * place, so a killed build leaves the old entry, the new one or none, never half of one.
 */
final class CacheWrites {

  private CacheWrites() {}

  /** Writes a temporary file or folder; may throw as file operations do. */
  interface Writing {
    void write() throws IOException;
  }

  /**
   * Runs {@code writing} (which fills {@code temp}, then moves it into place); on failure removes
   * {@code temp} and reports the cache folder as unwritable.
   */
  static void atomically(Path temp, Writing writing) {
    try {
      writing.write();
    } catch (IOException | UncheckedIOException e) {
      try {
        FileTrees.delete(temp);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      Path folder = temp.getParent();
      throw new ReviewpressException("Cannot write the build cache in " + folder + ": " + e.getMessage()
          + ". Check that the output directory is writable, or delete the cache folder.", e);
    }
  }
}
