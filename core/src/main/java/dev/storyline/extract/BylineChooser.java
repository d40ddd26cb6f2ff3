package dev.storyline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Chooses an HTML page's byline from its evidence. The rules, in order of trust:
 * <ol>
 *   <li>{@code JSON-LD author}: the people the article's structured data names as authors ({@code @id} references
 *       resolved);</li>
 *   <li>{@code meta author}: the {@code author}, {@code article:author}, {@code dc.creator} or
 *       {@code parsely-author} meta tag, when it holds a name rather than an address;</li>
 *   <li>{@code byline element}: an element marked as the author ({@code rel=author}, {@code itemprop=author}, a
 *       {@code byline} or {@code author} class) that is not inside a sidebar, a related-articles list, comments or
 *       the page footer;</li>
 *   <li>{@code byline line}: a "By ...", "Par ..." or "Von ..." line among the lines left out of the body.</li>
 * </ol>
 * A value that only names an organisation (an agency acronym such as "AFP", or the outlet itself) gives way to a
 * person named by a later rule. Several authors are written as the page's own byline writes them when it names them
 * all, else joined with commas.
 */
final class BylineChooser {

    private static final String[] AUTHOR_META = {"author", "article:author", "dc.creator", "dcterms.creator",
            "parsely-author", "sailthru.author", "byl"};
    private static final Evaluator BYLINE = QueryParser.parse(
            "[rel=author], [itemprop=author], .byline, .author, [class*=byline], [class*=author], .vcard .fn");
    /** Words that label a byline without naming anyone: what is left when an element held only its label. */
    private static final Pattern LABEL_ONLY = Pattern.compile(
            "(?i)(?:posted|published|publiziert|veröffentlicht|geschrieben|written|by|von|par|on|am|le|more|posts?|"
                    + "author|autor|\\s)+");
    /** Values that stand for no author: a placeholder or the site's administrator account. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)no author|unknown|anonymous|none|n/a|\\w*admin(?:istrator)?");
    /** The part of a byline element that holds the name itself, when it marks one. */
    private static final Evaluator NAME_PART = QueryParser.parse( "[itemprop=name], .fn, [rel=author], a[href*=author], .author-name, .name");
    private static final Pattern LEAD_WORDS = Pattern.compile(
            "^(?:(?:view|see|more)\\s+(?:all\\s+)?posts\\s+by|alle beiträge von|(?:written|posted|published|reporting|story|text|words)\\s+by|by|von|par|por|di|door|av|autor(?:in)?|author|"
                    + "ein beitrag von|(?:geschrieben|verfasst|veröffentlicht|publiziert|erstellt) von|publié par)\\s*:?\\s+",
            Pattern.CASE_INSENSITIVE);
    /** Where a byline's names end: a separator, a date, or a "published"/"updated" label. */
    private static final Pattern NAME_END = Pattern.compile(
            "\\s*(?:[|•·]|\\s[–—-]\\s|,\\s*(?:\\d|[a-z])|\\b(?:on|am|le|el|published|updated|veröffentlicht|aktualisiert)\\b\\s*[\\d:]|\\s\\d|\\s(?:am|on)\\s|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}).*$");
    /** A short label before a colon ("Autor: ", "责任编辑："): the name follows it. */
    private static final Pattern LABEL_COLON = Pattern.compile("^[^:：]{1,12}[:：]\\s*(?=\\S)");
    private static final Pattern ADDRESS = Pattern.compile("^(?:https?:|www\\.|/)|@\\w+\\.\\w+|\\[at]");
    private static final int MAX_NAME_WORDS = 8;

    private final List<Choice> fromPage;
    private final String outlet;
    private final String visibleByline;

    private BylineChooser(List<Choice> fromPage, String outlet, String visibleByline) {
        this.fromPage = fromPage;
        this.outlet = outlet;
        this.visibleByline = visibleByline;
    }

    /** Reads the page's byline evidence before anything is removed from it; {@code outlet} may be null. */
    static BylineChooser read(Page page, String outlet) {
        List<Choice> found = new ArrayList<>();
        addIfPresent(found, fromJsonLd(page), "JSON-LD author");
        for (String key : AUTHOR_META) {
            String value = page.meta(key);
            if (value != null && !ADDRESS.matcher(value).find()) {
                addIfPresent(found, cleanName(value), "meta " + key);
                break;
            }
        }
        String visible = fromElements(page);
        addIfPresent(found, visible, "byline element");
        return new BylineChooser(found, outlet, visible);
    }

