package dev.storyline.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the day an HTML news or blog page was published, for pages whose date is not declared beside them.
 *
 * <p>Pages state dates in many places of unequal trust: structured data written for search engines, the line under
 * the headline, the address, the running text, and next to them dates that are not the publication (updates,
 * comments, sidebars, copyright lines, today's date in the site's banner). Each place is read by its own rule,
 * named below, and the rules are taken in this order of trust:
 * <ol>
 *   <li>structured data: {@code json-ld} ({@code datePublished} of an article, in {@code @graph}s and arrays too,
 *       else {@code dateCreated}), then {@code meta} ({@code article:published_time}, {@code pubdate},
 *       {@code dc.date.issued}, ...);</li>
 *   <li>the date shown with the article: {@code published-label} (the date after "Published", "Veröffentlicht am",
 *       "publié le"), then {@code time-element} ({@code <time>} of the article), then {@code date-element} (the
 *       element nearest the headline whose class, id or itemprop names a date: "entry-date", "byline", "datum");</li>
 *   <li>{@code url}: a full date in the address ({@code /2019/05/12/}, {@code 20190512}, {@code 2019-05-12});</li>
 *   <li>{@code generic-meta}: meta tags such as {@code date} or {@code dc.date} that do not say which date they
 *       hold;</li>
 *   <li>{@code text}: the first date of the visible text from the headline on;</li>
 *   <li>last resorts: {@code title} (a date in the title or description), {@code modified} (a modification date
 *       from structured data), {@code any-text} (a date anywhere in the text, sidebars included).</li>
 * </ol>
 * Structured data give way in two cases: to the shown date when the two are a day apart (the metadata wrote the
 * instant in another zone, often UTC, while the page shows the local day), and to the URL's date when that is earlier
 * or a day apart (an address keeps the day it was first published).
 *
 * <p>Dates before 1995 and after a latest plausible day are never taken; nor are copyright years, dates labelled as
 * today's, or the date in the site's banner. Dates labelled as updates, and sidebar or comment dates, are taken only
 * when nothing else dates the page.
 */
public final class HtmlDateFinder {

    private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    /**
     * Meta tag names (name, property, itemprop or http-equiv, lower case) made for the publication date, most trusted
     * first.
     */
    private static final String[] PUBLISHED_META = {
            "article:published_time", "og:article:published_time", "og:published_time", "article:published",
            "datepublished", "published_time", "article.published", "article_date_original", "publication_date",
            "publication-date", "publish_date", "publish-date", "publishdate", "published-date", "date_published",
            "pubdate", "pub_date", "og:pubdate", "rnews:datepublished", "bt:pubdate", "sailthru.date",
            "parsely-pub-date", "citation_publication_date", "citation_date", "citation_online_date",
            "originalpublicationdate", "cxenseparse:recs:publishtime", "dc.date.issued", "dcterms.issued",
            "dc.date.created", "dcterms.created",
    };
    /** Meta tag names that hold some date of the page, often a generation or modification date. */
    private static final String[] GENERIC_META = {
            "dc.date", "dcterms.date", "date", "dc.created", "datecreated", "created",
    };
    /** A meta tag name of some other vocabulary that names a publication ("five_hundred_pixels:uploaded"). */
    private static final Pattern PUBLISHED_META_NAME = Pattern.compile("publish|pubdate|upload|release_?date");
    /** Meta tag names that hold a modification date: used only when nothing else dates the page. */
    private static final String[] MODIFIED_META = {
            "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "dc.date.modified",
            "last-modified", "lastmod", "revised",
    };

