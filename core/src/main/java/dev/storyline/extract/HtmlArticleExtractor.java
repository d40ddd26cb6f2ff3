package dev.storyline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.model.Article;
import dev.storyline.model.RawDocument;
import dev.storyline.model.RemovedText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extracts the article from an HTML page with jsoup.
 *
 * <p>The steps, in order:
 * <ol>
 *   <li>metadata: {@code og:title}, {@code og:site_name}, JSON-LD {@code headline}/{@code publisher}/{@code author},
 *       {@code <h1>}, {@code <title>}, an outlet named in a copyright line, the URL's host; the publication date
 *       from {@link HtmlDateFinder};</li>
 *   <li>page furniture is removed from the DOM by the named rules of {@link HtmlFurniture};</li>
 *   <li>{@link ContentLocator} scores the remaining elements by prose and picks the article's elements;</li>
 *   <li>the page is cut into blocks ({@link HtmlBlocks}); blocks outside the article are removed, and blocks inside
 *       it go through the block rules: link lists, the repeated headline, bylines and date lines, boilerplate
 *       phrasing, one-word blocks;</li>
 *   <li>when the page's JSON-LD {@code articleBody} is much longer than what the DOM gave, and reads as prose, it
 *       replaces the DOM text: the structured data is used when the markup fails, not trusted before it.</li>
 * </ol>
 */
public final class HtmlArticleExtractor implements ArticleExtractor {

    static final String OUTSIDE_ARTICLE = "html: outside the article";
    static final String LINK_LIST = "html: link list";
    static final String JSON_LD_BODY = "html: replaced by JSON-LD articleBody";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+|\\s+::\\s+|\\s+»\\s+");
    private static final Set<String> KEEP_SHORT_TAGS = Set.of("li", "td", "th", "dd", "dt", "pre", "h2", "h3", "h4", "h5", "h6");

    @Override
    public Article extract(RawDocument document) {
        Document page = Jsoup.parse(document.text(), document.url() == null ? "" : document.url());
        Map<String, String> meta = metaTags(page);
        JsonNode jsonLd = jsonLdArticle(page);

        String outlet = firstNonBlank(meta.get("og:site_name"), text(jsonLd, "publisher", "name"), meta.get("application-name"));
        String h1 = firstText(page, "h1");
        String title = firstNonBlank(document.declared().title(), cleanTitle(meta.get("og:title"), outlet),
                text(jsonLd, "headline"), h1, cleanTitle(page.title(), outlet));
        String byline = firstNonBlank(meta.get("author"), text(jsonLd, "author", "name"), text(jsonLd, "author"),
                bylineElement(page));
        LocalDate published = publicationDate(document, page);

        List<RemovedText> removed = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        Element body = page.body();
        if (body != null) {
            TextStats stats = TextStats.of(body);
            removeFurniture(body, stats, removed);
            List<Element> article = ContentLocator.locate(body, stats);
            List<HtmlBlocks.Block> blocks = HtmlBlocks.of(body, article);
            if (title == null) {
                title = leadingHeading(blocks);
            }
            Set<String> headlines = new HashSet<>();
            for (String headline : new String[] {title, h1, meta.get("og:title")}) {
                if (headline != null) {
                    headlines.add(BoilerplateLineClassifier.normalize(headline));
                }
            }
            for (HtmlBlocks.Block block : blocks) {
                String reason = block.inArticle() ? blockRule(block, headlines) : OUTSIDE_ARTICLE;
                if (reason == null) {
                    paragraphs.add(block.text());
                } else {
                    removed.add(new RemovedText(block.text(), reason));
                }
            }
        }
        String articleBody = text(jsonLd, "articleBody");
        if (articleBody != null && prefersStructuredBody(articleBody, paragraphs)) {
            for (String paragraph : paragraphs) {
                removed.add(new RemovedText(paragraph, JSON_LD_BODY));
            }
            paragraphs = new ArrayList<>();
            for (String paragraph : articleBody.split("\\s*\\n\\s*")) {
                if (!paragraph.isBlank()) {
                    paragraphs.add(paragraph.strip());
                }
            }
        }
        if (outlet == null) {
            outlet = outletNamedIn(removed, paragraphs);
        }
        if (outlet == null) {
            outlet = MetadataPatterns.hostOf(document.url());
        }
        if (byline == null) {
            byline = bylineIn(removed);
        }
        return new Article(document.id(), document.source(), document.url(), title, outlet, byline, published, paragraphs, removed);
    }

    /**
     * Removes every element a furniture rule marks, top down in page order, keeping the text of visible ones in
     * {@code removed}.
     */
    private static void removeFurniture(Element body, TextStats stats, List<RemovedText> removed) {
        double pageChars = Math.max(1, stats.chars(body));
        Deque<Element> pending = new ArrayDeque<>();
        pushChildren(body, pending);
        while (!pending.isEmpty()) {
            Element element = pending.pop();
            HtmlFurniture rule = HtmlFurniture.match(element, stats.chars(element) / pageChars, stats.linkDensity(element));
            if (rule == null) {
                pushChildren(element, pending);
                continue;
            }
            if (rule != HtmlFurniture.INVISIBLE && rule != HtmlFurniture.FORM_CONTROL) {
                String text = element.text();
                if (!text.isBlank()) {
                    removed.add(new RemovedText(text, rule.reasonFor(element)));
                }
            }
            stats.detach(element);
        }
    }

