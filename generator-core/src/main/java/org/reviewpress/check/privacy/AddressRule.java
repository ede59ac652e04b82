package org.reviewpress.check.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.MatchStarts;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/**
 * Street addresses: a house number (12, 12a, Flat 3, 45) followed by one to four capitalised
 * words and a street type (Road, Street, Avenue, Close, Lane...). Courts and other bodies that
 * share a street type ("the 2 Family Court hearings") are not addresses.
 */
public final class AddressRule implements Rule {

  private static final String TYPES = "Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Cl|Drive|Dr|Crescent|Cres|Way|Grove"
      + "|Gardens|Gdns|Place|Pl|Terrace|Terr|Court|Ct|Square|Sq|Hill|Mews|Row|Walk|Park|Rise|View|Green|Parade|Boulevard"
      + "|Gate|Wharf|Yard|Vale|Chase|Croft|Fold|Mount|Wynd|Brae|Heights|Meadows|Fields|Causeway|Embankment|Quay|Broadway"
      + "|Circus|Hey|Approach|Dale|Glen|Bank|Side|End|Common|Villas|Cottages|Estate";
  static final Pattern ADDRESS = Pattern.compile(
      "(?<![\\w.,/-])(?:(?:Flat|Apartment|Apt|Unit|Room)\\.?\\s+\\d{1,4}[A-Za-z]?,?\\s+)?\\d{1,4}[A-Za-z]?,?\\s+"
          + "((?:(?:St\\.?|[A-Z][A-Za-z'\u2019-]+)\\s+){1,4})(" + TYPES + ")\\.?(?![\\w-])");
  private static final Pattern NOT_A_STREET = Pattern.compile(
      "(?:Family|Crown|County|Magistrates'?|Youth|Coroner'?s|Appeal|Supreme|Civil|Criminal|Royal|Tribunal|Juvenile"
          + "|Working|Calendar|School|Practice|Key|Episodes?|Findings?|Sections?|Chapters?|Figures?|Tables?|Years?"
          + "|Children|Adults?|Agencies|Months?|Weeks?|Days?|Pages?|Recommendations?|Paragraphs?|Steps?|Stages?|Levels?"
          + "|Point|Points|Areas?|Sessions?|Car)\\s+(?:\\S+\\s+)*?$");

  @Override
  public String id() {
    return "privacy.address";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "No street address appears in a report.";
  }

  /**
   * The matches of {@link #ADDRESS} in {@code t}, as {@code Matcher.find} gives them. A match
   * starts with a house number (at most four digits, maybe a letter and a comma, then white
   * space), or with Flat, Apartment, Apt, Unit or Room just before such a number.
   */
  static List<MatchResult> matches(String t, TextIndex index) {
    MatchStarts.Offsets starts = new MatchStarts.Offsets();
    IntPredicate canStart = i -> (MatchStarts.isDigit(t, i) || "FAUR".indexOf(t.charAt(i)) >= 0) && !MatchStarts.afterWord(t, i, ".,/-");
    for (int k = 0; k < index.digitRuns(); k++) {
      int d = index.digitStart(k);
      int j = index.digitEnd(k);
      if (j - d > 4) {
        continue;
      }
      if (j < t.length() && TextIndex.isAsciiLetter(t.charAt(j))) {
        j++;
      }
      if (j < t.length() && t.charAt(j) == ',') {
        j++;
      }
      if (j >= t.length() || !TextIndex.isRegexSpace(t.charAt(j))) {
        continue;
      }
      // "Flat 3": the word before the white space (and an optional full stop) before the number.
      int q = d;
      while (q > 0 && TextIndex.isRegexSpace(t.charAt(q - 1))) {
        q--;
      }
      if (q < d) {
        if (q > 0 && t.charAt(q - 1) == '.') {
          q--;
        }
        int w = q;
        while (w > 0 && TextIndex.isAsciiLetter(t.charAt(w - 1))) {
          w--;
        }
        if (w < q && canStart.test(w)) {
          starts.add(w);
        }
      }
      if (canStart.test(d)) {
        starts.add(d);
      }
    }
    return MatchStarts.find(ADDRESS, t, starts);
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    ScanText scan = ScanText.of(context);
    for (MatchResult m : matches(scan.text(), scan.index())) {
      String words = m.group(1);
      String first = words.strip().split("\\s+")[0];
      boolean highCourt = first.equals("High") && m.group(2).equals("Court");
      if (highCourt || NOT_A_STREET.matcher(first + " ").lookingAt() || Privacy.allowedExactly(context, m.group())) {
        continue;
      }
      out.add(Privacy.at(this, defaultSeverity(), context, m.start(),
          "This is a street address (" + Privacy.mask(m.group()) + "); it leads to the family's door.",
          "Remove it. Say 'the family home' or 'a flat in a nearby town'."));
    }
    return out;
  }
}
