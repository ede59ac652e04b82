package org.reviewpress.publish.cache;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.reviewpress.ReviewpressException;
import org.reviewpress.internal.FileTrees;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;
import org.reviewpress.model.SourcePosition;

/**
 * The diagnostics the rules gave a report, kept under a key of everything they depend on (the
 * report's folder, site.yaml, rule levels, the sensitive-term lists as a salted hash, the
 * generator's code), so an unchanged report is not checked again. Reading the report still
 * happens every build; only the rules are skipped. Diagnostics are stored after redaction, so
 * the cache never holds a sensitive term.
 */
public final class CheckCache {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> ENTRY = new TypeReference<>() {};

  private final Path root;

  /** A cache in {@code root} (created on first store). */
  public CheckCache(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The diagnostics stored for {@code slug} under exactly {@code key}, if any. */
  @SuppressWarnings("unchecked")
  public Optional<List<Diagnostic>> load(String slug, Fingerprint key) {
    Path file = root.resolve(slug + ".json");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      Map<String, Object> entry = JSON.readValue(file.toFile(), ENTRY);
      if (!key.hex().equals(entry.get("key"))) {
        return Optional.empty();
      }
      List<Diagnostic> out = new ArrayList<>();
      for (Map<String, Object> d : (List<Map<String, Object>>) entry.get("diagnostics")) {
        out.add(new Diagnostic((String) d.get("rule"), Severity.valueOf((String) d.get("severity")),
            (String) d.get("message"), (String) d.get("hint"),
            new SourcePosition(Path.of((String) d.get("file")), (Integer) d.get("line"), (Integer) d.get("column"))));
      }
      return Optional.of(out);
    } catch (IOException | RuntimeException e) {
      // A damaged or older entry is not an error: the report is simply checked again.
      return Optional.empty();
    }
  }

  /** Stores a report's diagnostics under {@code key}, replacing what was there. */
  public void store(String slug, Fingerprint key, List<Diagnostic> diagnostics) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rule", d.ruleId());
      m.put("severity", d.severity().name());
      m.put("message", d.message());
      m.put("hint", d.hint());
      m.put("file", d.position().file().toString());
      m.put("line", d.position().line());
      m.put("column", d.position().column());
      list.add(m);
    }
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("key", key.hex());
    entry.put("diagnostics", list);
    Path temp = root.resolve(".tmp-" + slug + "-" + UUID.randomUUID() + ".json");
    try {
      Files.createDirectories(root);
      JSON.writeValue(temp.toFile(), entry);
      FileTrees.move(temp, root.resolve(slug + ".json"));
    } catch (IOException e) {
      try {
        FileTrees.delete(temp);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new ReviewpressException("Cannot write the check cache in " + root + ": " + e.getMessage()
          + ". Check that the output directory is writable, or delete the cache folder.", e);
    }
  }
}