    /** Pushes the children so that the first child is popped first: the walk keeps page order without recursion. */
    private static void pushChildren(Element parent, Deque<Element> pending) {
        for (int i = parent.childrenSize() - 1; i >= 0; i--) {
            pending.push(parent.child(i));
        }
    }

    /** The reason a block inside the article is still not body text, or null when it is. */
    private static String blockRule(HtmlBlocks.Block block, Set<String> headlines) {
        String text = block.text();
        int words = BoilerplateLineClassifier.wordCount(text);
        if (block.linkDensity() > 0.5 && !block.tag().equals("pre")) {
            return LINK_LIST;
        }
        if (words <= 40 && headlines.contains(BoilerplateLineClassifier.normalize(text))) {
            return "repeated headline";
        }
        if (words <= 12 && MetadataPatterns.bylineIn(text) != null) {
            return "byline";
        }
        if (words <= 8 && DateParser.parse(text) != null && !BoilerplateLineClassifier.isProse(text)) {
            return "date line";
        }
        if (words <= 25) {
            String phrasing = BoilerplateLineClassifier.classifyPhrasing(text);
            if (phrasing != null) {
                return phrasing;
            }
        }
        if (words <= 1 && !KEEP_SHORT_TAGS.contains(block.tag())) {
            return "short line";
        }
        return null;
    }

    /** A page without a title anywhere else: the heading that opens the article, if any. */
    private static String leadingHeading(List<HtmlBlocks.Block> blocks) {
        for (HtmlBlocks.Block block : blocks) {
            if (!block.inArticle()) {
                continue;
            }
            return block.tag().matches("h[1-3]") ? block.text() : null;
        }
        return null;
    }

    /** True when JSON-LD's body is prose and much longer than the DOM's: the markup hid the article from the scorer. */
    private static boolean prefersStructuredBody(String articleBody, List<String> paragraphs) {
        int domChars = 0;
        for (String paragraph : paragraphs) {
            domChars += paragraph.length();
        }
        return articleBody.length() > 500 && articleBody.length() > 2 * domChars
                && BoilerplateLineClassifier.isProse(articleBody) && !articleBody.contains("<");
    }

    /** The outlet a copyright line or an appeal names, in the removed furniture first, then in the body. */
    private static String outletNamedIn(List<RemovedText> removed, List<String> paragraphs) {
        List<String> lines = new ArrayList<>();
        for (RemovedText text : removed) {
            lines.add(text.text());
        }
        lines.addAll(paragraphs);
        return MetadataPatterns.outletIn(lines);
    }

    private static String bylineIn(List<RemovedText> removed) {
        for (RemovedText text : removed) {
            if (text.reason().equals("byline")) {
                return MetadataPatterns.bylineIn(text.text());
            }
        }
        return null;
    }

    private static Map<String, String> metaTags(Document page) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (Element tag : page.select("meta[content]")) {
            String key = firstNonBlank(tag.attr("property"), tag.attr("name"), tag.attr("itemprop"));
            if (key != null && !tag.attr("content").isBlank()) {
                meta.putIfAbsent(key.toLowerCase(Locale.ROOT), tag.attr("content").strip());
            }
        }
        return meta;
    }

    /** The first JSON-LD object of an article type, or null. Broken JSON-LD is ignored. */
    private static JsonNode jsonLdArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(script.data());
                List<JsonNode> candidates = new ArrayList<>();
                if (root.isArray()) {
                    root.forEach(candidates::add);
                } else if (root.has("@graph")) {
                    root.get("@graph").forEach(candidates::add);
                } else {
                    candidates.add(root);
                }
                for (JsonNode node : candidates) {
                    String type = node.path("@type").asText("");
                    if (type.endsWith("Article") || type.equals("Report") || type.equals("BlogPosting")) {
                        return node;
                    }
                }
            } catch (Exception brokenJsonLd) {
                // Structured data is a hint; the page text still stands.
            }
        }
        return null;
    }

    /** The date declared beside the page (a JSON Lines field) wins; else the page's own evidence, by {@link HtmlDateFinder}. */
    private static LocalDate publicationDate(RawDocument document, Document page) {
        LocalDate declared = DateParser.parse(document.declared().published());
        return declared != null ? declared : HtmlDateFinder.find(page, document.url());
    }

    /** A {@code <title>} or og:title without the site name that pages append or prepend. */
    static String cleanTitle(String title, String outlet) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String[] parts = TITLE_SEPARATOR.split(title.strip());
        if (parts.length == 1) {
            return title.strip();
        }
        String longest = parts[0];
        for (String part : parts) {
            boolean isOutlet = outlet != null && part.equalsIgnoreCase(outlet);
            if (!isOutlet && part.length() > longest.length()) {
                longest = part;
            }
        }
        return longest.strip();
    }

    private static String bylineElement(Document page) {
        Element byline = page.selectFirst("[rel=author], .byline, .author, [itemprop=author]");
        if (byline == null) {
            return null;
        }
        String text = byline.text().strip();
        String named = MetadataPatterns.bylineIn(text);
        return named != null ? named : text.isEmpty() ? null : text;
    }

    private static String firstText(Document page, String selector) {
        Element element = page.selectFirst(selector);
        return element == null ? null : element.text();
    }

    private static String text(JsonNode node, String... path) {
        JsonNode current = node;
        for (String field : path) {
            if (current == null) {
                return null;
            }
            if (current.isArray() && !current.isEmpty()) {
                current = current.get(0);
            }
            current = current.get(field);
        }
        return current != null && current.isTextual() ? current.asText() : null;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
