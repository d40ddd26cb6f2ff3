package dev.storyline.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the article sits on a page, worked out once from the page as parsed: its heading (the {@code h1} or
 * {@code h2} that the title repeats, else the first {@code h1}), the blocks that hold it, the regions that are not
 * the article (navigation, sidebars, comments, page footers, the site's banner), and the page's visible text with and
 * without those regions, with the text measures of every element ({@link TextStats}) taken on the way. Built by
 * {@link Page#layout()} from the element walk the page made when it was parsed and one walk of the body's nodes,
 * before content extraction changes the DOM; the date and content rules read it.
 *
 * <p>Elements are numbered in document order from the body (0); rules ask about an element by its number.
 */
final class PageLayout {

    /** Tags whose text is never shown. */
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "select");
    /** A {@link RegionNames.Use#NO_DATES} word as a whole token; prefix words take longer tokens. */
    private static final Pattern NO_DATES_NAME = Pattern.compile("(?:^|\\s|[-_])"
            + RegionNames.alternation("", "\\w*", RegionNames.Use.NO_DATES) + "(?:$|\\s|[-_])");
    private static final String[] NO_DATES_WORDS = RegionNames.texts(RegionNames.Use.NO_DATES);
    /** A {@link RegionNames.Use#BANNER} word as a whole token between spaces. */
    private static final Pattern BANNER_NAME = Pattern.compile("(?:^|\\s)"
            + RegionNames.alternation("", "\\S*", RegionNames.Use.BANNER) + "(?:$|\\s)");
    private static final String[] BANNER_WORDS = RegionNames.texts(RegionNames.Use.BANNER);
    private static final String[] NAME_ATTRIBUTES = {"class", "id", "itemprop"};

    // Flags of an element.
    /** Outside the article: in navigation, a sidebar, comments, a quotation, a page footer or the banner. */
    private static final byte OUTSIDE = 1;
    /** In the site's banner or invisible: left out of {@link #allText()} (set by {@link #bannerFlags()} only). */
    private static final byte BANNER = 2;
    /** Left out of {@link #articleText()}: outside the article, or invisible. */
    private static final byte NO_TEXT = 4;
    /** An article element or inside one. */
    private static final byte ARTICLE_HERE = 8;
    /** An article or main region ({@code <article>}, {@code <main>}, {@code role=main}) or inside one. */
    private static final byte REGION_HERE = 16;
    /** The heading or one of its ancestors (or, without a heading, the main text's holder and its ancestors). */
    private static final byte MAIN = 32;

    // What a class, id or itemprop value names.
    /** A name holding a {@link RegionNames.Use#NO_DATES} word. */
    private static final byte NAMES_NO_DATES = 1;
    /** A name holding a {@link RegionNames.Use#BANNER} word. */
    private static final byte NAMES_BANNER = 2;

    private final Element body;
    private final Element[] elements;
    private final int[] parents;
    private final byte[] flags;
    private final int headingIndex;
    private final String articleText;
    private final int headingOffset;
    private final TextStats textStats;
    private String allText;

    private PageLayout(Element body, Element[] elements, int[] parents, byte[] flags, int headingIndex,
                       String articleText, int headingOffset, TextStats textStats) {
        this.body = body;
        this.elements = elements;
        this.parents = parents;
        this.flags = flags;
        this.headingIndex = headingIndex;
        this.articleText = articleText;
        this.headingOffset = headingOffset;
        this.textStats = textStats;
    }

    /** The layout of {@code dom} as {@code walk} saw it; a page without a body has no elements and no text. */
    static PageLayout of(Document dom, String ogTitle, ElementWalk walk) {
        Element body = dom.body();
        int from = walk.bodyStart;
        if (body == null || from < 0) {
            return new PageLayout(null, new Element[0], new int[0], new byte[0], -1, "", -1, null);
        }
        int n = walk.bodyEnd - from;
        Element[] elements = walk.elements.subList(from, walk.bodyEnd).toArray(new Element[0]);
        int[] parents = new int[n];
        List<Integer> headings = new ArrayList<>();
        List<Integer> paragraphs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parents[i] = i == 0 ? -1 : walk.parents[from + i] - from;
            String tag = elements[i].normalName();
            if (tag.equals("h1") || tag.equals("h2")) {
                headings.add(i);
            } else if (tag.equals("p")) {
                paragraphs.add(i);
            }
        }
        String title = ogTitle == null ? dom.title() : dom.title() + " " + ogTitle;
        int heading = heading(title, elements, headings);
        int main = heading >= 0 ? heading : mainText(elements, parents, paragraphs);
        byte[] flags = new byte[n];
        for (int i = main; i >= 0; i = parents[i]) {
            flags[i] |= MAIN;
        }
        judge(elements, parents, flags, heading >= 0);
        StringBuilder text = new StringBuilder();
        TextStats.Counter counter = new TextStats.Counter();
        int headingOffset = visibleText(body, flags, NO_TEXT, heading, text, counter);
        return new PageLayout(body, elements, parents, flags, heading, text.toString(), headingOffset, counter.stats());
    }

    /** How many elements the body holds, itself included. */
    int size() {
        return elements.length;
    }

    /** Element number {@code index} in document order; 0 is the body. */
    Element element(int index) {
        return elements[index];
    }

    /** The number of the element's parent, or -1 for the body. */
    int parent(int index) {
        return parents[index];
    }

    /** The article's heading, or null. */
    Element heading() {
        return headingIndex < 0 ? null : elements[headingIndex];
    }

    /**
     * True inside navigation, a sidebar, a comment section, a quotation, a page footer or the site's banner. A block
     * that holds the article's heading is never one, whatever its class says (layouts name wrappers "has-sidebar");
     * an article's own aside or footer is not one either.
     */
    boolean outside(int index) {
        return (flags[index] & OUTSIDE) != 0;
    }

    /**
     * How far element {@code index} is from the heading, counting elements in document order; an element after the
     * heading is nearer than one as far before it (dates follow headlines more often than they precede them). Without
     * a heading, the element's number, so the first element is the nearest.
     */
    int distanceFromHeading(int index) {
        if (headingIndex < 0) {
            return index;
        }
        return index >= headingIndex ? index - headingIndex : 2 * (headingIndex - index);
    }

    /** The visible text of the page without the regions that are not the article; blocks are separated by spaces. */
    String articleText() {
        return articleText;
    }

    /**
     * The text measures of the body's elements (characters, link characters, commas), gathered in the same walk as
     * the article's text; null for a page without a body.
     */
    TextStats textStats() {
        return textStats;
    }

    /** Where the heading's text starts in {@link #articleText()}, or -1. */
    int headingOffset() {
        return headingOffset;
    }

    /** The visible text of the page, sidebars and comments included, without the site's banner; built when first asked. */
    String allText() {
        if (allText == null) {
            StringBuilder text = new StringBuilder();
            if (body != null) {
                visibleText(body, bannerFlags(), BANNER, -1, text, null);
            }
            allText = text.toString();
        }
        return allText;
    }

    // ---- building ----------------------------------------------------------------------------------------------

    /**
     * Every element of a document in document order with its parent's number, and where the body's elements start
     * and end: one walk that {@link Page} makes when it is built, read again by the meta tags, JSON-LD and layout.
     */
    static final class ElementWalk implements NodeVisitor {
        final List<Element> elements = new ArrayList<>();
        int[] parents = new int[256];
        int bodyStart = -1;
        int bodyEnd = -1;
        private final Element body;
        private int[] atDepth = new int[64];

        private ElementWalk(Element body) {
            this.body = body;
        }

        static ElementWalk of(Document dom) {
            ElementWalk walk = new ElementWalk(dom.body());
            NodeTraversor.traverse(walk, dom);
            return walk;
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            int index = elements.size();
            elements.add(element);
            if (index == parents.length) {
                parents = Arrays.copyOf(parents, index * 2);
            }
            if (depth >= atDepth.length) {
                atDepth = Arrays.copyOf(atDepth, depth * 2);
            }
            atDepth[depth] = index;
            parents[index] = depth == 0 ? -1 : atDepth[depth - 1];
            if (element == body) {
                bodyStart = index;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node == body) {
                bodyEnd = elements.size();
            }
        }
    }

    /**
     * The h1 or h2 sharing the most words with the page's title, when they share most of the shorter one's words
     * (titles add the site's name, headings a subtitle), else the first h1; -1 when there is none.
     */
    private static int heading(String title, Element[] elements, List<Integer> headings) {
        Set<String> titleWords = words(title);
        int best = -1;
        int bestShared = 1;
        int firstH1 = -1;
        for (int index : headings) {
            Element h = elements[index];
            if (firstH1 < 0 && h.normalName().equals("h1")) {
                firstH1 = index;
            }
            Set<String> headingWords = words(h.text());
            int shared = 0;
            for (String word : headingWords) {
                if (titleWords.contains(word)) {
                    shared++;
                }
            }
            if (shared > bestShared && shared * 3 >= Math.min(headingWords.size(), titleWords.size()) * 2) {
                best = index;
                bestShared = shared;
            }
        }
        return best >= 0 ? best : firstH1;
    }

    /** The lower-case words of a text: runs of letters and numbers. */
    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); ) {
            int c = i < lower.length() ? lower.codePointAt(i) : ' ';
            boolean inWord = isWordChar(c);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        return words;
    }

    /** A letter or a number, as {@code [\p{L}\p{N}]} reads a character. */
    private static boolean isWordChar(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** For a page without a heading: the element whose paragraphs hold the most text, the article body on most pages. */
    private static int mainText(Element[] elements, int[] parents, List<Integer> paragraphs) {
        int[] textByParent = new int[elements.length];
        int best = -1;
        int bestLength = 0;
        for (int index : paragraphs) {
            int parent = parents[index];
            if (parent < 0) {
                continue;
            }
            textByParent[parent] += elements[index].text().length();
            if (textByParent[parent] > bestLength) {
                best = parent;
                bestLength = textByParent[parent];
            }
        }
        return best;
    }

    /**
     * Sets the flags of every element from its own tag and names and its parent's flags, parents first: whether it is
     * outside the article, in the site's banner, or without shown text.
     */
    private static void judge(Element[] elements, int[] parents, byte[] flags, boolean hasHeading) {
        Map<String, Byte> seen = new HashMap<>();
        for (int i = 0; i < elements.length; i++) {
            Element e = elements[i];
            String tag = e.normalName();
            int parent = parents[i];
            byte inherited = parent < 0 ? 0 : flags[parent];
            boolean main = (flags[i] & MAIN) != 0;
            byte own = (byte) (flags[i] & MAIN);
            boolean article = tag.equals("article");
            boolean articleAbove = (inherited & ARTICLE_HERE) != 0;
            if (article || articleAbove) {
                own |= ARTICLE_HERE;
            }
            if (article || tag.equals("main") || (inherited & REGION_HERE) != 0 || hasMainRole(e)) {
                own |= REGION_HERE;
            }
            if (parent < 0) {
                flags[i] = own;
                continue;
            }
            if ((inherited & OUTSIDE) != 0) {
                // Inside a region already outside the article: its own names change nothing.
                flags[i] = (byte) (own | OUTSIDE | NO_TEXT);
                continue;
            }
            boolean outsideHere = false;
            if (!main) {
                if (tag.equals("nav") || tag.equals("blockquote")
                        || (tag.equals("aside") || tag.equals("footer") || tag.equals("form")) && !articleAbove) {
                    outsideHere = true;
                } else {
                    byte kinds = nameKinds(e, seen);
                    outsideHere = (kinds & NAMES_NO_DATES) != 0
                            || isBanner(tag, kinds, hasHeading, main, (own & REGION_HERE) != 0);
                }
            }
            if (outsideHere) {
                own |= OUTSIDE;
            }
            if (outsideHere || INVISIBLE.contains(tag) || (inherited & NO_TEXT) != 0) {
                own |= NO_TEXT;
            }
            flags[i] = own;
        }
    }

    /**
     * True for the site's banner, where sites print today's date: a header outside any article or main region that
     * does not hold the article's heading, on a page that has one.
     */
    private static boolean isBanner(String tag, byte kinds, boolean hasHeading, boolean main, boolean inRegion) {
        return hasHeading && !main && !inRegion && (tag.equals("header") || (kinds & NAMES_BANNER) != 0);
    }

    private static boolean hasMainRole(Element e) {
        return e.attributesSize() > 0 && e.attr("role").trim().equalsIgnoreCase("main");
    }

    /** The site's banner and invisible elements, and all they hold: what {@link #allText()} leaves out. */
    private byte[] bannerFlags() {
        byte[] hidden = new byte[elements.length];
        Map<String, Byte> seen = new HashMap<>();
        for (int i = 0; i < elements.length; i++) {
            Element e = elements[i];
            String tag = e.normalName();
            boolean inherited = parents[i] >= 0 && hidden[parents[i]] != 0;
            boolean banner = i > 0 && isBanner(tag, nameKinds(e, seen), headingIndex >= 0, (flags[i] & MAIN) != 0,
                    (flags[i] & REGION_HERE) != 0);
            if (inherited || banner || INVISIBLE.contains(tag)) {
                hidden[i] = BANNER;
            }
        }
        return hidden;
    }

    /**
     * Appends the text under {@code body} to {@code text}, leaving out the elements marked with {@code skip} and what
     * they hold; a block or line break adds a space. Returns where the heading's text starts, or -1.
     */
    private static int visibleText(Element body, byte[] flags, byte skip, int heading, StringBuilder text,
                                   TextStats.Counter counter) {
        int[] headingAt = {-1};
        NodeTraversor.traverse(new NodeVisitor() {
            private int index = -1;
            private boolean[] hidden = new boolean[64];

            @Override
            public void head(Node node, int depth) {
                if (depth >= hidden.length) {
                    hidden = Arrays.copyOf(hidden, depth * 2);
                }
                if (node instanceof Element element) {
                    index++;
                    boolean own = index < flags.length && (flags[index] & skip) != 0;
                    boolean hide = depth > 0 && hidden[depth - 1] || own;
                    hidden[depth] = hide;
                    if (!hide) {
                        if (index == heading) {
                            headingAt[0] = text.length();
                        }
                        if (element.isBlock() || element.nameIs("br")) {
                            text.append(' ');
                        }
                    }
                } else if (node instanceof TextNode textNode && !hidden[depth - 1]) {
                    appendNormalised(text, textNode.getWholeText());
                }
                if (counter != null) {
                    counter.head(node, depth);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (counter != null) {
                    counter.tail(node, depth);
                }
            }
        }, body);
        return headingAt[0];
    }

    /**
     * Appends a text node's text as jsoup's {@code TextNode.text()} gives it: each run of whitespace as one space,
     * zero-width spaces and soft hyphens left out. Stretches that need no change are copied whole.
     */
    static void appendNormalised(StringBuilder text, String value) {
        boolean lastWasWhite = false;
        int runStart = 0;
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == ' ' && !lastWasWhite) {
                lastWasWhite = true;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0') {
                text.append(value, runStart, i);
                if (!lastWasWhite) {
                    text.append(' ');
                    lastWasWhite = true;
                }
                runStart = i + 1;
            } else if (c == '\u200B' || c == '\u00AD') {
                text.append(value, runStart, i);
                runStart = i + 1;
            } else {
                lastWasWhite = false;
            }
        }
        text.append(value, runStart, n);
    }

    /**
     * What the element's class, id and itemprop name ({@link #NAMES_NO_DATES}, {@link #NAMES_BANNER}); tokens never
     * span two of them. Values recur on a page ("menu-item", "entry-meta"), so each is judged once, in {@code seen}.
     */
    private static byte nameKinds(Element element, Map<String, Byte> seen) {
        if (element.attributesSize() == 0) {
            return 0;
        }
        byte kinds = 0;
        for (String key : NAME_ATTRIBUTES) {
            String value = element.attr(key);
            if (!value.isEmpty()) {
                Byte known = seen.get(value);
                if (known == null) {
                    known = nameKinds(value.toLowerCase(Locale.ROOT));
                    seen.put(value, known);
                }
                kinds |= known;
            }
        }
        return kinds;
    }

    /** What a lower-case name names; a substring test for the words first rules out most names without a pattern. */
    private static byte nameKinds(String name) {
        byte kinds = 0;
        if (containsAny(name, NO_DATES_WORDS) && NO_DATES_NAME.matcher(name).find()) {
            kinds |= NAMES_NO_DATES;
        }
        if (containsAny(name, BANNER_WORDS) && BANNER_NAME.matcher(name).find()) {
            kinds |= NAMES_BANNER;
        }
        return kinds;
    }

    /** True when {@code names} contains one of {@code words}; a plain substring test, much faster than a regex. */
    static boolean containsAny(String names, String[] words) {
        for (String word : words) {
            if (names.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
