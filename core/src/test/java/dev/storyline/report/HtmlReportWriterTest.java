package dev.storyline.report;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.model.CitedText;
import dev.storyline.model.Event;
import dev.storyline.model.Family;
import dev.storyline.model.Quote;
import dev.storyline.model.RemovedText;
import dev.storyline.model.Report;
import dev.storyline.model.SkippedInput;
import dev.storyline.model.Story;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportWriterTest {

    private static Report hostileReport() {
        Article article = new Article("doc<1>", "in/doc.html", null, "<script>alert('title')</script>", "Outlet & Co", null, null,
                List.of("A body with <b>tags</b> and <script>alert(1)</script>."),
                List.of(new RemovedText("<img src=x onerror=alert(2)>", "html: aside")));
        AnalyzedDocument document = new AnalyzedDocument(article, List.of(), List.of(),
                List.of(new Quote("<i>quoted</i> words here", "<Speaker>")));
        CitedText sentence = new CitedText("A body with <b>tags</b>.", List.of("doc<1>"));
        return new Report(Instant.parse("2026-01-01T00:00:00Z"), List.of(new SkippedInput("<bad>.txt", "empty: <none>")),
                List.of(document), List.of(new Family("f1", List.of("doc<1>"), "doc<1>")),
                List.of(new Event("e1", "<script>event</script>", null, List.of("doc<1>"), List.of(sentence))),
                List.of(new Story("s1", "<script>story</script>", List.of("e1"), List.of("doc<1>"), List.of(sentence), List.of(), List.of())));
    }

    @Test
    void textFromDocumentsIsEscaped() throws IOException {
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write(hostileReport(), out);
        String html = out.toString();

        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>").doesNotContain("<Speaker>");
        assertThat(html).contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;").contains("Outlet &amp; Co");
    }

    @Test
    void markdownEscapesMarkup() throws IOException {
        StringWriter out = new StringWriter();
        new MarkdownReportWriter().write(hostileReport(), out);
        assertThat(out.toString()).doesNotContain("<script>").contains("\\<script\\>");
    }
}
