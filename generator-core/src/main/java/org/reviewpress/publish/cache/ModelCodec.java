package org.reviewpress.publish.cache;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reviewpress.model.Anchor;
import org.reviewpress.model.Block;
import org.reviewpress.model.Body;
import org.reviewpress.model.Category;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Exemption;
import org.reviewpress.model.Finding;
import org.reviewpress.model.GlossaryEntry;
import org.reviewpress.model.Link;
import org.reviewpress.model.Priority;
import org.reviewpress.model.Recommendation;
import org.reviewpress.model.Ref;
import org.reviewpress.model.Report;
import org.reviewpress.model.ReviewType;
import org.reviewpress.model.Section;
import org.reviewpress.model.Severity;
import org.reviewpress.model.SourcePosition;
import org.reviewpress.model.SourceText;
import org.reviewpress.model.Status;
import org.reviewpress.model.TextField;
import org.reviewpress.publish.quality.Scorecard;

/**
 * Writes the report model, diagnostics and scorecards as compact binary and reads them back
 * exactly, for the build cache: reading a cached model takes a fraction of a millisecond where
 * parsing the report again takes several. Field by field and without reflection, so nothing but
 * these types can ever be read back. The format has no compatibility promise: cache keys include
 * the generator's code, so an entry is only ever read by the code that wrote it; a damaged entry
 * fails with an {@link IOException} and the caller rebuilds.
 */
final class ModelCodec {

  private ModelCodec() {}

  /** Writes values; one per entry. */
  static final class Writer {
    private final DataOutputStream out;

    Writer(DataOutputStream out) {
      this.out = out;
    }

    void report(Report r) throws IOException {
      string(r.slug());
      path(r.source().file());
      string(r.source().text());
      string(r.title());
      out.writeUTF(r.reviewType().name());
      string(r.partnership());
      optional(r.leadReviewer());
      optional(r.published().map(LocalDate::toString));
      out.writeUTF(r.status().name());
      string(r.lang());
      optional(r.model());
      strings(r.keywords());
      string(r.summary());
      strings(r.pseudonyms());
      out.writeInt(r.glossary().size());
      for (GlossaryEntry g : r.glossary()) {
        string(g.term());
        string(g.definition());
        position(g.position());
      }
      out.writeInt(r.findings().size());
      for (Finding f : r.findings()) {
        finding(f);
      }
      out.writeInt(r.recommendations().size());
      for (Recommendation rec : r.recommendations()) {
        string(rec.id());
        refs(rec.findings());
        string(rec.text());
        optional(rec.owner());
        position(rec.position());
      }
      out.writeInt(r.textFields().size());
      for (TextField t : r.textFields()) {
        string(t.path());
        string(t.value());
        out.writeInt(t.start());
        out.writeInt(t.end());
      }
      body(r.body());
    }

    private void finding(Finding f) throws IOException {
      string(f.id());
      string(f.title());
      string(f.statement());
      refs(f.evidence());
      optional(f.category().map(Category::name));
      optional(f.priority().map(Priority::name));
      optional(f.inThisCase());
      optional(f.notPeculiar());
      optional(f.howWidespread());
      optional(f.implications());
      strings(f.questions());
      position(f.position());
      position(f.statementPosition());
    }

    private void body(Body b) throws IOException {
      out.writeInt(b.start());
      out.writeInt(b.anchors().size());
      for (Anchor a : b.anchors()) {
        string(a.id());
        out.writeUTF(a.kind().name());
        out.writeBoolean(a.explicit());
        string(a.excerpt());
        out.writeInt(a.start());
        out.writeInt(a.end());
        position(a.position());
      }
      out.writeInt(b.blocks().size());
      for (Block k : b.blocks()) {
        out.writeByte(k.kind().ordinal());
        out.writeInt(k.start());
        out.writeInt(k.end());
        out.writeInt(k.section());
      }
      out.writeInt(b.sections().size());
      for (Section s : b.sections()) {
        string(s.title());
        string(s.anchor());
        out.writeInt(s.level());
        out.writeInt(s.start());
        out.writeInt(s.end());
      }
      out.writeInt(b.links().size());
      for (Link l : b.links()) {
        out.writeUTF(l.kind().name());
        string(l.destination());
        string(l.text());
        position(l.position());
      }
      out.writeInt(b.exemptions().size());
      for (Exemption e : b.exemptions()) {
        string(e.ruleId());
        string(e.reason());
        out.writeInt(e.fromLine());
        out.writeInt(e.toLine());
        position(e.position());
      }
      string(b.html());
    }

