package dev.storyline.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.TestArticles;
import dev.storyline.dedup.PassageAligner;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.CitedText;
import dev.storyline.model.Event;
import dev.storyline.model.Family;
import dev.storyline.model.Report;
import dev.storyline.model.Story;
import dev.storyline.pipeline.ReportAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A family of syndicated copies shows, in every report format, what each copy adds, drops and rewords. */
class CopiesReportTest {

    private static final String LEAD = "Russian jets struck targets near Homs on Wednesday, the first strikes of Moscow's campaign in Syria.";
    private static final String TARGETS = "Moscow said the strikes hit Islamic State positions, but the U.S. Defense Secretary disagreed.";
    private static final String EDITED = "Moscow said the strikes hit ISIS positions, but the U.S. Defence Secretary disagreed.";
    private static final String TALKS = "Diplomats agreed to hold talks to keep their aircraft apart over Syria.";
    private static final String BACKGROUND = "The civil war has killed more than 250,000 people since 2011.";
    private static final String LOCAL = "Councillors in Leeds said they would raise the strikes with their <b>member of parliament</b>.";

    private static Report report() {
        AnalyzedDocument wire = TestArticles.analyzed("wire", "Wire", "2015-10-01", "Russia strikes Syria",
                LEAD, TARGETS, TALKS, BACKGROUND);
        AnalyzedDocument copy = TestArticles.analyzed("copy", "Gazette & Post", "2015-10-02", "Russia strikes Syria",
                LEAD, TALKS, EDITED, LOCAL);
        List<String> ids = List.of("wire", "copy");
        Family family = new Family("f1", ids, "wire", List.of(new PassageAligner().align(wire, copy)));
        CitedText sentence = new CitedText(LEAD, ids);
        return new Report(Instant.parse("2026-01-01T00:00:00Z"), List.of(), List.of(wire, copy), List.of(family),
                List.of(new Event("e1", "Russia strikes Syria", null, ids, List.of(sentence))),
                List.of(new Story("s1", "Russia strikes Syria", List.of("e1"), ids, List.of(sentence), List.of(), List.of())));
    }

    @Test
    void jsonCarriesEachCopyAlignmentAndMatchesTheSchema(@TempDir Path dir) throws IOException {
        ReportFiles.write(report(), dir);

        JsonNode json = ReportAssertions.assertValidReport(dir.resolve("report.json"));
        JsonNode copy = json.path("families").get(0).path("copies").get(0);
        assertThat(copy.path("document").asText()).isEqualTo("copy");
        assertThat(copy.path("shared").asInt()).isEqualTo(2);
        assertThat(copy.path("added")).hasSize(1);
        assertThat(copy.path("added").get(0).asText()).isEqualTo(LOCAL);
        assertThat(copy.path("dropped").get(0).asText()).isEqualTo(BACKGROUND);
        assertThat(copy.path("reordered").asBoolean()).isTrue();
        JsonNode changed = copy.path("changed").get(0);
        assertThat(changed.path("canonical").asText()).isEqualTo(TARGETS);
        assertThat(changed.path("copy").asText()).isEqualTo(EDITED);
        assertThat(changed.path("edits").toString())
                .isEqualTo("[{\"from\":\"Islamic State\",\"to\":\"ISIS\"},{\"from\":\"Defense\",\"to\":\"Defence\"}]");
    }

    @Test
    void schemaRejectsACopyWithoutItsSharedCount(@TempDir Path dir) throws IOException {
        ReportFiles.write(report(), dir);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode broken = (ObjectNode) mapper.readTree(dir.resolve("report.json").toFile());
        ((ObjectNode) broken.path("families").get(0).path("copies").get(0)).remove("shared");
        Path brokenFile = dir.resolve("broken.json");
        mapper.writeValue(brokenFile.toFile(), broken);

        assertThatThrownBy(() -> ReportAssertions.assertValidReport(brokenFile)).hasMessageContaining("shared");
    }

    @Test
    void markdownListsWhatEachCopyChanges() throws IOException {
        StringWriter out = new StringWriter();
        new MarkdownReportWriter().write(report(), out);
        String md = out.toString();

        assertThat(md).contains("## Copies")
                .contains("### f1: Wire, 2015-10-01: Russia strikes Syria [wire]")
                .contains("- Gazette & Post, 2015-10-02 [copy]: shares 2 of 4 paragraphs; reordered")
                .contains("`Islamic State` → `ISIS`; `Defense` → `Defence`")
                .contains("  - adds: “Councillors in Leeds said they would raise the strikes with their \\<b\\>member of parliament\\</b\\>.”")
                .contains("  - drops: “The civil war has killed more than 250,000 people since 2011.”");
    }

    @Test
    void htmlShowsTheCopiesWithDocumentTextEscaped() throws IOException {
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write(report(), out);
        String html = out.toString();

        assertThat(html).contains("<h2 id=\"copies\">Copies</h2>")
                .contains("<del>Islamic State</del> → <ins>ISIS</ins>")
                .contains("Gazette &amp; Post")
                .contains("&lt;b&gt;member of parliament&lt;/b&gt;")
                .doesNotContain("<b>member");
    }

    @Test
    void longPassagesAreCutAtAWord() {
        String text = "word ".repeat(100).strip();
        String excerpt = FamilyView.excerpt(text);
        assertThat(excerpt).endsWith("word…").hasSizeLessThanOrEqualTo(FamilyView.EXCERPT_CHARS + 1);
        assertThat(FamilyView.excerpt("short")).isEqualTo("short");
    }

    @Test
    void codeSpansFenceBackticksInTheText() {
        assertThat(MarkdownReportWriter.code("ISIS")).isEqualTo("`ISIS`");
        assertThat(MarkdownReportWriter.code("a`b")).isEqualTo("``a`b``");
        assertThat(MarkdownReportWriter.code("`x")).isEqualTo("`` `x ``");
    }
}
