package dev.storyline.model;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Immutable lists of a sentence's tokens and tags that take a few bytes an element rather than a string each: an
 * analyzed corpus holds hundreds of them a document, and a store keeps its documents in memory. They equal, hash and
 * serialize as any list of the same strings. A list that does not fit the compact form is kept as a plain copy.
 */
final class CompactStrings {

    /** The Universal Dependencies part-of-speech tags, by code. */
    private static final String[] TAGS = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
            "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};
    private static final Map<String, Byte> TAG_CODES = new HashMap<>();

    static {
        for (byte code = 0; code < TAGS.length; code++) {
            TAG_CODES.put(TAGS[code], code);
        }
    }

    private CompactStrings() {
    }

    /**
     * The tokens as offsets into {@code text}, each found there after the one before (as a tokenizer cuts them). A
     * token written otherwise than in the text (a tokenizer that normalizes) is kept as a string, placed where the
     * text had got to.
     */
    static List<String> tokens(String text, List<String> tokens) {
        if (tokens instanceof Tokens compact && compact.text.equals(text)) {
            return compact;
        }
        int[] bounds = new int[2 * tokens.size()];
        String[] written = null;
        int cursor = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            int at = token.isEmpty() ? -1 : text.indexOf(token, cursor);
            if (at < 0) {
                if (written == null) {
                    written = new String[tokens.size()];
                }
                written[i] = token;
                at = cursor;
            }
            bounds[2 * i] = at;
            bounds[2 * i + 1] = written != null && written[i] != null ? at : at + token.length();
            cursor = bounds[2 * i + 1];
        }
        return new Tokens(text, bounds, written);
    }

    /** Where token {@code i} of a sentence's token list starts in the sentence's text. */
    static int start(List<String> tokens, int i) {
        return ((Tokens) tokens).bounds[2 * i];
    }

    /** Where token {@code i} of a sentence's token list ends in the sentence's text. */
    static int end(List<String> tokens, int i) {
        return ((Tokens) tokens).bounds[2 * i + 1];
    }

    /** The tags as one byte each, when all are Universal Dependencies tags; otherwise a plain copy. */
    static List<String> tags(List<String> tags) {
        if (tags instanceof Tags) {
            return tags;
        }
        byte[] codes = new byte[tags.size()];
        for (int i = 0; i < codes.length; i++) {
            Byte code = TAG_CODES.get(tags.get(i));
            if (code == null) {
                return List.copyOf(tags);
            }
            codes[i] = code;
        }
        return new Tags(codes);
    }

    private static final class Tokens extends AbstractList<String> implements RandomAccess, Serializable {
        private static final long serialVersionUID = 1L;

        private final String text;
        private final int[] bounds;
        /** Null, or the tokens not found in the text, at their index. */
        private final String[] written;

        Tokens(String text, int[] bounds, String[] written) {
            this.text = text;
            this.bounds = bounds;
            this.written = written;
        }

        @Override
        public String get(int index) {
            if (index < 0 || index >= size()) {
                throw new IndexOutOfBoundsException(index);
            }
            if (written != null && written[index] != null) {
                return written[index];
            }
            return text.substring(bounds[2 * index], bounds[2 * index + 1]);
        }

        @Override
        public int size() {
            return bounds.length / 2;
        }
    }

    private static final class Tags extends AbstractList<String> implements RandomAccess, Serializable {
        private static final long serialVersionUID = 1L;

        private final byte[] codes;

        Tags(byte[] codes) {
            this.codes = codes;
        }

        @Override
        public String get(int index) {
            return TAGS[codes[index]];
        }

        @Override
        public int size() {
            return codes.length;
        }
    }
}
