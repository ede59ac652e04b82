package org.reviewpress.source;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewpress.model.Anchor;
import org.reviewpress.model.Block;
import org.reviewpress.model.Body;
import org.reviewpress.model.Exemption;
import org.reviewpress.model.Section;
import org.reviewpress.model.SourceText;

/**
 * Parses a report's Markdown body with Flexmark (tables, footnotes, definition lists), applies
 * the contract's {@code {#id}} attributes, collects anchors, prose blocks, sections, links and
 * exemptions with their source offsets, and renders the body to (not yet sanitised) HTML.
 *
 * <p>One instance is shared by all reports and threads: Flexmark's parser and renderer are
 * immutable once built.
 */
public final class MarkdownReader {

  private static final DataKey<Map<Node, String>> IDS = new DataKey<>("REVIEWPRESS_IDS", new HashMap<>());
  private static final Pattern TRAILING_ID = Pattern.compile("(^|[ \\t])\\{#([A-Za-z0-9_-]+)\\}[ \\t]*$");
  private static final Pattern ALLOW = Pattern.compile(
      "<!--\\s*reviewpress-allow\\s+([^\\s:]*)\\s*(?::(.*?))?-->", Pattern.DOTALL);

  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern FOOTNOTE_REF = Pattern.compile("\\[\\^[^\\]]*\\]");
  private static final Pattern LINE_MARKER = Pattern.compile("(?m)^[ \\t]*(#+|>|[-*+:]|\\d+[.)])[ \\t]+");

  private static final NullableDataKey<TextRuns> RUNS = new NullableDataKey<>("REVIEWPRESS_TEXT_RUNS");
  private static final NullableDataKey<Parsed> PARSED = new NullableDataKey<>("REVIEWPRESS_PARSED");

  /**
   * The text Flexmark parsed, as a String and as the array its sequences read: a node's
   * {@link CharSubSequence} over {@code chars} is the stretch of {@code text} between its offsets.
   */
  private record Parsed(String text, char[] chars) {}

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final boolean fastText;

  public MarkdownReader() {
    this(true);
  }

