package org.reviewpress.publish.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.reviewpress.ReviewpressException;
import org.reviewpress.internal.FileTrees;

/**
 * The rendered artefacts of each report, kept beside the site ({@code target/reviewpress/cache/})
 * under the {@link Fingerprint} of everything that produced them. One entry per report: a new
 * render replaces the old entry, so the cache never grows beyond one copy of the site.
 *
 * <p>Layout: {@code <slug>/key} holds the fingerprint, {@code <slug>/files/} the artefacts as
 * they appear under {@code site/<slug>/}. An entry is written into a temporary folder and
 * renamed into place, so a killed build leaves either the old entry, the new one, or none;
 * never half of one. Safe for concurrent use by the threads of one build (each thread handles
 * its own slugs).
 */
public final class ArtefactCache {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final String KEY = "key";
  private static final String FILES = "files";
  private static final String TEMP_PREFIX = ".tmp-";

  private final Path root;

  /** A cache rooted at {@code root}; the folder is created on first store. */
  public ArtefactCache(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /**
   * Copies the artefacts cached for {@code slug} into {@code target} if they were rendered from
   * exactly {@code key}; otherwise leaves {@code target} alone.
   *
   * @return whether the cached artefacts were used
   */
  public boolean restore(String slug, Fingerprint key, Path target) {
    Path entry = entry(slug);
    if (!key.hex().equals(storedKey(entry).orElse(""))) {
      return false;
    }
    return copyEntry(entry, target);
  }

  /**
   * Copies the last artefacts cached for {@code slug}, whatever they were rendered from: the
   * preview server shows them, under a list of errors, while the report's source has errors.
   */
  public boolean restoreLatest(String slug, Path target) {
    Path entry = entry(slug);
    return storedKey(entry).isPresent() && copyEntry(entry, target);
  }

  /** Records the artefacts in {@code rendered} (a report's folder in the staged site) under {@code key}. */
  public void store(String slug, Fingerprint key, Path rendered) {
    Path entry = entry(slug);
    Path temp = root.resolve(TEMP_PREFIX + slug + "-" + UUID.randomUUID());
    CacheWrites.atomically(temp, () -> {
      Files.createDirectories(root);
      copyTree(rendered, temp.resolve(FILES));
      // The key is written last: an entry without it is incomplete and never used.
      Files.writeString(temp.resolve(KEY), key.hex(), StandardCharsets.UTF_8);
      FileTrees.delete(entry);
      FileTrees.move(temp, entry);
    });
  }

  /**
   * A random salt kept in the cache folder, created on first use, for secret inputs to keys
   * ({@link Fingerprint.Builder#addSecret}). Deleting the cache makes a new salt.
   */
  public byte[] salt() {
    Path file = root.resolve("salt");
    try {
      if (Files.isRegularFile(file)) {
        byte[] salt = Files.readAllBytes(file);
        if (salt.length == 32) {
          return salt;
        }
      }
      byte[] salt = new byte[32];
      new SecureRandom().nextBytes(salt);
      Files.createDirectories(root);
      Path temp = root.resolve(TEMP_PREFIX + "salt-" + UUID.randomUUID());
      Files.write(temp, salt);
      FileTrees.move(temp, file);
      return salt;
    } catch (IOException e) {
      throw new ReviewpressException("Cannot read or create the build cache's salt in " + root + ": "
          + e.getMessage() + ". Check that the output directory is writable.", e);
    }
  }

  /**
   * Removes the entries of reports that no longer exist and the temporary folders of a build
   * that was killed. Call once per build, before any thread stores.
   */
  public void retainOnly(java.util.Collection<String> slugs) {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (var dir = Files.newDirectoryStream(root, Files::isDirectory)) {
      for (Path p : dir) {
        String name = p.getFileName().toString();
        if (name.startsWith(TEMP_PREFIX) || SLUG.matcher(name).matches() && !slugs.contains(name)) {
          FileTrees.delete(p);
        }
      }
    } catch (IOException e) {
      throw new ReviewpressException("Cannot tidy the build cache in " + root + ": " + e.getMessage()
          + ". Delete the cache folder to start afresh.", e);
    }
  }

  private Path entry(String slug) {
    if (!SLUG.matcher(slug).matches()) {
      throw new IllegalArgumentException("Not a report slug: " + slug);
    }
    return root.resolve(slug);
  }

  private Optional<String> storedKey(Path entry) {
    Path key = entry.resolve(KEY);
    try {
      return Files.isRegularFile(key) ? Optional.of(Files.readString(key, StandardCharsets.UTF_8).trim()) : Optional.empty();
    } catch (IOException e) {
      throw new ReviewpressException("Cannot read the build cache entry " + key + ": " + e.getMessage()
          + ". Delete the cache folder " + root + " to start afresh.", e);
    }
  }

  private boolean copyEntry(Path entry, Path target) {
    try {
      copyTree(entry.resolve(FILES), target);
      return true;
    } catch (IOException e) {
      throw new ReviewpressException("Cannot copy the cached pages from " + entry + " into " + target + ": "
          + e.getMessage() + ". Delete the cache folder " + root + " to start afresh.", e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    if (!Files.isDirectory(from)) {
      return;
    }
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
