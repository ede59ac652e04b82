package org.reviewpress.check.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.MatchStarts;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/**
 * Test oracle: this class as it was before the privacy word rules shared one tokenisation (commit 44d246c),
 * kept unchanged so that the equivalence tests can compare the faster rules with it.
 *
 * <p>Schools, nurseries, colleges, children's centres, GP surgeries and medical practices named by
 * their own name ("Oakfield Primary School", "St Anne's Nursery", "Riverside Medical Practice").
 * A child's school narrows a family down to a few hundred households. Generic descriptions ("his
 * secondary school", "the Pupil Referral Unit", "a Virtual School") and national bodies ("Royal
 * College of Nursing") are not reported; a project may allow its own institutions in site.yaml.
 */
public final class LegacyNamedInstitutionRule implements Rule {

  private static final String TYPES = "(?:Primary|Junior|Infants?|Nursery|Secondary|High|Grammar|Community|Church of England"
      + "|C of E|CofE|Catholic|Roman Catholic|RC|Methodist|Free|Special|Preparatory|Prep|Middle|First|Upper|Sixth Form"
      + "|Day|Independent|Academy)?\\s*"
      + "(?:School|Academy|Nursery|Pre-?[Ss]chool|Playgroup|Children['\u2019]s Centre|College|Sixth Form|Surgery"
      + "|Medical Practice|Medical Centre|Medical Group|Health Centre|Family Practice|Group Practice|Health Practice"
      + "|GP Practice|Practice Surgery)";
  private static final Pattern INSTITUTION = Pattern.compile(
      "(?<![\\w'\u2019-])((?:(?:St\\.?|Saint|[A-Z][A-Za-z'\u2019-]*|&|of|on|upon)\\s+){1,6}?)(?:" + TYPES
          + "(?![\\w-])(?!\\s+of\\b)|(?:Primary|Infants|Juniors)(?![\\w-])(?!\\s+[A-Z&]|\\s+of\\b))");
  private static final Set<String> GENERIC = Set.copyOf(java.util.Arrays.asList("the", "a", "an", "his", "her", "their", "our", "its", "this",
      "that", "these", "each", "every", "any", "some", "another", "other", "one", "two", "both", "all", "which",
      "whose", "your", "my", "no", "local", "previous", "new", "current", "mainstream", "special", "independent",
      "secondary", "primary", "high", "pupil", "referral", "virtual", "free", "state", "faith", "nursery", "infant",
      "infants", "junior", "community", "sixth", "form", "further", "education", "general", "medical", "health",
      "family", "group", "gp", "royal", "national", "british", "day", "pre", "home", "boarding", "residential",
      "alternative", "provision", "grammar", "catholic", "church", "england", "of", "and", "&", "on", "upon", "in",
      "from", "to", "at", "for", "with", "by", "into", "between", "after", "before", "leaving", "starting", "moving",
      "joining", "first", "middle", "upper", "forest", "sunday", "summer", "saturday", "holiday", "hospital",
      "open", "english", "welsh", "scottish", "after-school", "breakfast", "village", "town", "city", "county",
      "council", "authority", "academy", "trust", "multi-academy", "school", "schools", "practice", "surgery",
      "college", "university", "child", "children", "children's", "year", "reception", "key", "stage", "when",
      "while", "where", "then", "after", "once", "if", "as", "so", "but", "because", "until", "during", "former",
      "old", "same", "next", "last", "nearest", "nearby", "receiving", "sending", "named", "designated", "lead",
      "head", "deputy", "assistant", "safeguarding", "attendance", "pastoral", "out-of-area", "out", "area"));
  private static final Pattern STRIP_POSSESSIVE = Pattern.compile("['\u2019]s$");

  @Override
  public String id() {
    return "privacy.named-institution";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "Schools, nurseries, colleges and GP practices are described by type, not named.";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    ScanText scan = ScanText.of(context);
    String t = scan.text();
    // A capital, '&', 'of', 'on' or 'upon' that does not continue a word.
    for (MatchResult m : MatchStarts.find(INSTITUTION, t, i -> (t.charAt(i) >= 'A' && t.charAt(i) <= 'Z' || "&ou".indexOf(t.charAt(i)) >= 0)
        && !MatchStarts.afterWord(t, i, "'\u2019-"))) {
      String name = m.group(1);
      int nameStart = m.start(1);
      int nl = name.lastIndexOf('\n');
      if (nl >= 0 && !scan.titleCase(m.end() - 1) && scan.titleCase(nameStart)) {
        name = name.substring(nl + 1); // a heading line above is not part of the name
        nameStart += nl + 1;
      }
      String[] words = name.strip().split("\\s+");
      if (name.isBlank()) {
        continue;
      }
      // Drop leading function words, then require a word of the name itself.
      int first = 0;
      while (first < words.length && GENERIC.contains(Privacy.lower(STRIP_POSSESSIVE.matcher(words[first]).replaceAll("")))) {
        first++;
      }
      boolean named = false;
      for (int i = first; i < words.length; i++) {
        String w = Privacy.lower(STRIP_POSSESSIVE.matcher(words[i]).replaceAll(""));
        if (!GENERIC.contains(w) && Character.isUpperCase(words[i].charAt(0))) {
          named = true;
          break;
        }
      }
      if (!named) {
        continue;
      }
      int start = nameStart;
      for (int i = 0; i < first; i++) {
        start = scan.text().indexOf(words[i], start) + words[i].length();
      }
      while (start < m.end() && Character.isWhitespace(scan.text().charAt(start))) {
        start++;
      }
      String found = scan.text().substring(start, m.end());
      if (Privacy.allowedExactly(context, found) || allowedPrefix(context, found)) {
        continue;
      }
      out.add(Privacy.at(this, defaultSeverity(), context, start,
          "This names a school, nursery, college or GP practice (" + Privacy.mask(found)
              + "); it narrows the family down to a few hundred homes.",
          "Describe it by type: 'his secondary school', 'the nursery', 'the GP practice'."));
    }
    return out;
  }

  private static boolean allowedPrefix(CheckContext context, String found) {
    String f = Words.normalise(found).replaceAll("\\s+", " ");
    return context.site().allow().stream().map(a -> Words.normalise(a).replaceAll("\\s+", " "))
        .anyMatch(a -> !a.isBlank() && f.contains(a) && a.length() * 2 >= f.length());
  }
}
