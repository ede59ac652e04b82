package org.reviewpress.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans the HTML made from an author's Markdown, raw HTML included: only a safelist of
 * document elements and attributes survives. Scripts, event handlers, styles, iframes, forms
 * and {@code javascript:}/{@code data:} URLs never reach a page. Thread-safe.
 *
 * <p>The parsed body is cleaned where it stands, by the same safelist and the same rules as
 * jsoup's {@link Cleaner} (which copies every safe node into a new document): an element the
 * safelist does not allow gives way to its children, its unsafe attributes go, text stays (as
 * plain text, CDATA included), data such as a script's is kept only inside an allowed element,
 * and everything else (comments, doctypes, declarations) goes. {@code SanitiserTest} holds the two
 * to the same result on the injection corpus, generated reports and random markup.
 */
public final class Sanitiser {

  /** A base that relative links resolve against while being checked; it never reaches output. */
  private static final String BASE = "https://reviewpress.invalid/report/";

  private static final java.util.regex.Pattern SAFE_ID = java.util.regex.Pattern.compile("[A-Za-z0-9_-]+");

  /** Tag names already asked about, bounded so that hostile input cannot grow it without end. */
  private static final int MAX_REMEMBERED = 512;

  private final Safelist safelist;

  /** Whether the safelist allows a tag (by its normal name), and whether it enforces attributes on it. */
  private final ConcurrentHashMap<String, TagRule> tags = new ConcurrentHashMap<>();

  private enum TagRule { UNSAFE, SAFE, ENFORCED }

  public Sanitiser() {
    this.safelist = Safelist.relaxed()
        .addTags("abbr", "figure", "figcaption", "hr", "mark", "del", "ins", "s", "details", "summary",
            "section", "aside", "small", "sup", "sub", "time", "bdi", "wbr")
        .addAttributes(":all", "id", "class", "lang", "dir", "title")
        .addAttributes("a", "href", "title", "aria-describedby", "role")
        .addAttributes("th", "scope", "colspan", "rowspan", "abbr")
        .addAttributes("td", "colspan", "rowspan", "headers")
        .addAttributes("ol", "start", "reversed", "type")
        .addAttributes("li", "value")
        .addAttributes("img", "src", "alt", "title", "width", "height")
        .addAttributes("time", "datetime")
        .addProtocols("a", "href", "https", "http", "mailto")
        .removeProtocols("img", "src", "http")
        .preserveRelativeLinks(true);
    this.fragmentsSafe = fragmentsSafe();
  }

  /** Returns the safe form of an HTML fragment. */
  public String clean(String html) {
    return html(cleanDocument(html));
  }

  /** The safe body written out, as {@link #clean} returns it. */
  static String html(Document clean) {
    clean.outputSettings().prettyPrint(false);
    return clean.body().html();
  }

  /**
   * The safe form of an HTML fragment as a document of its own, whose body holds it: the page
   * takes its nodes from here instead of writing them out and parsing them again.
   */
  Document cleanDocument(String html) {
    Document doc = Jsoup.parseBodyFragment(html, BASE);
    if (!cleanInPlace(doc)) {
      // The safelist enforces an attribute somewhere: jsoup's cleaner has the rules for that.
      doc = ourRules(new Cleaner(safelist).clean(Jsoup.parseBodyFragment(html, BASE)));
    }
    return doc;
  }

  /** jsoup's cleaner, then this site's own rules: what {@link #cleanDocument} gives, the slow way (for tests). */
  Document cleanDocumentByCopy(String html) {
    return ourRules(new Cleaner(safelist).clean(Jsoup.parseBodyFragment(html, BASE)));
  }

  private static Document ourRules(Document clean) {
    for (Element e = clean.body(); e != null; e = next(e, clean.body())) {
      ourRules(e);
    }
    return clean;
  }

  /**
   * Cleans the body in place, one walk in document order. Says no, having changed nothing it
   * could not finish, when an element's tag has enforced attributes.
   */
  private boolean cleanInPlace(Document doc) {
    doc.head().empty();
    Element body = doc.body();
    body.clearAttributes(); // the cleaner's body is a new, bare one; only its children are ever used
    Node node = body.childNodeSize() > 0 ? body.childNode(0) : null;
    while (node != null) {
      if (node instanceof Element e) {
        TagRule rule = rule(e.normalName());
        if (rule == TagRule.SAFE) {
          if (e.attributesSize() > 0) {
            keepSafeAttributes(e);
            ourRules(e);
          }
          node = e.childNodeSize() > 0 ? e.childNode(0) : DocumentOrder.following(e, body);
        } else if (rule == TagRule.UNSAFE) {
          // Its data (a script's, a style's) goes with it: the parent of that data is not allowed.
          for (int i = e.childNodeSize() - 1; i >= 0; i--) {
            if (e.childNode(i) instanceof DataNode) {
              e.childNode(i).remove();
            }
          }
          if (e.childNodeSize() > 0) {
            node = e.childNode(0);
            e.unwrap();
          } else {
            node = DocumentOrder.following(e, body);
            e.remove();
          }
        } else {
          return false;
        }
      } else if (node.getClass() == TextNode.class) {
        node = DocumentOrder.following(node, body);
      } else if (node instanceof TextNode t) {
        // CDATA and any other kind of text: plain text, as the cleaner copies it.
        TextNode plain = new TextNode(t.getWholeText());
        t.replaceWith(plain);
        node = DocumentOrder.following(plain, body);
      } else if (node instanceof DataNode && rule(node.parent().normalName()) != TagRule.UNSAFE) {
        node = DocumentOrder.following(node, body);
      } else {
        Node next = DocumentOrder.following(node, body);
        node.remove();
        node = next;
      }
    }
    return true;
  }

