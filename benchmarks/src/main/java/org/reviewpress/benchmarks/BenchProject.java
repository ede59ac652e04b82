package org.reviewpress.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.reviewpress.corpus.ReportCorpus;

/**
 * A project on disk of invented long reviews, as a partnership's own project looks: a pom that
 * uses the plugin, {@code src/reports/<slug>/report.md} per report, and a plain list of
 * sensitive terms beside it (so the term scan runs, as it does for a real partnership). Writing
 * the same arguments twice gives the same files.
 *
 * <p>Run as a program it writes one project: {@code BenchProject <dir> <reports> [version]}.
 */
public final class BenchProject {

  /** Invented names a partnership might list; none occurs in the generated text. */
  private static final String[] TERMS = {"Jayden Okafor", "Kerry-Ann Whitlock", "Tamsin Ellery", "Dariusz Nowicki",
      "Shannon Mulgrew", "Brackenfield Academy", "Holloway Lane", "Marcus Trelawney", "Aisha Rahmani", "Kieran Dunphy",
      "Leanne Priddy", "Oakhurst Road", "Precious Adeyemi", "Tyler Brannigan", "Chloe Wexford", "Wrenfield Primary"};

  private final Path root;
  private final int reports;
  private final int episodes;

  private BenchProject(Path root, int reports, int episodes) {
    this.root = root;
    this.reports = reports;
    this.episodes = episodes;
  }

  /** Writes (or rewrites) a project of {@code reports} reviews of about 15,000 words each. */
  public static BenchProject write(Path root, int reports, String pluginVersion) throws IOException {
    int episodes = ReportCorpus.episodesFor(ReportCorpus.LONG_REVIEW_WORDS);
    Path sources = root.resolve("src/reports");
    if (Files.isDirectory(sources)) {
      try (Stream<Path> walk = Files.walk(sources)) {
        for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
    for (int i = 1; i <= reports; i++) {
      ReportCorpus.write(sources, slug(i), episodes, i);
    }
    Files.writeString(root.resolve("sensitive-terms.txt"), String.join("\n", TERMS) + "\n", StandardCharsets.UTF_8);
    Files.writeString(root.resolve("pom.xml"), pom(pluginVersion), StandardCharsets.UTF_8);
    return new BenchProject(root, reports, episodes);
  }

  static String slug(int i) {
    return String.format("review-%03d", i);
  }

  private static String pom(String version) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>org.example.partnership</groupId>
          <artifactId>reviews</artifactId>
          <version>1</version>
          <packaging>pom</packaging>
          <build>
            <plugins>
              <plugin>
                <groupId>org.reviewpress</groupId>
                <artifactId>reviewpress-maven-plugin</artifactId>
                <version>%s</version>
                <configuration><sensitiveTerms>sensitive-terms.txt</sensitiveTerms></configuration>
                <executions><execution><goals><goal>build</goal></goals></execution></executions>
              </plugin>
            </plugins>
          </build>
        </project>
        """.formatted(version);
  }

  public Path root() {
    return root;
  }

  public int reports() {
    return reports;
  }

  /** The words of one report, as {@link ReportCorpus#words} counts them. */
  public int wordsPerReport() {
    return ReportCorpus.words(ReportCorpus.markdown(episodes, 1));
  }

  public Path sensitiveTerms() {
    return root.resolve("sensitive-terms.txt");
  }

  /** The report files, in slug order. */
  public List<Path> reportFiles() {
    List<Path> out = new ArrayList<>();
    for (int i = 1; i <= reports; i++) {
      out.add(root.resolve("src/reports").resolve(slug(i)).resolve("report.md"));
    }
    return out;
  }

  /** The one-minute load average, which says how much else the shared machine was doing. */
  static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  public static void main(String[] args) throws IOException {
    BenchProject p = write(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 ? args[2] : "0.1.0-SNAPSHOT");
    System.out.printf("%s: %d reports of %d words%n", p.root(), p.reports(), p.wordsPerReport());
  }
}
