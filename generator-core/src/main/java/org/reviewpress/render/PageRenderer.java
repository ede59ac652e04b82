package org.reviewpress.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.reviewpress.model.Finding;
import org.reviewpress.model.GlossaryEntry;
import org.reviewpress.model.Ref;
import org.reviewpress.model.Report;

/**
 * Renders report pages and the site index through the theme, then finishes them with jsoup:
 * the author's HTML is sanitised before it enters a page, every cited passage gets a link
 * back to the findings citing it, and the first use of each glossary term gets an
 * {@code <abbr title>}. The sanitised body's nodes go straight into the parsed page where the
 * template printed a marker for them, whenever that gives the page the plain way (body written
 * out, printed by the template, whole page parsed again) would give; otherwise the plain way.
 * Thread-safe.
 */
public final class PageRenderer {

  static final Set<String> NO_ABBR = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "a", "abbr", "code", "pre",
      "title", "script", "style", "dt");

  private final Theme theme;
  private final Sanitiser sanitiser = new Sanitiser();
  private final Optional<String> logo;

  public PageRenderer(Theme theme) {
    this.theme = theme;
    this.logo = theme.logo();
    String nonce = Long.toHexString(new java.security.SecureRandom().nextLong() & Long.MAX_VALUE);
    this.markerText = "reviewpress-body-" + nonce;
    this.probeTag = "reviewpress-body-" + nonce;
    this.marker = "<!--" + markerText + "--><" + probeTag + "></" + probeTag + ">";
    this.bodyPrintedOnce = printsBodyOnceAsIs(theme);
  }

  /** A body printed as {@code {{ report.bodyHtml | raw }}}, spaces and whitespace control allowed. */
  private static final java.util.regex.Pattern PLAIN_BODY =
      java.util.regex.Pattern.compile("\\{\\{-?\\s*report\\.bodyHtml\\s*\\|\\s*raw\\s*-?}}");

  /**
   * Whether the page's templates (all but the PDF's) name the body exactly once, printing it as it
   * is. Only then is the marker a stand-in for the body: a project template that also measured,
   * shortened or tested the body would see the marker instead and could print something else.
   */
  private static boolean printsBodyOnceAsIs(Theme theme) {
    int uses = 0;
    boolean printed = false;
    for (Map.Entry<String, Theme.AssetSource> t : theme.templates().entrySet()) {
      if (t.getKey().equals("pdf.peb")) {
        continue;
      }
      String text;
      try (java.io.InputStream in = t.getValue().open()) {
        text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        return false; // the plain way then; rendering reports the unreadable template if it is used
      }
      for (int i = text.indexOf("bodyHtml"); i >= 0; i = text.indexOf("bodyHtml", i + 1)) {
        uses++;
      }
      printed |= PLAIN_BODY.matcher(text).find();
    }
    return uses == 1 && printed;
  }

  /**
   * Each thread's last body and its sanitised form. A build asks for the same report's safe body
   * two or three times in a row on one worker (the page, the images to copy, the PDF); cleaning
   * is a pure function of the body's HTML, so the same string object gives the same result.
   */
  private final ThreadLocal<String[]> lastSafeBody = new ThreadLocal<>();

  /** Each thread's last body rendered the quick way and the sources of its images. */
  private final ThreadLocal<BodyImages> lastImages = new ThreadLocal<>();

  private record BodyImages(String html, List<String> sources) {}

  /** Block elements in which the body may stand for the quick way (see {@link #splice}). */
  private static final Set<String> BODY_CONTEXT = Set.of("div", "article", "section", "main");

  /**
   * What the template prints where the body goes on the quick way: a comment, then an element of
   * a name no theme uses. Random per renderer, so no text of a report can imitate it; it never
   * reaches a page.
   */
  private final String markerText;
  private final String probeTag;
  private final String marker;
  private final boolean bodyPrintedOnce;

  /** The sanitised HTML of a report's body (also used by the PDF stage). */
  public String safeBody(Report report) {
    String html = report.body().html();
    String[] last = lastSafeBody.get();
    if (last != null && last[0] == html) {
      return last[1];
    }
    String safe = sanitiser.clean(html);
    lastSafeBody.set(new String[] {html, safe});
    return safe;
  }

  /** The report as the PDF's print template sees it: the page's view of it, with its sanitised body. */
  public Map<String, Object> printView(Report report, SiteInfo site) {
    return Views.report(report, safeBody(report), site, Optional.empty());
  }

  /** The report's HTML page. */
  public String report(Report report, SiteInfo site, Optional<PdfInfo> pdf) {
    return new String(reportUtf8(report, site, pdf), java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * The report's HTML page as the UTF-8 bytes of its file: what {@link #report} gives, encoded,
   * without building it as a string first.
   */
  public byte[] reportUtf8(Report report, SiteInfo site, Optional<PdfInfo> pdf) {
    byte[] page = quicklyUtf8(report, site, pdf);
    return page != null ? page : reportByReparseUtf8(report, site, pdf);
  }

  /**
   * The page built on the sanitised body's own nodes: the template prints a marker where the body
   * goes, and the body's nodes take its place in the parsed page, so the body is neither written
   * out nor parsed a second time. Empty when that could give another page than
   * {@link #reportByReparse} (see {@link ReparseStable} and {@link #splice}); the sanitised body
   * is then left for {@link #safeBody}, so it is not cleaned twice.
   */
  Optional<String> quickly(Report report, SiteInfo site, Optional<PdfInfo> pdf) {
    return Optional.ofNullable(quicklyUtf8(report, site, pdf))
        .map(page -> new String(page, java.nio.charset.StandardCharsets.UTF_8));
  }

  /** {@link #quickly}'s page as UTF-8, or null. */
  private byte[] quicklyUtf8(Report report, SiteInfo site, Optional<PdfInfo> pdf) {
    String html = report.body().html();
    Document clean = sanitiser.cleanDocument(html);
    List<String> images = new ArrayList<>();
    Set<String> plainTexts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    BodyIndex index = new BodyIndex();
    if (bodyPrintedOnce && ReparseStable.check(clean.body(), images, plainTexts, index.ids, index.tables)) {
      String rendered = theme.render("report.peb", context(report, site, pdf, marker));
      Document page = Jsoup.parse(rendered);
      Element parent = splice(page, clean, index);
      if (parent != null) {
        lastImages.set(new BodyImages(html, List.copyOf(images)));
        // The index of the body's own elements is the index of the element it went into, if that
        // held nothing else but text.
        index.of = index.alone ? parent : null;
        return finish(page, report, plainTexts, rendered.length() + html.length() + 8 * 1024, index);
      }
    }
    String[] last = lastSafeBody.get();
    if (last == null || last[0] != html) {
      lastSafeBody.set(new String[] {html, Sanitiser.html(clean)});
    }
    return null;
  }

  /**
   * The page the plain way: the sanitised body written out, printed by the template, and the whole
   * page parsed again for the finishing passes.
   */
  String reportByReparse(Report report, SiteInfo site, Optional<PdfInfo> pdf) {
    return new String(reportByReparseUtf8(report, site, pdf), java.nio.charset.StandardCharsets.UTF_8);
  }

  private byte[] reportByReparseUtf8(Report report, SiteInfo site, Optional<PdfInfo> pdf) {
    String rendered = theme.render("report.peb", context(report, site, pdf, safeBody(report)));
    return finish(Jsoup.parse(rendered), report, Set.of(), rendered.length() + 8 * 1024, null);
  }

  /**
   * The {@code src} of every image in the sanitised body, in document order: the images of raw
   * HTML that the site must copy. The page leaves them behind for the same thread; otherwise they
   * are read from the sanitised body.
   */
  public List<String> bodyImageSources(Report report) {
    String html = report.body().html();
    BodyImages last = lastImages.get();
    if (last != null && last.html() == html) {
      return last.sources();
    }
    String safe = safeBody(report);
    if (!containsIgnoreCase(safe, "<img")) {
      return List.of(); // most bodies have none, and parsing a long body only to learn that costs more
    }
    List<String> out = new ArrayList<>();
    for (Element img : Jsoup.parseBodyFragment(safe).select("img[src]")) {
      out.add(img.attr("src"));
    }
    return out;
  }

  private static boolean containsIgnoreCase(String text, String needle) {
    for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
      if (text.regionMatches(true, i, needle, 0, needle.length())) {
        return true;
      }
    }
    return false;
  }

  private Map<String, Object> context(Report report, SiteInfo site, Optional<PdfInfo> pdf, String bodyHtml) {
    Map<String, Object> context = new HashMap<>();
    context.put("lang", report.lang());
    context.put("site", Views.site(site));
    context.put("assets", "../assets/");
    context.put("root", "../");
    logo.ifPresent(l -> context.put("logo", l));
    context.put("report", Views.report(report, bodyHtml, site, pdf));
    return context;
  }

  /**
   * The page's own passes over the parsed page, then the page written out as UTF-8; {@code plainTexts}
   * are texts known to need no escaping and {@code sizeHint} about the page's length (see
   * {@link HtmlWriter#utf8(Document, Set, int)}).
   */
  private static byte[] finish(Document doc, Report report, Set<String> plainTexts, int sizeHint, BodyIndex known) {
    Element body = doc.selectFirst(".report-body");
    if (body != null) {
      // The known index lacks only the element itself, which has no id to give on the quick way.
      BodyIndex index = known != null && known.of == body && body.id().isEmpty() ? known : new BodyIndex(body);
      addCitedBy(body, index, report);
      addBackToContents(doc, body);
      scrollWideTables(index);
    }
    addAbbreviations(doc, report.glossary());
    doc.outputSettings().prettyPrint(false).charset(java.nio.charset.StandardCharsets.UTF_8);
    return HtmlWriter.utf8(doc, plainTexts, sizeHint);
  }

  /**
   * Puts the sanitised body's nodes where the template printed the marker, giving the tree that
   * parsing the whole page with the body written into it would give. Only when the marker stands
   * where the parser would read the body in plain block context: printed once, not in a
   * paragraph, list, table, link or formatting element, not in the head or an attribute, no
   * formatting element waiting to be reopened, and the page in standards mode. Otherwise (a
   * project's own template may put the body anywhere) nothing is changed and this says null.
   * When it can, it gives the element the body went into, and notes in {@code index} whether that
   * held anything but text besides the marker.
   */
  private Element splice(Document page, Document clean, BodyIndex index) {
    if (page.quirksMode() != Document.QuirksMode.noQuirks) {
      return null;
    }
    // The one element of the probe's name, as getElementsByTag would list them, by a plain walk of
    // the page rather than jsoup's collector (a stream over an iterator of every node).
    Element probe = null;
    Node walk = page;
    while (walk != null) {
      if (walk instanceof Element e) {
        if (e.normalName().equals(probeTag)) {
          if (probe != null) {
            return null;
          }
          probe = e;
        }
        if (e.childNodeSize() > 0) {
          walk = e.childNode(0);
          continue;
        }
      }
      walk = DocumentOrder.following(walk, page);
    }
    if (probe == null) {
      return null;
    }
    Node before = probe.previousSibling();
    if (!(before instanceof Comment comment) || !comment.getData().equals(markerText) || probe.childNodeSize() > 0) {
      return null;
    }
    Element e = probe.parent();
    while (e != null && BODY_CONTEXT.contains(e.normalName())) {
      e = e.parent();
    }
    if (e == null || !e.normalName().equals("body") || e.parent() == null || !e.parent().normalName().equals("html")
        || e.parent().parentNode() != page) {
      return null;
    }
    Element parent = probe.parent();
    index.alone = true;
    for (Node n : parent.childNodes()) {
      index.alone &= n == comment || n == probe || n.getClass() == TextNode.class;
    }
    int at = comment.siblingIndex();
    Node prev = comment.previousSibling();
    Node next = probe.nextSibling();
    comment.remove();
    probe.remove();
    List<Node> nodes = new ArrayList<>(clean.body().childNodes());
    clean.body().empty();
    parent.insertChildren(at, nodes);
    // The parser makes one text node of all the text between two tags: the body's first and last
    // text joins the template's text around it.
    Node last = nodes.isEmpty() ? prev : nodes.get(nodes.size() - 1);
    joinText(last, next);
    if (!nodes.isEmpty()) {
      joinText(prev, nodes.get(0));
    }
    return parent;
  }

  private static void joinText(Node a, Node b) {
    if (a != null && b != null && a.getClass() == TextNode.class && b.getClass() == TextNode.class) {
      TextNode t = (TextNode) a;
      t.text(t.getWholeText() + ((TextNode) b).getWholeText());
      b.remove();
    }
  }

  /** The site's index page: every report, newest first. */
  public String index(List<Report> reports, SiteInfo site) {
    Map<String, Object> context = new HashMap<>();
    context.put("lang", reports.isEmpty() ? "en-GB" : reports.get(0).lang());
    context.put("site", Views.site(site));
    context.put("assets", "assets/");
    context.put("root", "");
    logo.ifPresent(l -> context.put("logo", l));
    context.put("reports", reports.stream().sorted(Views.NEWEST_FIRST).map(Views::summary).toList());
    return html(Jsoup.parse(theme.render("index.peb", context)));
  }

  /** Reports sorted as the index lists them. */
  public static List<Report> newestFirst(List<Report> reports) {
    return reports.stream().sorted(Views.NEWEST_FIRST).toList();
  }

  private static String html(Document doc) {
    doc.outputSettings().prettyPrint(false).charset(java.nio.charset.StandardCharsets.UTF_8);
    return HtmlWriter.write(doc);
  }

  /**
   * The body's elements by id (the first in document order, as {@link Element#getElementById}
   * finds) and its tables, from one walk of the body instead of one walk per cited passage.
   * The passes that use it add no ids and no tables.
   */
  private static final class BodyIndex {
    final Map<String, Element> ids = new HashMap<>();
    final List<Element> tables = new ArrayList<>();
    /** The element whose index this is, when filled from the sanitised body's check (see {@link #quickly}). */
    Element of;
    /** Whether the element the body went into held nothing else but text. */
    boolean alone;

    BodyIndex() {}

    BodyIndex(Element body) {
      // Document order, as the stack of children pushed in reverse used to give, walked along the
      // tree's own links instead of each element's list of child elements.
      Node n = body;
      while (true) {
        if (n instanceof Element e) {
          String id = e.id();
          if (!id.isEmpty()) {
            ids.putIfAbsent(id, e);
          }
          if (e.normalName().equals("table")) {
            tables.add(e);
          }
          if (e.childNodeSize() > 0) {
            n = e.childNode(0);
            continue;
          }
        }
        n = DocumentOrder.following(n, body);
        if (n == null) {
          return;
        }
      }
    }
  }


  /** After every cited passage: "Cited by finding F1, F3", linking back to the findings. */
  private static void addCitedBy(Element body, BodyIndex index, Report report) {
    Map<String, List<String>> citing = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      for (Ref e : f.evidence()) {
        List<String> ids = citing.computeIfAbsent(e.anchorId(), k -> new ArrayList<>());
        if (!ids.contains(f.id())) {
          ids.add(f.id());
        }
      }
    }
    for (Map.Entry<String, List<String>> c : citing.entrySet()) {
      // An empty id goes to jsoup as before (which refuses it), so nothing changes for it.
      Element target = c.getKey().isEmpty() ? body.getElementById(c.getKey()) : index.ids.get(c.getKey());
      if (target == null) {
        continue;
      }
      Element note = new Element("p").addClass("cited-by");
      note.appendText(c.getValue().size() == 1 ? "Cited by finding " : "Cited by findings ");
      for (int i = 0; i < c.getValue().size(); i++) {
        if (i > 0) {
          note.appendText(", ");
        }
        String id = c.getValue().get(i);
        note.appendElement("a").attr("href", "#finding-" + id).text(id);
      }
      target.after(note);
    }
  }

  /**
   * Long report bodies get a "Back to contents" link at the end of each top-level section, as
   * the findings and recommendations already have, so a reader on a phone never has to
   * scroll back up to move around. Only when the page has a contents list to go back to.
   */
  private static void addBackToContents(Document doc, Element body) {
    if (doc.getElementById("contents") == null) {
      return;
    }
    List<Element> sectionStarts = new ArrayList<>(); // the body's own h2 children, as select("> h2") finds them
    for (Element child = body.firstElementChild(); child != null; child = child.nextElementSibling()) {
      if (child.normalName().equals("h2")) {
        sectionStarts.add(child);
      }
    }
    for (int i = 1; i < sectionStarts.size(); i++) {
      sectionStarts.get(i).before(backLink());
    }
    if (!sectionStarts.isEmpty()) {
      body.appendChild(backLink());
    }
  }

  /**
   * Puts each table of the body in its own horizontally scrolling box, so a wide table does
   * not make the whole page scroll sideways on a phone (WCAG 1.4.10 Reflow). The box can take
   * the keyboard focus, so it can be scrolled without a mouse, and is named after the table.
   */
  private static void scrollWideTables(BodyIndex index) {
    int n = 0;
    for (Element table : index.tables) {
      n++;
      if (table.parent() != null && table.parent().hasClass("table-scroll")) {
        continue;
      }
      Element caption = table.firstElementChild(); // the first caption child, as selectFirst("> caption") finds it
      while (caption != null && !caption.normalName().equals("caption")) {
        caption = caption.nextElementSibling();
      }
      String name = caption != null && !caption.text().isBlank() ? caption.text() : "Table " + n;
      // The box built here rather than parsed from HTML for each table, as wrap(html) would.
      Element box = new Element("div").attr("class", "table-scroll").attr("role", "region").attr("tabindex", "0")
          .attr("aria-label", name);
      table.before(box);
      box.appendChild(table);
    }
  }

  private static Element backLink() {
    Element p = new Element("p").addClass("back");
    p.appendElement("a").attr("href", "#contents").text("Back to contents");
    return p;
  }

  /** Wraps the first use of each glossary term in the page's main text in {@code <abbr title>}. */
  private static void addAbbreviations(Document doc, List<GlossaryEntry> glossary) {
    Element main = doc.selectFirst("main");
    if (main == null || glossary.isEmpty()) {
      return;
    }
    List<GlossaryEntry> terms = new ArrayList<>(glossary);
    terms.sort(Comparator.comparingInt((GlossaryEntry g) -> g.term().length()).reversed());
    // The text that may still get an abbreviation only shrinks as terms are wrapped, so a term
    // absent from it now is absent later: such terms cost nothing more, not a walk of the page.
    // The eligible text nodes in document order, kept up to date as terms are wrapped (a wrapped
    // node leaves the text before and after the term in its place), rather than walked per term.
    List<TextNode> nodes = textNodes(main);
    Set<String> present = occurring(nodes, terms);
    for (GlossaryEntry g : terms) {
      if (!present.contains(g.term())) {
        continue;
      }
      Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(g.term()) + "(?![\\p{L}\\p{N}])");
      for (int i = 0; i < nodes.size(); i++) {
        TextNode t = nodes.get(i);
        if (!t.getWholeText().contains(g.term())) {
          continue; // the pattern needs the term's own characters
        }
        Matcher m = p.matcher(t.getWholeText());
        if (m.find()) {
          // jsoup refuses to split at either end of a text node, so split only inside it: a term
          // that ends a paragraph ("referred to the MASH") used to stop the whole build.
          TextNode term = m.start() > 0 ? t.splitText(m.start()) : t;
          TextNode after = null;
          if (m.end() - m.start() < term.getWholeText().length()) {
            after = term.splitText(m.end() - m.start());
          }
          term.replaceWith(new Element("abbr").attr("title", g.definition()).text(term.getWholeText()));
          if (term == t) {
            nodes.remove(i);
          } else {
            i++;
          }
          if (after != null) {
            nodes.add(i, after);
          }
          break;
        }
      }
    }
  }

  /**
   * The terms that some text node holds (as {@code getWholeText().contains(term)} says): only
   * those can be wrapped. One scan of the nodes' characters for all terms together, comparing only
   * where a term's first character stands and stopping once every term is found, instead of one
   * search of the whole page per term.
   *
   * <p>The scan reads each character's low eight bits, as {@link String#getBytes(int, int, byte[], int)}
   * copies them: for the one-byte strings most text nodes are, that is a plain copy of the string's
   * own bytes, where copying its characters would widen each one. Wherever a term stands, its low
   * bytes stand too, so nothing is missed; a place where only the low bytes agree is checked against
   * the characters themselves before the term counts as found.
   */
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the low byte of each character is what is wanted
  static Set<String> occurring(List<TextNode> nodes, List<GlossaryEntry> terms) {
    Set<String> present = new java.util.HashSet<>();
    List<String> distinct = new ArrayList<>();
    for (GlossaryEntry g : terms) {
      String t = g.term();
      if (t.isEmpty()) {
        present.add(t);
      } else if (!distinct.contains(t)) {
        distinct.add(t);
      }
    }
    int pending = distinct.size();
    byte[][] wanted = new byte[pending][];
    // The terms by the low byte of their first character: first[b] is the first term starting with
    // byte b, or -1, and next[k] the next term after k with the same first byte. Most characters of
    // English text (lower-case letters, the space, the low byte of a curly quote) start no term.
    int[] first = new int[256];
    java.util.Arrays.fill(first, -1);
    int[] next = new int[pending];
    for (int k = pending - 1; k >= 0; k--) {
      String t = distinct.get(k);
      wanted[k] = new byte[t.length()];
      t.getBytes(0, t.length(), wanted[k], 0);
      int b = wanted[k][0] & 0xff;
      next[k] = first[b];
      first[b] = k;
    }
    byte[] bs = new byte[1024];
    for (int x = 0; x < nodes.size() && pending > 0; x++) {
      String text = nodes.get(x).getWholeText();
      int n = text.length();
      if (bs.length < n) {
        bs = new byte[Math.max(n, bs.length * 2)];
      }
      text.getBytes(0, n, bs, 0);
      for (int i = 0; i < n; i++) {
        int k = first[bs[i] & 0xff];
        if (k < 0) {
          continue;
        }
        for (; k >= 0; k = next[k]) {
          byte[] w = wanted[k];
          // The second byte compared here, without a call: capitals start many words that no term is.
          if (w != null && (w.length == 1 || i + 1 < n && bs[i + 1] == w[1]) && startsAt(bs, i, n, w)
              && text.startsWith(distinct.get(k), i)) {
            present.add(distinct.get(k));
            wanted[k] = null;
            if (--pending == 0) {
              return present;
            }
          }
        }
      }
    }
    return present;
  }

  private static boolean startsAt(byte[] text, int at, int end, byte[] term) {
    if (term.length > end - at) {
      return false;
    }
    for (int j = 1; j < term.length; j++) {
      if (text[at + j] != term[j]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the element is in {@link #NO_ABBR}: a switch on the name's cached hash, where the set's
   * lookup is several calls per element under the client compiler.
   */
  static boolean noAbbreviation(String name) {
    return switch (name) {
      case "h1", "h2", "h3", "h4", "h5", "h6", "a", "abbr", "code", "pre", "title", "script", "style", "dt" -> true;
      default -> false;
    };
  }

  private static List<TextNode> textNodes(Element root) {
    List<TextNode> out = new ArrayList<>();
    Node n = root;
    while (true) {
      if (n instanceof TextNode t) {
        out.add(t);
      } else if (n instanceof Element e && e.childNodeSize() > 0 && !noAbbreviation(e.normalName())
          && (e.attributesSize() == 0 || !e.hasClass("glossary"))) {
        n = e.childNode(0);
        continue;
      }
      n = DocumentOrder.following(n, root);
      if (n == null) {
        return out;
      }
    }
  }
}
