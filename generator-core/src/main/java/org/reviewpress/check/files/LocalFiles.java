package org.reviewpress.check.files;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a link or image destination written in a report leads: to the web, to a place in the
 * page, or to a file that must lie inside the report's own folder. Shared by the file rules
 * and by the publish stage, which copies only files this class accepts.
 */
public final class LocalFiles {

  /** What a destination is. */
  public enum Kind { WEB, FRAGMENT, MAIL, LOCAL, OUTSIDE, UNSAFE }

  private LocalFiles() {}

  /** Classifies a destination as written in the report. */
  public static Kind classify(String destination) {
    String d = destination.trim();
    String lower = d.toLowerCase(Locale.ROOT);
    if (d.isEmpty() || d.startsWith("#")) {
      return Kind.FRAGMENT;
    }
    if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//")) {
      return Kind.WEB;
    }
    if (lower.startsWith("mailto:") || lower.startsWith("tel:")) {
      return Kind.MAIL;
    }
    if (lower.startsWith("file:") || d.startsWith("/") || d.startsWith("\\") || lower.matches("^[a-z]:[\\\\/].*")) {
      return Kind.OUTSIDE;
    }
    if (lower.matches("^[a-z][a-z0-9+.-]*:.*")) {
      return Kind.UNSAFE; // javascript:, data:, vbscript: and anything else with a scheme
    }
    return relative(d).map(p -> p.startsWith("..") || p.isAbsolute() ? Kind.OUTSIDE : Kind.LOCAL).orElse(Kind.OUTSIDE);
  }

  /** The file a local destination names, if it lies inside {@code folder} (links resolved). */
  public static Optional<Path> resolve(Path folder, String destination) {
    if (classify(destination) != Kind.LOCAL) {
      return Optional.empty();
    }
    Optional<Path> rel = relative(destination.trim());
    if (rel.isEmpty()) {
      return Optional.empty();
    }
    Path file = folder.resolve(rel.get()).normalize();
    if (!file.startsWith(folder)) {
      return Optional.empty();
    }
    try {
      if (Files.exists(file) && !file.toRealPath().startsWith(folder.toRealPath())) {
        return Optional.empty(); // a symbolic link that leads out of the folder
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(file);
  }

  /** The destination as a normalised relative path (query and fragment removed, %-escapes decoded). */
  public static Optional<Path> relative(String destination) {
    String d = destination;
    int cut = indexOfAny(d, '?', '#');
    if (cut >= 0) {
      d = d.substring(0, cut);
    }
    try {
      d = URLDecoder.decode(d.replace("+", "%2B"), StandardCharsets.UTF_8);
      return Optional.of(Path.of(d).normalize());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Whether a destination is a well-formed URI at all (for messages). */
  static boolean wellFormed(String destination) {
    try {
      new URI(destination.replace(" ", "%20"));
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
