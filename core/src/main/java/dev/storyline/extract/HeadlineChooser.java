package dev.storyline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses an HTML page's title from its candidates by agreement, not by first match.
 *
 * <p>The page declares its title in up to four places (JSON-LD {@code headline}, {@code og:title},
 * {@code twitter:title}, {@code <title>}), each often decorated with the site's name, and shows it as a visible
 * heading, often among other headings (the site's logo, section names). The rules, in order:
 * <ol>
 *   <li>a visible {@code h1} (then {@code h2}) that agrees with a declared title: what readers see, confirmed by the
 *       page's own metadata;</li>
 *   <li>the heading that opens the located article: declared titles of small sites are often the site's, not the
 *       page's;</li>
 *   <li>a declared title that another declared title agrees with, then the most trusted declared title alone;</li>
 *   <li>with nothing declared: the page's only {@code h1}.</li>
 * </ol>
 * Two titles agree when one holds most words of the other ("Storm hits coast" and "Storm hits coast | Daily
 * Planet"); a site's name or a section heading ("Health Center") does not agree with an article's headline.
 */
final class HeadlineChooser {

    /** How many headings of a level are looked at: a headline is among the first. */
    private static final int MAX_HEADINGS = 12;
    private static final int MAX_TITLE_CHARS = 400;
    /** Elements where pages show their own name: the home link, the logo, the site title. */
    /** Classes of the elements where pages show their own name: the site title, the logo, the brand. */
    private static final Set<String> SITE_NAME_CLASSES = Set.of("site-title", "site-name", "site-branding", "logo",
            "brand", "navbar-brand");
    private static final int MAX_SITE_NAMES = 8;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—:-]\\s+|\\s+::\\s+|\\s+»\\s+|\\s+·\\s+|\\s*[|]\\s*|-(?=\\p{IsHan}|\\p{IsHiragana})");

    /** A title candidate and the rule that names where it came from. */
    private record Candidate(String text, String source) {
    }

    private final List<Candidate> declared;
    private final List<Candidate> visible;

    private HeadlineChooser(List<Candidate> declared, List<Candidate> visible) {
        this.declared = declared;
        this.visible = visible;
    }

    /**
     * Reads the title candidates of a page before anything is removed from it. {@code outlet} (may be null) is
     * stripped from declared titles.
     */
    static HeadlineChooser read(Page page, String outlet) {
        List<Candidate> visible = new ArrayList<>();
        SiteNames site = SiteNames.of(page, outlet);
        for (String level : new String[] {"h1", "h2"}) {
            for (Element heading : headings(page, level)) {
                String text = withoutSiteName(heading.text(), site);
                if (text != null) {
                    visible.add(new Candidate(text, level));
                }
            }
        }
        return new HeadlineChooser(declared(page, site), visible);
    }

    /**
     * The title and the rule that chose it, or null. {@code openingHeading} is the heading that opens the located
     * article, or null.
     */
    Choice choose(String openingHeading) {
        for (Candidate heading : visible) {
            for (Candidate candidate : declared) {
                if (agree(heading.text(), candidate.text())) {
                    return new Choice(heading.text(), "visible " + heading.source() + " agreeing with " + candidate.source());
                }
            }
        }
        if (openingHeading != null && readsAsHeadline(openingHeading)) {
            return new Choice(openingHeading, "heading opening the article");
        }
        for (Candidate candidate : declared) {
            for (Candidate other : declared) {
                if (other != candidate && agree(candidate.text(), other.text())) {
                    return new Choice(candidate.text(), candidate.source() + " agreeing with " + other.source());
                }
            }
        }
        if (!declared.isEmpty()) {
            return new Choice(declared.get(0).text(), declared.get(0).source());
        }
        long h1s = visible.stream().filter(heading -> heading.source().equals("h1")).count();
        return h1s == 1 ? new Choice(visible.get(0).text(), "only h1") : null;
    }

    /**
     * True for a heading of at least two words (four characters in scripts written without spaces) that is not
     * boilerplate phrasing ("Related posts", "Share this").
     */
    private static boolean readsAsHeadline(String heading) {
        List<String> words = words(heading);
        boolean spaced = words.size() >= 2;
        boolean unspaced = words.size() == 1 && heading.codePointCount(0, heading.length()) >= 4
                && !heading.chars().allMatch(c -> c < 0x2E80);
        return (spaced || unspaced) && BoilerplateLineClassifier.classifyPhrasing(heading) == null;
    }

    /** The declared titles in order of trust, cleaned of the site name, without blanks and overlong values. */
    private static List<Candidate> declared(Page page, SiteNames site) {
        List<Candidate> candidates = new ArrayList<>();
        JsonNode article = page.jsonLdArticle();
        if (article != null && article.path("headline").isTextual()) {
            add(candidates, article.path("headline").asText(), "JSON-LD headline");
        }
        add(candidates, withoutSiteName(page.meta("og:title"), site), "og:title");
        add(candidates, withoutSiteName(page.meta("twitter:title"), site), "twitter:title");
        add(candidates, firstPart(withoutSiteName(page.dom().title(), site)), "<title>");
        return candidates;
    }

    private static void add(List<Candidate> candidates, String text, String source) {
        if (text != null && !text.isBlank() && text.length() <= MAX_TITLE_CHARS) {
            candidates.add(new Candidate(text.strip(), source));
        }
    }

    private static List<Element> headings(Page page, String level) {
        List<Element> headings = new ArrayList<>();
        for (Element element : page.elements()) {
            if (element.normalName().equals(level)) {
                headings.add(element);
                if (headings.size() == MAX_HEADINGS) {
                    break;
                }
            }
        }
        return headings;
    }

    /**
     * True when the shorter title's words are nearly all in the longer one and make up most of it: the same
     * headline, perhaps with the site's name or a kicker around it.
     */
    static boolean agree(String a, String b) {
        List<String> first = words(a);
        List<String> second = words(b);
        List<String> shorter = first.size() <= second.size() ? first : second;
        List<String> longer = shorter == first ? second : first;
        if (shorter.isEmpty() || shorter.size() * 5 < longer.size() * 3) {
            return false;
        }
        int shared = 0;
        for (String word : shorter) {
            if (longer.contains(word)) {
                shared++;
            }
        }
        return shared * 5 >= shorter.size() * 4;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : NON_WORD.split(text.toLowerCase(java.util.Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * The first part of a declared title that still has parts after the site's name was stripped ("Rioja, Spain -
     * Iberian wines in Berlin"): pages put the article's title first and describe the site after it, in words this
     * rule cannot tell from a site name. A first part of one word is kept with the rest.
     */
    static String firstPart(String title) {
        if (title == null) {
            return null;
        }
        Matcher separator = TITLE_SEPARATOR.matcher(title);
        if (!separator.find()) {
            return title;
        }
        String first = title.substring(0, separator.start()).strip();
        return words(first).size() >= 2 ? first : title;
    }

    /**
     * The names a page goes by: its outlet, the host of its address, and the texts of the elements where it shows
     * its own name (home link, logo, site title).
     */
    record SiteNames(List<String> names, String host) {

        static SiteNames of(Page page, String outlet) {
            List<String> names = new ArrayList<>();
            if (outlet != null) {
                names.add(outlet);
            }
            for (Element element : page.elements()) {
                if (names.size() >= MAX_SITE_NAMES) {
                    break;
                }
                if (!showsSiteName(element)) {
                    continue;
                }
                String text = element.text().isBlank() ? element.attr("title") : element.text();
                Element logo = element.selectFirst("img[alt]");
                for (String name : new String[] {text, logo == null ? "" : logo.attr("alt")}) {
                    if (!name.isBlank() && name.length() <= 80) {
                        names.add(name.strip());
                    }
                }
            }
            return new SiteNames(names, MetadataPatterns.hostOf(page.url()));
        }

        /**
         * True for an element where a page shows its own name: a home link, a site-title, logo or brand class, the
         * {@code logo} or {@code site-title} id, or a title class or {@code h1} in the page's header. Checked by hand
         * rather than by a selector, because it runs on every element of the page.
         */
        private static boolean showsSiteName(Element element) {
            if (element.attributesSize() == 0 && !element.nameIs("h1")) {
                return false;
            }
            String id = element.id();
            if ("home".equals(element.attr("rel")) || id.equals("logo") || id.equals("site-title")) {
                return true;
            }
            boolean titleClass = false;
            if (element.hasAttr("class")) {
                for (String name : element.classNames()) {
                    if (SITE_NAME_CLASSES.contains(name)) {
                        return true;
                    }
                    titleClass |= name.equals("title");
                }
            }
            if (!titleClass && !element.nameIs("h1")) {
                return false;
            }
            for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
                if (parent.id().equals("header") || titleClass && parent.nameIs("header")) {
                    return true;
                }
            }
            return false;
        }

        /** True when a title part is one of the names or spells the host ("Krimiblog-Archiv", "archiv.krimiblog.de"). */
        boolean named(String part) {
            List<String> words = words(part);
            if (words.isEmpty()) {
                return false;
            }
            for (String name : names) {
                if (words.equals(words(name))) {
                    return true;
                }
            }
            if (host == null) {
                return false;
            }
            String letters = String.join("", words);
            List<String> labels = words(host);
            for (String label : labels) {
                if (label.length() >= 4 && letters.contains(label)) {
                    return true;
                }
            }
            return letters.length() >= 4 && String.join("", labels).contains(letters);
        }
    }

    /**
     * A title without the site's name that pages append or prepend ("Storm hits coast | Daily Planet"): first and
     * last parts that name the site are dropped, and then a last part after a {@code |} that is shorter than the
     * first, which is how pages append their name. A title whose parts name nothing of the site is otherwise kept whole: a dash inside a headline is
     * not a site name.
     */
    static String withoutSiteName(String title, SiteNames site) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String stripped = title.strip();
        List<String> parts = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        Matcher separator = TITLE_SEPARATOR.matcher(stripped);
        int start = 0;
        while (separator.find()) {
            parts.add(stripped.substring(start, separator.start()));
            separators.add(separator.group());
            start = separator.end();
        }
        parts.add(stripped.substring(start));
        while (parts.size() > 1 && site.named(parts.get(parts.size() - 1))) {
            parts.remove(parts.size() - 1);
            separators.remove(separators.size() - 1);
        }
        while (parts.size() > 1 && site.named(parts.get(0))) {
            parts.remove(0);
            separators.remove(0);
        }
        while (parts.size() > 1 && separators.get(separators.size() - 1).strip().equals("|")
                && parts.get(parts.size() - 1).length() < parts.get(0).length()) {
            parts.remove(parts.size() - 1);
            separators.remove(separators.size() - 1);
        }
        StringBuilder joined = new StringBuilder(parts.get(0));
        for (int i = 1; i < parts.size(); i++) {
            joined.append(separators.get(i - 1)).append(parts.get(i));
        }
        return joined.toString().strip();
    }
}
