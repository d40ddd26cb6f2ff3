package dev.storyline.bench.clustering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reader for Timeline17 (Tran et al., 2013) as converted to JSON Lines in {@code shared/data/t17}: dated news articles
 * on a few long-running stories, and the timelines journalists wrote for them. It gives the articles in the shape the
 * clustering bench uses, with the topic as gold story, and the gold timelines for timeline summarization scores
 * ({@link TimelineScores}).
 *
 * <p>The texts are sentence-split and tokenized in the Penn Treebank style, one sentence a line. {@link #detokenize}
 * turns a sentence back into ordinary text, so that the articles read like the ones Storyline sees in production and
 * predicted and gold timelines go through the same text rules.
 *
 * <p>The data stays where it is: every method takes the directory that holds {@value #ARTICLES} and
 * {@value #TIMELINES}.
 */
public final class Timeline17 {

    public static final String ARTICLES = "articles.jsonl";
    public static final String TIMELINES = "timelines.jsonl";

    /** Tokens written with no space before them, in lower case. */
    private static final Set<String> NO_SPACE_BEFORE = Set.of(
            ",", ".", ";", ":", "!", "?", "%", "...", "''", "'",
            "-rrb-", "-rsb-", "-rcb-",
            "'s", "n't", "'re", "'ve", "'ll", "'d", "'m");

    /** Tokens written with no space after them, in lower case. */
    private static final Set<String> NO_SPACE_AFTER = Set.of("-lrb-", "-lsb-", "-lcb-", "``", "`", "$");

    /** PTB stand-ins for brackets and quotes, in lower case, and what they stand for. */
    private static final Map<String, String> REPLACEMENTS = Map.of(
            "-lrb-", "(", "-rrb-", ")",
            "-lsb-", "[", "-rsb-", "]",
            "-lcb-", "{", "-rcb-", "}",
            "``", "\"", "''", "\"",
            "`", "'");

    /**
     * One gold timeline: the dated summaries one outlet wrote for one topic.
     *
     * @param topic      the topic the timeline belongs to, the same label as the articles' story
     * @param collection the source folder, such as {@code bpoil_bbc}
     * @param name       the timeline's own name in the source, such as {@code bbc}
     * @param entries    one entry per date, sorted by date, no date twice
     */
    public record GoldTimeline(String topic, String collection, String name, List<Entry> entries) {

        /**
         * What happened on one day.
         *
         * @param sentences the day's summary, one detokenized sentence each
         */
        public record Entry(LocalDate date, List<String> sentences) {

            public Entry {
                Objects.requireNonNull(date, "date");
                sentences = List.copyOf(sentences);
            }
        }

        public GoldTimeline {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(collection, "collection");
            Objects.requireNonNull(name, "name");
            entries = List.copyOf(entries);
            for (int i = 1; i < entries.size(); i++) {
                if (!entries.get(i - 1).date().isBefore(entries.get(i).date())) {
                    throw new IllegalArgumentException(name + ": entries must be sorted by date with no date twice");
                }
            }
        }

        /** The entries as a map from date to sentences, the shape {@link TimelineScores#score} takes. */
        public SortedMap<LocalDate, List<String>> byDate() {
            SortedMap<LocalDate, List<String>> byDate = new TreeMap<>();
            for (Entry entry : entries) {
                byDate.put(entry.date(), entry.sentences());
            }
            return Collections.unmodifiableSortedMap(byDate);
        }
    }

    private Timeline17() {
    }

    /**
     * The articles of {@value #ARTICLES}, in file order, one paragraph per sentence.
     *
     * <p>Articles marked {@code empty} and articles whose text is blank are left out. A few texts occur more than once
     * in the corpus (the same file under two dates or ids); only the first copy of a text is kept, so that a duplicate
     * neither inflates a cluster nor gets scored twice. Each document has no title (the files carry no headline apart
     * from the body), its publication date, the topic as story and no event label, since Timeline17 marks none.
     */
    public static List<LabeledDocument> articles(Path dir) throws IOException {
        Path file = dir.resolve(ARTICLES);
        ObjectMapper mapper = new ObjectMapper();
        Set<String> seenTexts = new HashSet<>();
        List<LabeledDocument> documents = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode article = mapper.readTree(line);
                String where = file + ":" + lineNumber;
                JsonNode empty = article.get("empty");
                String text = text(article, "text", where);
                if (empty != null && empty.asBoolean() || text.isBlank() || !seenTexts.add(text)) {
                    continue;
                }
                List<String> paragraphs = new ArrayList<>();
                for (String sentence : text.split("\n")) {
                    String paragraph = detokenize(sentence);
                    if (!paragraph.isEmpty()) {
                        paragraphs.add(paragraph);
                    }
                }
                LocalDate date = date(text(article, "date", where), where);
                documents.add(new LabeledDocument(text(article, "id", where), null, paragraphs, date, null,
                        text(article, "topic", where)));
            }
        }
        return documents;
    }

    /**
     * The gold timelines of {@value #TIMELINES}, in file order, with detokenized sentences.
     *
     * <p>When one timeline lists the same date twice, the two entries are merged into one, the sentences in file
     * order, because a timeline has one summary per day and the scores count each date once. (tilse and news-tls
     * keep only the last entry of such a date instead.)
     *
     * <p>An entry flagged {@code date_malformed} is repaired only when the flag itself carries the corrected date
     * ({@code "date_malformed": "2011-04-02"}); an entry whose flag is just {@code true} is left out. In this copy the
     * one flagged entry is the {@code mj} timeline's "2011-04-0" (jury selection) and its flag is {@code true}.
     * SOURCE.md says it was meant to be 2011-04-02, but nothing in the files confirms that day (a Saturday), and the
     * news-tls conversion of the same L3S file gave the entry the previous entry's date, 2011-03-03, instead. Rather
     * than guess, the reader drops the entry, so the {@code mj} timeline has 37 dates. Any other date that does not
     * parse is an error.
     *
     * @throws IOException when the file cannot be read, a required field is missing or an unflagged date is malformed
     */
    public static List<GoldTimeline> timelines(Path dir) throws IOException {
        Path file = dir.resolve(TIMELINES);
        ObjectMapper mapper = new ObjectMapper();
        List<GoldTimeline> timelines = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (!line.isBlank()) {
                    timelines.add(timeline(mapper.readTree(line), file + ":" + lineNumber));
                }
            }
        }
        return timelines;
    }

    /**
     * Turns one PTB-tokenized sentence back into ordinary text: {@code ``} and {@code ''} become straight double
     * quotes, {@code -LRB-} and its kin become brackets, the escapes {@code \*} and {@code \/} lose their backslash,
     * and spaces that tokenization put before punctuation, closing brackets and quotes, {@code %} and clitics
     * ({@code 's}, {@code n't}, {@code 're}, ...) or after opening brackets, opening quotes and {@code $} are removed.
     */
    public static String detokenize(String sentence) {
        StringBuilder text = new StringBuilder();
        boolean glueNext = true;
        for (String token : sentence.strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            String lower = token.toLowerCase(Locale.ROOT);
            if (!glueNext && !NO_SPACE_BEFORE.contains(lower)) {
                text.append(' ');
            }
            String replacement = REPLACEMENTS.get(lower);
            text.append(replacement != null ? replacement : token.replace("\\*", "*").replace("\\/", "/"));
            glueNext = NO_SPACE_AFTER.contains(lower);
        }
        return text.toString();
    }

    private static GoldTimeline timeline(JsonNode timeline, String where) throws IOException {
        String name = text(timeline, "timeline", where);
        JsonNode entries = timeline.get("entries");
        if (entries == null || !entries.isArray()) {
            throw new IOException(where + ": timeline " + name + " has no entries array");
        }
        Map<LocalDate, List<String>> byDate = new LinkedHashMap<>();
        for (JsonNode entry : entries) {
            LocalDate date = entryDate(entry, where + " (" + name + ")");
            if (date == null) {
                continue;
            }
            List<String> sentences = byDate.computeIfAbsent(date, d -> new ArrayList<>());
            JsonNode rawSentences = entry.get("sentences");
            if (rawSentences == null || !rawSentences.isArray()) {
                throw new IOException(where + ": an entry of " + name + " has no sentences array");
            }
            for (JsonNode raw : rawSentences) {
                String sentence = detokenize(raw.asText());
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                }
            }
        }
        List<GoldTimeline.Entry> sorted = new ArrayList<>();
        for (Map.Entry<LocalDate, List<String>> day : new TreeMap<>(byDate).entrySet()) {
            sorted.add(new GoldTimeline.Entry(day.getKey(), day.getValue()));
        }
        return new GoldTimeline(text(timeline, "topic", where), text(timeline, "collection", where), name, sorted);
    }

    /** The entry's date, the corrected one when its malformed flag carries one, or null when the entry is dropped. */
    private static LocalDate entryDate(JsonNode entry, String where) throws IOException {
        JsonNode flag = entry.get("date_malformed");
        if (flag != null && flag.isTextual()) {
            return date(flag.textValue(), where);
        }
        if (flag != null && flag.asBoolean()) {
            return null;
        }
        return date(text(entry, "date", where), where);
    }

    private static LocalDate date(String value, String where) throws IOException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IOException(where + ": \"" + value + "\" is not a YYYY-MM-DD date", e);
        }
    }

    private static String text(JsonNode node, String field, String where) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IOException(where + ": no text field " + field);
        }
        return value.textValue();
    }
}
