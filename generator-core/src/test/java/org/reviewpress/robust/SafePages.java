package org.reviewpress.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a published page must never contain, whatever an author wrote: script other than the
 * theme's own same-origin files, event-handler attributes, executable URLs, frames, plugins,
 * forms, base or refresh elements, author CSS; and what it must contain: a strict
 * Content-Security-Policy. Returns the problems found, so a failing test lists them all.
 */
final class SafePages {

  /**
   * The theme's own scripts: relative paths into its assets folder, and the search index the
   * publish stage writes as data (a script form, so search works from file://); nothing else.
   */
  private static final Pattern THEME_SCRIPT = Pattern.compile("(\\.\\./)*assets/[A-Za-z0-9_./-]+\\.js|search-index\\.js");
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
      "srcset", "poster", "data", "background", "cite", "longdesc", "ping", "manifest", "codebase", "dynsrc", "lowsrc",
      "imagesrcset", "itemtype", "profile");
  /** The theme's own search form, which submits nowhere (its script filters in the page), is the one form allowed. */
  private static final String FORBIDDEN = "iframe, frame, frameset, object, embed, applet, form:not(#report-search), "
      + "form[action], form[method=post], base, style, "
      + "link[rel~=(?i)import], portal, svg script, math script";
  private static final Pattern EXECUTABLE = Pattern.compile("^(javascript|vbscript|data|livescript|mocha):.*",
      Pattern.DOTALL);

  private SafePages() {}

  /** Problems in every HTML page under {@code site}; fails if there are no pages at all. */
  static List<String> problems(Path site) {
    List<String> out = new ArrayList<>();
    int pages = 0;
    try (Stream<Path> files = Files.walk(site)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".html"))::iterator) {
        pages++;
        out.addAll(problems(Files.readString(f), site.relativize(f).toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (pages == 0) {
      out.add("no HTML pages under " + site);
    }
    return out;
  }

  static List<String> problems(String html, String name) {
    List<String> out = new ArrayList<>();
    Document doc = Jsoup.parse(html);
    for (Element s : doc.select("script")) {
      if (!s.data().isBlank() || !s.hasAttr("src") || !THEME_SCRIPT.matcher(s.attr("src")).matches()) {
        out.add(name + ": script that is not one of the theme's own files: " + clip(s.outerHtml()));
      }
    }
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        if (key.startsWith("on")) {
          out.add(name + ": event handler " + clip(e.outerHtml()));
        }
        if (key.equals("style")) {
          out.add(name + ": author CSS in a style attribute " + clip(e.outerHtml()));
        }
        if (URL_ATTRIBUTES.contains(key) || key.endsWith(":href")) {
          for (String url : key.endsWith("srcset") ? candidates(a.getValue()) : List.of(a.getValue())) {
            if (executable(url)) {
              out.add(name + ": executable URL in " + key + ": " + clip(e.outerHtml()));
            }
          }
        }
      }
    }
    for (Element e : doc.select(FORBIDDEN)) {
      out.add(name + ": forbidden element " + clip(e.outerHtml()));
    }
    for (Element m : doc.select("meta[http-equiv]")) {
      String equiv = m.attr("http-equiv").toLowerCase(Locale.ROOT).trim();
      if (!equiv.equals("content-security-policy")) {
        out.add(name + ": meta http-equiv other than the CSP: " + clip(m.outerHtml()));
      }
    }
    out.addAll(csp(doc, name));
    return out;
  }

  /** The Content-Security-Policy meta: one, in head, first among the head's scripts and links. */
  static List<String> csp(Document doc, String name) {
    List<String> out = new ArrayList<>();
    List<Element> metas = doc.select("meta").stream()
        .filter(m -> m.attr("http-equiv").trim().equalsIgnoreCase("content-security-policy")).toList();
    if (metas.size() != 1 || metas.get(0).parent() != doc.head()) {
      out.add(name + ": expected exactly one Content-Security-Policy meta in <head>, found " + metas.size());
      return out;
    }
    Map<String, List<String>> policy = new HashMap<>();
    for (String directive : metas.get(0).attr("content").split(";")) {
      List<String> words = Arrays.stream(directive.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
      if (!words.isEmpty()) {
        policy.putIfAbsent(words.get(0).toLowerCase(Locale.ROOT), words.subList(1, words.size()));
      }
    }
    List<String> defaults = policy.get("default-src");
    if (defaults == null || !(defaults.equals(List.of("'none'")) || defaults.equals(List.of("'self'")))) {
      out.add(name + ": default-src must be 'none' or 'self', is " + defaults);
    }
    List<String> scripts = policy.getOrDefault("script-src", defaults);
    if (scripts == null || !scripts.contains("'self'")) {
      out.add(name + ": script-src must allow 'self', is " + scripts);
    } else {
      for (String s : scripts) {
        if (!s.equals("'self'") && !s.equals("'none'")) {
          out.add(name + ": script-src allows more than the site's own files: " + s);
        }
      }
    }
    for (Map.Entry<String, List<String>> d : policy.entrySet()) {
      for (String source : d.getValue()) {
        String s = source.toLowerCase(Locale.ROOT);
        if (s.equals("'unsafe-inline'") || s.equals("'unsafe-eval'") || s.equals("*") || s.equals("data:") && d.getKey().contains("script")) {
          out.add(name + ": " + d.getKey() + " allows " + source);
        }
      }
    }
    if (!List.of("'none'").equals(policy.get("base-uri")) && !List.of("'self'").equals(policy.get("base-uri"))) {
      out.add(name + ": base-uri must be 'none' or 'self', is " + policy.get("base-uri"));
    }
    Element first = doc.head().selectFirst("script, link, style");
    if (first != null && first.elementSiblingIndex() < metas.get(0).elementSiblingIndex()) {
      out.add(name + ": the CSP meta comes after " + clip(first.outerHtml()));
    }
    return out;
  }

  /** Whether a URL would run code or embed a document, as a browser reads it. */
  static boolean executable(String url) {
    StringBuilder b = new StringBuilder();
    // Browsers strip leading and trailing C0 controls and spaces, and tabs/newlines anywhere.
    for (char c : url.toCharArray()) {
      if (c > ' ' && c != '\u007f') {
        b.append(Character.toLowerCase(c));
      }
    }
    return EXECUTABLE.matcher(b.toString()).matches();
  }

  private static List<String> candidates(String srcset) {
    return Arrays.stream(srcset.split(",")).map(String::trim).map(c -> c.split("\\s+")[0]).toList();
  }

  private static String clip(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }
}
