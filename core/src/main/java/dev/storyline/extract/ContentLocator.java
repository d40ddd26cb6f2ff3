package dev.storyline.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the elements of an HTML page that hold the article, after furniture has been removed.
 *
 * <p>Every paragraph-like element (a {@code <p>}, {@code <pre>}, {@code <blockquote>}, table cell, or a block with
 * text and no block children) earns points for its length and its commas, which are marks of running prose; a block
 * whose text is split by line breaks counts as the paragraphs it holds. It
 * passes them to its parent in full, to its grandparent in half and to older ancestors in smaller parts, so that
 * the element that directly holds most of the prose wins; a wrapper with a single child passes points on in full.
 * The total is then weighted by the element's tag and by its class and id (content names up, furniture names down),
 * and scaled down by its link density.
 * The winner is returned with those of its siblings that score close to it or are prose paragraphs themselves,
 * because many pages split one article over several sibling blocks.
 */
final class ContentLocator {

    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre");
    private static final Set<String> TEXT_CONTAINER_TAGS =
            Set.of("div", "section", "article", "span", "font", "main", "center", "td", "blockquote", "dd");
    /** A {@link RegionNames} word that raises the score, anywhere in the names ("hentry" holds "entry"). */
    private static final Pattern POSITIVE_NAME =
            Pattern.compile(RegionNames.alternation("", "", RegionNames.Use.SCORED_UP), Pattern.CASE_INSENSITIVE);
    /**
     * A {@link RegionNames} word that lowers the score, at the start of a class or id token, so that
     * {@code commentList} counts and {@code promoted} does not.
     */
    private static final Pattern NEGATIVE_NAME = Pattern.compile(
            "(?:^|[-_\\s])" + RegionNames.alternation("\\b", "", RegionNames.Use.SCORED_DOWN), Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:][\"'”’)]*\\s*$");

    private ContentLocator() {
    }

    /**
     * The article's elements in page order; the body itself when no element holds prose. Of elements with equal
     * scores (a wrapper and its only child) the first in page order wins, so the choice never depends on hashing.
     */
    static List<Element> locate(Element body, TextStats stats) {
        List<Element> elements = body.getAllElements();
        Map<Element, Double> scores = scores(elements, body, stats);
        Element best = null;
        double bestScore = 0;
        for (Element element : elements) {
            double score = scores.getOrDefault(element, 0.0);
            if (score > bestScore) {
                best = element;
                bestScore = score;
            }
        }
        if (best == null) {
            return List.of(body);
        }
        return withSiblings(best, bestScore, scores, stats);
    }