  /**
   * @param fastText whether text nodes skip Flexmark's regex passes when they cannot change them, and
   *     plain runs of text skip its line writer as placeholders (tests compare both ways)
   */
  MarkdownReader(boolean fastText) {
    this.fastText = fastText;
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(PipeTables.create(), FootnoteExtension.create(),
        DefinitionExtension.create()));
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
    options.set(HtmlRenderer.RENDER_HEADER_ID, false);
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
    this.parser = Parser.builder(options).build();
    HtmlRenderer.Builder builder = HtmlRenderer.builder(options);
    if (fastText) {
      builder.nodeRendererFactory(dataHolder -> () -> Set.of(new NodeRenderingHandler<>(Text.class, MarkdownReader::text),
          new NodeRenderingHandler<>(SoftLineBreak.class, MarkdownReader::softBreak),
          new NodeRenderingHandler<>(Paragraph.class, MarkdownReader::paragraph),
          new NodeRenderingHandler<>(Heading.class, MarkdownReader::heading),
          new NodeRenderingHandler<>(TableRow.class, MarkdownReader::tableRow)));
    }
    this.renderer = builder
        .attributeProviderFactory(new IndependentAttributeProviderFactory() {
          @Override
          public AttributeProvider apply(LinkResolverContext context) {
            Map<Node, String> ids = IDS.get(context.getDocument());
            return (Node node, AttributablePart part, MutableAttributes attributes) -> {
              if (part == AttributablePart.NODE || part == AttributablePart.LINK && node instanceof Heading) {
                String id = ids.get(node);
                if (id != null) {
                  attributes.replaceValue("id", id);
                }
                if (node instanceof TableCell cell && cell.isHeader()) {
                  attributes.replaceValue("scope", "col");
                }
              }
            };
          }
        })
        .build();
  }

  /**
   * A text node as Flexmark's core renderer writes it, {@code html.text(normalizeEOL(unescape()))},
   * without its three regex passes (each over Flexmark's slow character sequences) when the text
   * has nothing to unescape, no carriage return and nothing to escape: the common case, and
   * there all three give the text back unchanged.
   *
   * <p>When the document carries {@link TextRuns}, a text that Flexmark's line writer would copy
   * unchanged is not handed to it (it takes one character at a time, with bookkeeping for each):
   * one placeholder character stands in for it and the text is put in its place after rendering.
   */
  private static void text(Text node, NodeRendererContext context, HtmlWriter html) {
    Parsed parsed = PARSED.get(context.getDocument());
    BasedSequence chars = node.getChars();
    if (parsed != null && chars instanceof CharSubSequence sub && sub.getBase() == parsed.chars) {
      // The usual shape: a stretch of the parsed text itself, scanned where it lies.
      int start = sub.getStartOffset();
      int end = sub.getEndOffset();
      int kind = scan(parsed.chars, start, end);
      if (kind != ESCAPE) {
        TextRuns runs = RUNS.get(context.getDocument());
        if (runs != null && kind == DEFERRABLE) {
          runs.put(parsed.text, start, end, html);
        } else {
          html.raw(parsed.text.substring(start, end));
        }
        return;
      }
      String escaped = Escaping.escapeHtml(Escaping.normalizeEOL(chars.unescape()), false);
      TextRuns runs = RUNS.get(context.getDocument());
      if (runs == null || !runs.add(escaped, 0, escaped.length(), html)) {
        html.raw(escaped);
      }
      return;
    }
    String s = chars.toString();
    if (plainText(s, 0, s.length())) {
      html.raw(s);
    } else {
      html.text(Escaping.normalizeEOL(chars.unescape()));
    }
  }

  /**
   * A soft line break as Flexmark writes it with our options ({@code html.raw("\n")}). Each line
   * costs Flexmark's line writer a line record, so a break followed by a text that starts with
   * a visible character is a placeholder too: there the writer's only use of the new line, dropping
   * blanks at its start, has nothing to drop.
   */
  private static void softBreak(SoftLineBreak node, NodeRendererContext context, HtmlWriter html) {
    TextRuns runs = RUNS.get(context.getDocument());
    if (runs != null && startsVisibly(node.getNext())) {
      runs.put(SOFT_BREAK, 0, 1, html);
    } else {
      html.raw(SOFT_BREAK);
    }
  }

  private static final String SOFT_BREAK = "\n";

  /*
   * Whole blocks as placeholders. Flexmark writes a loose paragraph as tagLine("p", children):
   * a line break unless at a line start, "<p" with the attributes our provider gives, ">", the
   * children, "</p>", a line break; a heading the same with "h1".."h6", and a table row the same
   * with "<tr>" and its cells, each "<th"/"<td", an align attribute when aligned, then the
   * provider's. When every text below such a block is one the line writer would copy as it is
   * (see TextRuns#add), the whole block is one placeholder between the two line breaks: the same
   * characters, without Flexmark's per-tag attribute and line bookkeeping. Anything else (other
   * inline nodes, a block inside a list or footnote, texts the writer would change) is rendered
   * by Flexmark as before.
   */

  private static void paragraph(Paragraph node, NodeRendererContext context, HtmlWriter html) {
    if (!block(node, "p", context, html)) {
      context.delegateRender();
    }
  }

  private static void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
    if (!block(node, HEADING_TAGS[node.getLevel()], context, html)) {
      context.delegateRender();
    }
  }

  private static final String[] HEADING_TAGS = {"h0", "h1", "h2", "h3", "h4", "h5", "h6"};

  /** Writes a paragraph or heading directly under the document or a quote as one placeholder, when it can be. */
  private static boolean block(Node node, String tag, NodeRendererContext context, HtmlWriter html) {
    TextRuns runs = RUNS.get(context.getDocument());
    Node parent = node.getParent();
    if (runs == null || !(node.getFirstChild() instanceof Text) || !(parent instanceof Document || parent instanceof BlockQuote)) {
      return false;
    }
    Buf b = runs.scratch();
    b.append('<').append(tag);
    String id = IDS.get(context.getDocument()).get(node);
    if (id != null) {
      attribute(b, "id", id);
    }
    b.append('>');
    if (!inline(node, runs, b)) {
      return false;
    }
    b.append("</").append(tag).append('>');
    html.line();
    runs.putBlock(b, html);
    html.line();
    return true;
  }

  private static void tableRow(TableRow node, NodeRendererContext context, HtmlWriter html) {
    TextRuns runs = RUNS.get(context.getDocument());
    Map<Node, String> ids = IDS.get(context.getDocument());
    if (runs == null || ids.get(node) != null) {
      context.delegateRender();
      return;
    }
    Buf b = runs.scratch();
    b.append("<tr>");
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      if (!(c instanceof TableCell cell) || ids.get(cell) != null) {
        context.delegateRender();
        return;
      }
      String tag = cell.isHeader() ? "th" : "td";
      b.append('<').append(tag);
      if (cell.getAlignment() != null) {
        attribute(b, "align", switch (cell.getAlignment()) {
          case LEFT -> "left";
          case CENTER -> "center";
          case RIGHT -> "right";
        });
      }
      if (cell.isHeader()) {
        b.append(" scope=\"col\"");
      }
      b.append('>');
      if (!inline(cell, runs, b)) {
        context.delegateRender();
        return;
      }
      b.append("</").append(tag).append('>');
    }
    b.append("</tr>");
    html.line();
    runs.putBlock(b, html);
    html.line();
  }

  private static void attribute(Buf b, String name, String value) {
    b.append(' ').append(name).append("=\"").append(Escaping.escapeHtml(value, true)).append('"');
  }

  /**
   * Appends the HTML of {@code parent}'s children when each is a text or soft line break that
   * would be a placeholder of its own (see {@link #text} and {@link #softBreak}); false, with
   * {@code b} in any state, when one is not.
   */
  private static boolean inline(Node parent, TextRuns runs, Buf b) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text) {
        BasedSequence chars = n.getChars();
        if (!(chars instanceof CharSubSequence sub) || sub.getBase() != runs.body) {
          return false;
        }
        int start = sub.getStartOffset();
        int end = sub.getEndOffset();
        int kind = scan(runs.body, start, end);
        if (kind == DEFERRABLE) {
          b.append(runs.body, start, end - start);
        } else if (kind == ESCAPE) {
          String escaped = Escaping.escapeHtml(Escaping.normalizeEOL(chars.unescape()), false);
          if (!TextRuns.qualifies(escaped, 0, escaped.length())) {
            return false;
          }
          b.append(escaped);
        } else {
          return false;
        }
      } else if (n instanceof SoftLineBreak && startsVisibly(n.getNext())) {
        b.append(SOFT_BREAK);
      } else {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code n} is a text whose HTML starts with its own first character, not a blank. */
  private static boolean startsVisibly(Node n) {
    if (!(n instanceof Text)) {
      return false;
    }
    BasedSequence chars = n.getChars();
    if (chars.isEmpty()) {
      return false;
    }
    char c = chars.charAt(0);
    return c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '&' && c != '\\';
  }

  private static final int ESCAPE = 0;
  private static final int PLAIN = 1;
  private static final int DEFERRABLE = 2;

  /**
   * One pass over a text: {@link #ESCAPE} when unescaping, line-end normalising or HTML escaping
   * could change it; otherwise {@link #DEFERRABLE} when {@link TextRuns#add} would take it as a
   * placeholder, else {@link #PLAIN}.
   */
  private static int scan(char[] s, int start, int end) {
    int kind = start < end && s[start] != ' ' && s[start] != '\t' ? DEFERRABLE : PLAIN;
    for (int i = start; i < end; i++) {
      char c = s[i];
      if (c <= '>') {
        if (c == '&' || c == '\r' || c == '<' || c == '>' || c == '"') {
          return ESCAPE;
        }
        if (c == '\n') {
          kind = PLAIN;
        }
      } else if (c == '\\') {
        return ESCAPE;
      } else if (c == TextRuns.MARK) {
        kind = PLAIN;
      }
    }
    return kind;
  }

  /** Whether unescaping, line-end normalising and HTML escaping all leave this stretch as it is. */
  private static boolean plainText(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c == '\\' || c == '&' || c == '\r' || c == '<' || c == '>' || c == '"') {
        return false;
      }
    }
    return true;
  }

  /**
   * The texts written as placeholders during one rendering, in order. The placeholder is U+FFFF,
   * a noncharacter; a body that holds it, or whose HTML holds more of them than were written,
   * is rendered again without placeholders, so an author's text can never be mistaken for one.
   */
  static final class TextRuns {
    static final char MARK = '\uFFFF';
    /** The body's characters: the parsed text as an array, to scan without String.charAt. */
    final char[] body;
    /** The parsed text, whose characters {@link #body} holds. */
    final String text;
    /** The HTML of the blocks written as placeholders, one after another (see {@link #scratch()}). */
    private final Buf blocks;
    /** The length of {@link #blocks} up to the last block written. */
    private int committed;
    private CharSequence[] texts = new CharSequence[256];
    private int[] bounds = new int[512];
    private int count;
    private int chars;

    TextRuns(String text, char[] body) {
      this.text = text;
      this.body = body;
      // The blocks' HTML is about as long as the body (its tags a little longer than the Markdown
      // they replace): room for it from the start, rather than growing by doubling through copies.
      this.blocks = new Buf(body.length + body.length / 8 + 256);
    }

    /**
     * Writes a placeholder for {@code text[start, end)} when the line writer would copy the text
     * as it is: no line break (which splits lines) and a first character that is not a blank (a
     * leading blank is dropped at the start of a line). A trailing blank only sets the writer's
     * "pending space", which our options never read (source-position paragraph lines are off).
     * Returns false when the text must be written itself.
     */
    boolean add(CharSequence text, int start, int end, HtmlWriter html) {
      if (!qualifies(text, start, end)) {
        return false;
      }
      put(text, start, end, html);
      return true;
    }

    /** Whether the line writer would copy {@code text[start, end)} as it is (see {@link #add}). */
    static boolean qualifies(CharSequence text, int start, int end) {
      if (start >= end) {
        return false;
      }
      char first = text.charAt(start);
      if (first == ' ' || first == '\t') {
        return false;
      }
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r' || c == MARK) {
          return false;
        }
      }
      return true;
    }

    /**
     * The buffer to build one block's HTML in, at the end of the blocks already written: what a
     * block that could not be finished left there is dropped.
     */
    Buf scratch() {
      blocks.length = committed;
      return blocks;
    }

    /** Writes a placeholder for a whole block built in {@link #scratch()}. */
    void putBlock(Buf block, HtmlWriter html) {
      put(null, committed, block.length, html);
      committed = block.length;
    }

    /**
     * Writes a placeholder for a text already known to qualify (see {@link #add}); a null text
     * stands for {@link #blocks}.
     */
    void put(CharSequence text, int start, int end, HtmlWriter html) {
      if (count == texts.length) {
        texts = java.util.Arrays.copyOf(texts, count * 2);
        bounds = java.util.Arrays.copyOf(bounds, count * 4);
      }
      texts[count] = text;
      bounds[2 * count] = start;
      bounds[2 * count + 1] = end;
      count++;
      chars += end - start;
      html.raw(MARK_TEXT);
    }

    private static final String MARK_TEXT = String.valueOf(MARK);

    /**
     * The rendered HTML with each placeholder replaced by its text; empty when the marks do not
     * match up. Built in one char[]: the marks found with indexOf, the blocks and the body's own
     * characters copied as arrays.
     */
    java.util.Optional<String> fill(CharSequence rendered) {
      String html = rendered.toString();
      char[] out = new char[html.length() - count + chars];
      int at = 0;
      int from = 0;
      int n = 0;
      for (int i = html.indexOf(MARK); i >= 0; i = html.indexOf(MARK, from)) {
        if (n == count) {
          return java.util.Optional.empty();
        }
        html.getChars(from, i, out, at);
        at += i - from;
        CharSequence t = texts[n];
        int start = bounds[2 * n];
        int end = bounds[2 * n + 1];
        if (t == null) {
          System.arraycopy(blocks.chars, start, out, at, end - start);
        } else if (t == text) {
          System.arraycopy(body, start, out, at, end - start);
        } else if (t instanceof String s) {
          s.getChars(start, end, out, at);
        } else {
          for (int k = start; k < end; k++) {
            out[at + k - start] = t.charAt(k);
          }
        }
        at += end - start;
        n++;
        from = i + 1;
      }
      if (n != count) {
        return java.util.Optional.empty();
      }
      html.getChars(from, html.length(), out, at);
      return java.util.Optional.of(new String(out));
    }
  }

  /**
   * A growable run of characters to write HTML into: appending copies arrays, where a
   * StringBuilder of Latin-1 text looks at each character on its way in and copies the result
   * again into a String.
   */
  static final class Buf {
    char[] chars;
    int length;

    Buf(int capacity) {
      chars = new char[capacity];
    }

    private void room(int more) {
      if (length + more > chars.length) {
        chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
      }
    }

    Buf append(char c) {
      room(1);
      chars[length++] = c;
      return this;
    }

    Buf append(String s) {
      int n = s.length();
      room(n);
      s.getChars(0, n, chars, length);
      length += n;
      return this;
    }

    Buf append(char[] s, int from, int n) {
      room(n);
      System.arraycopy(s, from, chars, length, n);
      length += n;
      return this;
    }
  }

  /** What reading a body gives: the model's body and the problems met on the way. */
  record Result(Body body, List<Problem> problems) {}

  /** A problem in the body, found while reading it. */
  record Problem(String ruleId, int offset, String message, String hint) {}

  /**
   * Reads the body that starts at {@code start} in {@code source}.
   */
  Result read(SourceText source, int start) {
    String text = source.text().substring(start);
    return read(source, start, text.toCharArray(), text.indexOf('\0') >= 0);
  }

  /**
   * Reads the body that starts at {@code start} in {@code source}, whose characters from there on
   * {@code chars} holds: the scans of our own read that array, the parser the text as a String.
   * {@code hasNul} says whether the body holds a NUL character (a report read from a file never
   * does: ReportReader refuses it).
   */
  Result read(SourceText source, int start, char[] chars, boolean hasNul) {
    String text = source.text().substring(start);
    Document doc;
    if (fastText) {
      // Flexmark reads its input one character at a time. From a String each read is a call
      // through CharSequence into String.charAt, and wrapping a String first hashes all of it;
      // its own array-based sequence reads an array element and needs no hash. Flexmark copies
      // the array, and the copy is the parsed text whose stretches the nodes' sequences are.
      CharSubSequence input = CharSubSequence.of(chars, 0, chars.length);
      chars = input.getBase();
      doc = parser.parse(input);
      if (!hasNul) {
        // Flexmark reads a NUL as U+FFFD: a text holding one is not the parsed text as it is.
        doc.set(PARSED, new Parsed(text, chars));
      }
    } else {
      doc = parser.parse(text);
    }
    Walk walk = new Walk(source, start, chars, text, hasNul);
    walk.run(doc);
    doc.set(IDS, walk.ids);
    String html = render(doc, !hasNul && text.indexOf(TextRuns.MARK) < 0, text, chars);
    Body body = new Body(start, walk.anchors, walk.blocks, walk.sections, walk.links, walk.exemptions, html);
    return new Result(body, walk.problems);
  }

  private String render(Document doc, boolean placeholders, String text, char[] chars) {
    if (placeholders && fastText) {
      TextRuns runs = new TextRuns(text, chars);
      doc.set(RUNS, runs);
      // Placeholders leave mostly tags: far shorter than the body.
      StringBuilder out = new StringBuilder(doc.getChars().length() / 4 + 256);
      renderer.render(doc, out);
      doc.remove(RUNS);
      java.util.Optional<String> filled = runs.fill(out);
      if (filled.isPresent()) {
        return filled.get();
      }
    }
    return renderer.render(doc);
  }

  /** Turns heading text into an id: lower case, words joined by '-'. */
  public static String slug(String text) {
    StringBuilder b = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (Character.isLetterOrDigit(c) && c < 128) {
        if (dash && b.length() > 0) {
          b.append('-');
        }
        b.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    return b.length() == 0 ? "section" : b.toString();
  }

  /** One traversal of a parsed document; holds what it collects. */
  private static final class Walk {
    final SourceText source;
    final int base;
    final Map<Node, String> ids = new IdentityHashMap<>();
    final List<Anchor> anchors = new ArrayList<>();
    final List<Block> blocks = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();
    final List<org.reviewpress.model.Link> links = new ArrayList<>();
    final List<Exemption> exemptions = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    final Set<String> usedIds = new HashSet<>();

    /** The parsed text and its characters as an array. */
    final String text;
    final char[] chars;
    final boolean hasNul;

    Walk(SourceText source, int base, char[] chars, String text, boolean hasNul) {
      this.source = source;
      this.base = base;
      this.chars = chars;
      this.text = text;
      this.hasNul = hasNul;
    }

    void run(Document doc) {
      // First pass: explicit ids, which may remove nodes, so collect before changing the tree.
      // Only a heading or paragraph whose last text holds "{#" can name itself or a block; handling
      // one changes no other's last text, so the candidates can be picked out before any is handled.
      idMarks = idMarks(text);
      List<Node> named = new ArrayList<>();
      for (Node n = next(doc, doc); n != null; n = next(doc, n)) {
        if ((n instanceof Heading || n instanceof Paragraph) && hasIdMark(lastText(n))) {
          named.add(n);
        }
      }
      for (Node n : named) {
        if (n instanceof Heading h) {
          explicitHeadingId(h);
        } else if (n instanceof Paragraph p && p.getParent() != null) {
          explicitBlockId(p);
        }
      }
      // Second pass over the tree as it now stands.
      sections.add(new Section("", "", 0, base, source.length()));
      for (Node n = next(doc, doc); n != null; n = next(doc, n)) {
        if (n instanceof Heading h) {
          heading(h);
        } else if (n instanceof Paragraph p) {
          blocks.add(new Block(Block.Kind.PARAGRAPH, off(p.getStartOffset()), off(p.getEndOffset()), sections.size() - 1));
        } else if (n instanceof TableBlock t) {
          blocks.add(new Block(Block.Kind.TABLE, off(t.getStartOffset()), off(t.getEndOffset()), sections.size() - 1));
        } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
          blocks.add(new Block(Block.Kind.CODE, off(n.getStartOffset()), off(n.getEndOffset()), sections.size() - 1));
        } else if (n instanceof HtmlCommentBlock c) {
          exemption(c);
        } else if (n instanceof HtmlBlock) {
          blocks.add(new Block(Block.Kind.HTML, off(n.getStartOffset()), off(n.getEndOffset()), sections.size() - 1));
        } else if (n instanceof Image img) {
          links.add(new org.reviewpress.model.Link(org.reviewpress.model.Link.Kind.IMAGE, img.getUrl().toString(),
              img.getText().toString(), source.position(off(img.getStartOffset()))));
        } else if (n instanceof Link l) {
          links.add(new org.reviewpress.model.Link(org.reviewpress.model.Link.Kind.LINK, l.getUrl().toString(),
              l.getText().toString(), source.position(off(l.getStartOffset()))));
        }
      }
      // Close each section at the start of the next one.
      for (int i = 0; i < sections.size() - 1; i++) {
        Section s = sections.get(i);
        sections.set(i, new Section(s.title(), s.anchor(), s.level(), s.start(), sections.get(i + 1).start()));
      }
    }

    /**
     * The characters of a node as a String: copied in one piece from the parsed text where they
     * lie there (Flexmark's own toString appends them one at a time); the parsed text holds no
     * NUL, which Flexmark would give as U+FFFD.
     */
    private String string(BasedSequence chars) {
      if (!hasNul && inParsed(chars)) {
        return text.substring(chars.getStartOffset(), chars.getEndOffset());
      }
      return chars.toString();
    }

    /**
     * Whether {@code c} is a stretch of the parsed text as it is, so that its start and end
     * offsets are offsets in {@link #text} and {@link #chars}.
     */
    private boolean inParsed(BasedSequence c) {
      return c instanceof CharSubSequence cs ? cs.getBase() == chars : c instanceof SubSequence ss && ss.getBase() == text;
    }

    private int off(int bodyOffset) {
      return base + bodyOffset;
    }

    /**
     * The node after {@code n} in pre-order within {@code root}, or null: a walk without recursion
     * (bodies can nest thousands deep) and without a list of all nodes.
     */
    private static Node next(Node root, Node n) {
      Node c = n.getFirstChild();
      if (c != null) {
        return c;
      }
      while (n != root) {
        Node sibling = n.getNext();
        if (sibling != null) {
          return sibling;
        }
        n = n.getParent();
      }
      return null;
    }

    private void explicitHeadingId(Heading h) {
      Text last = lastText(h);
      if (last == null) {
        return;
      }
      Matcher m = trailingId(last.getChars(), text, chars);
      if (m != null) {
        String id = m.group(2);
        int idOffset = last.getStartOffset() + m.start(2) - 2;
        last.setChars(last.getChars().subSequence(0, m.start()).trimEnd());
        h.setText(h.getText().subSequence(0, Math.max(0, h.getText().length() - (m.end() - m.start()))).trimEnd());
        ids.put(h, id);
        anchorAt(id, Anchor.Kind.HEADING, true, string(h.getText()), h, idOffset);
      }
    }

    private void explicitBlockId(Paragraph p) {
      Text last = lastText(p);
      if (last == null) {
        return;
      }
      Matcher m = trailingId(last.getChars(), text, chars);
      if (m == null) {
        return;
      }
      String id = m.group(2);
      int idOffset = last.getStartOffset() + m.start(2) - 2;
      boolean alone = isLineStart(last, m.start());
      Node target = p;
      if (alone && p.getFirstChild() == last) {
        // A paragraph holding only {#id}: it names the block just before it.
        Node prev = p.getPrevious();
        if (prev == null || source.lineOf(off(prev.getEndOffset() - 1)) + 1 < source.lineOf(off(p.getStartOffset()))) {
          problems.add(new Problem("structure.attribute", off(idOffset),
              "The id {#" + id + "} stands alone but not directly after a block.",
              "Put {#" + id + "} at the end of the heading or paragraph it names, or on the line directly after the list, table or quote."));
          p.unlink();
          return;
        }
        target = prev;
        p.unlink();
      } else if (alone) {
        // {#id} on its own last line: the outermost block ending here (a list, a quote) or the paragraph.
        Node n = p;
        while (n.getParent() != null && !(n.getParent() instanceof Document) && n.getNext() == null) {
          n = n.getParent();
        }
        target = n.getParent() instanceof Document ? n : p;
        trimTrailing(last, m.start());
      } else {
        trimTrailing(last, m.start());
      }
      ids.put(target, id);
      String excerpt = string(target.getChars());
      Anchor.Kind kind = target instanceof Paragraph ? Anchor.Kind.PARAGRAPH : Anchor.Kind.BLOCK;
      String plainExcerpt = plain(excerpt);
      if (plainExcerpt.contains("{#")) {
        plainExcerpt = withoutIdAttributes(plainExcerpt);
      }
      anchorAt(id, kind, true, plainExcerpt.trim(), target, idOffset);
    }

    private boolean isLineStart(Text text, int index) {
      BasedSequence chars = text.getChars();
      for (int i = index - 1; i >= 0; i--) {
        char c = chars.charAt(i);
        if (c == '\n') {
          return true;
        }
        if (c != ' ' && c != '\t') {
          return false;
        }
      }
      Node prev = text.getPrevious();
      return prev == null || prev instanceof SoftLineBreak;
    }

    private void trimTrailing(Text last, int cut) {
      BasedSequence kept = last.getChars().subSequence(0, cut).trimEnd();
      if (kept.isEmpty()) {
        Node prev = last.getPrevious();
        last.unlink();
        if (prev instanceof SoftLineBreak) {
          prev.unlink();
        }
      } else {
        last.setChars(kept);
      }
    }

    private boolean hasIdMark(Text last) {
      if (last == null) {
        return false;
      }
      BasedSequence c = last.getChars();
      if (inParsed(c)) {
        return holdsIdMark(idMarks, c.getStartOffset(), c.getEndOffset());
      }
      return lastIdMark(c, text, chars) >= 0;
    }

    /** Where each "{#" of the parsed text starts (see {@link MarkdownReader#idMarks}). */
    private int[] idMarks;

    private static Text lastText(Node n) {
      Node c = n.getLastChild();
      return c instanceof Text t ? t : null;
    }

    private void heading(Heading h) {
      String title = plain(string(h.getText()));
      String id = ids.get(h);
      if (id == null) {
        String slug = slug(title);
        id = slug;
        for (int i = 2; usedIds.contains(id); i++) {
          id = slug + "-" + i;
        }
        ids.put(h, id);
        anchorAt(id, Anchor.Kind.HEADING, false, title, h, h.getStartOffset());
      }
      int start = off(h.getStartOffset());
      blocks.add(new Block(Block.Kind.HEADING, start, off(h.getEndOffset()), sections.size()));
      sections.add(new Section(title, id, h.getLevel(), start, source.length()));
    }

    private void anchorAt(String id, Anchor.Kind kind, boolean explicit, String excerpt, Node node, int bodyOffset) {
      usedIds.add(id);
      anchors.add(new Anchor(id, kind, explicit, excerpt.length() > 400 ? excerpt.substring(0, 397) + "..." : excerpt,
          off(node.getStartOffset()), off(node.getEndOffset()), source.position(off(bodyOffset))));
    }

    private void exemption(HtmlCommentBlock c) {
      Matcher m = ALLOW.matcher(c.getChars());
      if (!m.find()) {
        return;
      }
      Node next = c.getNext();
      int from = source.lineOf(off(c.getEndOffset()));
      int to = next == null ? from : source.lineOf(off(Math.max(next.getStartOffset(), next.getEndOffset() - 1)));
      String rule = m.group(1).trim();
      String reason = m.group(2) == null ? "" : m.group(2).trim();
      exemptions.add(new Exemption(rule, reason, from, to, source.position(off(c.getStartOffset()))));
    }

  }

  /**
   * {@link #TRAILING_ID} found in {@code chars}, or null. A match's "{#" can only be the last
   * one in the text (what follows it in a match holds none), so the pattern runs from just
   * before that one, with the region's bounds not taken as {@code ^}: the same match as a
   * search of the whole text, without running the pattern at every character of a paragraph.
   */
  static Matcher trailingId(BasedSequence chars) {
    return trailingId(chars, null, null);
  }

  /** {@link #trailingId(BasedSequence)}, scanning {@code body} where {@code chars} lies in {@code text}. */
  static Matcher trailingId(BasedSequence chars, String text, char[] body) {
    int mark = lastIdMark(chars, text, body);
    if (mark < 0) {
      return null;
    }
    Matcher m = TRAILING_ID.matcher(chars).useAnchoringBounds(false).region(Math.max(0, mark - 1), chars.length());
    return m.find() ? m : null;
  }

  /**
   * Where each "{#" of {@code text} starts, in order. The first pass of a walk asks, for every
   * heading and paragraph, whether its last text holds one, and most texts of a report hold none:
   * one search of the text with String.indexOf answers all of them, instead of a loop over every
   * character of each text.
   */
  static int[] idMarks(String text) {
    int[] marks = new int[16];
    int count = 0;
    for (int at = text.indexOf('{'); at >= 0 && at + 1 < text.length(); at = text.indexOf('{', at + 1)) {
      if (text.charAt(at + 1) == '#') {
        if (count == marks.length) {
          marks = java.util.Arrays.copyOf(marks, count * 2);
        }
        marks[count++] = at;
      }
    }
    return java.util.Arrays.copyOf(marks, count);
  }

  /**
   * Whether the text's characters {@code [start, end)} hold a "{#", given {@link #idMarks} of the
   * text: as {@link #lastIdMark} finds one, a mark at p with {@code start <= p} and {@code p + 1 < end}.
   */
  static boolean holdsIdMark(int[] marks, int start, int end) {
    int i = java.util.Arrays.binarySearch(marks, start);
    if (i < 0) {
      i = -i - 1;
    }
    return i < marks.length && marks[i] + 1 < end;
  }

  /** The index of the last "{#" in {@code chars}, or -1; read from the parsed text where it lies. */
  static int lastIdMark(BasedSequence chars, String text, char[] body) {
    if (body != null && (chars instanceof SubSequence sub && sub.getBase() == text
        || chars instanceof CharSubSequence csub && csub.getBase() == body)) {
      int start = chars.getStartOffset();
      for (int i = chars.getEndOffset() - 1; i > start; i--) {
        if (body[i] == '#' && body[i - 1] == '{') {
          return i - 1 - start;
        }
      }
      return -1;
    }
    if (chars instanceof SubSequence sub && sub.getBase() instanceof String base) {
      int start = sub.getStartOffset();
      for (int i = sub.getEndOffset() - 1; i > start; i--) {
        if (base.charAt(i) == '#' && base.charAt(i - 1) == '{') {
          return i - 1 - start;
        }
      }
      return -1;
    }
    for (int i = chars.length() - 1; i > 0; i--) {
      if (chars.charAt(i) == '#' && chars.charAt(i - 1) == '{') {
        return i - 1;
      }
    }
    return -1;
  }

  /**
   * Markdown source to rough plain text for excerpts and titles. Each replacement runs only when
   * the text holds the characters its pattern needs (most titles hold none), so the result is
   * what running all five always gives.
   */
  static String plain(String markdown) {
    int kind = ordinary(markdown);
    if (kind != MARKUP) {
      // No link, footnote, line marker or emphasis to remove: only the blanks are left to tidy.
      return tidy(markdown, kind == ORDINARY_WITH_RUNS);
    }
    String s = markdown;
    if (s.indexOf('[') >= 0) {
      s = LINK.matcher(s).replaceAll("$1");
      if (s.contains("[^")) {
        s = FOOTNOTE_REF.matcher(s).replaceAll("");
      }
    }
    if (mayHaveLineMarker(s)) {
      s = LINE_MARKER.matcher(s).replaceAll("");
    }
    if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0 || s.indexOf('`') >= 0) {
      s = withoutEmphasis(s);
    }
    return tidy(s, true);
  }

  /**
   * {@link #ORDINARY_WITH_RUNS} or {@link #ORDINARY} when {@code s} holds no '[', '*', '_' or '`'
   * and no line that could start with a marker ({@link #mayHaveLineMarker}), so that none of
   * {@link #plain}'s replacements but the blanks' can change it, the first when it holds a run
   * of blanks ({@link #hasSpaceRun}); otherwise {@link #MARKUP}. One look at each character,
   * where the separate checks each read the text again.
   */
  static int ordinary(String s) {
    boolean lineStart = true;
    boolean runs = false;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c <= ' ') {
        if (c == ' ') {
          runs |= i + 1 < n && s.charAt(i + 1) == ' ';
        } else if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
          runs = true;
        }
        if (lineStart && (c == ' ' || c == '\t')) {
          continue;
        }
      } else if (c == '[' || c == '*' || c == '_' || c == '`') {
        return MARKUP;
      }
      if (lineStart && (c == '#' || c == '>' || c == '-' || c == '+' || c == ':' || c >= '0' && c <= '9')) {
        return MARKUP;
      }
      lineStart = c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
    return runs ? ORDINARY_WITH_RUNS : ORDINARY;
  }

  static final int MARKUP = 0;
  static final int ORDINARY = 1;
  static final int ORDINARY_WITH_RUNS = 2;

  /**
   * {@code s} with blanks at either end removed and, when {@code runs} (false only when
   * {@link #hasSpaceRun} is, which it then is for the trimmed text too), each run of blanks made
   * one space.
   */
  private static String tidy(String s, boolean runs) {
    // Blanks at either end become at most one space, which trim() removes: only those between
    // the first and last other characters can change the result.
    int from = 0;
    int to = s.length();
    while (to > from && org.reviewpress.internal.Spaces.isSpace(s.charAt(to - 1))) {
      to--;
    }
    while (from < to && org.reviewpress.internal.Spaces.isSpace(s.charAt(from))) {
      from++;
    }
    if (from > 0 || to < s.length()) {
      s = s.substring(from, to);
    }
    if (runs && hasSpaceRun(s)) {
      s = org.reviewpress.internal.Spaces.collapse(s);
    }
    return s.trim();
  }

  /**
   * {@code s} without each {@code {#id}}, as replacing the matches of {@code \{#[A-Za-z0-9_-]+\}}
   * by nothing gives: every match starts at a "{#", found with indexOf.
   */
  static String withoutIdAttributes(String s) {
    int at = s.indexOf("{#");
    if (at < 0) {
      return s;
    }
    StringBuilder b = null;
    int copied = 0;
    while (at >= 0) {
      int k = at + 2;
      while (k < s.length() && isIdChar(s.charAt(k))) {
        k++;
      }
      if (k > at + 2 && k < s.length() && s.charAt(k) == '}') {
        if (b == null) {
          b = new StringBuilder(s.length());
        }
        b.append(s, copied, at);
        copied = k + 1;
        at = s.indexOf("{#", copied);
      } else {
        at = s.indexOf("{#", at + 1);
      }
    }
    if (b == null) {
      return s;
    }
    b.append(s, copied, s.length());
    return b.toString();
  }

  private static boolean isIdChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
  }

  /** {@code s} without '*', '_' and '`': what replacing {@code [*_`]+} by nothing gives. */
  private static String withoutEmphasis(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '*' && c != '_' && c != '`') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Whether some line (after any line break, a superset of (?m)^) starts, after blanks, as a marker can. */
  private static boolean mayHaveLineMarker(String s) {
    boolean lineStart = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (lineStart) {
        if (c == ' ' || c == '\t') {
          continue;
        }
        if (c == '#' || c == '>' || c == '-' || c == '*' || c == '+' || c == ':' || c >= '0' && c <= '9') {
          return true;
        }
      }
      lineStart = c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
    return false;
  }

  /** Whether replacing each run of \s by one space could change {@code s}. */
  private static boolean hasSpaceRun(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
        return true;
      }
    }
    return false;
  }
}
