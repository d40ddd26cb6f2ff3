package dev.storyline.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.bench.clustering.LabeledDocument;
import dev.storyline.bench.clustering.Neus;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gold article bodies for the text-cleaning evaluation, one paragraph a line, in each set's own order: the
 * {@code articleBody} texts of aeb, the article texts of PolNeAR (train and dev; its README keeps test for final
 * evaluation) and the article excerpts of NeuS (train).
 */
final class GoldBodies {

    /** One gold article: its outlet key (a host, a publisher or null), its headline or null, and its body lines. */
    record Body(String id, String outlet, String title, List<String> lines) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldBodies() {
    }

    /** aeb's gold bodies; the outlet is the page URL's host. */
    static List<Body> aeb(Path directory) throws IOException {
        List<Body> bodies = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> items = JSON.readTree(directory.resolve("ground-truth.json").toFile()).fields();
        while (items.hasNext()) {
            Map.Entry<String, JsonNode> item = items.next();
            List<String> lines = lines(item.getValue().path("articleBody").asText());
            if (!lines.isEmpty()) {
                bodies.add(new Body(item.getKey(), host(item.getValue().path("url").asText(null)), null, lines));
            }
        }
        return bodies;
    }

    /**
     * PolNeAR's article texts of the given splits in file-name order: the first paragraph is the headline, the
     * rest the body; the outlet is the publisher that opens the file name. The corpus ends every headline with a
     * full stop, which headlines do not have; it is removed, as the NeuS reader does.
     */
    static List<Body> polnear(Path directory, String... splits) throws IOException {
        List<Body> bodies = new ArrayList<>();
        for (String split : splits) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(directory.resolve(split).resolve("text"))) {
                files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path file : files) {
                String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
                String[] blocks = Files.readString(file, StandardCharsets.UTF_8).strip().split("\\n\\s*\\n", 2);
                List<String> lines = blocks.length > 1 ? lines(blocks[1]) : List.of();
                if (!lines.isEmpty()) {
                    String publisher = name.contains("_") ? name.substring(0, name.indexOf('_')) : null;
                    String title = blocks[0].strip().replace('\n', ' ');
                    title = title.replaceFirst("\\.([’'\"”]?)$", "$1").strip();
                    bodies.add(new Body(split + "/" + name, publisher, title, lines));
                }
            }
        }
        return bodies;
    }

    /** NeuS article excerpts, each one paragraph under its headline; outlets are not known. */
    static List<Body> neus(Path source) throws IOException {
        List<Body> bodies = new ArrayList<>();
        for (LabeledDocument document : Neus.read(source, "neus-train-")) {
            String text = document.paragraphs().get(0);
            String title = document.title();
            if (title != null && title.equals(text)) {
                continue;
            }
            bodies.add(new Body(document.id(), null, title, lines(text)));
        }
        return bodies;
    }

    /** The non-blank lines of a text, stripped. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                lines.add(stripped);
            }
        }
        return lines;
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
