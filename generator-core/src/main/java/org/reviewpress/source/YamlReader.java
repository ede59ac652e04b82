package org.reviewpress.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.reviewpress.model.SourcePosition;
import org.reviewpress.model.SourceText;
import org.reviewpress.model.TextField;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads a YAML region of an author's file into SnakeYAML Engine nodes and answers typed
 * questions about them, turning every problem into a diagnostic at the exact line and column
 * of the file (not of the YAML fragment). Aliases are refused: front matter has no use for them
 * and they are the door to "billion laughs" expansion.
 */
final class YamlReader {

  private static final int MAX_CODE_POINTS = 5 * 1024 * 1024;

  /**
   * Deepest nesting of lists and key sets accepted. The format needs three levels; SnakeYAML
   * composes recursively, so a hostile file nested thousands deep would exhaust the stack.
   */
  static final int MAX_DEPTH = 32;

  private final SourceText source;
  private final int firstLine;
  private final DiagnosticSink sink;

  /**
   * @param source    the whole file
   * @param firstLine 1-based line of the file where the YAML text starts
   */
  YamlReader(SourceText source, int firstLine, DiagnosticSink sink) {
    this.source = source;
    this.firstLine = firstLine;
    this.sink = sink;
  }

  /** Composes the YAML; a syntax error becomes a diagnostic and gives empty. */
  Optional<Node> compose(String yaml) {
    LoadSettings settings = LoadSettings.builder()
        .setLabel(source.file().toString())
        .setAllowDuplicateKeys(true) // reported by us, with a position and a hint
        .setAllowRecursiveKeys(false)
        .setMaxAliasesForCollections(10)
        .setCodePointLimit(MAX_CODE_POINTS)
        .setUseMarks(true)
        .build();
    try {
      CheckedEvents events = new CheckedEvents(new ParserImpl(settings, new StreamReader(settings, yaml)));
      Optional<Node> root;
      try {
        root = new Composer(settings, events).getSingleNode();
      } catch (YamlEngineException composing) {
        if (!events.parserFailed) {
          // The composer gave up first; every event is still checked, so an alias, deep nesting
          // or syntax error later in the text is what is reported, as when all were read first.
          events.drain();
        }
        throw composing;
      }
      if (root.isPresent() && hasAlias(root.get())) {
        sink.error("frontmatter.yaml", position(root.get()),
            "The front matter uses a YAML alias (*name); reviewpress does not accept aliases.",
            "Write the value out in full instead of referring to an anchor (&name).");
        return Optional.empty();
      }
      return root;
    } catch (Refused r) {
      sink.error("frontmatter.yaml", r.event.getStartMark().map(this::position)
              .orElse(new SourcePosition(source.file(), firstLine, 1)), r.message, r.hint);
    } catch (MarkedYamlEngineException e) {
      SourcePosition at = e.getProblemMark().or(e::getContextMark).map(this::position)
          .orElse(new SourcePosition(source.file(), firstLine, 1));
      String problem = e.getProblem() == null ? "it cannot be read" : e.getProblem();
      sink.error("frontmatter.yaml", at, "The front matter is not valid YAML: " + problem + ".",
          "Check the indentation and put quotes around values that contain ': ' or ' #', or that"
              + " start with [ { * & ! | > % @ or a quote.");
    } catch (YamlEngineException e) {
      // Unmarked engine errors: limits exceeded (size, aliases) and similar.
      sink.error("frontmatter.yaml", new SourcePosition(source.file(), firstLine, 1),
          "The front matter cannot be read: " + e.getMessage(),
          "Keep the front matter to plain keys, values and lists, without aliases.");
    }
    return Optional.empty();
  }

  /** An alias or too deep a nesting, met in the events: stops composing. */
  private static final class Refused extends RuntimeException {
    final transient Event event;
    final String message;
    final String hint;

    Refused(Event event, String message, String hint) {
      super(message, null, false, false);
      this.event = event;
      this.message = message;
      this.hint = hint;
    }
  }

  /**
   * The parser's events as the composer reads them, each checked once as it first appears: the
   * first alias, and nesting deeper than {@link #MAX_DEPTH}, stop reading where they are written,
   * before the recursive composer sees them (an alias bomb, "billion laughs", stops at its first
   * alias). One parse serves both the checks and the composer.
   */
  private static final class CheckedEvents implements Parser {
    private final Parser parser;
    private Event checked;
    private int depth;
    boolean parserFailed;

    CheckedEvents(Parser parser) {
      this.parser = parser;
    }

