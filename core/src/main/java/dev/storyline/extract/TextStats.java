package dev.storyline.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Text measures of every element of a DOM subtree, gathered in one walk: visible characters (whitespace runs count
 * once), characters inside links, and commas. The content scorer reads these instead of asking jsoup for the text
 * of each element, which would walk the same subtrees again and again.
 */
final class TextStats {

    private static final int[] NONE = new int[3];
    private static final int CHARS = 0;
    private static final int LINK_CHARS = 1;
    private static final int COMMAS = 2;

    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            private int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                    int[] own = stats.counts.computeIfAbsent(parent, p -> new int[3]);
                    String value = text.getWholeText();
                    int chars = visibleLength(value);
                    own[CHARS] += chars;
                    if (linkDepth > 0) {
                        own[LINK_CHARS] += chars;
                    }
                    own[COMMAS] += commas(value);
                } else if (node instanceof Element element && element.normalName().equals("a")) {
                    linkDepth++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (element.normalName().equals("a")) {
                        linkDepth--;
                    }
                    int[] own = stats.counts.get(element);
                    if (own != null && element != root && element.parent() != null) {
                        int[] parent = stats.counts.computeIfAbsent(element.parent(), p -> new int[3]);
                        for (int i = 0; i < 3; i++) {
                            parent[i] += own[i];
                        }
                    }
                }
            }
        }, root);
        return stats;
    }

    /** Takes a subtree's counts out of its ancestors' before it is detached, so the stats stay true without a new walk. */
    void detach(Element element) {
        int[] own = counts.get(element);
        if (own != null) {
            for (Element ancestor = element.parent(); ancestor != null; ancestor = ancestor.parent()) {
                int[] counted = counts.get(ancestor);
                if (counted != null) {
                    for (int i = 0; i < 3; i++) {
                        counted[i] -= own[i];
                    }
                }
            }
        }
        element.remove();
    }

    int chars(Element element) {
        return counts.getOrDefault(element, NONE)[CHARS];
    }

    int commas(Element element) {
        return counts.getOrDefault(element, NONE)[COMMAS];
    }

    /** The share of the element's text that sits inside links, in [0, 1]. */
    double linkDensity(Element element) {
        int[] c = counts.getOrDefault(element, NONE);
        return c[CHARS] == 0 ? 0 : (double) c[LINK_CHARS] / c[CHARS];
    }

    private static int visibleLength(String text) {
        int length = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            boolean isSpace = Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0';
            if (!isSpace || !space) {
                length++;
            }
            space = isSpace;
        }
        return length;
    }

    private static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                count++;
            }
        }
        return count;
    }
}
