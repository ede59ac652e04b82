package org.reviewpress.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.reviewpress.ReviewpressException;
import org.reviewpress.internal.FileTrees;

/**
 * A site being written: everything goes into a staging folder beside the published site and is
 * swapped in with two renames only when the whole build has succeeded. A failed or killed build
 * leaves the published site as it was; leftovers of a killed build are removed by the next one.
 */
public final class StagedSite implements AutoCloseable {

  static final String STAGING_PREFIX = ".site-staging-";
  static final String OLD_PREFIX = ".site-old-";

  private final Path site;
  private final Path staging;
  private boolean published;

  private StagedSite(Path site, Path staging) {
    this.site = site;
    this.staging = staging;
  }

  /** Starts a new staging folder for {@code site} (for example target/reviewpress/site). */
  public static StagedSite begin(Path site) {
    Path parent = site.toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
      recover(site);
      removeLeftovers(parent);
      Path staging = Files.createDirectory(parent.resolve(STAGING_PREFIX + UUID.randomUUID()));
      return new StagedSite(site.toAbsolutePath(), staging);
    } catch (IOException e) {
      throw new ReviewpressException("Cannot create a working folder in " + parent + ": " + e.getMessage()
          + ". Check that the output directory is writable.", e);
    }
  }

  /**
   * Puts the previous site back when a build was killed between the two renames of
   * {@link #publish()}, the one moment the site is absent: it is then whole, under its
   * {@code .site-old-} name. Does nothing when the site is in place.
   */
  public static void recover(Path site) {
    Path target = site.toAbsolutePath();
    Path parent = target.getParent();
    if (Files.exists(target) || parent == null || !Files.isDirectory(parent)) {
      return;
    }
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(parent,
        p -> p.getFileName().toString().startsWith(OLD_PREFIX) && Files.isDirectory(p))) {
      Path newest = null;
      for (Path p : dir) {
        if (newest == null || Files.getLastModifiedTime(p).compareTo(Files.getLastModifiedTime(newest)) > 0) {
          newest = p;
        }
      }
      if (newest != null) {
        FileTrees.move(newest, target);
      }
    } catch (IOException e) {
      throw new ReviewpressException("Cannot restore the previous site at " + target + ": " + e.getMessage()
          + ". Rename the newest " + OLD_PREFIX + "* folder beside it to '" + target.getFileName() + "'.", e);
    }
  }

  /** The folder being written. */
  public Path root() {
    return staging;
  }

  /** Writes a text file at a path relative to the site root. */
  public void write(String relative, String content) {
    write(relative, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a file at a path relative to the site root. */
  public void write(String relative, byte[] content) {
    Path target = resolve(relative);
    try {
      Files.createDirectories(target.getParent());
      Files.write(target, content);
    } catch (IOException e) {
      throw new ReviewpressException("Cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /** Copies a stream to a path relative to the site root. */
  public void copy(String relative, InputStream in) {
    Path target = resolve(relative);
    try (in) {
      Files.createDirectories(target.getParent());
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new ReviewpressException("Cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  private Path resolve(String relative) {
    Path target = staging.resolve(relative).normalize();
    if (!target.startsWith(staging)) {
      throw new IllegalArgumentException("Refusing to write outside the site: " + relative);
    }
    return target;
  }

  /** Swaps the staged site in place of the published one. */
  public void publish() {
    Path old = site.resolveSibling(OLD_PREFIX + UUID.randomUUID());
    try {
      boolean hadSite = Files.exists(site);
      if (hadSite) {
        FileTrees.move(site, old);
      }
      try {
        FileTrees.move(staging, site);
      } catch (IOException e) {
        if (hadSite) {
          FileTrees.move(old, site);
        }
        throw e;
      }
      published = true;
      if (hadSite) {
        FileTrees.delete(old);
      }
    } catch (IOException e) {
      throw new ReviewpressException("Cannot put the new site in place at " + site + ": " + e.getMessage()
          + ". The previous site, if any, is unchanged.", e);
    }
  }

  @Override
  public void close() {
    if (!published) {
      try {
        FileTrees.delete(staging);
      } catch (IOException e) {
        throw new ReviewpressException("Cannot remove the working folder " + staging + ": " + e.getMessage(), e);
      }
    }
  }

  private static void removeLeftovers(Path parent) throws IOException {
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(parent,
        p -> p.getFileName().toString().startsWith(STAGING_PREFIX) || p.getFileName().toString().startsWith(OLD_PREFIX))) {
      for (Path p : dir) {
        FileTrees.delete(p);
      }
    }
  }
}