  private TagRule rule(String tag) {
    TagRule rule = tags.get(tag);
    if (rule == null) {
      rule = !safelist.isSafeTag(tag) ? TagRule.UNSAFE
          : safelist.getEnforcedAttributes(tag).size() > 0 ? TagRule.ENFORCED : TagRule.SAFE;
      if (tags.size() < MAX_REMEMBERED) {
        tags.put(tag, rule);
      }
    }
    return rule;
  }

  /** Removes every attribute the safelist does not allow on this element, as the cleaner leaves them out. */
  private void keepSafeAttributes(Element e) {
    Attributes attributes = e.attributes();
    String tag = e.tagName();
    Map<String, Boolean> known = anyValue.get(tag);
    for (Attribute a : attributes.asList()) {
      String key = a.getKey();
      Boolean whateverItsValue = known == null ? null : known.get(key);
      if (whateverItsValue == Boolean.TRUE
          || whateverItsValue != null && key.equals("href") && tag.equals("a") && fragmentsSafe && isPlainFragment(a)) {
        continue;
      }
      if (!safelist.isSafeAttribute(tag, e, a)) {
        attributes.remove(key);
      } else if (whateverItsValue == null) {
        known = remember(tag, key);
      }
    }
  }

  /**
   * By tag name, for attributes the safelist has allowed: whether it allows them whatever their
   * value (neither a protocol to check nor a value to enforce). The safelist is asked once per tag
   * and attribute then, not per element: each question builds its lookup keys anew.
   */
  private final ConcurrentHashMap<String, Map<String, Boolean>> anyValue = new ConcurrentHashMap<>();

  /**
   * Whether the safelist allows a link to a fragment of the page ({@code #} and an id of letters,
   * digits, {@code -} and {@code _}): such a link resolves to the same scheme whatever the id, so
   * one answer holds for all of them (footnote links are most of a report's links).
   */
  private final boolean fragmentsSafe;

  private boolean fragmentsSafe() {
    // In a document of the same base as the bodies cleaned: the safelist resolves a link against
    // it before checking its protocol, and a bare element has none (so no fragment would pass).
    Element probe = Document.createShell(BASE).body().appendElement("a").attr("href", "#reviewpress-probe_1");
    return safelist.isSafeAttribute("a", probe, probe.attributes().asList().get(0));
  }

  /** Whether links to a fragment of the page are known safe without asking the safelist each time (for tests). */
  boolean fragmentsKnownSafe() {
    return fragmentsSafe;
  }

  private static boolean isPlainFragment(Attribute a) {
    String v = a.getValue();
    int n = v.length();
    if (n < 2 || v.charAt(0) != '#') {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = v.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /** A value no protocol list or enforced value allows: an attribute safe with it is safe with any. */
  private static final String PROBE = "javascript:reviewpress-probe";

  /** Asks the safelist about the attribute with {@link #PROBE} and remembers the answer; the tag's answers. */
  private Map<String, Boolean> remember(String tag, String key) {
    Map<String, Boolean> known = anyValue.get(tag);
    if (known == null) {
      if (anyValue.size() >= MAX_REMEMBERED) {
        return null;
      }
      known = anyValue.computeIfAbsent(tag, t -> new ConcurrentHashMap<>());
    }
    if (known.size() < MAX_REMEMBERED) {
      Element probe = new Element(tag).attr(key, PROBE);
      known.put(key, safelist.isSafeAttribute(tag, probe, probe.attributes().asList().get(0)));
    }
    return known;
  }

  /** This site's rules on top of the safelist, for one element. */
  private static void ourRules(Element e) {
    String tag = e.normalName();
    if (tag.equals("img") && e.hasAttr("src")) {
      String src = e.attr("src");
      // Only the report's own files: an image from elsewhere would make every reader's browser
      // ask another server for it.
      if (src.contains(":") || src.startsWith("//") || src.startsWith("/")) {
        e.removeAttr("src");
      }
    }
    // Ids use the contract's alphabet ({#id}: letters, digits, '-', '_'), as in raw HTML too:
    // anything else cannot be linked to and only serves to confuse selectors and scripts.
    if (e.hasAttr("id") && !SAFE_ID.matcher(e.id()).matches()) {
      e.removeAttr("id");
    }
    if (tag.equals("a") && e.hasAttr("href")) {
      String href = e.attr("href");
      if (href.startsWith("http:") || href.startsWith("https:")) {
        e.attr("rel", "noopener noreferrer");
      }
    }
  }


  /** The element after {@code e} in document order, under {@code root}: a walk without a list of them all. */
  private static Element next(Element e, Element root) {
    Element child = e.firstElementChild();
    if (child != null) {
      return child;
    }
    for (Element at = e; at != root; at = at.parent()) {
      Element sibling = at.nextElementSibling();
      if (sibling != null) {
        return sibling;
      }
    }
    return null;
  }
}
