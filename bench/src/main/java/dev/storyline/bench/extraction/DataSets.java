package dev.storyline.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Readers for the three extraction data sets in {@code ../shared/data}, each recognised by its index file. */
final class DataSets {

    enum Kind { AEB, TRAFILATURA, HTMLDATE }

    private static final ObjectMapper JSON = new ObjectMapper();

    private DataSets() {
    }

    static Kind kindOf(Path directory) {
        if (Files.exists(directory.resolve("ground-truth.json"))) {
            return Kind.AEB;
        }
        if (Files.exists(directory.resolve("evaldata.json"))) {
            return Kind.TRAFILATURA;
        }
        if (Files.exists(directory.resolve("eval_default.json"))) {
            return Kind.HTMLDATE;
        }
        throw new IllegalArgumentException(directory + ": not an extraction data set (no ground-truth.json, evaldata.json or eval_default.json)");
    }

    /** The pages of the data set in its own index order. */
    static List<EvalPage> read(Path directory) throws IOException {
        return switch (kindOf(directory)) {
            case AEB -> readAeb(directory);
            case TRAFILATURA -> readTrafilatura(directory);
            case HTMLDATE -> readHtmldate(directory);
        };
    }

    private static List<EvalPage> readAeb(Path directory) throws IOException {
        List<EvalPage> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : fields(JSON.readTree(directory.resolve("ground-truth.json").toFile()))) {
            JsonNode item = entry.getValue();
            Path file = directory.resolve("html").resolve(entry.getKey() + ".html.gz");
            EvalPage.Gold gold = new EvalPage.Gold(item.path("articleBody").asText(), null, null, null, null, null);
            pages.add(new EvalPage(entry.getKey(), item.path("url").asText(null), file, EvalPage.gunzip(file), gold));
        }
        return pages;
    }

    private static List<EvalPage> readTrafilatura(Path directory) throws IOException {
        List<EvalPage> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : fields(JSON.readTree(directory.resolve("evaldata.json").toFile()))) {
            JsonNode item = entry.getValue();
            String name = item.path("file").asText();
            Path file = directory.resolve("html").resolve(name + ".gz");
            EvalPage.Gold gold = new EvalPage.Gold(null, strings(item.path("with")), strings(item.path("without")),
                    item.path("title").asText(null), item.path("date").asText(null), item.path("author").asText(null));
            pages.add(new EvalPage(name, entry.getKey(), file, EvalPage.gunzip(file), gold));
        }
        return pages;
    }

    private static List<EvalPage> readHtmldate(Path directory) throws IOException {
        List<EvalPage> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : fields(JSON.readTree(directory.resolve("eval_default.json").toFile()))) {
            JsonNode item = entry.getValue();
            String name = item.path("file").asText();
            Path file = directory.resolve("html").resolve(name + ".gz");
            EvalPage.Gold gold = new EvalPage.Gold(null, null, null, null, item.path("date").asText(null), null);
            pages.add(new EvalPage(name, entry.getKey(), file, EvalPage.gunzip(file), gold));
        }
        return pages;
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode object) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> iterator = object.fields();
        while (iterator.hasNext()) {
            entries.add(iterator.next());
        }
        return entries;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            values.add(value.asText());
        }
        return values;
    }
}
