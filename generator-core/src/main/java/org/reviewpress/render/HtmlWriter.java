package org.reviewpress.render;

import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Writes a parsed page out exactly as jsoup's {@code outerHtml()} does with the settings pages use
 * (no pretty printing, UTF-8, base entities, HTML syntax), several times faster: jsoup escapes
 * text one code point at a time through an appendable, which made writing the page cost as much
 * as parsing it. Elements and text in the HTML namespace are written here; everything else
 * (doctype, comments, script and style data, SVG and MathML, unusual attribute names, text with
 * control characters or surrogates) is handed to jsoup node by node, so its rules stay the only
 * rules for anything out of the ordinary.
 */
final class HtmlWriter {

  private final StringBuilder out;

  /**
   * The characters of the string being scanned: one copy, then plain array reads. Under the
   * client compiler (the cold {@code mvn} run) every {@code String.charAt} on text with curly
   * quotes or dashes is a call with its own bounds check.
   */
  private char[] chars = new char[1024];

  /** Texts known to need no escaping (by identity): written as they are, without reading them. */
  private final Set<String> plainTexts;

  private HtmlWriter(Set<String> plainTexts, int sizeHint) {
    this.plainTexts = plainTexts;
    // Two bytes a character from the start: a page with one curly quote or dash needs them anyway,
    // and a builder of one byte a character would copy everything written so far when it meets the
    // first, having read each character of the text before it one call at a time to look for it.
    this.out = new StringBuilder(1).append('\u0100');
    out.setLength(0);
    out.ensureCapacity(sizeHint);
  }

  /** The document as {@code doc.outerHtml()} gives it. */
  static String write(Document doc) {
    return write(doc, Set.of(), 64 * 1024);
  }

  /**
   * The document as {@code doc.outerHtml()} gives it, given texts (string objects, compared by
   * identity) that hold nothing to escape and no control character but tab and line feed, and
   * about how many characters the page will have.
   */
  static String write(Document doc, Set<String> plainTexts, int sizeHint) {
    Document.OutputSettings settings = doc.outputSettings();
    if (settings.prettyPrint() || settings.outline() || settings.escapeMode() != Entities.EscapeMode.base
        || settings.syntax() != Document.OutputSettings.Syntax.html
        || !settings.charset().name().equals("UTF-8")) {
      return doc.outerHtml();
    }
    HtmlWriter w = new HtmlWriter(plainTexts, sizeHint);
    for (int i = 0; i < doc.childNodeSize(); i++) {
      w.node(doc.childNode(i));
    }
    return w.out.toString();
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
        out.append(node.outerHtml());
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
    out.append('<').append(name);
    if (e.attributesSize() > 0) {
      attributes(e);
    }
    if (e.tag().isEmpty()) {
      out.append('>'); // a void element: <br>
    } else if (e.childNodeSize() == 0) {
      out.append("></").append(name).append('>');
    } else {
      out.append('>');
      // As the HTML spec says: a parser drops a newline straight after these start tags.
      String n = e.normalName();
      if ((n.equals("pre") || n.equals("listing") || n.equals("textarea")) && e.childNode(0) instanceof TextNode t) {
        String text = t.getWholeText();
        if (text.startsWith("\n") || text.startsWith("\r")) {
          out.append('\n');
        }
      }
    }
  }

  private void close(Element e) {
    // Only elements with children get here, and void ones are never entered.
    out.append("</").append(e.tagName()).append('>');
  }

  private void attributes(Element e) {
    int mark = out.length();
    for (Attribute a : e.attributes()) {
      String key = a.getKey();
      String value = a.getValue();
      if (!plainKey(key)) {
        out.setLength(mark);
        out.append(e.attributes().html()); // jsoup's own rules for keys and values out of the ordinary
        return;
      }
      out.append(' ').append(key);
      // jsoup leaves out the value of an attribute written without one, and of a boolean one that is
      // empty or repeats its name.
      boolean bare = !a.hasDeclaredValue()
          || (value.isEmpty() || asciiEqualsIgnoreCase(value, key)) && Attribute.isBooleanAttribute(key);
      if (bare) {
        if (!plain(value)) {
          out.setLength(mark);
          out.append(e.attributes().html());
          return;
        }
      } else {
        out.append("=\"");
        if (!escaped(value)) {
          out.setLength(mark);
          out.append(e.attributes().html());
          return;
        }
        out.append('"');
      }
    }
  }

  /** Text escaped in one pass; handed to jsoup instead if it holds a control character or a surrogate. */
  private void text(TextNode t) {
    String s = t.getWholeText();
    if (plainTexts.contains(s)) {
      out.append(s);
      return;
    }
    int n = s.length();
    char[] cs = charsOf(s);
    int mark = out.length();
    int from = 0;
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      String replacement;
      if (c > '>') {
        if (c == '\u00a0') {
          replacement = "&nbsp;";
        } else if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
          out.setLength(mark);
          out.append(t.outerHtml());
          return;
        } else {
          continue;
        }
      } else if (c == '&') {
        replacement = "&amp;";
      } else if (c == '<') {
        replacement = "&lt;";
      } else if (c == '>') {
        replacement = "&gt;";
      } else if (c < ' ' && c != '\t' && c != '\n' && c != '\r') {
        out.setLength(mark);
        out.append(t.outerHtml());
        return;
      } else {
        continue;
      }
      out.append(s, from, i).append(replacement);
      from = i + 1;
    }
    out.append(s, from, n);
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
   * Appends the value with jsoup's escapes for attribute values ({@code & < > "} and no-break
   * space) and says yes; says no, having appended part of it, if it holds a control character
   * other than tab, line feed and carriage return, or a surrogate (jsoup's rules then).
   */
  private boolean escaped(String s) {
    int n = s.length();
    char[] cs = charsOf(s);
    int from = 0;
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      String replacement;
      if (c > '>') {
        if (c == '\u00a0') {
          replacement = "&nbsp;";
        } else if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
          return false;
        } else {
          continue;
        }
      } else if (c == '&') {
        replacement = "&amp;";
      } else if (c == '<') {
        replacement = "&lt;";
      } else if (c == '>') {
        replacement = "&gt;";
      } else if (c == '"') {
        replacement = "&quot;";
      } else if (c < ' ' && c != '\t' && c != '\n' && c != '\r') {
        return false;
      } else {
        continue;
      }
      out.append(s, from, i).append(replacement);
      from = i + 1;
    }
    out.append(s, from, n);
    return true;
  }
}