    private static final Pattern URL_SLASHED =
            Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$|[^\\d])");
    private static final Pattern URL_DASHED =
            Pattern.compile("(?<![\\d])((?:19|20)\\d{2})[-_](\\d{2})[-_](\\d{2})(?![\\d])");
    private static final Pattern URL_COMPACT =
            Pattern.compile("(?<![\\d])((?:19|20)\\d{2})(\\d{2})(\\d{2})(?![\\d])");

    /** Words that label the date after them as a modification. */
    private static final Pattern UPDATE_CUE = Pattern.compile(
            "updated?|modified|last edit|aktualisiert|geändert|bearbeitet|mis à jour|actualizado|aggiornato",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that label the date after them as the publication. */
    private static final Pattern PUBLISHED_CUE = Pattern.compile(
            "published|posted|veröffentlicht|erschienen|publiziert|erstellt|publié|publicado|pubblicato",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COPYRIGHT_CUE = Pattern.compile("©|\\(c\\)|copyright", Pattern.CASE_INSENSITIVE);
    /** Words that say the date after them is today's ("Aktuelle Zeit: 14.10.2020"). */
    private static final Pattern NOW_CUE = Pattern.compile(
            "current time|it is currently|today is|aktuelle zeit|heute ist|es ist jetzt",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The longest element text read as a date element: longer ones are content, not a date line. */
    private static final int MAX_DATE_TEXT = 200;
    /** How far before a date, in characters, a label may stand. */
    private static final int CUE_REACH = 40;

    /** A class, id or itemprop naming a publication date ("entry-date", "datePublished", "posted-on"). */
    private static final String[] PUBLICATION_NAME = {"publish", "publica", "pubdate", "posted", "submitted",
        "entry-date", "post-date", "postdate", "post_date", "created", "erstellt", "veroeffentlicht"};
    /** A class, id or itemprop naming some date, or the line of metadata under a headline. */
    private static final String[] DATE_NAME = {"date", "datum", "time", "byline", "dateline", "fecha", "data", "meta", "info"};
    /** A class, id or itemprop naming a modification date. */
    private static final String[] UPDATE_NAME = {"update", "modif", "aktualis", "geaendert", "changed", "edited"};
    /**
     * A class or id naming a sidebar, navigation, comment section or embedded post ("comment-list", "sidebar",
     * "related-posts", "instagram-media").
     */
    private static final Pattern BOILERPLATE_NAME = Pattern.compile(
            "(?:^|\\s|[-_])(?:comment\\w*|kommentar\\w*|sidebar|aside|secondary|related|recommended|popular|"
                    + "navigation|nav|navbar|menu|breadcrumbs?|newsletter|replies|reply|instagram-media|twitter-tweet)"
                    + "(?:$|\\s|[-_])");
    /** A class or id naming the site's banner at the top of the page. */
    private static final Pattern BANNER_NAME =
            Pattern.compile("(?:^|\\s)(?:header|site-header|masthead|topbar|top-bar)(?:$|\\s)");
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "select");
    /** How far above the heading, in characters, a date may stand and still belong to the article. */
    private static final int HEADING_LEAD = 300;

    private HtmlDateFinder() {
    }

    /**
     * The publication date of the page, or null when the page gives none. Never the crawl date or a "today" banner
     * date. Dates after tomorrow are ignored.
     */
    public static LocalDate find(Document page, String url) {
        return find(page, url, LocalDate.now().plusDays(1));
    }

    /**
     * As {@link #find(Document, String)}, with the latest day the page could have been published (such as the day it
     * was fetched): dates after it are ignored.
     */
    public static LocalDate find(Document page, String url, LocalDate latest) {
        Finding finding = decide(page, url, latest);
        return finding == null ? null : finding.date();
    }

    /** A date and the short name of the rule that found it. */
    record Finding(LocalDate date, String rule) {
    }

    /** The first plausible date of the rules in order of trust, with the exceptions described for the class. */
    static Finding decide(Document page, String url, LocalDate latest) {
        Window window = new Window(EARLIEST, latest);
        Layout layout = new Layout(page);
        Finding structured = first(new Finding(fromJsonLd(page, window), "json-ld"),
                new Finding(fromMeta(page, window), "meta"));
        Finding shown = new Finding(fromPublishedLabel(layout, window), "published-label");
        if (shown.date() == null) {
            shown = new Finding(fromTimeElements(layout, window), "time-element");
        }
        if (shown.date() == null) {
            shown = new Finding(fromDateElements(layout, window), "date-element");
        }
        shown = first(shown);
        Finding inUrl = first(new Finding(fromUrl(url, window), "url"));
        if (structured != null) {
            return reconcile(structured, shown, inUrl);
        }
        if (shown != null) {
            return shown;
        }
        if (inUrl != null) {
            return inUrl;
        }
        Finding weaker = first(new Finding(fromGenericMeta(page, window), "generic-meta"));
        if (weaker == null) {
            weaker = first(new Finding(fromText(layout, window), "text"));
        }
        if (weaker != null) {
            return weaker;
        }
        Finding last = first(new Finding(fromTitle(page, window), "title"), new Finding(fromModified(page, window), "modified"));
        return last != null ? last : first(new Finding(fromAnyText(layout, window), "any-text"));
    }

    /**
     * The structured date, unless the shown date is a day apart from it (a zone shift) or the URL's date is earlier or
     * a day apart (a republication).
     */
    private static Finding reconcile(Finding structured, Finding shown, Finding inUrl) {
        LocalDate date = structured.date();
        if (shown != null && !shown.date().equals(date) && withinADay(shown.date(), date)) {
            return shown;
        }
        if (inUrl != null && !inUrl.date().equals(date)
                && (inUrl.date().isBefore(date) || withinADay(inUrl.date(), date))) {
            return inUrl;
        }
        return structured;
    }

    /** The first finding that has a date, or null. */
    private static Finding first(Finding... findings) {
        for (Finding finding : findings) {
            if (finding != null && finding.date() != null) {
                return finding;
            }
        }
        return null;
    }

    private static boolean withinADay(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay()) <= 1;
    }

    /** The days a page could have been published on. */
    record Window(LocalDate earliest, LocalDate latest) {
        boolean contains(LocalDate date) {
            return date != null && !date.isBefore(earliest) && !date.isAfter(latest);
        }

        LocalDate check(LocalDate date) {
            return contains(date) ? date : null;
        }
    }

    // ---- json-ld ----------------------------------------------------------------------------------------------

    /**
     * Rule {@code json-ld}: {@code datePublished} of an article-like object, else of any object, else
     * {@code dateCreated}, in JSON-LD blocks (objects, arrays and {@code @graph} alike). Broken JSON is skipped.
     */
    static LocalDate fromJsonLd(Document page, Window window) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root = readJson(script.data());
            if (root != null) {
                collectObjects(root, objects);
            }
        }
        LocalDate date = firstDate(objects, "datePublished", true, window);
        if (date == null) {
            date = firstDate(objects, "datePublished", false, window);
        }
        if (date == null) {
            date = firstDate(objects, "dateCreated", false, window);
        }
        return date;
    }

    private static JsonNode readJson(String text) {
        String json = text.trim();
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

    /** Every JSON object in the tree, parents before children, except comments and reviews about the page. */
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

    private static LocalDate firstDate(List<JsonNode> objects, String field, boolean articlesOnly, Window window) {
        for (JsonNode object : objects) {
            JsonNode value = object.get(field);
            if (value == null || !value.isTextual() || (articlesOnly && !isArticle(object))) {
                continue;
            }
            LocalDate date = window.check(DateParser.parse(value.asText()));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static boolean isArticle(JsonNode object) {
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

    // ---- meta --------------------------------------------------------------------------------------------------

    /** Rule {@code meta}: the most trusted publication meta tag that holds a plausible date. */
    static LocalDate fromMeta(Document page, Window window) {
        LocalDate date = fromMetaNames(page, PUBLISHED_META, window);
        if (date != null) {
            return date;
        }
        for (Map.Entry<String, String> meta : metaValues(page).entrySet()) {
            if (PUBLISHED_META_NAME.matcher(meta.getKey()).find() && !containsAny(meta.getKey(), UPDATE_NAME)) {
                date = window.check(DateParser.parse(meta.getValue()));
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /**
     * Rule {@code generic-meta}: a meta tag that dates the page without saying which date it is ({@code date},
     * {@code dc.date}): trusted less than what the page shows, as sites fill it with the day the page was generated.
     */
    static LocalDate fromGenericMeta(Document page, Window window) {
        return fromMetaNames(page, GENERIC_META, window);
    }

    /** Rule {@code modified}: a modification date from JSON-LD or meta tags, the last resort. */
    static LocalDate fromModified(Document page, Window window) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root = readJson(script.data());
            if (root != null) {
                collectObjects(root, objects);
            }
        }
        LocalDate date = firstDate(objects, "dateModified", false, window);
        return date != null ? date : fromMetaNames(page, MODIFIED_META, window);
    }

    private static LocalDate fromMetaNames(Document page, String[] names, Window window) {
        Map<String, String> meta = metaValues(page);
        for (String name : names) {
            LocalDate date = window.check(DateParser.parse(meta.get(name)));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** Meta tag contents keyed by lower-case name, property, itemprop or http-equiv; the first tag of a name wins. */
    private static Map<String, String> metaValues(Document page) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element meta : page.select("meta[content]")) {
            for (String attribute : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = meta.attr(attribute).trim().toLowerCase(Locale.ROOT);
                if (!key.isEmpty() && !values.containsKey(key)) {
                    values.put(key, meta.attr("content"));
                }
            }
        }
        return values;
    }

    // ---- time elements -----------------------------------------------------------------------------------------

    /**
     * Rule {@code time-element}: a {@code <time>} (or an {@code <abbr title>}) marked as the publication
     * ({@code pubdate}, itemprop {@code datePublished}, a "published" class on it or its parent), else the one nearest
     * the article's heading. Times in sidebars, footers and comments, and times marked as updates, are skipped.
     */
    static LocalDate fromTimeElements(Document page, Window window) {
        return fromTimeElements(new Layout(page), window);
    }

    private static LocalDate fromTimeElements(Layout layout, Window window) {
        Document page = layout.page;
        List<Element> marked = new ArrayList<>();
        List<Element> others = new ArrayList<>();
        for (Element time : page.select("time, abbr[title]")) {
            String names = time.parent() == null ? names(time) : names(time) + " " + names(time.parent());
            if (layout.isBoilerplate(time) || containsAny(names, UPDATE_NAME) || timeValue(time, window) == null) {
                continue;
            }
            if (time.hasAttr("pubdate") || containsAny(names, PUBLICATION_NAME)) {
                marked.add(time);
            } else {
                others.add(time);
            }
        }
        Element best = layout.nearestHeading(marked);
        if (best == null) {
            best = layout.nearestHeading(others);
        }
        return best == null ? null : timeValue(best, window);
    }

    private static LocalDate timeValue(Element time, Window window) {
        LocalDate date = window.check(DateParser.parse(time.attr("datetime")));
        if (date == null) {
            date = window.check(DateParser.parse(time.attr("title")));
        }
        return date != null ? date : window.check(DateParser.parse(time.text()));
    }

    // ---- date elements -----------------------------------------------------------------------------------------

    /**
     * Rule {@code date-element}: the date in an element whose class, id or itemprop names the publication
     * ("published", "posted", "entry-date") or names a date more loosely ("date", "datum", "byline", "meta"); of
     * several, the one nearest the article's heading. Elements in sidebars, footers and comments are skipped, and
     * dates labelled as updates are taken only when no element holds another date.
     */
    static LocalDate fromDateElements(Document page, Window window) {
        return fromDateElements(new Layout(page), window);
    }

    private static LocalDate fromDateElements(Layout layout, Window window) {
        Element body = layout.page.body();
        if (body == null) {
            return null;
        }
        List<Element> candidates = new ArrayList<>();
        List<Element> updates = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (!hasNames(element)) {
                continue;
            }
            String names = names(element);
            boolean namesUpdate = containsAny(names, UPDATE_NAME);
            if (!(namesUpdate || containsAny(names, PUBLICATION_NAME) || containsAny(names, DATE_NAME))
                    || layout.isBoilerplate(element)) {
                continue;
            }
            if (!namesUpdate && elementDate(element, window) != null) {
                candidates.add(element);
            } else if (updateDate(element, window) != null) {
                updates.add(element);
            }
        }
        Element best = layout.nearestHeading(candidates);
        if (best != null) {
            return elementDate(best, window);
        }
        best = layout.nearestHeading(updates);
        return best == null ? null : updateDate(best, window);
    }

    /** The date of an element named as an update, or the first date its (short) text labels as one; else null. */
    private static LocalDate updateDate(Element element, Window window) {
        if (containsAny(names(element), UPDATE_NAME)) {
            for (String attribute : new String[] {"content", "datetime", "title"}) {
                LocalDate date = window.check(DateParser.parse(element.attr(attribute)));
                if (date != null) {
                    return date;
                }
            }
        }
        if (visibleCharsExceed(element, MAX_DATE_TEXT)) {
            return null;
        }
        String text = element.text();
        if (text.length() > MAX_DATE_TEXT) {
            return null;
        }
        for (Labelled labelled : labelledDates(text, window)) {
            if (labelled.cue() == Cue.UPDATED) {
                return labelled.date();
            }
        }
        return null;
    }

    /**
     * The date an element states in its content, datetime or title attribute, else in its (short) text, unless the
     * text labels it as an update, a copyright or today's date.
     */
    private static LocalDate elementDate(Element element, Window window) {
        for (String attribute : new String[] {"content", "datetime", "title"}) {
            LocalDate date = window.check(DateParser.parse(element.attr(attribute)));
            if (date != null) {
                return date;
            }
        }
        if (visibleCharsExceed(element, MAX_DATE_TEXT)) {
            return null;
        }
        String text = element.text();
        if (text.length() > MAX_DATE_TEXT) {
            return null;
        }
        for (Labelled labelled : labelledDates(text, window)) {
            if (labelled.cue() == Cue.NONE || labelled.cue() == Cue.PUBLISHED) {
                return labelled.date();
            }
        }
        return null;
    }

    // ---- url ---------------------------------------------------------------------------------------------------

    /** Rule {@code url}: a full date in the address: {@code /2019/05/12/}, {@code 2019-05-12} or {@code 20190512}. */
    static LocalDate fromUrl(String url, Window window) {
        if (url == null) {
            return null;
        }
        for (Pattern pattern : new Pattern[] {URL_SLASHED, URL_DASHED, URL_COMPACT}) {
            Matcher m = pattern.matcher(url);
            while (m.find()) {
                LocalDate date = window.check(DateParser.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3)));
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    // ---- visible text ------------------------------------------------------------------------------------------

    /**
     * Rule {@code text}: the first plausible date written in the visible text from just above the article's heading
     * on, else anywhere in the text; sidebars, footers, comments, copyright years and today's date are left out, and a
     * date labelled as an update is taken only when there is no other.
     */
    static LocalDate fromText(Document page, Window window) {
        return fromText(new Layout(page), window);
    }

    private static LocalDate fromText(Layout layout, Window window) {
        if (layout.page.body() == null) {
            return null;
        }
        String visible = layout.articleText();
        int headingAt = layout.articleTextHeadingAt;
        if (headingAt >= 0) {
            int from = Math.max(0, headingAt - HEADING_LEAD);
            LocalDate date = firstPublicationDate(visible.substring(from), window);
            if (date != null) {
                return date;
            }
        }
        return firstPublicationDate(visible, window);
    }

    /**
     * Rule {@code title}: a date written in the page's title or description ("Bericht vom 22.04.2020",
     * "Notizia del 14 Gennaio 2020").
     */
    static LocalDate fromTitle(Document page, Window window) {
        StringBuilder text = new StringBuilder(page.title());
        String described = "meta[name=description], meta[property=og:title], meta[property=og:description]";
        for (Element meta : page.select(described)) {
            text.append(" | ").append(meta.attr("content"));
        }
        return firstPublicationDate(text.toString(), window);
    }

    /**
     * Rule {@code any-text}: the first date anywhere in the page's text, sidebars and comments included (not a
     * copyright or today's date): the last resort, for pages whose layout hides the article's date in a sidebar.
     */
    static LocalDate fromAnyText(Document page, Window window) {
        return fromAnyText(new Layout(page), window);
    }

    private static LocalDate fromAnyText(Layout layout, Window window) {
        Element body = layout.page.body();
        if (body == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        layout.visibleText(body, text, true);
        return firstPublicationDate(text.toString(), window);
    }

    /**
     * The first plausible date in the text that is not a copyright year or labelled as an update; an update's date
     * when there is nothing else.
     */
    private static LocalDate firstPublicationDate(String text, Window window) {
        LocalDate update = null;
        for (Labelled labelled : labelledDates(text, window)) {
            if (labelled.cue() == Cue.UPDATED) {
                if (update == null) {
                    update = labelled.date();
                }
            } else if (labelled.cue() == Cue.PUBLISHED || labelled.cue() == Cue.NONE) {
                return labelled.date();
            }
        }
        return update;
    }

    /** What the words just before a date say it is. */
    enum Cue { PUBLISHED, UPDATED, COPYRIGHT, NOW, NONE }

    /** A date written in a text, with what the words before it say it is. */
    record Labelled(LocalDate date, Cue cue) {
    }

    /** The plausible dates of a text in order, each with the label nearest before it (since the previous date). */
    static List<Labelled> labelledDates(String text, Window window) {
        List<Labelled> dates = new ArrayList<>();
        int previousEnd = 0;
        for (DateParser.Found found : DateParser.scan(text)) {
            int from = Math.max(previousEnd, found.position() - CUE_REACH);
            String before = text.substring(Math.min(from, found.position()), found.position());
            previousEnd = found.end();
            if (window.contains(found.date())) {
                dates.add(new Labelled(found.date(), cueIn(before)));
            }
        }
        return dates;
    }

    /** The label that ends last in {@code before}, so the one nearest the date. */
    private static Cue cueIn(String before) {
        Cue cue = Cue.NONE;
        int nearest = -1;
        Pattern[] patterns = {PUBLISHED_CUE, UPDATE_CUE, COPYRIGHT_CUE, NOW_CUE};
        Cue[] cues = {Cue.PUBLISHED, Cue.UPDATED, Cue.COPYRIGHT, Cue.NOW};
        for (int i = 0; i < patterns.length; i++) {
            Matcher m = patterns[i].matcher(before);
            while (m.find()) {
                if (m.end() > nearest) {
                    nearest = m.end();
                    cue = cues[i];
                }
            }
        }
        return cue;
    }

    /**
     * Rule {@code published-label}: the first date of the visible text that a publication label stands before
     * ("Published on", "Veröffentlicht am", "Erschienen:", "publié le").
     */
    static LocalDate fromPublishedLabel(Document page, Window window) {
        return fromPublishedLabel(new Layout(page), window);
    }

    private static LocalDate fromPublishedLabel(Layout layout, Window window) {
        if (layout.page.body() == null) {
            return null;
        }
        String text = layout.articleText();
        if (!PUBLISHED_CUE.matcher(text).find()) {
            return null;
        }
        for (Labelled labelled : labelledDates(text, window)) {
            if (labelled.cue() == Cue.PUBLISHED) {
                return labelled.date();
            }
        }
        return null;
    }

    // ---- page structure ----------------------------------------------------------------------------------------

    /**
     * True when the element's text has more than {@code limit} non-blank characters, so its collapsed text is longer
     * than {@code limit} too; stops counting there, instead of building the text of a large container.
     */
    private static boolean visibleCharsExceed(Element element, int limit) {
        int[] count = {0};
        element.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String value = text.getWholeText();
                    for (int i = 0; i < value.length(); i++) {
                        if (!Character.isWhitespace(value.charAt(i))) {
                            count[0]++;
                        }
                    }
                }
                return count[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        });
        return count[0] > limit;
    }

    /** The words {@link #BOILERPLATE_NAME} is built from: a name holding none of them cannot match it. */
    private static final String[] BOILERPLATE_WORDS = {"comment", "kommentar", "sidebar", "aside", "secondary", "related",
        "recommended", "popular", "nav", "menu", "breadcrumb", "newsletter", "repl", "instagram-media", "twitter-tweet"};
    private static final String[] BANNER_WORDS = {"header", "masthead", "topbar", "top-bar"};

    /** {@link #BOILERPLATE_NAME} on the element's names, after a quick substring test that rules out most elements. */
    private static boolean namesBoilerplate(Element e) {
        if (!hasNames(e)) {
            return false;
        }
        String names = names(e);
        return containsAny(names, BOILERPLATE_WORDS) && BOILERPLATE_NAME.matcher(names).find();
    }

    private static boolean namesBanner(Element e) {
        if (!hasNames(e)) {
            return false;
        }
        String names = names(e);
        return containsAny(names, BANNER_WORDS) && BANNER_NAME.matcher(names).find();
    }

    /** True when {@code names} contains one of {@code words}; a plain substring test, much faster than a regex alternation. */
    private static boolean containsAny(String names, String[] words) {
        for (String word : words) {
            if (names.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** False for an element without class, id or itemprop, whose names no pattern can match. */
    private static boolean hasNames(Element element) {
        return element.hasAttr("class") || element.hasAttr("id") || element.hasAttr("itemprop");
    }

    /** Class, id and itemprop of an element, lower case. */
    private static String names(Element element) {
        String names = element.className() + " " + element.id() + " " + element.attr("itemprop");
        return names.toLowerCase(Locale.ROOT).trim();
    }

    /**
     * Where the article sits on a page: its heading (the h1 or h2 that the page title repeats, else the first h1), the
     * blocks around that heading, and the sidebars, navigation and comment sections to leave out.
     */
    private static final class Layout {
        private final Document page;
        private final Element heading;
        private String articleText;
        private int articleTextHeadingAt;
        private final Set<Element> mainBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<Element, Integer> order = new IdentityHashMap<>();

        Layout(Document page) {
            this.page = page;
            Element body = page.body();
            heading = body == null ? null : findHeading(page, body);
            Element main = heading != null || body == null ? heading : mainText(body);
            for (Element e = main; e != null; e = e.parent()) {
                mainBlocks.add(e);
            }
        }

        /** Each element's position in document order, counted when first asked for. */
        private Map<Element, Integer> order() {
            Element body = page.body();
            if (order.isEmpty() && body != null) {
                int index = 0;
                for (Element element : body.getAllElements()) {
                    order.put(element, index++);
                }
            }
            return order;
        }

        /**
         * The h1 or h2 sharing the most words with the page's title, when they share most of the shorter one's
         * words (titles add the site's name, headings a subtitle), else the first h1.
         */
        private static Element findHeading(Document page, Element body) {
            String title = page.title();
            Element ogTitle = page.selectFirst("meta[property=og:title]");
            if (ogTitle != null) {
                title = title + " " + ogTitle.attr("content");
            }
            Set<String> titleWords = words(title);
            Element best = null;
            int bestShared = 1;
            for (Element h : body.select("h1, h2")) {
                Set<String> headingWords = words(h.text());
                int shared = 0;
                for (String word : headingWords) {
                    if (titleWords.contains(word)) {
                        shared++;
                    }
                }
                if (shared > bestShared && shared * 3 >= Math.min(headingWords.size(), titleWords.size()) * 2) {
                    best = h;
                    bestShared = shared;
                }
            }
            return best != null ? best : body.selectFirst("h1");
        }

        private static Set<String> words(String text) {
            Set<String> words = new HashSet<>();
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            return words;
        }

        /** The element whose paragraphs hold the most text: the article body, on most pages. */
        private static Element mainText(Element body) {
            Map<Element, Integer> textByParent = new IdentityHashMap<>();
            Element best = null;
            int bestLength = 0;
            for (Element paragraph : body.select("p")) {
                Element parent = paragraph.parent();
                int length = textByParent.getOrDefault(parent, 0) + paragraph.text().length();
                textByParent.put(parent, length);
                if (length > bestLength) {
                    best = parent;
                    bestLength = length;
                }
            }
            return best;
        }

        /** The visible text without boilerplate blocks, built once for the rules that read it. */
        String articleText() {
            if (articleText == null) {
                StringBuilder text = new StringBuilder();
                articleTextHeadingAt = visibleText(page.body(), text, false);
                articleText = text.toString();
            }
            return articleText;
        }

        /**
         * True inside navigation, a sidebar, a comment section or a page footer. A block that holds the article's
         * heading is never one, whatever its class says (layouts name wrappers "has-sidebar"); an article's own
         * aside or footer is not one either.
         */
        boolean isBoilerplate(Element element) {
            boolean pending = false;
            for (Element e = element; e != null && !e.nameIs("body"); e = e.parent()) {
                if (e.nameIs("article")) {
                    pending = false;
                }
                if (mainBlocks.contains(e)) {
                    continue;
                }
                if (e.nameIs("nav") || e.nameIs("blockquote") || namesBoilerplate(e)
                        || isBanner(e)) {
                    return true;
                }
                if (e.nameIs("aside") || e.nameIs("footer") || e.nameIs("form")) {
                    pending = true;
                }
            }
            return pending;
        }

        /**
         * The element nearest the heading, counting elements in document order; an element after the heading is
         * nearer than one as far before it (dates follow headlines more often than they precede them). Without a
         * heading, the first element.
         */
        Element nearestHeading(List<Element> elements) {
            if (elements.isEmpty()) {
                return null;
            }
            if (heading == null) {
                return elements.get(0);
            }
            Map<Element, Integer> order = order();
            int headingIndex = order.getOrDefault(heading, 0);
            Element best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Element element : elements) {
                int index = order.getOrDefault(element, 0);
                int distance = index >= headingIndex ? index - headingIndex : 2 * (headingIndex - index);
                if (distance < bestDistance) {
                    best = element;
                    bestDistance = distance;
                }
            }
            return best;
        }

        /**
         * Appends the visible text under {@code root} to {@code text}, without scripts, styles, the site's banner and
         * (unless {@code keepBoilerplate}) boilerplate blocks; returns where the heading's text starts, or -1.
         */
        int visibleText(Element root, StringBuilder text, boolean keepBoilerplate) {
            int[] headingAt = {-1};
            root.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode textNode) {
                        text.append(textNode.text());
                        return FilterResult.CONTINUE;
                    }
                    if (!(node instanceof Element element)) {
                        return FilterResult.CONTINUE;
                    }
                    if (INVISIBLE.contains(element.normalName())
                            || (element != root && (keepBoilerplate ? isBanner(element) : isOwnBoilerplate(element)))) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (element == heading) {
                        headingAt[0] = text.length();
                    }
                    if (element.isBlock() || element.nameIs("br")) {
                        text.append(' ');
                    }
                    return FilterResult.CONTINUE;
                }
            });
            return headingAt[0];
        }

        /**
         * True for the site's banner, where sites print today's date: a header outside any article or main block that
         * does not hold the article's heading.
         */
        private boolean isBanner(Element e) {
            return heading != null && !mainBlocks.contains(e)
                    && (e.nameIs("header") || namesBanner(e))
                    && e.closest("article, main, [role=main]") == null;
        }

        /** As {@link #isBoilerplate}, judging the element itself only (its ancestors were judged already). */
        private boolean isOwnBoilerplate(Element e) {
            if (mainBlocks.contains(e)) {
                return false;
            }
            if (e.nameIs("nav") || e.nameIs("blockquote") || namesBoilerplate(e) || isBanner(e)) {
                return true;
            }
            return (e.nameIs("aside") || e.nameIs("footer") || e.nameIs("form")) && e.closest("article") == null;
        }
    }
}
