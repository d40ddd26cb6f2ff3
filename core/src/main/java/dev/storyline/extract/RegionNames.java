package dev.storyline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one vocabulary of words that name a region of a page in the class, id or itemprop of its elements ("comments",
 * "sidebar", "related", "footer", "article-body"), loaded once from {@code region-names.txt} beside this class. Each
 * word lists the {@link Use}s that read it; each use builds its own matcher from its words, so the furniture rules,
 * the content scorer and the date finder read one list instead of keeping copies.
 */
final class RegionNames {

    /** Who reads a word, and what the word means to it. */
    enum Use {
        /** {@link HtmlFurniture}: the element is named furniture (a whole token). */
        FURNITURE,
        /** {@link HtmlFurniture}: the element is a caption or credit (a whole token). */
        CAPTION,
        /** {@link HtmlFurniture}: a named element that also holds this word (anywhere) may be the article's wrapper. */
        CONTENT,
        /** {@link ContentLocator}: the element's score rises (the word anywhere). */
        SCORED_UP,
        /** {@link ContentLocator}: the element's score falls (at the start of a token). */
        SCORED_DOWN,
        /** The date finder: dates inside the element are not the article's (a whole token). */
        NO_DATES,
        /** The date finder: the element is the site's banner (a whole token between spaces). */
        BANNER;

        /** The use's name in the vocabulary file: lower case, words joined by '-'. */
        String fileName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * A word of the vocabulary as one use reads it.
     *
     * @param text       the word, lower case, letters, digits and '-'
     * @param tokenStart true when the use also takes longer tokens that start with the word
     */
    record Word(String text, boolean tokenStart) {
    }

    private static final String RESOURCE = "region-names.txt";
    private static final Pattern WORD = Pattern.compile("[a-z0-9-]+");
    private static final Map<Use, List<Word>> WORDS = load();

    private RegionNames() {
    }

    /** The words a use reads, in the file's order. */
    static List<Word> words(Use use) {
        return WORDS.get(use);
    }

    /**
     * The words of {@code uses} as a regular-expression alternation in a non-capturing group, each word followed by
     * {@code wholeTail}, or by {@code startTail} when its use takes longer tokens too.
     */
    static String alternation(String wholeTail, String startTail, Use... uses) {
        StringBuilder regex = new StringBuilder("(?:");
        boolean first = true;
        for (Use use : uses) {
            for (Word word : words(use)) {
                if (!first) {
                    regex.append('|');
                }
                regex.append(word.text()).append(word.tokenStart() ? startTail : wholeTail);
                first = false;
            }
        }
        return regex.append(')').toString();
    }

    /** The words of a use as plain strings: every name a use's matcher finds holds one of them. */
    static String[] texts(Use use) {
        List<Word> words = words(use);
        String[] texts = new String[words.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = words.get(i).text();
        }
        return texts;
    }

    private static Map<Use, List<Word>> load() {
        Map<Use, List<Word>> words = new EnumMap<>(Use.class);
        for (Use use : Use.values()) {
            words.put(use, new ArrayList<>());
        }
        try (InputStream in = RegionNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                String[] fields = entry.split("\\s+");
                if (!WORD.matcher(fields[0]).matches() || fields.length < 2) {
                    throw new IllegalStateException(RESOURCE + ": bad line: " + line);
                }
                for (int i = 1; i < fields.length; i++) {
                    boolean tokenStart = fields[i].endsWith("*");
                    String name = tokenStart ? fields[i].substring(0, fields[i].length() - 1) : fields[i];
                    words.get(use(name, line)).add(new Word(fields[0], tokenStart));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        for (Map.Entry<Use, List<Word>> entry : words.entrySet()) {
            entry.setValue(Collections.unmodifiableList(entry.getValue()));
        }
        return words;
    }

    private static Use use(String name, String line) {
        for (Use use : Use.values()) {
            if (use.fileName().equals(name)) {
                return use;
            }
        }
        throw new IllegalStateException(RESOURCE + ": unknown use '" + name + "' in: " + line);
    }
}
