package org.reviewpress.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reviewpress.ReviewpressException;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;
import org.reviewpress.model.SourcePosition;
import org.reviewpress.model.SourceText;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads {@code site.yaml}; problems in it are diagnostics like those in reports. */
public final class SiteConfigReader {

  static final Set<String> KEYS = YamlReader.keys("title", "partnership", "base-url", "rules", "allow",
      "language", "privacy", "structure");

  /** Larger files are refused; YAML is read only up to a few million characters anyway. */
  static final long MAX_BYTES = 4L * 1024 * 1024;

  /** The settings and the problems found reading them. */
  public record Result(SiteConfig config, List<Diagnostic> diagnostics) {}

  public Result read(Path file, Path display) {
    if (!Files.isRegularFile(file)) {
      return new Result(SiteConfig.defaults(), List.of());
    }
    DiagnosticSink sink = new DiagnosticSink();
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        sink.error("source.too-large", SourcePosition.startOf(display),
            "site.yaml is larger than " + MAX_BYTES / (1024 * 1024) + " MB; it should hold a few settings.",
            "Check that site.yaml holds only the site's settings (title, partnership, rules).");
        return new Result(SiteConfig.defaults(), sink.all());
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ReviewpressException("Cannot read " + file + ": " + e.getMessage()
          + ". Check that it is readable.", e);
    }
    // Invalid UTF-8 is the author's problem, so a diagnostic at the bad byte, not an exception.
    Optional<String> decoded = ReportReader.decode(bytes, display, sink);
    if (decoded.isEmpty()) {
      return new Result(SiteConfig.defaults(), sink.all());
    }
    String text = decoded.get();
    SourceText source = new SourceText(display, text.startsWith("\uFEFF") ? text.substring(1) : text);
    YamlReader yaml = new YamlReader(source, 1, sink);
    Optional<Node> root = yaml.compose(source.text());
    if (root.isEmpty() || !(root.get() instanceof MappingNode map)) {
      if (root.isPresent()) {
        sink.error("frontmatter.type", yaml.position(root.get()), "site.yaml should be a set of 'key: value' lines.",
            "Start with 'title: ...' or 'partnership: ...' on its own line.");
      }
      return new Result(SiteConfig.defaults(), sink.all());
    }
    Map<String, YamlReader.Entry> e = yaml.entries(map, "site.yaml");
    yaml.unknownKeys(e, KEYS, "site.yaml");
    Map<String, String> levels = new LinkedHashMap<>();
    YamlReader.Entry rules = e.get("rules");
    if (rules != null && rules.value() instanceof MappingNode rm) {
      for (YamlReader.Entry r : yaml.entries(rm, "rules").values()) {
        Optional<String> level = yaml.text(r, "error, warning, info or off");
        if (level.isEmpty()) {
          continue;
        }
        String l = level.get().trim().toLowerCase(java.util.Locale.ROOT);
        if (!l.equals("off") && Severity.parse(l).isEmpty()) {
          sink.error("frontmatter.value", yaml.position(r.value()), "'" + level.get() + "' is not a rule level.",
              "Use error, warning, info or off.");
          continue;
        }
        levels.put(r.key(), l);
      }
    } else if (rules != null) {
      sink.error("frontmatter.type", yaml.position(rules.value()), "'rules' should map rule ids to levels.",
          "Write each rule on its own indented line, for example:\nrules:\n  findings.no-recommendation: error");
    }
    List<String> allow = e.containsKey("allow")
        ? yaml.textList(e.get("allow")).stream().map(YamlReader.Item::value).toList() : List.of();
    Map<String, Object> sections = new LinkedHashMap<>();
    for (String key : List.of("language", "privacy", "structure")) {
      if (e.containsKey(key)) {
        sections.put(key, plain(e.get(key).value()));
      }
    }
    SiteConfig config = new SiteConfig(text(yaml, e, "title"), text(yaml, e, "partnership"),
        text(yaml, e, "base-url").map(u -> u.endsWith("/") ? u : u + "/"), levels, allow, sections);
    return new Result(config, sink.all());
  }

  private static Optional<String> text(YamlReader yaml, Map<String, YamlReader.Entry> e, String key) {
    return e.containsKey(key) ? yaml.text(e.get(key), "text").map(String::trim).filter(s -> !s.isEmpty()) : Optional.empty();
  }

  /** A node as plain Java values (maps, lists, strings), for extension sections. */
  static Object plain(Node node) {
    if (node instanceof MappingNode m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k) {
          out.put(k.getValue(), plain(t.getValueNode()));
        }
      }
      return out;
    }
    if (node instanceof SequenceNode s) {
      List<Object> out = new ArrayList<>();
      s.getValue().forEach(n -> out.add(plain(n)));
      return out;
    }
    return node instanceof ScalarNode s ? s.getValue() : "";
  }
}
