package dev.storyline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named rules that read a publication date from one place of a page, each on its own; {@link HtmlDateFinder}
 * asks them in this order and weighs what they find by their {@link Evidence}. A rule returns the first plausible
 * date of its place (inside the {@link HtmlDateFinder.Window}), or null.
 */
enum DateRule {

    /**
     * {@code datePublished} of an article-like JSON-LD object, else of any object, else {@code dateCreated}
     * ({@code @graph}s and arrays included, comments and reviews left out).
     */
    JSON_LD("json-ld", Evidence.STRUCTURED) {
        @Override
        LocalDate find(Page page, HtmlDateFinder.Window window) {
            List<JsonNode> objects = page.jsonLd();
            LocalDate date = jsonLdDate(objects, "datePublished", true, window);
            if (date == null) {
                date = jsonLdDate(objects, "datePublished", false, window);
            }
            return date != null ? date : jsonLdDate(objects, "dateCreated", false, window);
        }
    },

    /**
     * The most trusted meta tag made for the publication date ({@code article:published_time}, {@code pubdate},
     * {@code dc.date.issued}, ...), else a tag of another vocabulary whose name says it is a publication or upload.
     */
    META("meta", Evidence.STRUCTURED) {
        @Override
        LocalDate find(Page page, HtmlDateFinder.Window window) {
            LocalDate date = metaDate(page, PUBLISHED_META, window);
            if (date != null) {
                return date;
            }
            for (Map.Entry<String, String> meta : page.meta().entrySet()) {
                String name = meta.getKey();
                if (PUBLISHED_META_NAME.matcher(name).find() && !PageLayout.containsAny(name, UPDATE_NAME)) {
                    date = window.check(DateParser.parse(meta.getValue()));
                    if (date != null) {
                        return date;
                    }
                }
            }
            return null;
        }
    },

    /**
     * The first date of the article's visible text that a publication label stands before ("Published on",
     * "Veröffentlicht am", "Erschienen:", "publié le").
     */
    PUBLISHED_LABEL("published-label", Evidence.SHOWN) {
        @Override
        LocalDate find(Page page, HtmlDateFinder.Window window) {
            return DateLabels.firstPublishedDate(page.layout().articleText(), window);
        }
    },

    /**
     * A {@code <time>} (or an {@code <abbr title>}) marked as the publication ({@code pubdate}, a "published" class
     * or itemprop on it or its parent), else the one nearest the article's heading. Times outside the article
     * (sidebars, footers, comments) and times named as updates are skipped.
     */
    TIME_ELEMENT("time-element", Evidence.SHOWN) {
        @Override
        LocalDate find(Page page, HtmlDateFinder.Window window) {
            PageLayout layout = page.layout();
            Nearest marked = new Nearest(layout);
            Nearest others = new Nearest(layout);
            DateNames dateNames = new DateNames();
            for (int i = 0; i < layout.size(); i++) {
                Element time = layout.element(i);
                if (!(time.nameIs("time") || time.nameIs("abbr") && time.hasAttr("title")) || layout.outside(i)) {
                    continue;
                }
                int named = dateNames.of(time) | (layout.parent(i) < 0 ? 0 : dateNames.of(layout.element(layout.parent(i))));
                LocalDate date = (named & DateNames.UPDATE) != 0 ? null : timeValue(time, window);
                if (date == null) {
                    continue;
                }
                if (time.hasAttr("pubdate") || (named & DateNames.PUBLICATION) != 0) {
                    marked.offer(i, date);
                } else {
                    others.offer(i, date);
                }
            }
            return marked.date != null ? marked.date : others.date;
        }
    },

    /**
     * The date in an element whose class, id or itemprop names the publication ("published", "posted", "entry-date")
     * or a date more loosely ("date", "datum", "byline", "meta"): its {@code content}, {@code datetime} or
     * {@code title}, else its short text. Of several, the one nearest the article's heading. Elements outside the
     * article are skipped; dates named or labelled as updates are taken only when no element holds another date.
     */
    DATE_ELEMENT("date-element", Evidence.SHOWN) {
        @Override
        LocalDate find(Page page, HtmlDateFinder.Window window) {
            PageLayout layout = page.layout();
            Nearest published = new Nearest(layout);
            Nearest updated = new Nearest(layout);
            DateNames dateNames = new DateNames();
            for (int i = 0; i < layout.size(); i++) {
                int named = layout.outside(i) ? 0 : dateNames.of(layout.element(i));
                if (named == 0) {
                    continue;
                }
                boolean namesUpdate = (named & DateNames.UPDATE) != 0;
                Element element = layout.element(i);
                LocalDate date = namesUpdate ? null : elementDate(element, window);
                if (date != null) {
                    published.offer(i, date);
                    continue;
                }
                LocalDate update = namesUpdate ? attributeDate(element, window) : null;
                updated.offer(i, update != null ? update : textDate(element, window, true));
            }
            return published.date != null ? published.date : updated.date;
        }
    },

