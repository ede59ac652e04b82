package org.reviewpress.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.reviewpress.ReviewpressException;
import org.reviewpress.internal.FileTrees;

/**
 * A site being written: everything goes into a staging folder beside the published site and is
 * swapped in with two renames only when the whole build has succeeded. A failed or killed build
 * leaves the published site as it was; leftovers of a killed build are removed by the next one.
 *
 * <p>The site replaced by a build is not deleted but kept beside it as the spare
 * ({@code .site-spare} for {@code site}), and the next build stages into the spare: its files are overwritten in
 * place and whatever the build did not write is removed before the swap. Creating and deleting
 * files is what costs most when a site is rebuilt: on file systems without a journal (like the
 * development machine's) ext4 must skip every recently deleted inode when it creates a file, so
 * each full rebuild of a 100-report site spent about 0.5 s of kernel time deleting the last
 * site's 600 files and creating 600 more. A file of the spare that shares its inode with
 * another (a page hard-linked from the published site by the build cache) is never written
 * through: it is removed when the build begins, like any link. Links are never followed.
 */
public final class StagedSite implements AutoCloseable {

  static final String STAGING_PREFIX = ".site-staging-";
  static final String OLD_PREFIX = ".site-old-";
  static final String SPARE_SUFFIX = "-spare";

  private static final OpenOption[] WRITE = {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
      StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS};

  private final Path site;
  private final Path staging;
  /** Whether the staging folder is a recycled site, so files in it may be stale. */
  private final boolean recycled;
  /** In a recycled staging folder: the files this build wrote (paths relative to the root, with '/'). */
  private final Set<String> written = ConcurrentHashMap.newKeySet();
  /** In a recycled staging folder: the folders whose stale files have been removed already. */
  private final Set<String> settled = ConcurrentHashMap.newKeySet();
  private boolean published;

  private StagedSite(Path site, Path staging, boolean recycled) {
    this.site = site;
    this.staging = staging;
    this.recycled = recycled;
  }

  /** Starts a new staging folder for {@code site} (for example target/reviewpress/site). */
  public static StagedSite begin(Path site) {
    Path parent = site.toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
      recover(site);
      removeLeftovers(parent);
      Path staging = parent.resolve(STAGING_PREFIX + UUID.randomUUID());
      Path spare = spareOf(site.toAbsolutePath());
      if (Files.isDirectory(spare, LinkOption.NOFOLLOW_LINKS)) {
        FileTrees.move(spare, staging);
        onlyOwnFiles(staging);
        return new StagedSite(site.toAbsolutePath(), staging, true);
      }
      FileTrees.delete(spare); // not a folder: nothing of ours
      return new StagedSite(site.toAbsolutePath(), Files.createDirectory(staging), false);
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

  /** Where the site replaced by the last build is kept for the next one to stage into. */
  static Path spareOf(Path site) {
    return site.resolveSibling("." + site.getFileName() + SPARE_SUFFIX);
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
    try (OutputStream out = open(target)) {
      out.write(content);
    } catch (IOException e) {
      throw new ReviewpressException("Cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /** Copies a stream to a path relative to the site root. */
  public void copy(String relative, InputStream in) {
    Path target = resolve(relative);
    try (in; OutputStream out = open(target)) {
      in.transferTo(out);
    } catch (IOException e) {
      throw new ReviewpressException("Cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * Removes the files under the folder {@code relative} that this build has not written, so that
   * it holds exactly what was written there; call when everything of the folder is written (a
   * report's folder, before it is recorded in the build cache). Does nothing in a fresh staging
   * folder, where nothing is stale.
   */
  public void settle(String relative) {
    Path folder = resolve(relative);
    if (!recycled || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      sweep(folder);
      settled.add(relativeOf(folder));
    } catch (IOException e) {
      throw new ReviewpressException("Cannot tidy " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * Marks the folder {@code relative} as complete and not to be swept: its content was put there
   * whole by someone else (the build cache links a report's published pages into it).
   */
  public void keep(String relative) {
    settled.add(relativeOf(resolve(relative)));
  }

  /**
   * Opens {@code target} for writing from the start. A file already there (in a recycled staging
   * folder) is truncated and overwritten, keeping its inode: {@link #begin} has removed every link
   * and every file with other names from the recycled folder, so nothing is written through.
   */
  private OutputStream open(Path target) throws IOException {
    if (recycled) {
      written.add(relativeOf(target));
    }
    try {
      return Files.newOutputStream(target, WRITE);
    } catch (NoSuchFileException e) {
      // its folder is not there yet: made below
    } catch (FileSystemException e) {
      if (!recycled) {
        throw e;
      }
      // a stale folder where the file goes, or a stale file where one of its folders goes
      removeNonFolders(target.getParent());
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        FileTrees.delete(target);
      }
    }
    Files.createDirectories(target.getParent());
    return Files.newOutputStream(target, WRITE);
  }

  /** Deletes {@code path} and its ancestors inside the staging folder that are not folders. */
  private void removeNonFolders(Path path) throws IOException {
    for (Path p = path; p != null && p.startsWith(staging) && !p.equals(staging); p = p.getParent()) {
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(p);
      }
    }
  }

  private Path resolve(String relative) {
    Path target = staging.resolve(relative).normalize();
    if (!target.startsWith(staging)) {
      throw new IllegalArgumentException("Refusing to write outside the site: " + relative);
    }
    return target;
  }

  private String relativeOf(Path target) {
    return staging.relativize(target).toString().replace('\\', '/');
  }

  /**
   * Deletes everything under {@code folder} (inside the staging folder) that this build has not
   * written, skipping settled folders, and every folder left empty; links are deleted, not
   * followed.
   */
  private void sweep(Path folder) throws IOException {
    Files.walkFileTree(folder, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return !dir.equals(folder) && settled.contains(relativeOf(dir))
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (attrs.isDirectory() || !written.contains(relativeOf(file))) {
          FileTrees.delete(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        if (exc != null) {
          throw exc;
        }
        if (!dir.equals(staging)) {
          try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            if (!entries.iterator().hasNext()) {
              Files.delete(dir);
            }
          }
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Swaps the staged site in place of the published one; the site it replaces becomes the spare. */
  public void publish() {
    Path old = site.resolveSibling(OLD_PREFIX + UUID.randomUUID());
    try {
      if (recycled) {
        sweep(staging); // what the recycled site had and this build did not write
      }
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
        try {
          FileTrees.move(old, spareOf(site));
        } catch (IOException e) {
          FileTrees.delete(old);
        }
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

  /**
   * Leaves only plain folders and plain files with no other name in a recycled staging folder:
   * links (symbolic or hard: a page the build cache linked into the published site) and anything
   * else are removed, so that writing into the folder never writes through to somewhere else.
   * Removing a hard link only removes a name: it frees no inode.
   */
  private static void onlyOwnFiles(Path staging) throws IOException {
    Files.walkFileTree(staging, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes a) throws IOException {
        if (!a.isRegularFile() || !Integer.valueOf(1).equals(links(file))) {
          FileTrees.delete(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** How many names {@code file} has; null where the file system cannot say (then it is not reused). */
  private static Object links(Path file) throws IOException {
    try {
      return Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return null;
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