    /** The byline and its rule, or null. {@code removed} are the texts left out of the body, in page order. */
    Choice choose(List<String> removed) {
        List<Choice> found = new ArrayList<>(fromPage);
        for (String text : removed) {
            String named = MetadataPatterns.bylineIn(text);
            if (named != null) {
                addIfPresent(found, named, "byline line");
                break;
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        for (Choice choice : found) {
            if (!namesOrganisation(choice.value(), outlet)) {
                return multipleAuthors(choice);
            }
        }
        return found.get(0);
    }

    private static void addIfPresent(List<Choice> found, String value, String rule) {
        if (value != null && !value.isBlank() && !PLACEHOLDER.matcher(value.strip()).matches()) {
            found.add(new Choice(value.strip(), rule));
        }
    }

    /** The names of the article object's authors that are people (or untyped), joined with commas. */
    private static String fromJsonLd(Page page) {
        JsonNode article = page.jsonLdArticle();
        if (article == null || !article.has("author")) {
            return null;
        }
        List<String> names = new ArrayList<>();
        JsonNode author = article.get("author");
        for (JsonNode one : author.isArray() ? author : List.of(author)) {
            String name = authorName(page, one);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String authorName(Page page, JsonNode author) {
        if (author.isTextual()) {
            return ADDRESS.matcher(author.asText()).find() ? null : cleanName(author.asText());
        }
        JsonNode resolved = author;
        if (!author.has("name") && author.has("@id")) {
            resolved = byId(page, author.get("@id").asText());
        }
        if (resolved == null || !resolved.path("name").isTextual()) {
            return null;
        }
        String type = resolved.path("@type").asText("Person");
        return type.contains("Organization") ? null : cleanName(resolved.get("name").asText());
    }

    private static JsonNode byId(Page page, String id) {
        for (JsonNode object : page.jsonLd()) {
            if (id.equals(object.path("@id").asText(null)) && object.has("name")) {
                return object;
            }
        }
        return null;
    }

    /**
     * The name in the first byline element that is not outside the article (navigation, sidebars, comments, page
     * footers and the site's banner, as {@link PageLayout#outside} reads them) nor in a form.
     */
    private static String fromElements(Page page) {
        PageLayout layout = page.layout();
        for (int i = 0; i < layout.size(); i++) {
            Element element = layout.element(i);
            if (element.attributesSize() == 0 || !BYLINE.matches(element, element) || layout.outside(i)
                    || element.closest("form") != null) {
                continue;
            }
            Element name = element.selectFirst(NAME_PART);
            String text = cleanName((name != null ? name : element).text());
            if (text != null && !LABEL_ONLY.matcher(text).matches()) {
                return text;
            }
        }
        return null;
    }

    /**
     * The names in a byline text: without "By"/"Von"/"Par" before them and the date or label after them; null when
     * nothing name-like remains.
     */
    static String cleanName(String text) {
        String name = LEAD_WORDS.matcher(text.strip()).replaceFirst("");
        name = LABEL_COLON.matcher(name).replaceFirst("");
        name = NAME_END.matcher(name).replaceFirst("").strip();
        name = name.replaceAll("[\\s,;:|]+$", "");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            return null;
        }
        int words = name.split("\\s+").length;
        return words <= MAX_NAME_WORDS ? name : null;
    }

    /** True for a value that names no person: the outlet itself, or what {@link MetadataPatterns#namesOrganisation} says. */
    private static boolean namesOrganisation(String value, String outlet) {
        return outlet != null && value.equalsIgnoreCase(outlet) || MetadataPatterns.namesOrganisation(value);
    }

    /**
     * For several authors joined by the structured data, the page's own byline when it names them all ("Ana Ruiz
     * und Ben Ode"), as readers see it.
     */
    private Choice multipleAuthors(Choice choice) {
        String visible = visibleByline;
        if (!choice.rule().equals("JSON-LD author") || !choice.value().contains(", ") || visible == null) {
            return choice;
        }
        for (String name : choice.value().split(", ")) {
            if (!visible.contains(name)) {
                return choice;
            }
        }
        return new Choice(visible, "byline element naming every JSON-LD author");
    }
}
