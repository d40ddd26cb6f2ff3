package dev.storyline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.model.Article;
import dev.storyline.model.DeclaredMetadata;
import dev.storyline.model.RawDocument;
import dev.storyline.model.RemovedText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts the article from an HTML page with jsoup.
 *
 * <p>The heuristics, in order:
 * <ol>
 *   <li>metadata from the head: {@code og:title}, {@code og:site_name}, {@code article:published_time} and other
 *       date meta tags, JSON-LD {@code headline}/{@code datePublished}/{@code publisher}, {@code author};</li>
 *   <li>the page's text is cut into blocks (the text of each block element);</li>
 *   <li>blocks inside page furniture ({@code nav}, {@code header}, {@code footer}, {@code aside}, {@code figure},
 *       {@code form}) or inside elements whose class or id names furniture (share, related, newsletter, comments,
 *       ...) are removed with that reason;</li>
 *   <li>the main container is the {@code <article>} element, else the element whose paragraphs hold the most text;
 *       blocks outside it are removed;</li>
 *   <li>the remaining blocks go through the same line rules as plain text ({@link TextArticleExtractor}).</li>
 * </ol>
 */
public final class HtmlArticleExtractor implements ArticleExtractor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "header", "footer", "aside", "figure", "figcaption", "form", "menu", "dialog");
    private static final Set<String> INVISIBLE_TAGS = Set.of("script", "style", "noscript", "template", "svg", "iframe", "button", "select", "option", "head", "title");
    private static final Pattern FURNITURE_NAME = Pattern.compile(
            "(^|[-_ ])(share|sharing|social|related|newsletter|subscribe|subscription|comments?|cookie|promo|advert|ads?|"
                    + "donate|donation|breadcrumbs?|byline|author|caption|credit|tags|menu|sidebar|footer|header|nav|navigation|"
                    + "popup|modal|banner|recommended|more-stories)($|[-_ ])", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+|\\s+::\\s+");
    private static final Pattern URL_DATE = Pattern.compile("/(\\d{4})/(\\d{1,2})/(\\d{1,2})/");

    private final TextArticleExtractor lineRules = new TextArticleExtractor();

    @Override
    public Article extract(RawDocument document) {
        Document page = Jsoup.parse(document.text(), document.url() == null ? "" : document.url());
        Map<String, String> meta = metaTags(page);
        JsonNode jsonLd = jsonLdArticle(page);

        String outlet = firstNonBlank(meta.get("og:site_name"), text(jsonLd, "publisher", "name"),
                meta.get("application-name"), MetadataPatterns.hostOf(document.url()));
        String title = firstNonBlank(document.declared().title(), cleanTitle(meta.get("og:title"), outlet),
                text(jsonLd, "headline"), firstText(page, "h1"), cleanTitle(page.title(), outlet));
        String byline = firstNonBlank(meta.get("author"), text(jsonLd, "author", "name"), text(jsonLd, "author"),
                bylineElement(page));
        LocalDate published = publicationDate(document, page, meta, jsonLd);

        List<String> bodyBlocks = new ArrayList<>();
        List<RemovedText> removed = new ArrayList<>();
        Element container = mainContainer(page);
        for (Map.Entry<Element, String> block : blocks(page.body()).entrySet()) {
            String reason = furnitureReason(block.getKey());
            if (reason == null && container != null && !isInside(block.getKey(), container)) {
                reason = "html: outside the main content";
            }
            if (reason == null) {
                bodyBlocks.add(block.getValue());
            } else {
                removed.add(new RemovedText(block.getValue(), reason));
            }
        }
        DeclaredMetadata head = new DeclaredMetadata(title, published == null ? null : published.toString());
        Article lines = lineRules.extract(document, head, bodyBlocks);
        removed.addAll(lines.removed());
        String outletFromText = outlet != null ? outlet : MetadataPatterns.outletIn(bodyBlocks);
        return new Article(document.id(), document.source(), document.url(), title != null ? title : lines.title(), outletFromText,
                byline != null ? byline : lines.byline(), lines.published(), lines.paragraphs(), removed);
    }

    /** The text of every block element of {@code body}, in document order, whitespace collapsed. */
    private static Map<Element, String> blocks(Element body) {
        Map<Element, StringBuilder> texts = new LinkedHashMap<>();
        if (body == null) {
            return Map.of();
        }
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode && !isInvisible(textNode)) {
                    Element block = blockOf(textNode);
                    texts.computeIfAbsent(block, b -> new StringBuilder()).append(textNode.getWholeText());
                } else if (node instanceof Element element && element.normalName().equals("br")) {
                    Element block = blockOf(element);
                    texts.computeIfAbsent(block, b -> new StringBuilder()).append(' ');
                }
            }
        }, body);
        Map<Element, String> result = new LinkedHashMap<>();
        for (Map.Entry<Element, StringBuilder> entry : texts.entrySet()) {
            String text = entry.getValue().toString().replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!text.isEmpty()) {
                result.put(entry.getKey(), text);
            }
        }
        return result;
    }

    private static Element blockOf(Node node) {
        Element parent = node.parent() instanceof Element e ? e : null;
        while (parent != null && !parent.isBlock() && parent.parent() != null) {
            parent = parent.parent();
        }
        return parent;
    }

    private static boolean isInvisible(Node node) {
        for (Node n = node.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && INVISIBLE_TAGS.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** The reason a block belongs to page furniture, from its own tag, class or id or an ancestor's; null otherwise. */
    private static String furnitureReason(Element block) {
        for (Element e = block; e != null && !e.normalName().equals("body"); e = e.parent()) {
            if (FURNITURE_TAGS.contains(e.normalName())) {
                return "html: " + e.normalName();
            }
            Matcher m = FURNITURE_NAME.matcher(e.className() + " " + e.id());
            if (m.find()) {
                return "html: " + m.group(2).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static boolean isInside(Element element, Element container) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == container) {
                return true;
            }
        }
        return false;
    }

    /**
     * The element holding the article: the {@code <article>} with the most paragraph text, else the element whose
     * direct {@code <p>} children hold the most text. Null when the page has no paragraphs at all.
     */
    private static Element mainContainer(Document page) {
        Element best = null;
        int bestLength = 0;
        for (Element article : page.select("article, [itemprop=articleBody]")) {
            int length = article.select("p").text().length();
            if (length > bestLength) {
                best = article;
                bestLength = length;
            }
        }
        if (best != null) {
            return best;
        }
        Map<Element, Integer> lengths = new LinkedHashMap<>();
        for (Element p : page.select("p")) {
            Element parent = p.parent();
            if (parent != null && furnitureReason(p) == null) {
                lengths.merge(parent, p.text().length(), Integer::sum);
            }
        }
        for (Map.Entry<Element, Integer> entry : lengths.entrySet()) {
            if (entry.getValue() > bestLength) {
                best = entry.getKey();
                bestLength = entry.getValue();
            }
        }
        return best;
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

    private static LocalDate publicationDate(RawDocument document, Document page, Map<String, String> meta, JsonNode jsonLd) {
        String[] candidates = {
                document.declared().published(),
                meta.get("article:published_time"), meta.get("og:published_time"), text(jsonLd, "datePublished"),
                meta.get("datepublished"), meta.get("pubdate"), meta.get("publishdate"), meta.get("date"),
                meta.get("dc.date.issued"), meta.get("dc.date"), meta.get("sailthru.date"),
                firstAttr(page, "time[datetime]", "datetime"),
        };
        for (String candidate : candidates) {
            LocalDate date = DateParser.parse(candidate);
            if (date != null) {
                return date;
            }
        }
        if (document.url() != null) {
            Matcher m = URL_DATE.matcher(document.url());
            if (m.find()) {
                return DateParser.parse(m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3)));
            }
        }
        return null;
    }

    private static String pad(String number) {
        return number.length() == 1 ? "0" + number : number;
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

    private static String firstAttr(Document page, String selector, String attribute) {
        Element element = page.selectFirst(selector);
        return element == null ? null : element.attr(attribute);
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
