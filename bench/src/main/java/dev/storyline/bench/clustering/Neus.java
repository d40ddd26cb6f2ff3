package dev.storyline.bench.clustering;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reader for the NeuS test set (Lee et al., NAACL 2022), {@code test.source}: each line is one story covered by three
 * articles from a left, a center and a right outlet, which makes the lines gold clusters of three documents each.
 *
 * <p>Each line holds {@code TITLE=> <headline>. ARTICLE=> <text>} three times, joined by {@code " [SEP] "}. The
 * format always appends the period after the headline, even after a {@code ?} or a headline that already ends in one,
 * so exactly one trailing period is removed. When an article part is empty, the headline serves as the text as well.
 */
public final class Neus {

    /** Each line holds one article from a left, a center and a right outlet. */
    static final int ARTICLES_PER_LINE = 3;
    private static final String SEPARATOR = " [SEP] ";
    private static final String TITLE = "TITLE=>";
    private static final String ARTICLE = "ARTICLE=>";

    private Neus() {
    }

    /**
     * One document per article, with ids {@code neus-<line>-<1..3>} and story and event {@code neus-<line>}, where
     * line numbers start at 1. Blank lines are skipped but still counted.
     */
    public static List<LabeledDocument> read(Path testSource) throws IOException {
        return read(testSource, "neus-");
    }

    /**
     * The same, with ids and labels starting with {@code prefix} instead of {@code neus-}, so that the train, val and
     * test splits can be read side by side without sharing ids.
     */
    public static List<LabeledDocument> read(Path source, String prefix) throws IOException {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        List<LabeledDocument> documents = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String story = prefix + (i + 1);
            List<String> parts = split(line);
            for (int j = 0; j < parts.size(); j++) {
                documents.add(article(story + "-" + (j + 1), parts.get(j), story));
            }
        }
        return documents;
    }

    /** The line number (from 1) a document of {@link #read} came from. */
    static int line(LabeledDocument document) {
        String story = document.story();
        return Integer.parseInt(story.substring(story.lastIndexOf('-') + 1));
    }

    private static List<String> split(String line) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int separator = line.indexOf(SEPARATOR);
        while (separator >= 0) {
            parts.add(line.substring(start, separator));
            start = separator + SEPARATOR.length();
            separator = line.indexOf(SEPARATOR, start);
        }
        parts.add(line.substring(start));
        return parts;
    }

    private static LabeledDocument article(String id, String part, String story) throws IOException {
        String text = part.replace('\u00a0', ' ').replaceAll(" {2,}", " ").strip();
        if (!text.startsWith(TITLE)) {
            throw new IOException(id + ": expected the article to start with " + TITLE + " but found: " + abbreviate(text));
        }
        int articleStart = text.indexOf(ARTICLE);
        String title;
        String body;
        if (articleStart < 0) {
            title = text.substring(TITLE.length()).strip();
            body = "";
        } else {
            title = text.substring(TITLE.length(), articleStart).strip();
            body = text.substring(articleStart + ARTICLE.length()).strip();
        }
        if (title.endsWith(".")) {
            title = title.substring(0, title.length() - 1).strip();
        }
        if (title.isEmpty() && body.isEmpty()) {
            throw new IOException(id + ": neither a headline nor an article text");
        }
        String paragraph = body.isEmpty() ? title : body;
        return new LabeledDocument(id, title.isEmpty() ? null : title, List.of(paragraph), null, story, story);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