    private Event check(Event e) {
      if (e == checked) {
        return e;
      }
      checked = e;
      Event.ID id = e.getEventId();
      if (id == Event.ID.Alias) {
        throw new Refused(e, "The front matter uses a YAML alias (*name) here; reviewpress does not accept aliases.",
            "Write the value out in full instead of referring to an anchor (&name).");
      }
      if (id == Event.ID.SequenceStart || id == Event.ID.MappingStart) {
        if (++depth > MAX_DEPTH) {
          throw new Refused(e, "The YAML here nests lists or sets of keys more than " + MAX_DEPTH + " levels deep.",
              "Flatten the structure: reviewpress needs at most three levels (findings, each finding,"
                  + " its evidence list). Check for unmatched '[' or '{'.");
        }
      } else if (id == Event.ID.SequenceEnd || id == Event.ID.MappingEnd) {
        depth--;
      }
      return e;
    }

    private boolean more() {
      try {
        return parser.hasNext();
      } catch (RuntimeException e) {
        parserFailed = true;
        throw e;
      }
    }

    @Override
    public boolean hasNext() {
      if (!more()) {
        return false;
      }
      peekEvent();
      return true;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
      return hasNext() && peekEvent().getEventId() == choice;
    }

    @Override
    public Event peekEvent() {
      try {
        return check(parser.peekEvent());
      } catch (Refused r) {
        throw r;
      } catch (RuntimeException e) {
        parserFailed = true;
        throw e;
      }
    }

    @Override
    public Event next() {
      Event e = peekEvent();
      parser.next();
      return e;
    }

    /** Reads and checks the events the composer left. */
    void drain() {
      while (hasNext()) {
        next();
      }
    }
  }

