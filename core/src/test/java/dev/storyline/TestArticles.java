package dev.storyline;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.nlp.OpenNlpTextAnalyzer;

import java.time.LocalDate;
import java.util.List;

/** Small analyzed documents written in tests, run through the real analyzer. */
public final class TestArticles {

    private static final OpenNlpTextAnalyzer ANALYZER = new OpenNlpTextAnalyzer();

    private TestArticles() {
    }

    public static AnalyzedDocument analyzed(String id, String outlet, String published, String title, String... paragraphs) {
        Article article = new Article(id, id + ".txt", null, title, outlet, null,
                published == null ? null : LocalDate.parse(published), List.of(paragraphs), List.of());
        synchronized (ANALYZER) {
            return ANALYZER.analyze(article);
        }
    }
}