    void diagnostics(List<Diagnostic> ds) throws IOException {
      out.writeInt(ds.size());
      for (Diagnostic d : ds) {
        string(d.ruleId());
        out.writeUTF(d.severity().name());
        string(d.message());
        string(d.hint());
        position(d.position());
      }
    }

    void scorecard(Scorecard s) throws IOException {
      string(s.slug());
      string(s.title());
      string(s.source());
      string(s.lang());
      out.writeInt(s.answers().size());
      for (Scorecard.Answer a : s.answers()) {
        out.writeInt(a.number());
        string(a.key());
        string(a.label());
        string(a.question());
        out.writeUTF(a.verdict().name());
        out.writeInt(a.signals().size());
        for (Scorecard.Signal sig : a.signals()) {
          string(sig.name());
          out.writeDouble(sig.value());
          string(sig.text());
        }
        diagnostics(a.diagnostics());
        strings(a.notChecked());
      }
    }

    private void refs(List<Ref> refs) throws IOException {
      out.writeInt(refs.size());
      for (Ref ref : refs) {
        string(ref.value());
        position(ref.position());
      }
    }

    private void position(SourcePosition p) throws IOException {
      path(p.file());
      out.writeInt(p.line());
      out.writeInt(p.column());
    }

    private void path(Path p) throws IOException {
      string(p.toString());
    }

    private void strings(List<String> values) throws IOException {
      out.writeInt(values.size());
      for (String v : values) {
        string(v);
      }
    }

    private void optional(Optional<String> value) throws IOException {
      out.writeBoolean(value.isPresent());
      if (value.isPresent()) {
        string(value.get());
      }
    }

    /** Any length (writeUTF stops at 64 KB), as UTF-8; null as length -1. */
    private void string(String s) throws IOException {
      if (s == null) {
        out.writeInt(-1);
        return;
      }
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
    }
  }

  /** Reads what a {@link Writer} wrote, in the same order. */
  static final class Reader {
    private final DataInputStream in;
    /** Every position of a report names the same file or two: one Path each. */
    private final Map<String, Path> paths = new HashMap<>();

    Reader(DataInputStream in) {
      this.in = in;
    }

    Report report() throws IOException {
      String slug = string();
      Path file = path();
      SourceText source = new SourceText(file, string());
      String title = string();
      ReviewType type = ReviewType.valueOf(in.readUTF());
      String partnership = string();
      Optional<String> lead = optional();
      Optional<LocalDate> published = optional().map(LocalDate::parse);
      Status status = Status.valueOf(in.readUTF());
      String lang = string();
      Optional<String> model = optional();
      List<String> keywords = strings();
      String summary = string();
      List<String> pseudonyms = strings();
      int n = count();
      List<GlossaryEntry> glossary = new ArrayList<>(Math.min(n, 1024));
      for (int i = 0; i < n; i++) {
        glossary.add(new GlossaryEntry(string(), string(), position()));
      }
      n = count();
      List<Finding> findings = new ArrayList<>(Math.min(n, 1024));
      for (int i = 0; i < n; i++) {
        findings.add(finding());
      }
      n = count();
      List<Recommendation> recommendations = new ArrayList<>(Math.min(n, 1024));
      for (int i = 0; i < n; i++) {
        recommendations.add(new Recommendation(string(), refs(), string(), optional(), position()));
      }
      n = count();
      List<TextField> fields = new ArrayList<>(Math.min(n, 1024));
      for (int i = 0; i < n; i++) {
        fields.add(new TextField(string(), string(), in.readInt(), in.readInt()));
      }
      Body body = body();
      return new Report(slug, source, title, type, partnership, lead, published, status, lang, model, keywords,
          summary, pseudonyms, glossary, findings, recommendations, fields, body);
    }

    private Finding finding() throws IOException {
      return new Finding(string(), string(), string(), refs(), optional().map(Category::valueOf),
          optional().map(Priority::valueOf), optional(), optional(), optional(), optional(), strings(),
          position(), position());
    }

