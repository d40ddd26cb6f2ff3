package dev.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.model.DeclaredMetadata;
import dev.storyline.model.MediaType;
import dev.storyline.model.RawDocument;
import dev.storyline.model.SkippedInput;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads JSON Lines: one object a line with {@code text} or {@code html}, and optionally {@code id}, {@code url},
 * {@code title} and {@code published}. A line that cannot be read is skipped with its line number; the other lines
 * are still read.
 */
public final class JsonLinesReader implements FormatReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxDocumentBytes;

    public JsonLinesReader(long maxDocumentBytes) {
        this.maxDocumentBytes = maxDocumentBytes;
    }

    @Override
    public void read(InputStream input, String source, String baseId, IngestSink sink) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (!line.isBlank()) {
                readLine(line, source + "#" + number, sink);
            }
        }
    }

    private void readLine(String line, String lineSource, IngestSink sink) {
        if (line.length() > maxDocumentBytes) {
            sink.skip(new SkippedInput(lineSource, "too large: line longer than " + maxDocumentBytes
                    + " characters (the limit for one document; raise it with --max-bytes)"));
            return;
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            sink.skip(new SkippedInput(lineSource, "malformed JSON: " + e.getOriginalMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.skip(new SkippedInput(lineSource, "not a JSON object"));
            return;
        }
        String html = text(node, "html");
        String body = text(node, "text");
        if (html == null && body == null) {
            sink.skip(new SkippedInput(lineSource, "no \"text\" or \"html\" field"));
            return;
        }
        String url = text(node, "url");
        String id = text(node, "id");
        if (id == null) {
            id = url != null ? url : lineSource;
        }
        MediaType type = html != null ? MediaType.HTML : MediaType.TEXT;
        byte[] bytes = (html != null ? html : body).getBytes(StandardCharsets.UTF_8);
        DeclaredMetadata declared = new DeclaredMetadata(text(node, "title"), text(node, "published"));
        RawDocument document = PageReader.toDocument(bytes, id, lineSource, url, null, type, declared, sink);
        if (document != null) {
            sink.accept(document);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.isTextual() ? value.asText() : value.toString();
        return text.isBlank() ? null : text;
    }
}
