package dev.storyline.extract;

import dev.storyline.model.Article;
import dev.storyline.model.MediaType;
import dev.storyline.model.RawDocument;

/**
 * The extract stage: reads the article out of a page, separating the body from boilerplate and reading the
 * headline, outlet, byline and publication date.
 */
public interface ArticleExtractor {

    /** Extracts the article of one page; never null, but the body may be empty when nothing looked like one. */
    Article extract(RawDocument document);

    /** The standard extractor: {@link TextArticleExtractor} for plain text, {@link HtmlArticleExtractor} for HTML. */
    static ArticleExtractor standard() {
        TextArticleExtractor text = new TextArticleExtractor();
        HtmlArticleExtractor html = new HtmlArticleExtractor();
        return document -> document.mediaType() == MediaType.HTML ? html.extract(document) : text.extract(document);
    }
}
