package org.reviewpress.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Whether a sanitised body, written out as HTML and parsed again inside a page, would give back
 * exactly the tree it is. The page used to do just that (sanitise, write out, put into the
 * template, parse the whole page again); when this says yes, the page takes the sanitised nodes
 * as they are instead, and its output does not change.
 *
 * <p>HTML parsing is not idempotent: removing an unsafe element can leave a paragraph inside a
 * paragraph, a heading inside a heading or two text nodes side by side, which a second parse
 * rearranges, and a {@code <pre>} loses a leading newline each time it is parsed. So
 * this accepts only trees in which every element sits where the parser's "in body" and table
 * rules put it without any repair: block elements only in block containers, phrasing content
 * only holding phrasing content and text, list items in lists, table parts in their table,
 * no link inside a link, no deep nesting, and text the parser reads back unchanged. Text
 * nodes side by side (a dropped comment leaves them) are joined, as the parser would join them. Anything else answers no, and the page takes the old, slower way. Reports written in
 * Markdown give trees of this kind; it is raw HTML, mostly broken or hostile, that falls back.
 */
final class ReparseStable {

  /** Deep nesting is left to the old way: the parser limits the depth of what it builds. */
  private static final int MAX_DEPTH = 100;

  /** Elements the parser inserts at the current node without closing anything: inline content. */
  private static final Set<String> PHRASING = Set.of("a", "abbr", "b", "bdi", "br", "cite", "code", "del", "em", "i",
      "img", "ins", "mark", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "time", "u", "wbr");

  /** Block elements that may stand in a block container (none of them may stand in a paragraph). */
  private static final Set<String> BLOCK = Set.of("div", "blockquote", "section", "aside", "figure", "figcaption",
      "details", "summary", "p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr", "table", "ol", "ul", "dl");

  /** Elements that may hold blocks as well as inline content. */
  private static final Set<String> CONTAINER = Set.of("body", "div", "blockquote", "section", "aside", "figure",
      "figcaption", "details", "summary", "li", "dd", "dt", "td", "th");

