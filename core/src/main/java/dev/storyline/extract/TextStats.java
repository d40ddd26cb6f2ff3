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

    /** The measures of every element under {@code root}, from one walk of it. */
    static TextStats of(Element root) {
        Counter counter = new Counter();
        NodeTraversor.traverse(counter, root);
        return counter.stats();
    }

    /**
     * Gathers the measures while something else walks the tree from its root (at depth 0), so that one walk can serve
     * several readers of the page. The counts of the elements still open are kept by depth, and each element's are
     * stored when the walk leaves it.
     */
    static final class Counter implements NodeVisitor {
        private final TextStats stats = new TextStats();
        private int[][] open = new int[64][];
        private int linkDepth;

        /** The measures, once the walk is over. */
        TextStats stats() {
            return stats;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                if (depth > 0) {
                    int[] own = open[depth - 1];
                    String value = text.getWholeText();
                    int chars = 0;
                    int commas = 0;
                    boolean space = true;
                    for (int i = 0; i < value.length(); i++) {
                        char c = value.charAt(i);
                        boolean isSpace = isSpace(c);
                        if (!isSpace || !space) {
                            chars++;
                        }
                        space = isSpace;
                        if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                            commas++;
                        }
                    }
                    own[CHARS] += chars;
                    if (linkDepth > 0) {
                        own[LINK_CHARS] += chars;
                    }
                    own[COMMAS] += commas;
                }
            } else if (node instanceof Element element) {
                if (depth >= open.length) {
                    open = java.util.Arrays.copyOf(open, depth * 2);
                }
                if (open[depth] == null) {
                    open[depth] = new int[3];
                }
                if (element.normalName().equals("a")) {
                    linkDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (element.normalName().equals("a")) {
                    linkDepth--;
                }
                int[] own = open[depth];
                if (own[CHARS] != 0 || own[LINK_CHARS] != 0 || own[COMMAS] != 0) {
                    stats.counts.put(element, own.clone());
                    if (depth > 0) {
                        int[] parent = open[depth - 1];
                        for (int i = 0; i < 3; i++) {
                            parent[i] += own[i];
                        }
                    }
                    own[CHARS] = 0;
                    own[LINK_CHARS] = 0;
                    own[COMMAS] = 0;
                }
            }
        }
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

    /** Whitespace as the measures count it: runs of it count once. */
    private static boolean isSpace(char c) {
        if (c < 128) {
            return c <= ' ' && Character.isWhitespace(c);
        }
        return c == '\u00A0' || Character.isWhitespace(c);
    }
}
