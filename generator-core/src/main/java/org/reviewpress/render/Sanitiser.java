package org.reviewpress.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans the HTML made from an author's Markdown, raw HTML included: only a safelist of
 * document elements and attributes survives. Scripts, event handlers, styles, iframes, forms
 * and {@code javascript:}/{@code data:} URLs never reach a page. Thread-safe.
 */
public final class Sanitiser {

  /** A base that relative links resolve against while being checked; it never reaches output. */
  private static final String BASE = "https://reviewpress.invalid/report/";

  private static final java.util.regex.Pattern SAFE_ID = java.util.regex.Pattern.compile("[A-Za-z0-9_-]+");

  private final Safelist safelist;

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
    Document dirty = Jsoup.parseBodyFragment(html, BASE);
    Document clean = new Cleaner(safelist).clean(dirty);
    // One walk instead of three selects: each check reads and changes a different attribute.
    for (Element e = clean; e != null; e = next(e, clean)) {
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
    return clean;
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
