package dev.storyline.bench.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads one split of PolNeAR: each article's text and, from the first annotator's brat file, its direct quotes (an
 * attribution whose Content opens with a quotation mark) with the text of their Source span.
 */
final class PolNear {

    /** A gold direct quote: its content as written, quotation marks included, and its source span text or null. */
    record GoldQuote(String content, String source) {
    }

    /** An article: its title (the first line), its paragraphs and its gold direct quotes. */
    record Article(String name, String title, List<String> paragraphs, List<GoldQuote> quotes) {
    }

    private PolNear() {
    }

    static List<Article> read(Path split) throws IOException {
        Map<String, Path> annotations = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(split.resolve("attributions"), "*.ann")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String article = name.substring(0, name.lastIndexOf('_'));
                annotations.merge(article, file, (a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()) <= 0 ? a : b);
            }
        }
        List<Article> articles = new ArrayList<>();
        for (Map.Entry<String, Path> entry : annotations.entrySet()) {
            Path text = split.resolve("text").resolve(entry.getKey() + ".txt");
            if (Files.isRegularFile(text)) {
                articles.add(article(entry.getKey(), Files.readString(text, StandardCharsets.UTF_8), entry.getValue()));
            }
        }
        return articles;
    }

    private static Article article(String name, String text, Path annotation) throws IOException {
        String[] blocks = text.split("\\n\\s*\\n");
        String title = blocks[0].strip();
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i < blocks.length; i++) {
            if (!blocks[i].isBlank()) {
                paragraphs.add(blocks[i].strip());
            }
        }
        return new Article(name, title, paragraphs, directQuotes(text, Files.readAllLines(annotation, StandardCharsets.UTF_8)));
    }

    /** Direct quotes from brat lines; a line that opens no record continues the text of the one before. */
    static List<GoldQuote> directQuotes(String text, List<String> lines) {
        Map<String, String> spans = new HashMap<>();
        List<String[]> relations = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (fields[0].matches("T\\d+") && fields.length >= 2) {
                spans.put(fields[0], covered(text, fields[1]));
            } else if (fields[0].matches("E\\d+") && fields.length >= 2) {
                relations.add(fields[1].split(" "));
            }
        }
        List<GoldQuote> quotes = new ArrayList<>();
        for (String[] relation : relations) {
            String content = null;
            String source = null;
            for (String role : relation) {
                String[] parts = role.split(":");
                if (parts.length == 2 && parts[0].equals("Content")) {
                    content = spans.get(parts[1]);
                } else if (parts.length == 2 && parts[0].equals("Source")) {
                    source = spans.get(parts[1]);
                }
            }
            if (content != null && (content.startsWith("“") || content.startsWith("\""))) {
                quotes.add(new GoldQuote(content, source));
            }
        }
        return quotes;
    }

    /** The text covered by a brat span field such as {@code Content 302 427} or {@code Source 1 5;9 12}. */
    private static String covered(String text, String field) {
        String offsets = field.substring(field.indexOf(' ') + 1);
        StringBuilder covered = new StringBuilder();
        for (String piece : offsets.split(";")) {
            String[] bounds = piece.trim().split(" ");
            int start = text.offsetByCodePoints(0, Integer.parseInt(bounds[0]));
            int end = text.offsetByCodePoints(0, Integer.parseInt(bounds[1]));
            covered.append(covered.isEmpty() ? "" : " ").append(text, start, end);
        }
        return covered.toString();
    }
}
