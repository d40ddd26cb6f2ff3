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

    private static Report reportWithUrls(String... urls) {
        List<AnalyzedDocument> documents = new java.util.ArrayList<>();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < urls.length; i++) {
            String id = "d" + i;
            ids.add(id);
            documents.add(new AnalyzedDocument(new Article(id, "in/" + id + ".html", urls[i], "Title " + i, "Outlet", null, null,
                    List.of("A body."), List.of()), List.of(), List.of(), List.of()));
        }
        CitedText sentence = new CitedText("A body.", ids);
        return new Report(Instant.parse("2026-01-01T00:00:00Z"), List.of(), documents,
                List.of(new Family("f1", ids, "d0")), List.of(new Event("e1", "Event", null, ids, List.of(sentence))),
                List.of(new Story("s1", "Story", List.of("e1"), ids, List.of(sentence), List.of(), List.of())));
    }

    @Test
    void htmlLinksOnlyWebUrls() throws IOException {
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write(reportWithUrls("javascript:alert(1)", " HTTPS://news.example/a?b=1&c=2 ",
                "data:text/html,<script>alert(2)</script>"), out);
        String html = out.toString();

        assertThat(html).doesNotContain("href=\"javascript").doesNotContain("href=\"data").doesNotContain("<script>")
                .contains(" · javascript:alert(1)</p>").contains(" · data:text/html,&lt;script&gt;")
                .contains("<a href=\"HTTPS://news.example/a?b=1&amp;c=2\" rel=\"noreferrer\">");
    }

    @Test
    void markdownLinksOnlyWebUrls() throws IOException {
        StringWriter out = new StringWriter();
        new MarkdownReportWriter().write(reportWithUrls("javascript:alert(1)", "https://news.example/a b|c>",
                "data:text/html,x"), out);
        String md = out.toString();

        assertThat(md).doesNotContain("(javascript:").doesNotContain("<javascript:").doesNotContain("<data:")
                .contains("| javascript:alert(1) |").contains("| data:text/html,x |")
                .contains("| <https://news.example/a%20b%7Cc%3E> |");
    }

    @Test
    void onlyHttpAndHttpsAreWebUrls() {
        assertThat(Links.webUrl("https://news.example/a")).isEqualTo("https://news.example/a");
        assertThat(Links.webUrl("  Http://news.example/a\n")).isEqualTo("Http://news.example/a");
        assertThat(Links.webUrl("javascript:alert(1)")).isNull();
        assertThat(Links.webUrl(" JavaScript:https://news.example")).isNull();
        assertThat(Links.webUrl("data:text/html,x")).isNull();
        assertThat(Links.webUrl("news.example/a")).isNull();
        assertThat(Links.webUrl("//news.example/a")).isNull();
        assertThat(Links.webUrl(null)).isNull();
    }
}
