package org.reviewpress.render;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Writes a parsed page out as the UTF-8 bytes of what jsoup's {@code outerHtml()} gives with the
 * settings pages use (no pretty printing, UTF-8, base entities, HTML syntax), several times
 * faster: jsoup escapes text one code point at a time through an appendable, which made writing
 * the page cost as much as parsing it. Elements and text in the HTML namespace are written here;
 * everything else (doctype, comments, script and style data, SVG and MathML, unusual attribute
 * names, text with control characters or surrogates) is handed to jsoup node by node, so its rules
 * stay the only rules for anything out of the ordinary.
 *
 * <p>The page goes straight into UTF-8 bytes, as the file holds it: built as a string it would be
 * one of two bytes a character (a page's curly quotes and dashes see to that), then copied and
 * encoded again to be written. The bytes are those of {@code outerHtml().getBytes(UTF_8)}, a lone
 * surrogate included (written as {@code ?}, as that encoder writes it).
 */
final class HtmlWriter {

  private static final byte[] AMP = ascii("&amp;");
  private static final byte[] LT = ascii("&lt;");
  private static final byte[] GT = ascii("&gt;");
  private static final byte[] QUOT = ascii("&quot;");
  private static final byte[] NBSP = ascii("&nbsp;");

  /** Each thread's writer: its buffers are kept from one page to the next. */
  private static final ThreadLocal<HtmlWriter> WRITERS = ThreadLocal.withInitial(HtmlWriter::new);

  /** Above this the buffers are not kept for the next page. */
  private static final int KEEP = 4 << 20;

  /** The page's bytes so far: {@code out[0, len)}. */
  private byte[] out = new byte[64 * 1024];
  private int len;

  /**
   * Where the {@code ?} of a high surrogate ended a piece written by {@link #chars(String)}, or -1:
   * if the very next piece begins with a low surrogate, the two were one character of the page.
   */
  private int pendingHigh = -1;

  /** The high surrogate that {@link #pendingHigh} stands for. */
  private char lastHigh;

  /**
   * The characters of the string being scanned: one copy, then plain array reads. Under the
   * client compiler (the cold {@code mvn} run) every {@code String.charAt} on text with curly
   * quotes or dashes is a call with its own bounds check.
   */
  private char[] chars = new char[1024];

  /** Tag names as UTF-8, by name: the parser's tags share their name strings, so most lookups meet the same key. */
  private final Map<String, byte[]> names = new HashMap<>();

  /** Texts known to need no escaping and to be ASCII (by identity): copied as they are, without reading them. */
  private Set<String> plainTexts = Set.of();

  private HtmlWriter() {}

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** The document as {@code doc.outerHtml()} gives it, through its UTF-8 bytes (see the class). */
  static String write(Document doc) {
    return new String(utf8(doc, Set.of(), 64 * 1024), StandardCharsets.UTF_8);
  }

  /** As {@link #utf8(Document, Set, int)}, decoded. */
  static String write(Document doc, Set<String> plainTexts, int sizeHint) {
    return new String(utf8(doc, plainTexts, sizeHint), StandardCharsets.UTF_8);
  }

  /**
   * The document as {@code doc.outerHtml().getBytes(UTF_8)} gives it, given texts (string objects,
   * compared by identity) that are ASCII and hold nothing to escape and no control character but
   * tab and line feed, and about how many bytes the page will have.
   */
  static byte[] utf8(Document doc, Set<String> plainTexts, int sizeHint) {
    Document.OutputSettings settings = doc.outputSettings();
    if (settings.prettyPrint() || settings.outline() || settings.escapeMode() != Entities.EscapeMode.base
        || settings.syntax() != Document.OutputSettings.Syntax.html
        || !settings.charset().name().equals("UTF-8")) {
      return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
    }
    HtmlWriter w = WRITERS.get();
    w.plainTexts = plainTexts;
    w.len = 0;
    w.pendingHigh = -1;
    w.ensure(sizeHint);
    try {
      for (int i = 0; i < doc.childNodeSize(); i++) {
        w.node(doc.childNode(i));
      }
      return java.util.Arrays.copyOf(w.out, w.len);
    } finally {
      w.plainTexts = Set.of();
      if (w.out.length > KEEP) {
        w.out = new byte[64 * 1024];
      }
      if (w.chars.length > KEEP) {
        w.chars = new char[1024];
      }
      if (w.names.size() > 256) {
        w.names.clear();
      }
    }
  }

  /** Room for {@code n} more bytes. */
  private void ensure(int n) {
    if (out.length - len < n) {
      out = java.util.Arrays.copyOf(out, Math.max(len + n, out.length * 2));
    }
  }

  /** The characters of {@code s} in {@link #chars}, from index 0. */
  private char[] charsOf(String s) {
    int n = s.length();
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    s.getChars(0, n, chars, 0);
    return chars;
  }

  private void put(byte b) {
    if (len == out.length) {
      ensure(1);
    }
    out[len++] = b;
  }

  private void put(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, out, len, bytes.length);
    len += bytes.length;
  }

  /** A tag's name. */
  private void name(String name) {
    byte[] b = names.get(name);
    if (b == null) {
      b = name.getBytes(StandardCharsets.UTF_8);
      names.put(name, b);
    }
    put(b);
  }

  /**
   * Any string, as {@code getBytes(UTF_8)} encodes it, but for a surrogate pair split between this
   * and the piece before: encoded as the one character it is, as in the page's whole text.
   */
  private void chars(String s) {
    int n = s.length();
    if (n == 0) {
      return;
    }
    char[] cs = charsOf(s);
    ensure(3 * n);
    byte[] b = out;
    int p = len;
    int i = 0;
    if (pendingHigh == p && Character.isLowSurrogate(cs[0])) {
      p = four(b, p - 1, Character.toCodePoint(lastHigh, cs[0])); // over the high surrogate's '?'
      i = 1;
    }
    pendingHigh = -1;
    for (; i < n; i++) {
      char c = cs[i];
      if (c < 0x80) {
        b[p++] = (byte) c;
      } else if (c < 0x800) {
        b[p++] = (byte) (0xc0 | c >> 6);
        b[p++] = (byte) (0x80 | c & 0x3f);
      } else if (!Character.isSurrogate(c)) {
        p = three(b, p, c);
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(cs[i + 1])) {
        p = four(b, p, Character.toCodePoint(c, cs[++i]));
      } else {
        b[p++] = '?';
        if (i + 1 == n && Character.isHighSurrogate(c)) {
          pendingHigh = p;
          lastHigh = c;
        }
      }
    }
    len = p;
  }


  private static int three(byte[] b, int p, char c) {
    b[p] = (byte) (0xe0 | c >> 12);
    b[p + 1] = (byte) (0x80 | c >> 6 & 0x3f);
    b[p + 2] = (byte) (0x80 | c & 0x3f);
    return p + 3;
  }

  private static int four(byte[] b, int p, int cp) {
    b[p] = (byte) (0xf0 | cp >> 18);
    b[p + 1] = (byte) (0x80 | cp >> 12 & 0x3f);
    b[p + 2] = (byte) (0x80 | cp >> 6 & 0x3f);
    b[p + 3] = (byte) (0x80 | cp & 0x3f);
    return p + 4;
  }

  /** Goes back to a length written before, forgetting a split surrogate pair written since. */
  private void truncate(int mark) {
    len = mark;
    if (pendingHigh > mark) {
      pendingHigh = -1;
    }
  }

  /** One node and everything under it, without recursion (page trees can be deep). */
  private void node(Node root) {
    Node node = root;
    while (node != null) {
      boolean descend = false;
      if (node.getClass() == TextNode.class) {
        text((TextNode) node);
      } else if (node instanceof Element e && Parser.NamespaceHtml.equals(e.tag().namespace())) {
        open(e);
        descend = e.childNodeSize() > 0 && !e.tag().isEmpty(); // jsoup writes nothing inside a void element
      } else {
        chars(node.outerHtml());
      }
      if (descend) {
        node = node.childNode(0);
        continue;
      }
      // Up until there is a next sibling, closing each element left.
      while (node != root && node.nextSibling() == null) {
        node = node.parentNode();
        close((Element) node);
      }
      node = node == root ? null : node.nextSibling();
    }
  }

  private void open(Element e) {
    String name = e.tagName();
    put((byte) '<');
    name(name);
    if (e.attributesSize() > 0) {
      attributes(e);
    }
    if (e.tag().isEmpty()) {
      put((byte) '>'); // a void element: <br>
    } else if (e.childNodeSize() == 0) {
      put((byte) '>');
      put((byte) '<');
      put((byte) '/');
      name(name);
      put((byte) '>');
    } else {
      put((byte) '>');
      // As the HTML spec says: a parser drops a newline straight after these start tags.
      String n = e.normalName();
      if ((n.equals("pre") || n.equals("listing") || n.equals("textarea")) && e.childNode(0) instanceof TextNode t) {
        String text = t.getWholeText();
        if (text.startsWith("\n") || text.startsWith("\r")) {
          put((byte) '\n');
        }
      }
    }
  }

  private void close(Element e) {
    // Only elements with children get here, and void ones are never entered.
    put((byte) '<');
    put((byte) '/');
    name(e.tagName());
    put((byte) '>');
  }

  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the names checked are ASCII
  private void attributes(Element e) {
    int mark = len;
    for (Attribute a : e.attributes()) {
      String key = a.getKey();
      String value = a.getValue();
      if (!plainKey(key)) {
        truncate(mark);
        chars(e.attributes().html()); // jsoup's own rules for keys and values out of the ordinary
        return;
      }
      int k = key.length();
      ensure(k + 1);
      out[len++] = ' ';
      key.getBytes(0, k, out, len);
      len += k;
      // jsoup leaves out the value of an attribute written without one, and of a boolean one that is
      // empty or repeats its name.
      boolean bare = !a.hasDeclaredValue()
          || (value.isEmpty() || asciiEqualsIgnoreCase(value, key)) && Attribute.isBooleanAttribute(key);
      if (bare) {
        if (!plain(value)) {
          truncate(mark);
          chars(e.attributes().html());
          return;
        }
      } else {
        put((byte) '=');
        put((byte) '"');
        if (!escaped(value, true)) {
          truncate(mark);
          chars(e.attributes().html());
          return;
        }
        put((byte) '"');
      }
    }
  }

  /** Text escaped in one pass; handed to jsoup instead if it holds a control character or a surrogate. */
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): plain texts are ASCII
  private void text(TextNode t) {
    String s = t.getWholeText();
    if (plainTexts.contains(s)) {
      int n = s.length();
      ensure(n);
      s.getBytes(0, n, out, len);
      len += n;
      return;
    }
    int mark = len;
    if (!escaped(s, false)) {
      truncate(mark);
      chars(t.outerHtml());
    }
  }

  private static boolean asciiEqualsIgnoreCase(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y && lower(x) != lower(y)) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** A lower-case attribute name of letters, digits and hyphens, as the safelist and the templates use. */
  private static boolean plainKey(String key) {
    if (key.isEmpty() || key.charAt(0) < 'a' || key.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** No control character other than tab, line feed and carriage return, and no surrogate. */
  private boolean plain(String s) {
    int n = s.length();
    char[] cs = charsOf(s);
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      if (c < ' ' ? c != '\t' && c != '\n' && c != '\r' : c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes the text with jsoup's escapes ({@code & < >} and no-break space, and {@code "} in an
   * attribute's value) and says yes; says no, having written part of it, if it holds a control
   * character other than tab, line feed and carriage return, or a surrogate (jsoup's rules then).
   */
  private boolean escaped(String s, boolean attribute) {
    int n = s.length();
    char[] cs = charsOf(s);
    ensure(6 * n); // "&nbsp;" for one character at most
    byte[] b = out;
    int p = len;
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      if (c > '>') {
        if (c < 0x80) {
          b[p++] = (byte) c;
        } else if (c < 0x800) {
          if (c == '\u00a0') {
            System.arraycopy(NBSP, 0, b, p, 6);
            p += 6;
          } else {
            b[p++] = (byte) (0xc0 | c >> 6);
            b[p++] = (byte) (0x80 | c & 0x3f);
          }
        } else if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
          p = three(b, p, c);
        } else {
          return false;
        }
      } else if (c == '&') {
        System.arraycopy(AMP, 0, b, p, 5);
        p += 5;
      } else if (c == '<') {
        System.arraycopy(LT, 0, b, p, 4);
        p += 4;
      } else if (c == '>') {
        System.arraycopy(GT, 0, b, p, 4);
        p += 4;
      } else if (c == '"' && attribute) {
        System.arraycopy(QUOT, 0, b, p, 6);
        p += 6;
      } else if (c < ' ' && c != '\t' && c != '\n' && c != '\r') {
        return false;
      } else {
        b[p++] = (byte) c;
      }
    }
    len = p;
    return true;
  }
}
