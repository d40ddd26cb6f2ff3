package dev.storyline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.storyline.model.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTML page, parsed once: the DOM, its meta tags and its JSON-LD objects. Every rule of the extract stage that
 * reads the page (content, title, byline, outlet, date) reads this object instead of parsing or selecting again.
 *
 * <p>The DOM is the page as parsed. Rules that read the whole page (dates, metadata candidates) run before the
 * content rules remove furniture from it, which {@link HtmlArticleExtractor} does in place.
 */
public final class Page {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final String[] META_KEYS = {"property", "name", "itemprop", "http-equiv"};
    /** A {@code <title>} start tag; the page is repaired when no end tag follows it. */
    private static final Pattern TITLE_START = Pattern.compile("<title(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_END = Pattern.compile("</title\\s*>", Pattern.CASE_INSENSITIVE);
    /** Where an unclosed title ends at the latest: the next tag, or the end of its line. */
    private static final Pattern UNCLOSED_TITLE_END = Pattern.compile("<|\\r?\\n");

    private final Document dom;
    private final String url;
    private final Map<String, String> meta;
    private final List<JsonNode> jsonLd;
    /** Every element of the page as parsed, in document order: one walk serves the meta tags, JSON-LD and layout. */
    private final PageLayout.ElementWalk elements;
    private PageLayout layout;

    private Page(Document dom, String url) {
        this.dom = dom;
        this.url = url;
        this.elements = PageLayout.ElementWalk.of(dom);
        this.meta = Collections.unmodifiableMap(metaTags(elements.elements));
        this.jsonLd = Collections.unmodifiableList(jsonLdObjects(elements.elements));
    }

    /** Parses the page of {@code document}; never fails, whatever the markup. */
    public static Page parse(RawDocument document) {
        return parse(document.text(), document.url());
    }

    /** Parses {@code html}, with {@code url} (may be null) as the base for relative links. */
    public static Page parse(String html, String url) {
        return new Page(Jsoup.parse(closeTitle(html), url == null ? "" : url), url);
    }

    /** The parsed page. Content extraction removes furniture from it in place. */
    public Document dom() {
        return dom;
    }

    /** The page's address, or null. */
    public String url() {
        return url;
    }

    /**
     * Meta tag contents keyed by the lower-case {@code property}, {@code name}, {@code itemprop} or
     * {@code http-equiv}; the first tag of a key wins, as browsers and crawlers read them.
     */
    public Map<String, String> meta() {
        return meta;
    }

    /** The non-blank, stripped content of meta tag {@code key} (lower case), or null. */
    public String meta(String key) {
        String value = meta.get(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Every JSON object of the page's JSON-LD blocks, parents before children, arrays and {@code @graph} flattened.
     * Comments and reviews about the page are left out: their dates and authors are not the article's. Broken JSON
     * is skipped.
     */
    public List<JsonNode> jsonLd() {
        return jsonLd;
    }

    /**
     * Where the article sits on the page: its heading, the regions that are not the article (navigation, sidebars,
     * comments, the site's banner) and the visible text with and without them. Worked out on the first call and shared
     * by every rule that reads it, so call it before content extraction changes the DOM.
     */
    PageLayout layout() {
        if (layout == null) {
            layout = PageLayout.of(dom, meta.get("og:title"), elements);
        }
        return layout;
    }

    /**
     * Every element of the page in document order, as parsed: elements that content extraction removes later stay in
     * this list. Rules that look for elements read it instead of selecting from the DOM again.
     */
    public List<Element> elements() {
        return Collections.unmodifiableList(elements.elements);
    }

    /**
     * The text measures of the body's elements (characters, link characters, commas) for the content rules, taken in
     * the same walk as the {@link #layout()}; {@link TextStats#detach} keeps them true while furniture is removed.
     * Null for a page without a body.
     */
    TextStats textStats() {
        return layout().textStats();
    }

    /** The first JSON-LD object of an article type ({@code NewsArticle}, {@code BlogPosting}, ...), or null. */
    public JsonNode jsonLdArticle() {
        for (JsonNode object : jsonLd) {
            if (isArticle(object)) {
                return object;
            }
        }
        return null;
    }

    /** True when a JSON-LD object's {@code @type} (or one of its types) names an article. */
    static boolean isArticle(JsonNode object) {
        JsonNode type = object.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (isArticleType(one.asText())) {
                    return true;
                }
            }
            return false;
        }
        return isArticleType(type.asText());
    }

    private static boolean isArticleType(String type) {
        return type.endsWith("Article") || type.endsWith("Posting") || type.equals("Report");
    }

    /**
     * The page with an end tag added to a {@code <title>} that has none. Parsers read a title as text up to its end
     * tag, so without one the whole page would become the title and the body would be lost; the title is cut at the
     * next tag or line end instead, as readers of broken pages do.
     */
    static String closeTitle(String html) {
        Matcher start = TITLE_START.matcher(html);
        if (!start.find() || TITLE_END.matcher(html).region(start.end(), html.length()).find()) {
            return html;
        }
        Matcher end = UNCLOSED_TITLE_END.matcher(html).region(start.end(), html.length());
        int cut = end.find() ? end.start() : html.length();
        return html.substring(0, cut) + "</title>" + html.substring(cut);
    }

    private static Map<String, String> metaTags(List<Element> elements) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element tag : elements) {
            if (!tag.nameIs("meta") || !tag.hasAttr("content")) {
                continue;
            }
            String content = tag.attr("content");
            for (String attribute : META_KEYS) {
                String key = tag.attr(attribute).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    values.putIfAbsent(key, content);
                }
            }
        }
        return values;
    }

    private static List<JsonNode> jsonLdObjects(List<Element> elements) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : elements) {
            if (!script.nameIs("script") || !script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            JsonNode root = readJson(script.data());
            if (root != null) {
                collectObjects(root, objects);
            }
        }
        return objects;
    }

    private static JsonNode readJson(String text) {
        String json = text.strip();
        if (json.startsWith("<!--")) {
            json = json.substring(4);
        }
        if (json.endsWith("-->")) {
            json = json.substring(0, json.length() - 3);
        }
        try {
            return JSON.readTree(json);
        } catch (Exception brokenJson) {
            return null;
        }
    }

    private static void collectObjects(JsonNode node, List<JsonNode> objects) {
        if (node.isArray()) {
            for (JsonNode child : node) {
                collectObjects(child, objects);
            }
        } else if (node.isObject()) {
            objects.add(node);
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey().toLowerCase(Locale.ROOT);
                if (!name.equals("comment") && !name.equals("review")) {
                    collectObjects(field.getValue(), objects);
                }
            }
        }
    }
}
