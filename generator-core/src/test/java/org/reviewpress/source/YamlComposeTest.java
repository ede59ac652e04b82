package org.reviewpress.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.SourcePosition;
import org.reviewpress.model.SourceText;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * {@link YamlReader#compose} checks the parser's events for aliases and deep nesting while the
 * composer reads them, in one parse. Before, every event was read and checked first and the text
 * parsed again to compose it. On generated YAML (aliases, anchors, deep and unbalanced nesting,
 * syntax errors, several documents) both must give the same nodes and the same diagnostics.
 */
class YamlComposeTest {

  private static final String[] PIECES = {"a: 1\n", "b:\n  - x\n  - y\n", "c: &n v\n", "d: *n\n", "e: [", "]", "{",
      "}", "f: {g: [h, i]}\n", "- ", "  ", "    ", "k: 'q'\n", "l: \"x\\\"y\"\n", "m: |\n  t\n", "---\n", "...\n",
      "? x\n", ": y\n", "n: !!str 3\n", "%YAML 1.2\n", "o: @\n", "p: `\n", "\t", "#c\n", "r: [[[[[[[[", "]]]]]]]]",
      "s: *", "&", "*a", "&a [x]\n", "t: {u: &w {v: 1}, z: *w}\n", "caf\u00e9: \uD83D\uDE00\n", "\n", ":", ","};

  private static final Path FILE = Path.of("src/reports/x/report.md");

  @Test
  void oneParseGivesWhatTwoParsesGave() {
    Random r = new Random(3);
    int refused = 0;
    int failed = 0;
    int composed = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(14);
      for (int k = 0; k < n; k++) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      if (r.nextInt(30) == 0) {
        b.append("x: ").append("[".repeat(YamlReader.MAX_DEPTH + r.nextInt(3) - 1));
      }
      String yaml = b.toString();
      SourceText source = new SourceText(FILE, "---\n" + yaml + "---\n");
      DiagnosticSink now = new DiagnosticSink();
      Optional<Node> nodes = new YamlReader(source, 2, now).compose(yaml);
      DiagnosticSink before = new DiagnosticSink();
      Optional<Node> expected = twoParses(new YamlReader(source, 2, before), source, before, yaml);
      assertThat(describe(nodes)).as("nodes of %s", yaml).isEqualTo(describe(expected));
      assertThat(formatted(now.all())).as("diagnostics of %s", yaml).isEqualTo(formatted(before.all()));
      if (expected.isPresent()) {
        composed++;
      } else if (before.all().stream().anyMatch(d -> d.message().contains("alias") || d.message().contains("levels deep"))) {
        refused++;
      } else if (!before.all().isEmpty()) {
        failed++;
      }
    }
    assertThat(composed).isGreaterThan(1000);
    assertThat(refused).isGreaterThan(1000);
    assertThat(failed).isGreaterThan(1000);
  }

  private static List<String> formatted(List<Diagnostic> all) {
    return all.stream().map(Diagnostic::format).toList();
  }

  private static String describe(Optional<Node> node) {
    StringBuilder b = new StringBuilder();
    node.ifPresent(n -> describe(n, b));
    return b.toString();
  }

  private static void describe(Node n, StringBuilder b) {
    b.append(n.getTag()).append('@').append(n.getStartMark().map(m -> m.getIndex()).orElse(-1)).append('-')
        .append(n.getEndMark().map(m -> m.getIndex()).orElse(-1));
    if (n instanceof ScalarNode s) {
      b.append('(').append(s.getScalarStyle()).append(' ').append(s.getValue()).append(')');
    } else if (n instanceof SequenceNode s) {
      b.append('[');
      s.getValue().forEach(c -> describe(c, b.append(' ')));
      b.append(']');
    } else if (n instanceof MappingNode m) {
      b.append('{');
      for (NodeTuple t : m.getValue()) {
        describe(t.getKeyNode(), b.append(' '));
        describe(t.getValueNode(), b.append(':'));
      }
      b.append('}');
    }
  }

  /** The way compose worked before: every event read and checked, then the text parsed again. */
  private static Optional<Node> twoParses(YamlReader yaml, SourceText source, DiagnosticSink sink, String text) {
    LoadSettings settings = LoadSettings.builder().setLabel(source.file().toString()).setAllowDuplicateKeys(true)
        .setAllowRecursiveKeys(false).setMaxAliasesForCollections(10).setCodePointLimit(5 * 1024 * 1024)
        .setUseMarks(true).build();
    SourcePosition first = new SourcePosition(source.file(), 2, 1);
    try {
      int depth = 0;
      for (Event e : new Parse(settings).parseString(text)) {
        Event.ID id = e.getEventId();
        if (id == Event.ID.Alias) {
          sink.error("frontmatter.yaml", e.getStartMark().map(yaml::position).orElse(first),
              "The front matter uses a YAML alias (*name) here; reviewpress does not accept aliases.",
              "Write the value out in full instead of referring to an anchor (&name).");
          return Optional.empty();
        }
        if (id == Event.ID.SequenceStart || id == Event.ID.MappingStart) {
          if (++depth > YamlReader.MAX_DEPTH) {
            sink.error("frontmatter.yaml", e.getStartMark().map(yaml::position).orElse(first),
                "The YAML here nests lists or sets of keys more than " + YamlReader.MAX_DEPTH + " levels deep.",
                "Flatten the structure: reviewpress needs at most three levels (findings, each finding,"
                    + " its evidence list). Check for unmatched '[' or '{'.");
            return Optional.empty();
          }
        } else if (id == Event.ID.SequenceEnd || id == Event.ID.MappingEnd) {
          depth--;
        }
      }
      return new Compose(settings).composeString(text);
    } catch (MarkedYamlEngineException e) {
      SourcePosition at = e.getProblemMark().or(e::getContextMark).map(yaml::position).orElse(first);
      String problem = e.getProblem() == null ? "it cannot be read" : e.getProblem();
      sink.error("frontmatter.yaml", at, "The front matter is not valid YAML: " + problem + ".",
          "Check the indentation and put quotes around values that contain ': ' or ' #', or that"
              + " start with [ { * & ! | > % @ or a quote.");
    } catch (YamlEngineException e) {
      sink.error("frontmatter.yaml", first, "The front matter cannot be read: " + e.getMessage(),
          "Keep the front matter to plain keys, values and lists, without aliases.");
    }
    return Optional.empty();
  }
}
