package dev.storyline.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the elements of an HTML page that hold the article, after furniture has been removed.
 *
 * <p>Every paragraph-like element (a {@code <p>}, {@code <pre>}, {@code <blockquote>}, table cell, or a block with
 * text and no block children) earns points for its length and its commas, which are marks of running prose. It
 * passes them to its parent in full, to its grandparent in half and to older ancestors in smaller parts, so that
 * the element that directly holds most of the prose wins. Ancestors start from a weight for their tag and for their
 * class and id (content names up, furniture names down), and the total is scaled down by the element's link density.
 * The winner is returned with those of its siblings that score close to it or are prose paragraphs themselves,
 * because many pages split one article over several sibling blocks.
 */
final class ContentLocator {

    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote", "td", "dd");
    private static final Set<String> TEXT_CONTAINER_TAGS = Set.of("div", "section", "article", "span", "font", "main", "center");
    private static final Pattern POSITIVE_NAME = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose", Pattern.CASE_INSENSITIVE);
    /** Furniture words at the start of a class or id token, so that {@code commentList} counts and {@code promoted} does not. */
    private static final Pattern NEGATIVE_NAME = Pattern.compile(
            "(?:^|[-_\\s])(banner|combx|comment|contact|footer|gdpr|masthead|meta\\b|outbrain|related|scroll|share|shoutbox|"
                    + "sidebar|skyscraper|sponsor|shopping|tags\\b|tool|widget|teaser|recirc|newsletter|social|disqus)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:][\"'”’)]*\\s*$");

    private ContentLocator() {
    }

    /** The article's elements in page order; the body itself when no element holds prose. */
    static List<Element> locate(Element body, TextStats stats) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element element : body.getAllElements()) {
            if (!isParagraph(element)) {
                continue;
            }
            int chars = stats.chars(element);
            if (chars < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double points = 1 + stats.commas(element) + Math.min(3, chars / 100.0);
            int level = 0;
            Element child = element;
            Element ancestor = element.parent();
            while (level < ANCESTOR_LEVELS && ancestor != null && ancestor != body.parent()) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.merge(ancestor, initialScore(ancestor) + points * share, (old, add) -> old + points * share);
                if (!isOnlyChild(child)) {
                    level++;
                }
                child = ancestor;
                ancestor = ancestor.parent();
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue() * (1 - stats.linkDensity(entry.getKey()));
            entry.setValue(score);
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        if (best == null) {
            return List.of(body);
        }
        return withSiblings(best, bestScore, scores, stats);
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
            if (score >= threshold || isProseParagraph(sibling, stats)) {
                chosen.add(sibling);
            }
        }
        return chosen;
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
        for (Element child : element.children()) {
            if (child.isBlock() && !child.normalName().equals("br")) {
                return false;
            }
        }
        return true;
    }

    /** A wrapper's only element child: passing points through a chain of wrappers costs nothing. */
    private static boolean isOnlyChild(Element element) {
        Element parent = element.parent();
        return parent != null && parent.childrenSize() == 1 && !hasOwnText(parent);
    }

    private static boolean hasOwnText(Element element) {
        for (org.jsoup.nodes.TextNode text : element.textNodes()) {
            if (!text.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static double initialScore(Element element) {
        double score = switch (element.normalName()) {
            case "div", "article", "main" -> 5;
            case "section" -> 3;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (element.attr("itemprop").contains("articleBody")) {
            score += 30;
        }
        String names = element.className() + " " + element.id();
        if (!names.isBlank()) {
            if (NEGATIVE_NAME.matcher(names).find()) {
                score -= 25;
            }
            if (POSITIVE_NAME.matcher(names).find()) {
                score += 25;
            }
        }
        return score;
    }
}