    /** The score of every element that holds a paragraph, already scaled by its link density. */
    private static Map<Element, Double> scores(List<Element> elements, Element body, TextStats stats) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element element : elements) {
            if (isParagraph(element)) {
                int chars = stats.chars(element);
                if (chars >= MIN_PARAGRAPH_CHARS) {
                    award(scores, body, element.parent(), points(element, chars, stats.commas(element)));
                }
                continue;
            }
            int inlineChars = stats.chars(element);
            int inlineCommas = stats.commas(element);
            for (int i = 0, n = element.childrenSize(); i < n && inlineChars >= MIN_PARAGRAPH_CHARS; i++) {
                Element child = element.child(i);
                if (child.isBlock()) {
                    inlineChars -= stats.chars(child);
                    inlineCommas -= stats.commas(child);
                }
            }
            if (inlineChars >= MIN_PARAGRAPH_CHARS) {
                award(scores, body, element, points(element, inlineChars, inlineCommas));
            }
        }
        Map<String, Double> nameWeights = new HashMap<>();
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Element element = entry.getKey();
            entry.setValue(entry.getValue() * weight(element, nameWeights) * (1 - stats.linkDensity(element)));
        }
        return scores;
    }

    private static List<Element> withSiblings(Element best, double bestScore, Map<Element, Double> scores, TextStats stats) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        double threshold = Math.max(10, bestScore * 0.2);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                chosen.add(sibling);
                continue;
            }
            double score = scores.getOrDefault(sibling, 0.0);
            if (!best.className().isEmpty() && best.className().equals(sibling.className())) {
                score += bestScore * 0.2;
            }
            if (score >= threshold || isProseParagraph(sibling, stats) || isTextBlock(sibling, stats)) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }

    /** A sibling block of some length that is not made of links: a list, table or heading run beside the body. */
    private static boolean isTextBlock(Element element, TextStats stats) {
        return stats.chars(element) >= 100 && stats.linkDensity(element) < 0.2;
    }

    private static boolean isProseParagraph(Element element, TextStats stats) {
        if (!element.normalName().equals("p")) {
            return false;
        }
        int chars = stats.chars(element);
        double links = stats.linkDensity(element);
        return chars > 80 && links < 0.25 || chars > 0 && links == 0 && SENTENCE_END.matcher(element.text()).find();
    }

    private static boolean isParagraph(Element element) {
        String tag = element.normalName();
        if (PARAGRAPH_TAGS.contains(tag)) {
            return true;
        }
        if (!TEXT_CONTAINER_TAGS.contains(tag) || !hasOwnText(element)) {
            return false;
        }
        for (int i = 0, n = element.childrenSize(); i < n; i++) {
            Element child = element.child(i);
            if (child.isBlock() && !child.normalName().equals("br")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Points for a paragraph of {@code chars} characters with {@code commas} commas: one, plus one a comma, plus one
     * for each 100 characters up to three, times the paragraphs that line breaks split it into.
     */
    private static double points(Element element, int chars, int commas) {
        double segments = 1 + lineBreaks(element) / 2.0;
        return segments + commas + Math.min(3 * segments, chars / 100.0);
    }

    /**
     * Gives {@code points} to {@code holder} in full and to its ancestors in shrinking parts; the part shrinks only
     * where an element has siblings, so a chain of single-child wrappers passes the points on whole.
     */
    private static void award(Map<Element, Double> scores, Element body, Element holder, double points) {
        int level = 0;
        Element ancestor = holder;
        while (level < ANCESTOR_LEVELS && ancestor != null && ancestor != body.parent()) {
            double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
            scores.merge(ancestor, points * share, Double::sum);
            if (!isOnlyChild(ancestor)) {
                level++;
            }
            ancestor = ancestor.parent();
        }
    }

    /** Line breaks directly inside the element: text split by {@code <br>} pairs is several paragraphs in one block. */
    private static int lineBreaks(Element element) {
        int count = 0;
        for (int i = 0, n = element.childrenSize(); i < n; i++) {
            if (element.child(i).normalName().equals("br")) {
                count++;
            }
        }
        return count;
    }

    /** A wrapper's only element child: passing points through a chain of wrappers costs nothing. */
    private static boolean isOnlyChild(Element element) {
        Element parent = element.parent();
        return parent != null && parent.childrenSize() == 1 && !hasOwnText(parent);
    }

    private static boolean hasOwnText(Element element) {
        for (int i = 0, n = element.childNodeSize(); i < n; i++) {
            if (element.childNode(i) instanceof org.jsoup.nodes.TextNode text && !text.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * How much an element's tag and its class and id names vouch for it as an article container; the weight of a
     * class and id pair is kept in {@code nameWeights}, as pages repeat them.
     */
    private static double weight(Element element, Map<String, Double> nameWeights) {
        double weight = switch (element.normalName()) {
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> 0.8;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> 0.5;
            default -> 1;
        };
        if (element.attr("itemprop").contains("articleBody")) {
            weight *= 2;
        }
        if (element.attributesSize() > 0) {
            String names = element.className() + " " + element.id();
            if (!names.isBlank()) {
                weight *= nameWeights.computeIfAbsent(names, ContentLocator::nameWeight);
            }
        }
        return weight;
    }

    private static double nameWeight(String names) {
        double weight = 1;
        if (NEGATIVE_NAME.matcher(names).find()) {
            weight *= 0.5;
        }
        if (POSITIVE_NAME.matcher(names).find()) {
            weight *= 1.5;
        }
        return weight;
    }
}