  /** Elements that hold inline content only. */
  private static final Set<String> INLINE_ONLY = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "caption");

  private static final Set<String> VOID = Set.of("br", "img", "wbr", "hr", "col");

  /** The sets above as bits of one number per tag name: one lookup per element instead of several. */
  private static final int IS_PHRASING = 1;
  private static final int IS_BLOCK = 2;
  private static final int IS_CONTAINER = 4;
  private static final int IS_INLINE_ONLY = 8;
  private static final int IS_VOID = 16;
  private static final Map<String, Integer> KINDS = kinds();

  private static Map<String, Integer> kinds() {
    Map<String, Integer> kinds = new HashMap<>();
    PHRASING.forEach(t -> kinds.merge(t, IS_PHRASING, (a, b) -> a | b));
    BLOCK.forEach(t -> kinds.merge(t, IS_BLOCK, (a, b) -> a | b));
    CONTAINER.forEach(t -> kinds.merge(t, IS_CONTAINER, (a, b) -> a | b));
    INLINE_ONLY.forEach(t -> kinds.merge(t, IS_INLINE_ONLY, (a, b) -> a | b));
    VOID.forEach(t -> kinds.merge(t, IS_VOID, (a, b) -> a | b));
    return kinds;
  }

  private static int kind(String tag) {
    Integer kind = KINDS.get(tag);
    return kind == null ? 0 : kind;
  }

  private final List<String> images;
  private final Set<String> plainTexts;
  private final Map<String, Element> ids;
  private final List<Element> tables;

  /** The characters of the text being checked: array reads, not a {@code charAt} call each (see {@link HtmlWriter}). */
  private char[] chars = new char[1024];

  private ReparseStable(List<String> images, Set<String> plainTexts, Map<String, Element> ids, List<Element> tables) {
    this.images = images;
    this.plainTexts = plainTexts;
    this.ids = ids;
    this.tables = tables;
  }

  /**
   * Checks the children of {@code body}; adds the {@code src} of every image, in document order,
   * to {@code imageSources} while it is at it, and to {@code plainTexts} every text (the string
   * object itself, for an identity set) that {@link HtmlWriter} may write as it is, with nothing
   * to escape, so that it need not read the text again.
   */
  static boolean check(Element body, List<String> imageSources, Set<String> plainTexts) {
    return check(body, imageSources, plainTexts, new HashMap<>(), new java.util.ArrayList<>());
  }

  /**
   * As {@link #check(Element, List, Set)}, and besides puts in {@code ids} the first element of each
   * id and in {@code tables} every table, in document order (what the page's passes look up in
   * its body), from this walk rather than another.
   */
  static boolean check(Element body, List<String> imageSources, Set<String> plainTexts, Map<String, Element> ids,
      List<Element> tables) {
    return new ReparseStable(imageSources, plainTexts, ids, tables).children(body, "body", kind("body"), false, 0);
  }

  private boolean children(Element parent, String name, int parentKind, boolean inLink, int depth) {
    if (depth > MAX_DEPTH) {
      return false;
    }
    boolean whitespaceOnly = (parentKind & (IS_CONTAINER | IS_INLINE_ONLY | IS_PHRASING)) == 0;
    joinText(parent);
    int n = parent.childNodeSize();
    for (int i = 0; i < n; i++) {
      Node node = parent.childNode(i);
      if (node.getClass() == TextNode.class) {
        String text = ((TextNode) node).getWholeText();
        int kind = scan(text);
        if (kind == UNSTABLE || whitespaceOnly && !isWhitespace(text)
            || i == 0 && name.equals("pre") && text.charAt(0) == '\n') {
          return false;
        }
        if (kind == PLAIN) {
          plainTexts.add(text);
        }
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        int kind = kind(tag);
        if (!allowedIn(name, parentKind, tag, kind) || inLink && tag.equals("a") || !attributesReadBack(e)) {
          return false;
        }
        if (e.attributesSize() > 0) {
          String id = e.id();
          if (!id.isEmpty()) {
            ids.putIfAbsent(id, e);
          }
        }
        if (tag.equals("table")) {
          tables.add(e);
        }
        if ((kind & IS_VOID) != 0) {
          if (e.childNodeSize() > 0) {
            return false;
          }
        } else if (!children(e, tag, kind, inLink || tag.equals("a"), depth + 1)) {
          return false;
        }
      } else {
        return false; // the sanitiser keeps only elements and text
      }
    }
    return true;
  }

  /**
   * Joins text nodes that stand side by side and drops empty ones, as parsing the written-out
   * HTML would (a dropped comment or element leaves them): this changes nothing in the HTML
   * written out, so the tree stays good for the old way too.
   */
  private static void joinText(Element parent) {
    Node previous = null;
    for (int i = 0; i < parent.childNodeSize(); ) {
      Node node = parent.childNode(i);
      if (node.getClass() == TextNode.class) {
        TextNode t = (TextNode) node;
        if (t.getWholeText().isEmpty()) {
          t.remove();
          continue;
        }
        if (previous != null && previous.getClass() == TextNode.class) {
          TextNode p = (TextNode) previous;
          p.text(p.getWholeText() + t.getWholeText());
          t.remove();
          continue;
        }
      }
      previous = node;
      i++;
    }
  }

  private static boolean allowedIn(String parent, int parentKind, String child, int childKind) {
    if ((parentKind & IS_CONTAINER) != 0) {
      return (childKind & (IS_BLOCK | IS_PHRASING)) != 0;
    }
    if ((parentKind & (IS_INLINE_ONLY | IS_PHRASING)) != 0) {
      return (childKind & IS_PHRASING) != 0;
    }
    return switch (parent) {
      case "ol", "ul" -> child.equals("li");
      case "dl" -> child.equals("dt") || child.equals("dd");
      case "table" -> child.equals("caption") || child.equals("colgroup") || child.equals("thead")
          || child.equals("tbody") || child.equals("tfoot");
      case "thead", "tbody", "tfoot" -> child.equals("tr");
      case "tr" -> child.equals("td") || child.equals("th");
      case "colgroup" -> child.equals("col");
      default -> false;
    };
  }

  private boolean attributesReadBack(Element e) {
    if (e.attributesSize() == 0) {
      return true;
    }
    for (Attribute a : e.attributes()) {
      String v = a.getValue();
      if (!v.isEmpty() && scan(v) == UNSTABLE) {
        return false;
      }
    }
    if (e.normalName().equals("img") && e.hasAttr("src")) {
      images.add(e.attr("src"));
    }
    return true;
  }

  /** What {@link #scan} says of a text. */
  private static final int UNSTABLE = 0;
  private static final int STABLE = 1;
  private static final int PLAIN = 2;

  /**
   * {@link #UNSTABLE} unless the parser gives the text back as it is: not empty, no NUL, no
   * carriage return, no lone surrogate. {@link #PLAIN} if besides it has nothing that
   * {@link HtmlWriter} escapes, encodes or hands to jsoup: no {@code & < >}, no control character
   * but tab and line feed, nothing but ASCII (so no no-break space and no surrogate).
   */
  private int scan(String text) {
    int n = text.length();
    if (n == 0) {
      return UNSTABLE;
    }
    char[] cs = charsOf(text);
    boolean plain = true;
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      if (c <= '>') {
        if (c < ' ') {
          if (c == '\0' || c == '\r') {
            return UNSTABLE;
          }
          plain &= c == '\t' || c == '\n';
        } else if (c == '&' || c == '<' || c == '>') {
          plain = false;
        }
      } else if (c >= 0x80) {
        plain = false; // HtmlWriter copies only ASCII text as it is
        if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
          if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(cs[i + 1])) {
            i++;
          } else {
            return UNSTABLE;
          }
        }
      }
    }
    return plain ? PLAIN : STABLE;
  }

  /** Only the characters the parser keeps in table structure rather than moving them out. */
  private boolean isWhitespace(String text) {
    int n = text.length();
    char[] cs = charsOf(text);
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      if (c != ' ' && c != '\n' && c != '\t' && c != '\f') {
        return false;
      }
    }
    return true;
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
}
