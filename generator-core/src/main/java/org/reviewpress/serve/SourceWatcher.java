package org.reviewpress.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.reviewpress.ReviewpressException;

/**
 * Watches folders and everything beneath them, and calls back once per burst of changes: an
 * editor's save is often several events (write, rename, attribute change), and a checkout of
 * many files is hundreds, but each should cause one rebuild. Changes to hidden files and editor
 * backups alone cause none.
 */
final class SourceWatcher implements AutoCloseable {

  private final WatchService service;
  private final Map<WatchKey, Path> keys = new HashMap<>();
  private final Duration quiet;
  private final Thread thread;

  /**
   * @param roots    the folders to watch (missing ones are skipped)
   * @param quiet    how long the folders must be still before {@code onChange} runs
   * @param onChange called on the watcher's own thread, one call at a time
   */
  SourceWatcher(List<Path> roots, Duration quiet, Runnable onChange, Consumer<String> problems) {
    this.quiet = quiet;
    try {
      this.service = FileSystems.getDefault().newWatchService();
      for (Path root : roots) {
        if (Files.isDirectory(root)) {
          registerTree(root);
        }
      }
    } catch (IOException e) {
      throw new ReviewpressException("Cannot watch " + roots + " for changes: " + e.getMessage()
          + ". On Linux, raising fs.inotify.max_user_watches may help.", e);
    }
    this.thread = new Thread(() -> loop(onChange, problems), "reviewpress-watch");
    this.thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  private void loop(Runnable onChange, Consumer<String> problems) {
    try {
      while (true) {
        WatchKey first = service.take();
        boolean relevant = drain(first);
        // Debounce: keep collecting until the folders have been still for the quiet period.
        WatchKey next;
        while ((next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          relevant |= drain(next);
        }
        if (relevant) {
          try {
            onChange.run();
          } catch (RuntimeException e) {
            problems.accept("The rebuild failed: " + e.getMessage());
          }
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // Closed: the server is stopping.
    }
  }

  /** Reads one key's events, watching any new folders; whether any event matters. */
  private boolean drain(WatchKey key) {
    Path dir = keys.get(key);
    boolean relevant = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW || dir == null) {
        relevant = true;
        continue;
      }
      Path changed = dir.resolve((Path) event.context());
      String name = changed.getFileName().toString();
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
        try {
          registerTree(changed);
        } catch (IOException e) {
          // The folder vanished again before it could be watched; its removal is an event too.
        }
      }
      relevant |= !(name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp"));
    }
    if (!key.reset()) {
      keys.remove(key);
    }
    return relevant;
  }

  private void registerTree(Path root) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        keys.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      throw new ReviewpressException("Cannot stop watching for changes: " + e.getMessage(), e);
    }
    thread.interrupt();
  }
}
