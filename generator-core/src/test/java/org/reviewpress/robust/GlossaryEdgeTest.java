package org.reviewpress.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.BuildResult;

/**
 * Found by the injection corpus: a glossary term that ends a run of text ("referred to the
 * MASH" at the end of a paragraph) made jsoup refuse to split the text and stopped the build.
 */
class GlossaryEdgeTest {

  @TempDir
  Path dir;

  @Test
  void aTermAtTheStartOrEndOfATextIsMarkedAndTheReportPublished() throws Exception {
    Project p = new Project(dir);
    p.report("adult-h", Project.FRONT.replace("status: final\n", "status: final\nglossary:\n  MASH: Multi-Agency Safeguarding Hub\n  GP: General practitioner\n")
        + Project.BODY + "\nThe case was referred to the MASH\n\nGP records were not shared.\n");
    BuildResult r = p.build();
    assertThat(r.failed()).as(r.diagnostics().toString()).isFalse();
    Document page = Jsoup.parse(p.site().resolve("adult-h/index.html").toFile());
    assertThat(page.select("p:contains(referred to the) abbr[title=Multi-Agency Safeguarding Hub]").text()).isEqualTo("MASH");
    assertThat(page.select("p:contains(records were not shared) > abbr[title=General practitioner]").text()).isEqualTo("GP");
    assertThat(page.select("p:contains(referred to the)").text()).isEqualTo("The case was referred to the MASH");
  }
}
