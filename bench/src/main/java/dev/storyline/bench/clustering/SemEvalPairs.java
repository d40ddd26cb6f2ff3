package dev.storyline.bench.clustering;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reader for the English-English article pairs of the SemEval-2022 Task 8 sample (Multilingual News Article
 * Similarity), used to check how well a document similarity agrees with human ratings.
 *
 * <p>The texts come in two shapes: about a quarter have the headline on the first line followed by the body, and the
 * rest are a single line in which the headline runs straight into the body with no mark between them. Only the first
 * shape yields a title; the second keeps the whole text as one paragraph with a null title.
 */
public final class SemEvalPairs {

    /**
     * One rated pair.
     *
     * @param pairId  {@code <id1>_<id2>}, the article ids of the official task
     * @param overall mean annotator rating of overall similarity, from 1 (very similar) to 4 (very dissimilar)
     */
    public record Pair(String pairId, LabeledDocument first, LabeledDocument second, double overall) {
    }

    private SemEvalPairs() {
    }

    /**
     * Reads the gzip-compressed CSV files in the order given and returns their pairs with both languages {@code en},
     * in file order. When a pair id occurs more than once, the first occurrence wins.
     */
    public static List<Pair> readEnglish(Path... gzippedCsvFiles) throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        Map<String, Pair> pairs = new LinkedHashMap<>();
        for (Path file : gzippedCsvFiles) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
                 Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                 MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema).readValues(reader)) {
                while (rows.hasNextValue()) {
                    Map<String, String> row = rows.nextValue();
                    if (!"en".equals(row.get("lang1")) || !"en".equals(row.get("lang2"))) {
                        continue;
                    }
                    String pairId = column(row, "pair_id", file);
                    if (!pairs.containsKey(pairId)) {
                        pairs.put(pairId, pair(pairId, row, file));
                    }
                }
            }
        }
        return new ArrayList<>(pairs.values());
    }

    private static Pair pair(String pairId, Map<String, String> row, Path file) throws IOException {
        int underscore = pairId.indexOf('_');
        if (underscore <= 0 || underscore == pairId.length() - 1) {
            throw new IOException(file + ": pair_id " + pairId + " is not <id1>_<id2>");
        }
        LabeledDocument first = document(pairId.substring(0, underscore), column(row, "text1", file));
        LabeledDocument second = document(pairId.substring(underscore + 1), column(row, "text2", file));
        double overall;
        try {
            overall = Double.parseDouble(column(row, "Overall", file));
        } catch (NumberFormatException e) {
            throw new IOException(file + ": pair " + pairId + " has an Overall that is not a number", e);
        }
        return new Pair(pairId, first, second, overall);
    }

    /** The first line is the headline when the text has a line break; the other lines with words are paragraphs. */
    private static LabeledDocument document(String id, String text) throws IOException {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IOException("article " + id + " has no text");
        }
        String title = null;
        String body = trimmed;
        int newline = trimmed.indexOf('\n');
        if (newline >= 0) {
            title = trimmed.substring(0, newline).strip();
            body = trimmed.substring(newline + 1);
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : body.split("\n")) {
            String paragraph = line.strip();
            if (hasLetterOrDigit(paragraph)) {
                paragraphs.add(paragraph);
            }
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add(title);
        }
        return new LabeledDocument(id, title, paragraphs, null, null, null);
    }

    private static boolean hasLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String column(Map<String, String> row, String name, Path file) throws IOException {
        String value = row.get(name);
        if (value == null) {
            throw new IOException(file + ": a row has no " + name + " column");
        }
        return value;
    }
}
