package dev.storyline.extract;

import dev.storyline.model.Article;
import dev.storyline.model.MediaType;
import dev.storyline.model.RawDocument;
import dev.storyline.util.Deadline;

/**
 * The extract stage: reads the article out of a page, separating the body from boilerplate and reading the
 * headline, outlet, byline and publication date.
 */
public interface ArticleExtractor {

    /** Extracts the article of one page; never null, but the body may be empty when nothing looked like one. */
    Article extract(RawDocument document);

    /**
     * Extracts the article of one page, stopping with {@link Deadline.Exceeded} once {@code deadline} has passed. The
     * standard extractors check it at every line or block; this default checks it before and after.
     */
    default Article extract(RawDocument document, Deadline deadline) {
        deadline.check();
        Article article = extract(document);
        deadline.check();
        return article;
    }

    /** The standard extractor: {@link TextArticleExtractor} for plain text, {@link HtmlArticleExtractor} for HTML. */
    static ArticleExtractor standard() {
        TextArticleExtractor text = new TextArticleExtractor();
        HtmlArticleExtractor html = new HtmlArticleExtractor();
        return new ArticleExtractor() {
            @Override
            public Article extract(RawDocument document) {
                return extract(document, Deadline.NONE);
            }

            @Override
            public Article extract(RawDocument document, Deadline deadline) {
                return document.mediaType() == MediaType.HTML ? html.extract(document, deadline)
                        : text.extract(document, deadline);
            }
        };
    }
}
