package dev.storyline.bench.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The article bodies the near-duplicate generator starts from: the ground-truth bodies of the Article Extraction
 * Benchmark ({@code aeb/ground-truth.json}) and the article texts of PolNeAR ({@code polnear/*}{@code /text/*.txt},
 * title line dropped). Each body is a list of paragraphs.
 */
final class BaseTexts {

    private BaseTexts() {
    }

    static List<List<String>> read(Path aeb, Path polnear) throws IOException {
        List<List<String>> bodies = new ArrayList<>();
        for (JsonNode item : new ObjectMapper().readTree(aeb.resolve("ground-truth.json").toFile())) {
            addIfUsable(bodies, paragraphs(item.path("articleBody").asText(), false));
        }
        for (String split : List.of("train", "dev", "test")) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(polnear.resolve(split).resolve("text"))) {
                files = listing.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path file : files) {
                addIfUsable(bodies, paragraphs(Files.readString(file, StandardCharsets.UTF_8), true));
            }
        }
        return bodies;
    }

    private static List<String> paragraphs(String text, boolean dropTitleLine) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\n")) {
            String paragraph = line.strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        if (dropTitleLine && !paragraphs.isEmpty()) {
            paragraphs.remove(0);
        }
        return paragraphs;
    }

    /** Bodies of at least three paragraphs and 100 words: enough text for copies to differ in many ways. */
    private static void addIfUsable(List<List<String>> bodies, List<String> paragraphs) {
        int words = 0;
        for (String paragraph : paragraphs) {
            words += paragraph.split("\\s+").length;
        }
        if (paragraphs.size() >= 3 && words >= 100) {
            bodies.add(paragraphs);
        }
    }
}
