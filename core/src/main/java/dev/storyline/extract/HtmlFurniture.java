package dev.storyline.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Named rules that mark an element of an HTML page as page furniture rather than article: invisible and hidden
 * elements, navigation, page headers and footers, asides, captions, and blocks whose class or id names furniture
 * (share bars, related links, comments, newsletter, cookie and donation boxes). The name of the rule that matched
 * becomes the reason in {@link dev.storyline.model.Article#removed()}.
 */
enum HtmlFurniture {
    INVISIBLE("html: invisible"),
    HIDDEN("html: hidden"),
    NAVIGATION("html: navigation"),
    PAGE_HEADER("html: page header"),
    PAGE_FOOTER("html: page footer"),
    ASIDE("html: aside"),
    CAPTION("html: caption"),
    FORM_CONTROL("html: form control"),
    NAMED_FURNITURE("html: furniture");

    private static final Set<String> INVISIBLE_TAGS = Set.of("script", "style", "template", "svg", "iframe",
            "object", "embed", "canvas", "video", "audio", "map", "head", "link", "meta");
    private static final Set<String> CONTROL_TAGS = Set.of("button", "input", "select", "textarea", "option", "label");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** The furniture and caption words of {@link RegionNames}, each a whole token of the names when it matches. */
    private static final Set<String> FURNITURE_WORDS = new HashSet<>();
    /** Those of the words that join tokens with '-' ("read-more"). */
    private static final List<String> JOINED_WORDS = new ArrayList<>();
    private static final Set<String> CAPTION_WORDS = Set.of(RegionNames.texts(RegionNames.Use.CAPTION));
    /** A BEM modifier such as {@code --ads} names a variant of a block, not what the block is. */
    private static final Pattern BEM_MODIFIER = Pattern.compile("--[\\w-]+");
    /** A content word of {@link RegionNames} anywhere in the names. */
    private static final Pattern CONTENT_NAME =
            Pattern.compile(RegionNames.alternation("", "", RegionNames.Use.CONTENT), Pattern.CASE_INSENSITIVE);

    static {
        for (RegionNames.Use use : new RegionNames.Use[] {RegionNames.Use.FURNITURE, RegionNames.Use.CAPTION}) {
            for (String word : RegionNames.texts(use)) {
                FURNITURE_WORDS.add(word);
                if (word.indexOf('-') >= 0) {
                    JOINED_WORDS.add(word);
                }
            }
        }
    }

    private final String reason;

    HtmlFurniture(String reason) {
        this.reason = reason;
    }

    /** The reason this rule gives in the report for {@code element}; named furniture adds the name it matched. */
    String reasonFor(Element element) {
        if (this != NAMED_FURNITURE) {
            return reason;
        }
        String word = furnitureWord(names(element));
        return word == null ? reason : reason + " (" + word + ")";
    }

    /**
     * The first rule that marks {@code element} as furniture, or null. {@code shareOfPage} is the element's part
     * of the page's text, in [0, 1]: a furniture element that holds most of the page is a misnamed wrapper, not
     * furniture, unless it is mostly links.
     */
    static HtmlFurniture match(Element element, double shareOfPage, double linkDensity) {
        String tag = element.normalName();
        if (INVISIBLE_TAGS.contains(tag) || tag.equals("noscript") && shareOfPage < 0.4) {
            return INVISIBLE;
        }
        if (CONTROL_TAGS.contains(tag)) {
            return FORM_CONTROL;
        }
        String style = element.attr("style");
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden")) && shareOfPage < 0.2
                || !style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
            return HIDDEN;
        }
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        if (tag.equals("nav") || tag.equals("menu") || role.equals("navigation") || role.equals("menu") || role.equals("menubar")) {
            return shareOfPage < 0.4 || linkDensity > 0.5 ? NAVIGATION : null;
        }
        if (tag.equals("footer") || role.equals("contentinfo")) {
            return shareOfPage < 0.4 ? PAGE_FOOTER : null;
        }
        if (tag.equals("header") || role.equals("banner")) {
            return shareOfPage < 0.4 ? PAGE_HEADER : null;
        }
        if (tag.equals("aside") || role.equals("complementary")) {
            return shareOfPage < 0.4 ? ASIDE : null;
        }
        if (tag.equals("figcaption")) {
            return CAPTION;
        }
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main") || shareOfPage >= 0.4) {
            return null;
        }
        String names = names(element);
        String word = furnitureWord(names);
        if (word == null) {
            return null;
        }
        if (CAPTION_WORDS.contains(word)) {
            return CAPTION;
        }
        boolean alsoContent = CONTENT_NAME.matcher(names).find();
        return alsoContent && shareOfPage >= 0.1 ? null : NAMED_FURNITURE;
    }

    /** The element's class and id, without BEM modifiers. */
    private static String names(Element element) {
        String names = element.className() + " " + element.id();
        return names.contains("--") ? BEM_MODIFIER.matcher(names).replaceAll("") : names;
    }

    /**
     * The first furniture word the names hold as a whole token (between the start or end and '-', '_' or a space),
     * whatever its case; null when there is none. Tokens are looked up in a set rather than matched by a pattern of
     * every word, which would be tried at each token of each element of the page.
     */
    static String furnitureWord(String names) {
        if (names.isBlank()) {
            return null;
        }
        String lower = names.toLowerCase(Locale.ROOT);
        int length = lower.length();
        for (int start = 0; start <= length; ) {
            int end = start;
            while (end < length && !isTokenBreak(lower.charAt(end))) {
                end++;
            }
            if (end > start) {
                String token = lower.substring(start, end);
                if (FURNITURE_WORDS.contains(token)) {
                    return token;
                }
                for (String joined : JOINED_WORDS) {
                    int after = start + joined.length();
                    if (lower.startsWith(joined, start) && (after == length || isTokenBreak(lower.charAt(after)))) {
                        return joined;
                    }
                }
            }
            start = end + 1;
        }
        return null;
    }

    private static boolean isTokenBreak(char c) {
        return c == '-' || c == '_' || c == ' ';
    }
}
