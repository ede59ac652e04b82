package org.reviewpress.check.privacy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reviewpress.check.WordList;

/**
 * The name data the unlisted-name rule reads, normalised (lower case, accents folded): given
 * names and surnames from datafaker's lists, the names that are also English words, the words
 * that are almost never people, and people named in public national inquiries. The sets are
 * {@link FormSet}s, asked about every capitalised word of a report.
 */
final class NameLexicon {

  static final FormSet GIVEN = load("given-names.txt");
  static final FormSet SURNAMES = load("surnames.txt");
  static final FormSet WORDS = load("names-that-are-words.txt");
  static final FormSet NOT_NAMES = notNames();
  static final List<String> PUBLIC_NAMES = WordList.load(NameLexicon.class, "public-names.txt");

  /** Titles and ranks that make the following capitalised word a name. */
  static final FormSet TITLES = FormSet.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame",
      "rev", "revd", "reverend", "dc", "ds", "pc", "di", "dci", "dsi", "sgt", "sergeant", "constable", "inspector",
      "cllr", "councillor", "judge", "hhj", "nurse", "sister");

  /** Verbs of saying that make a capitalised word before them a person. */
  static final FormSet REPORTING = FormSet.of("said", "says", "told", "tells", "explained", "reported", "disclosed",
      "stated", "asked", "recalled", "described", "alleged", "admitted", "denied", "wrote", "texted", "messaged",
      "phoned", "recounted", "shared", "confided", "insisted", "claimed", "complained", "agreed", "refused", "cried");

  /** Relations that make a capitalised possessive before them a person ("Kacper's mother"). */
  static final FormSet RELATIONS = FormSet.of("mother", "father", "mum", "dad", "brother", "sister", "sibling",
      "siblings", "grandmother", "grandfather", "nan", "aunt", "uncle", "cousin", "partner", "boyfriend", "girlfriend",
      "stepfather", "stepmother", "son", "daughter", "baby", "children", "child", "friend", "friends", "carer",
      "school", "nursery", "bedroom", "home", "house", "flat", "phone", "birthday", "funeral");

  private NameLexicon() {}

  private static FormSet load(String name) {
    Set<String> out = new HashSet<>();
    for (String s : WordList.load(NameLexicon.class, name)) {
      out.add(Words.normalise(s));
    }
    return FormSet.of(out);
  }

  private static FormSet notNames() {
    Set<String> out = new HashSet<>(load("not-names.txt"));
    for (String s : WordList.load(NameLexicon.class, "protected-characteristics.txt")) {
      Words.of(s).forEach(w -> out.add(w.norm()));
    }
    return FormSet.of(out);
  }

  /** A given name that counts on its own: known, not an everyday word, not a place or role. */
  static boolean strongGiven(String norm) {
    return GIVEN.contains(norm) && !WORDS.contains(norm) && !NOT_NAMES.contains(norm);
  }

  /** Any given name, including those that are also words (Grace, Will). */
  static boolean anyGiven(String norm) {
    return GIVEN.contains(norm) && !NOT_NAMES.contains(norm);
  }

  /** A surname that can follow a given name or a title. */
  static boolean surname(String norm) {
    return SURNAMES.contains(norm) && !NOT_NAMES.contains(norm);
  }
}