  /** Whether the same node object is reachable twice, which only aliases cause. */
  private static boolean hasAlias(Node root) {
    Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      if (!seen.add(n)) {
        return true;
      }
      if (n instanceof MappingNode m) {
        for (NodeTuple t : m.getValue()) {
          todo.push(t.getKeyNode());
          todo.push(t.getValueNode());
        }
      } else if (n instanceof SequenceNode s) {
        s.getValue().forEach(todo::push);
      }
    }
    return false;
  }

  SourcePosition position(Mark mark) {
    int line = firstLine + mark.getLine();
    int lineStart = source.lineStart(line);
    // Marks count code points; convert to a char column within the line.
    int col = 0;
    int off = lineStart;
    for (int cp = 0; cp < mark.getColumn() && off < source.length(); cp++) {
      int c = source.text().codePointAt(off);
      off += Character.charCount(c);
      col++;
    }
    return new SourcePosition(source.file(), line, Math.max(1, off - lineStart + 1));
  }

  SourcePosition position(Node node) {
    return node.getStartMark().map(this::position)
        .orElse(new SourcePosition(source.file(), firstLine, 1));
  }

  int offset(Mark mark) {
    SourcePosition p = position(mark);
    return source.offset(p.line(), p.column());
  }

  /** Plain-English name of what a node is, for messages. */
  static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a set of keys and values";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (node instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
      return "empty";
    }
    return "a single value";
  }

  /** A mapping's entries by key, reporting duplicate and non-text keys. */
  Map<String, Entry> entries(MappingNode map, String where) {
    Map<String, Entry> out = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        sink.error("frontmatter.type", position(t.getKeyNode()),
            "A key in " + where + " is " + describe(t.getKeyNode()) + "; keys must be plain words.",
            "Write each key as a word followed by a colon, for example 'title:'.");
        continue;
      }
      String key = k.getValue();
      if (out.containsKey(key)) {
        sink.error("frontmatter.duplicate-key", position(k),
            "The key '" + key + "' appears twice in " + where + ".",
            "Keep one '" + key + "' (first written at line " + out.get(key).keyPosition.line() + ") and remove the other.");
        continue;
      }
      out.put(key, new Entry(key, position(k), t.getValueNode()));
    }
    return out;
  }

  /** Reports keys that are not in {@code known}, suggesting the closest known key. */
  void unknownKeys(Map<String, Entry> entries, Collection<String> known, String where) {
    for (Entry e : entries.values()) {
      if (!known.contains(e.key)) {
        String hint = Suggest.closest(e.key, known)
            .map(s -> "Did you mean '" + s + "'? ")
            .orElse("")
            + "Known keys in " + where + ": " + String.join(", ", known) + ".";
        sink.warning("frontmatter.unknown-key", e.keyPosition,
            "The key '" + e.key + "' is not part of the report format and is ignored.", hint);
      }
    }
  }

  /** A text value; a list or mapping where text belongs is a type error. Null means absent. */
  Optional<String> text(Entry e, String what) {
    if (e.value instanceof ScalarNode s) {
      if (s.getTag().equals(Tag.NULL) && s.getScalarStyle() == ScalarStyle.PLAIN) {
        return Optional.empty();
      }
      return Optional.of(s.getValue());
    }
    sink.error("frontmatter.type", position(e.value),
        "'" + e.key + "' should be " + what + " but is " + describe(e.value) + ".",
        "Write '" + e.key + ":' followed by the text on the same line, or use '|' for several lines.");
    return Optional.empty();
  }

  /** A required text value: absent or empty gives a diagnostic at {@code missingAt}. */
  Optional<String> requiredText(Map<String, Entry> entries, String key, SourcePosition missingAt,
      String where, String example) {
    Entry e = entries.get(key);
    if (e == null) {
      sink.error("frontmatter.required", missingAt, where + " has no '" + key + "'.",
          "Add a line '" + key + ": " + example + "'.");
      return Optional.empty();
    }
    Optional<String> v = text(e, "text");
    if (v.isPresent() && v.get().isBlank()) {
      sink.error("frontmatter.required", position(e.value), "'" + key + "' in " + where + " is empty.",
          "Write the " + key + " after the colon, for example '" + key + ": " + example + "'.");
      return Optional.empty();
    }
    if (v.isEmpty() && e.value instanceof ScalarNode) {
      sink.error("frontmatter.required", e.keyPosition, "'" + key + "' in " + where + " is empty.",
          "Write the " + key + " after the colon, for example '" + key + ": " + example + "'.");
    }
    return v;
  }

  /** A list of texts, each with its position. A single value counts as a list of one. */
  List<Item> textList(Entry e) {
    List<Item> out = new ArrayList<>();
    if (e.value instanceof SequenceNode seq) {
      for (Node n : seq.getValue()) {
        if (n instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
          out.add(new Item(s.getValue(), position(n), s));
        } else if (n instanceof ScalarNode) {
          sink.error("frontmatter.type", position(n), "An item of '" + e.key + "' is empty.",
              "Remove the empty '-' line or write a value after it.");
        } else {
          sink.error("frontmatter.type", position(n),
              "An item of '" + e.key + "' is " + describe(n) + " but should be a single value.",
              "Write each item as plain text, for example: " + e.key + ": [first, second].");
        }
      }
    } else if (e.value instanceof ScalarNode s) {
      if (!s.getTag().equals(Tag.NULL) || s.getScalarStyle() != ScalarStyle.PLAIN) {
        out.add(new Item(s.getValue(), position(s), s));
      }
    } else {
      sink.error("frontmatter.type", position(e.value),
          "'" + e.key + "' should be a list but is " + describe(e.value) + ".",
          "Write it as a list, for example: " + e.key + ": [first, second].");
    }
    return out;
  }

  /** An enumerated value, matched without regard to case. */
  <T> Optional<T> choice(Entry e, Map<String, T> allowed) {
    Optional<String> v = text(e, "one of " + String.join(", ", allowed.keySet()));
    if (v.isEmpty()) {
      return Optional.empty();
    }
    for (Map.Entry<String, T> a : allowed.entrySet()) {
      if (a.getKey().equalsIgnoreCase(v.get().trim())) {
        return Optional.of(a.getValue());
      }
    }
    String hint = Suggest.closest(v.get(), allowed.keySet()).map(s -> "Did you mean '" + s + "'? ").orElse("")
        + "Use one of: " + String.join(", ", allowed.keySet()) + ".";
    sink.error("frontmatter.value", position(e.value),
        "'" + v.get() + "' is not a known " + e.key + ".", hint);
    return Optional.empty();
  }

  /** The source range of a scalar's text, for text checks. */
  TextField field(String path, ScalarNode node) {
    int start = node.getStartMark().map(this::offset).orElse(0);
    int end = node.getEndMark().map(this::offset).orElse(start);
    if (node.getScalarStyle() == ScalarStyle.SINGLE_QUOTED || node.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED) {
      start = Math.min(end, start + 1);
    } else if (node.getScalarStyle() == ScalarStyle.LITERAL || node.getScalarStyle() == ScalarStyle.FOLDED) {
      // The block indicator line ('|' or '>') is not text.
      int nl = source.text().indexOf('\n', start);
      start = nl < 0 || nl > end ? start : nl + 1;
    }
    return new TextField(path, node.getValue(), start, Math.max(start, end));
  }

  static Set<String> keys(String... keys) {
    return new java.util.LinkedHashSet<>(List.of(keys));
  }

  static String join(Collection<String> words) {
    return words.stream().collect(Collectors.joining(", "));
  }

  /** A key, where it is written, and its value node. */
  record Entry(String key, SourcePosition keyPosition, Node value) {}

  /** One item of a list, with its position and node. */
  record Item(String value, SourcePosition position, ScalarNode node) {}

  static Set<String> newSet() {
    return new HashSet<>();
  }
}
