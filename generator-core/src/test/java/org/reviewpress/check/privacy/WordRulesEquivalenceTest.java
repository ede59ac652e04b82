package org.reviewpress.check.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Fixtures;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Report;
import org.reviewpress.source.SiteConfig;

/**
 * The privacy word rules give exactly the diagnostics (rule, message, line, column, order) that
 * they gave before they shared one tokenisation and replaced their long regex alternations with
 * dictionary look-ups: the rules as they were are kept as {@code Legacy*} test oracles, and both
 * run over the labelled privacy corpus, the example report, every rule fixture and thousands of
 * generated reports full of near misses (case, hyphens, apostrophes, line breaks, headings,
 * institutions, services, titles and names).
 */
class WordRulesEquivalenceTest {

  @TempDir
  Path dir;

  private static final List<Rule[]> PAIRS = List.of(
      new Rule[] {new LegacyHealthConditionRule(), new HealthConditionRule()},
      new Rule[] {new LegacyProtectedCharacteristicRule(), new ProtectedCharacteristicRule()},
      new Rule[] {new LegacyNamedInstitutionRule(), new NamedInstitutionRule()},
      new Rule[] {new LegacyUnlistedNameRule(), new UnlistedNameRule()});

  private static final SiteConfig ALLOWING = new SiteConfig(Optional.empty(), Optional.of("Westmere Partnership"),
      Optional.empty(), Map.of(), List.of("Oakfield Primary School", "Riverside", "Dr Patel", "St Anne's"), Map.of());

  /** Runs both versions of every rule on one report; returns how many diagnostics they agreed on. */
  private static int compare(Report report, Path folder, String what) {
    int agreed = 0;
    for (SiteConfig site : List.of(SiteConfig.defaults(), ALLOWING)) {
      for (Rule[] pair : PAIRS) {
        List<Diagnostic> before = pair[0].check(new CheckContext(report, site, folder));
        List<Diagnostic> after = pair[1].check(new CheckContext(report, site, folder));
        assertThat(after).as(pair[1].id() + " on " + what).containsExactlyElementsOf(before);
        agreed += before.size();
      }
    }
    return agreed;
  }

  @Test
  void sameDiagnosticsOnTheCorpusTheExampleAndTheFixtures() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(PrivacyCorpusTest.CORPUS, Fixtures.ROOT)) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md")).sorted()
            .forEach(files::add);
      }
    }
    files.add(PrivacyCorpusTest.EXAMPLE);
    int agreed = 0;
    int read = 0;
    for (Path f : files) {
      Optional<Report> r = Fixtures.read(f).report();
      if (r.isPresent()) {
        read++;
        agreed += compare(r.get(), f.getParent(), f.toString());
      }
    }
    assertThat(read).isGreaterThan(40);
    assertThat(agreed).isGreaterThan(100);
  }

  private static final String[] PIECES = {
    // family references and pseudonyms
    "Mother", "mother", "his", "She", "the family", "Child T", "Sibling 1", "dad", "Mr A", "stepfather",
    // health conditions: listed, loosened, near misses, services after them
    "autism", "Autism", "AUTISM", "autistic", "cystic fibrosis", "Cystic-Fibrosis", "cystic\nfibrosis",
    "Crohn's disease", "Crohns disease", "Crohn\u2019s  disease", "Crohn", "type 1 diabetes", "type-1 diabetes",
    "sickle cell", "sickle-cell anaemia", "epilepsy", "epilepsy nurse", "autism service", "Down syndrome",
    "Down's syndrome", "cerebral palsy", "spina bifida", "multiple sclerosis", "ADHD", "autism-", "-autism",
    // characteristics: case, institutions and names after them
    "Polish", "polish", "Polish Embassy", "Muslim", "muslim", "Christian", "Christian Jones", "Black British",
    "black", "white British", "Roma", "Romanian", "Irish Traveller", "Gypsy", "Jewish", "Sikh", "Hindu",
    "dual heritage", "Pakistani", "British Pakistani", "Arab", "Arabic",
    // institutions
    "Oakfield Primary School", "St Anne's Nursery", "St. Mary's C of E Primary", "Riverside Medical Practice",
    "the Pupil Referral Unit", "his secondary school", "Royal College of Nursing", "Hill Top Academy",
    "Greenway Children's Centre", "Elm Tree Pre-school", "Park Road Surgery", "Westfield Infants",
    "Westfield Juniors", "Brook House Sixth Form", "Ash Grove Health Centre", "King's College", "School",
    "School of", "Primary", "Infants", "Academy Trust", "Oakfield Primary School\n", "## Oakfield", "High School",
    // names, titles, initials, verbs of saying and relations
    "Mrs Okafor", "DC Hughes", "Mr J Smith", "J. Smith", "Jayden", "Kacper Nowak", "Grace", "Will", "Mark",
    "Oluwaseun said", "Oluwaseun's mother", "Gregor", "Gregor said", "Dr Patel", "Dr. Patel", "Sister Jones",
    "the Bill", "a Grace Academy pupil", "Victoria Climbie", "Baby P", "Child B", "Mary-Jane", "O'Brien",
    "ZOE", "Zo\u00eb", "Nurse", "nurse", "told", "said", "explained", "Smith", "Jones", "Brown",
    // prose and structure
    "and", "was", "in", "of", "on", "upon", "&", "the", "a", "their", "with", "at", "from", "had", "has",
    ",", ".", ". ", "; ", ":", "!", "?", " ", " ", " ", "  ", "\n", "\n\n", "\n- ", "\n# ", "\n| ", " | ",
    "(", ")", "\"", "'", "\u2019", "-", "_", "*", "1", "2019", "\u00e9", "\n> ",
  };

  private static final String FRONT_MATTER = """
      ---
      title: "Child Safeguarding Practice Review: Child T"
      review-type: CSPR
      partnership: Westmere Partnership
      pseudonyms: [Child T, Mother, Father, Sibling 1, Gregor]
      ---

      """;

  @Test
  void sameDiagnosticsOnGeneratedReports() throws IOException {
    Random random = new Random(20261126);
    int agreed = 0;
    for (int round = 0; round < 300; round++) {
      StringBuilder b = new StringBuilder(FRONT_MATTER);
      for (int i = 40 + random.nextInt(200); i >= 0; i--) {
        String piece = PIECES[random.nextInt(PIECES.length)];
        b.append(piece);
        if (random.nextInt(3) > 0 && !piece.endsWith("\n") && !piece.endsWith(" ")) {
          b.append(' ');
        }
      }
      b.append('\n');
      Path file = dir.resolve("r" + round).resolve("report.md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, b);
      Optional<Report> r = Fixtures.read(file).report();
      assertThat(r).as(b.toString()).isPresent();
      agreed += compare(r.get(), file.getParent(), b.toString());
    }
    assertThat(agreed).isGreaterThan(2500);
  }
}
