package dev.storyline.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Cuts a page's body into text blocks, one per block-level element or line break, in reading order, and marks the
 * blocks that lie inside the article's elements.
 */
final class HtmlBlocks {

    /**
     * One block of text.
     *
     * @param text      whitespace-collapsed text
     * @param tag       the block element it belongs to
     * @param linkChars characters inside links
     * @param inArticle whether it lies inside one of the article's elements
     */
    record Block(String text, String tag, int linkChars, boolean inArticle) {
        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    private HtmlBlocks() {
    }

    static List<Block> of(Element body, List<Element> article) {
        Set<Element> roots = Collections.newSetFromMap(new IdentityHashMap<>());
        roots.addAll(article);
        List<Block> blocks = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private final StringBuilder text = new StringBuilder();
            private final List<String> tags = new ArrayList<>();
            private int linkChars;
            private int linkDepth;
            private int articleDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    int before = text.length();
                    appendCollapsed(textNode.getWholeText());
                    if (linkDepth > 0) {
                        linkChars += text.length() - before;
                    }
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("a")) {
                        linkDepth++;
                    } else if (tag.equals("br") || element.isBlock()) {
                        flush();
                    }
                    if (element.isBlock()) {
                        tags.add(tag);
                    }
                    if (roots.contains(element)) {
                        articleDepth++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (element.normalName().equals("a")) {
                        linkDepth--;
                    } else if (element.isBlock()) {
                        flush();
                        tags.remove(tags.size() - 1);
                    }
                    if (roots.contains(element)) {
                        articleDepth--;
                    }
                }
                if (node == body) {
                    flush();
                }
            }

            private void appendCollapsed(String value) {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
                        if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                            text.append(' ');
                        }
                    } else {
                        text.append(c);
                    }
                }
            }

            private void flush() {
                String value = text.toString().strip();
                if (!value.isEmpty()) {
                    String tag = tags.isEmpty() ? "body" : tags.get(tags.size() - 1);
                    blocks.add(new Block(value, tag, Math.min(linkChars, value.length()), articleDepth > 0));
                }
                text.setLength(0);
                linkChars = 0;
            }
        }, body);
        return blocks;
    }
}
