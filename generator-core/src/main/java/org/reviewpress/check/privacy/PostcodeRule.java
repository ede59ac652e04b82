package org.reviewpress.check.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.MatchStarts;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/**
 * Full UK postcodes, with or without the space, in any case: one of the 120-odd real postcode
 * areas, a district, then a sector digit and two unit letters (which never include C, I, K, M,
 * O or V). Partial postcodes ("the M14 area") are not reported.
 */
public final class PostcodeRule implements Rule {

  private static final String AREAS = "AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG"
      + " DH DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL"
      + " LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST"
      + " SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE";

  static final Pattern POSTCODE = Pattern.compile("(?<![A-Za-z0-9])(?:(?:"
      + Arrays.stream(AREAS.split(" ")).sorted(Comparator.comparingInt(String::length).reversed())
          .collect(Collectors.joining("|"))
      + ")(?:\\d[A-Z\\d]?)[ \\t]?\\d[ABD-HJLNP-UW-Z]{2}|GIR[ \\t]?0AA)(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);

  @Override
  public String id() {
    return "privacy.postcode";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "No UK postcode appears in a report: a postcode points to a handful of homes.";
  }

  /**
   * The matches of {@link #POSTCODE} in {@code t}, as {@code Matcher.find} gives them. A match
   * starts with an area of one or two letters, then a digit (or the special GIR 0AA), at the
   * start of a word: its first digit is at most four characters on.
   */
  static List<MatchResult> matches(String t, TextIndex index) {
    return MatchStarts.find(POSTCODE, t, index.nearDigits(4, i -> MatchStarts.isLetter(t, i) && !MatchStarts.afterAlnum(t, i)
        && (MatchStarts.isDigit(t, i + 1) || MatchStarts.isDigit(t, i + 2) || t.regionMatches(true, i, "GIR", 0, 3))));
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    ScanText scan = ScanText.of(context);
    for (MatchResult m : matches(scan.text(), scan.index())) {
      if (Privacy.allowedExactly(context, m.group())) {
        continue;
      }
      out.add(Privacy.at(this, defaultSeverity(), context, m.start(),
          "This is a UK postcode (" + Privacy.mask(m.group()) + "); a postcode can identify the family's home.",
          "Remove it, or say only 'in the south of the county' or 'a nearby town'."));
    }
    return out;
  }
}
