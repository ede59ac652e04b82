package org.reviewpress.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.reviewpress.ReviewpressException;

/**
 * Loads a word list shipped as data beside a rule: one entry per line, {@code #} starts a
 * comment, blank lines are ignored. Lists are data so they can be read, reviewed and extended
 * without reading code.
 */
public final class WordList {

  private WordList() {}

  /** Loads {@code name} relative to {@code owner}'s package. */
  public static List<String> load(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new ReviewpressException("The word list " + name + " is missing from the reviewpress jar;"
            + " the installation is damaged. Reinstall reviewpress.");
      }
      List<String> out = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          int hash = line.indexOf('#');
          String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
          if (!entry.isEmpty()) {
            out.add(entry);
          }
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new ReviewpressException("Cannot read the word list " + name + ": " + e.getMessage(), e);
    }
  }
}