    private Body body() throws IOException {
      int start = in.readInt();
      int n = count();
      List<Anchor> anchors = new ArrayList<>(Math.min(n, 1024));
      for (int i = 0; i < n; i++) {
        anchors.add(new Anchor(string(), Anchor.Kind.valueOf(in.readUTF()), in.readBoolean(), string(), in.readInt(),
            in.readInt(), position()));
      }
      n = count();
      List<Block> blocks = new ArrayList<>(Math.min(n, 1024));
      Block.Kind[] kinds = Block.Kind.values();
      for (int i = 0; i < n; i++) {
        int kind = in.readUnsignedByte();
        if (kind >= kinds.length) {
          throw new IOException("unknown block kind " + kind);
        }
        blocks.add(new Block(kinds[kind], in.readInt(), in.readInt(), in.readInt()));
      }
      n = count();
      List<Section> sections = new ArrayList<>(Math.min(n, 1024));
      for (int i = 0; i < n; i++) {
        sections.add(new Section(string(), string(), in.readInt(), in.readInt(), in.readInt()));
      }
      n = count();
      List<Link> links = new ArrayList<>(Math.min(n, 1024));
      for (int i = 0; i < n; i++) {
        links.add(new Link(Link.Kind.valueOf(in.readUTF()), string(), string(), position()));
      }
      n = count();
      List<Exemption> exemptions = new ArrayList<>(Math.min(n, 1024));
      for (int i = 0; i < n; i++) {
        exemptions.add(new Exemption(string(), string(), in.readInt(), in.readInt(), position()));
      }
      return new Body(start, anchors, blocks, sections, links, exemptions, string());
    }

    List<Diagnostic> diagnostics() throws IOException {
      int n = count();
      List<Diagnostic> out = new ArrayList<>(Math.min(n, 1024));
      for (int i = 0; i < n; i++) {
        out.add(new Diagnostic(string(), Severity.valueOf(in.readUTF()), string(), string(), position()));
      }
      return out;
    }

    Scorecard scorecard() throws IOException {
      String slug = string();
      String title = string();
      String source = string();
      String lang = string();
      int n = count();
      List<Scorecard.Answer> answers = new ArrayList<>(Math.min(n, 1024));
      for (int i = 0; i < n; i++) {
        int number = in.readInt();
        String key = string();
        String label = string();
        String question = string();
        Scorecard.Verdict verdict = Scorecard.Verdict.valueOf(in.readUTF());
        int m = count();
        List<Scorecard.Signal> signals = new ArrayList<>(Math.min(m, 1024));
        for (int j = 0; j < m; j++) {
          signals.add(new Scorecard.Signal(string(), in.readDouble(), string()));
        }
        answers.add(new Scorecard.Answer(number, key, label, question, verdict, signals, diagnostics(), strings()));
      }
      return new Scorecard(slug, title, source, lang, answers);
    }

    private List<Ref> refs() throws IOException {
      int n = count();
      List<Ref> out = new ArrayList<>(Math.min(n, 1024));
      for (int i = 0; i < n; i++) {
        out.add(new Ref(string(), position()));
      }
      return out;
    }

    private SourcePosition position() throws IOException {
      return new SourcePosition(path(), in.readInt(), in.readInt());
    }

    private Path path() throws IOException {
      String s = string();
      Path p = paths.get(s);
      if (p == null) {
        p = Path.of(s);
        paths.put(s, p);
      }
      return p;
    }

    private List<String> strings() throws IOException {
      int n = count();
      List<String> out = new ArrayList<>(Math.min(n, 1024));
      for (int i = 0; i < n; i++) {
        out.add(string());
      }
      return out;
    }

    private Optional<String> optional() throws IOException {
      return in.readBoolean() ? Optional.of(string()) : Optional.empty();
    }

    private String string() throws IOException {
      int n = in.readInt();
      if (n < 0) {
        if (n == -1) {
          return null;
        }
        throw new IOException("negative string length");
      }
      return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    /**
     * A list's length, refused when negative (a damaged entry). Lists are sized no larger than
     * 1,024 up front, so a damaged length cannot make the reader reserve gigabytes before it
     * runs out of input.
     */
    private int count() throws IOException {
      int n = in.readInt();
      if (n < 0) {
        throw new IOException("negative count");
      }
      return n;
    }
  }
}
