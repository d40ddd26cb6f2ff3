package dev.storyline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.model.Article;
import dev.storyline.model.RawDocument;
import dev.storyline.model.MetadataRules;
import dev.storyline.model.RemovedText;
import dev.storyline.util.Deadline;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Extracts the article from an HTML page with jsoup.
 *
 * <p>The steps, in order:
 * <ol>
 *   <li>the page is parsed once into a {@link Page}; the title ({@link HeadlineChooser}), the outlet's declared
 *       name ({@link OutletChooser}) and the publication date ({@link HtmlDateFinder}) are read from it before
 *       anything is removed;</li>
 *   <li>page furniture is removed from the DOM by the named rules of {@link HtmlFurniture};</li>
 *   <li>{@link ContentLocator} scores the remaining elements by prose and picks the article's elements;</li>
 *   <li>the page is cut into blocks ({@link HtmlBlocks}); blocks outside the article are removed, and blocks inside
 *       it go through the block rules: link lists, the repeated headline, bylines and date lines, boilerplate
 *       phrasing, one-word blocks;</li>
 *   <li>when the page's JSON-LD {@code articleBody} is much longer than what the DOM gave, and reads as prose, it
 *       replaces the DOM text: the structured data is used when the markup fails, not trusted before it;</li>
 *   <li>the byline ({@link BylineChooser}) and, when the metadata named none, the outlet are read last, since
 *       the lines left out of the body are part of their evidence.</li>
 * </ol>
 * The rule that chose each metadata field is recorded in {@link Article#chosenBy()}.
 */
public final class HtmlArticleExtractor implements ArticleExtractor {

    static final String OUTSIDE_ARTICLE = "html: outside the article";
    static final String LINK_LIST = "html: link list";
    static final String JSON_LD_BODY = "html: replaced by JSON-LD articleBody";

    private static final Set<String> KEEP_SHORT_TAGS = Set.of("li", "td", "th", "dd", "dt", "pre", "h2", "h3", "h4", "h5", "h6");

    @Override
    public Article extract(RawDocument document) {
        return extract(document, Deadline.NONE);
    }

    /** Extracts as {@link #extract(RawDocument)} does, checking {@code deadline} between the steps and at every block. */
    @Override
    public Article extract(RawDocument document, Deadline deadline) {
        deadline.check();
        Page page = Page.parse(document);
        deadline.check();
        Choice outlet = OutletChooser.fromMetadata(page);
        HtmlDateFinder.Finding published = publicationDate(document, page);

        List<RemovedText> removed = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        List<HtmlBlocks.Block> blocks = List.of();
        Element body = page.dom().body();
        Choice title = declaredTitle(document);
        Set<String> headlines = new HashSet<>();
        BylineChooser bylines = null;
        if (body != null) {
            // The title candidates are read before furniture removal changes the page.
            HeadlineChooser titles = HeadlineChooser.read(page, Choice.valueOf(outlet));
            bylines = BylineChooser.read(page, Choice.valueOf(outlet));
            Element h1 = page.dom().getElementsByTag("h1").first();
            if (h1 != null) {
                headlines.add(BoilerplateLineClassifier.normalize(h1.text()));
            }
            deadline.check();
            TextStats stats = page.textStats();
            removeFurniture(body, stats, removed);
            deadline.check();
            List<Element> article = ContentLocator.locate(body, stats);
            deadline.check();
            blocks = HtmlBlocks.of(body, article);
            deadline.check();
            if (title == null) {
                title = titles.choose(openingHeading(blocks));
            }
        }
        for (String headline : new String[] {Choice.valueOf(title), page.meta("og:title")}) {
            if (headline != null) {
                headlines.add(BoilerplateLineClassifier.normalize(headline));
            }
        }
        for (HtmlBlocks.Block block : blocks) {
            deadline.check();
            String reason = block.inArticle() ? blockRule(block, headlines) : OUTSIDE_ARTICLE;
            if (reason == null) {
                paragraphs.add(block.text());
            } else {
                removed.add(new RemovedText(block.text(), reason));
            }
        }
        JsonNode jsonLd = page.jsonLdArticle();
        String articleBody = jsonLd != null && jsonLd.path("articleBody").isTextual() ? jsonLd.get("articleBody").asText() : null;
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
        List<String> removedTexts = new ArrayList<>();
        for (RemovedText text : removed) {
            removedTexts.add(text.text());
        }
        if (outlet == null) {
            List<String> lines = new ArrayList<>(removedTexts);
            lines.addAll(paragraphs);
            outlet = OutletChooser.fromLines(lines);
        }
        if (outlet == null) {
            outlet = OutletChooser.fromHost(document.url());
        }
        Choice byline = bylines == null ? null : bylines.choose(removedTexts);
        MetadataRules rules = new MetadataRules(Choice.ruleOf(title), Choice.ruleOf(outlet), Choice.ruleOf(byline),
                published == null ? null : published.rule());
        return new Article(document.id(), document.source(), document.url(), Choice.valueOf(title),
                Choice.valueOf(outlet), Choice.valueOf(byline), published == null ? null : published.date(),
                paragraphs, removed, rules);
    }

    private static Choice declaredTitle(RawDocument document) {
        String declared = document.declared().title();
        return declared == null || declared.isBlank() ? null : new Choice(declared.strip(), "declared");
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

    /**
     * The heading that opens the article: its first block when that is a heading, else a main heading just before
     * it; null when the article opens with text.
     */
    private static String openingHeading(List<HtmlBlocks.Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (!blocks.get(i).inArticle()) {
                continue;
            }
            if (blocks.get(i).tag().matches("h[1-3]")) {
                return blocks.get(i).text();
            }
            return i > 0 && blocks.get(i - 1).tag().matches("h[12]") ? blocks.get(i - 1).text() : null;
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

    /**
     * The date declared beside the page (a JSON Lines field) wins; else the page's own evidence, by
     * {@link HtmlDateFinder}, its rule recorded as {@code date: RULE}.
     */
    private static HtmlDateFinder.Finding publicationDate(RawDocument document, Page page) {
        LocalDate declared = DateParser.parse(document.declared().published());
        if (declared != null) {
            return new HtmlDateFinder.Finding(declared, "declared");
        }
        HtmlDateFinder.Finding finding = HtmlDateFinder.decide(page, LocalDate.now().plusDays(1));
        return finding == null ? null : new HtmlDateFinder.Finding(finding.date(), "date: " + finding.rule());
    }
}