    /** A full date in the page's address: {@code /2019/05/12/}, {@code 2019-05-12} or {@code 20190512}. */
    URL("url", Evidence.ADDRESS) {
        @Override
        LocalDate find(Page page, HtmlDateFinder.Window window) {
            String url = page.url();
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
    },

    /**
     * A meta tag that dates the page without saying which date it is ({@code date}, {@code dc.date}): trusted less
     * than what the page shows, as sites fill it with the day the page was generated.
     */
    GENERIC_META("generic-meta", Evidence.FALLBACK) {
        @Override
        LocalDate find(Page page, HtmlDateFinder.Window window) {
            return metaDate(page, GENERIC_META_NAMES, window);
        }
    },

    /**
     * The first date written in the article's visible text from just above its heading on, else anywhere in that
     * text; copyright years and today's date are left out, and a date labelled as an update is taken only when there
     * is no other.
     */
    TEXT("text", Evidence.FALLBACK) {
        @Override
        LocalDate find(Page page, HtmlDateFinder.Window window) {
            PageLayout layout = page.layout();
            String text = layout.articleText();
            if (layout.headingOffset() >= 0) {
                int from = Math.max(0, layout.headingOffset() - HEADING_LEAD);
                LocalDate date = DateLabels.firstPublicationDate(text.substring(from), window);
                if (date != null) {
                    return date;
                }
            }
            return DateLabels.firstPublicationDate(text, window);
        }
    },

    /** A date written in the page's title or description ("Bericht vom 22.04.2020", "Notizia del 14 Gennaio 2020"). */
    TITLE("title", Evidence.FALLBACK) {
        @Override
        LocalDate find(Page page, HtmlDateFinder.Window window) {
            StringBuilder text = new StringBuilder(page.dom().title());
            for (String key : new String[] {"description", "og:title", "og:description"}) {
                String content = page.meta().get(key);
                if (content != null) {
                    text.append(" | ").append(content);
                }
            }
            return DateLabels.firstPublicationDate(text.toString(), window);
        }
    },

    /** A modification date from JSON-LD ({@code dateModified}) or meta tags: the last resort of the metadata. */
    MODIFIED("modified", Evidence.FALLBACK) {
        @Override
        LocalDate find(Page page, HtmlDateFinder.Window window) {
            LocalDate date = jsonLdDate(page.jsonLd(), "dateModified", false, window);
            return date != null ? date : metaDate(page, MODIFIED_META, window);
        }
    },

    /**
     * The first date anywhere in the page's visible text, sidebars and comments included (not a copyright or today's
     * date, nor the site's banner): the last resort, for pages whose layout puts the article's date in a sidebar.
     */
    ANY_TEXT("any-text", Evidence.FALLBACK) {
        @Override
        LocalDate find(Page page, HtmlDateFinder.Window window) {
            return DateLabels.firstPublicationDate(page.layout().allText(), window);
        }
    };

    /** What kind of evidence a rule reads, which decides how far its date is trusted. */
    enum Evidence {
        /** Metadata written for machines about the publication: trusted first. */
        STRUCTURED,
        /** The date the page shows its readers with the article. */
        SHOWN,
        /** The page's address. */
        ADDRESS,
        /** Weaker places, asked in order only when the others find nothing. */
        FALLBACK
    }

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
    private static final String[] GENERIC_META_NAMES = {
            "dc.date", "dcterms.date", "date", "dc.created", "datecreated", "created",
    };
    /** A meta tag name of some other vocabulary that names a publication ("five_hundred_pixels:uploaded"). */
    private static final Pattern PUBLISHED_META_NAME = Pattern.compile("publish|pubdate|upload|release_?date");
    /** Meta tag names that hold a modification date. */
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

    /** A class, id or itemprop naming a publication date ("entry-date", "datePublished", "posted-on"). */
    private static final String[] PUBLICATION_NAME = {"publish", "publica", "pubdate", "posted", "submitted",
        "entry-date", "post-date", "postdate", "post_date", "created", "erstellt", "veroeffentlicht"};
    /** A class, id or itemprop naming some date, or the line of metadata under a headline. */
    private static final String[] DATE_NAME = {"date", "datum", "time", "byline", "dateline", "fecha", "data", "meta", "info"};
    /** A class, id or itemprop naming a modification date. */
    private static final String[] UPDATE_NAME = {"update", "modif", "aktualis", "geaendert", "changed", "edited"};
    /** The longest element text read as a date element: longer ones are content, not a date line. */
    private static final int MAX_DATE_TEXT = 200;
    /** How far above the heading, in characters, a date may stand and still belong to the article. */
    private static final int HEADING_LEAD = 300;

    private final String label;
    private final Evidence evidence;

    DateRule(String label, Evidence evidence) {
        this.label = label;
        this.evidence = evidence;
    }

    /** The rule's short name, recorded with the date it finds ("json-ld", "time-element"). */
    String label() {
        return label;
    }

    /** The kind of evidence the rule reads. */
    Evidence evidence() {
        return evidence;
    }

    /** The first plausible date this rule reads on the page, or null. */
    abstract LocalDate find(Page page, HtmlDateFinder.Window window);

    // ---- shared by the rules -----------------------------------------------------------------------------------

    /** Of the dated elements offered, in document order, the one nearest the heading; ties go to the first. */
    private static final class Nearest {
        private final PageLayout layout;
        private LocalDate date;
        private int distance = Integer.MAX_VALUE;

        Nearest(PageLayout layout) {
            this.layout = layout;
        }

        void offer(int index, LocalDate candidate) {
            if (candidate == null) {
                return;
            }
            int d = layout.distanceFromHeading(index);
            if (d < distance) {
                date = candidate;
                distance = d;
            }
        }
    }

    private static LocalDate jsonLdDate(List<JsonNode> objects, String field, boolean articlesOnly,
                                        HtmlDateFinder.Window window) {
        for (JsonNode object : objects) {
            JsonNode value = object.get(field);
            if (value == null || !value.isTextual() || (articlesOnly && !Page.isArticle(object))) {
                continue;
            }
            LocalDate date = window.check(DateParser.parse(value.asText()));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static LocalDate metaDate(Page page, String[] names, HtmlDateFinder.Window window) {
        Map<String, String> meta = page.meta();
        for (String name : names) {
            LocalDate date = window.check(DateParser.parse(meta.get(name)));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /**
     * Which kinds of date word an element's class, id and itemprop hold, lower case: {@link #UPDATE},
     * {@link #PUBLICATION}, {@link #DATE}. Values recur on a page, so each is judged once.
     */
    private static final class DateNames {
        static final int UPDATE = 1;
        static final int PUBLICATION = 2;
        static final int DATE = 4;
        private static final String[] ATTRIBUTES = {"class", "id", "itemprop"};
        private final Map<String, Integer> seen = new HashMap<>();

        int of(Element element) {
            if (element.attributesSize() == 0) {
                return 0;
            }
            int kinds = 0;
            for (String key : ATTRIBUTES) {
                String value = element.attr(key);
                if (!value.isEmpty()) {
                    kinds |= seen.computeIfAbsent(value, DateNames::kinds);
                }
            }
            return kinds;
        }

        private static int kinds(String value) {
            String name = value.toLowerCase(Locale.ROOT);
            return (PageLayout.containsAny(name, UPDATE_NAME) ? UPDATE : 0)
                    | (PageLayout.containsAny(name, PUBLICATION_NAME) ? PUBLICATION : 0)
                    | (PageLayout.containsAny(name, DATE_NAME) ? DATE : 0);
        }
    }

    private static LocalDate timeValue(Element time, HtmlDateFinder.Window window) {
        LocalDate date = window.check(DateParser.parse(time.attr("datetime")));
        if (date == null) {
            date = window.check(DateParser.parse(time.attr("title")));
        }
        return date != null ? date : window.check(DateParser.parse(time.text()));
    }

    /** The date an element states in its {@code content}, {@code datetime} or {@code title} attribute, or null. */
    private static LocalDate attributeDate(Element element, HtmlDateFinder.Window window) {
        for (String attribute : new String[] {"content", "datetime", "title"}) {
            LocalDate date = window.check(DateParser.parse(element.attr(attribute)));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /**
     * The date an element states in an attribute, else in its short text, unless the text labels it as an update, a
     * copyright or today's date.
     */
    private static LocalDate elementDate(Element element, HtmlDateFinder.Window window) {
        LocalDate date = attributeDate(element, window);
        return date != null ? date : textDate(element, window, false);
    }

    /**
     * The first date of the element's text (when at most {@link #MAX_DATE_TEXT} characters long) labelled as an update
     * when {@code update}, else unlabelled or labelled as the publication; null when there is none.
     */
    private static LocalDate textDate(Element element, HtmlDateFinder.Window window, boolean update) {
        if (visibleCharsExceed(element, MAX_DATE_TEXT)) {
            return null;
        }
        String text = element.text();
        if (text.length() > MAX_DATE_TEXT) {
            return null;
        }
        for (DateLabels.Labelled labelled : DateLabels.labelledDates(text, window)) {
            DateLabels.Cue cue = labelled.cue();
            if (update ? cue == DateLabels.Cue.UPDATED : cue == DateLabels.Cue.NONE || cue == DateLabels.Cue.PUBLISHED) {
                return labelled.date();
            }
        }
        return null;
    }

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
}
