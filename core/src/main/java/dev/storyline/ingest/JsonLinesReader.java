package dev.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.model.DeclaredMetadata;
import dev.storyline.model.MediaType;
import dev.storyline.model.RawDocument;
import dev.storyline.model.SkippedInput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads JSON Lines: one object a line with {@code text} or {@code html}, and optionally {@code id}, {@code url},
 * {@code title} and {@code published}. A line that cannot be read is skipped with its line number; the other lines
 * are still read. Lines are read as bytes with a bound ({@link BoundedLineReader}): a line longer than the document
 * limit is passed over while streaming, never held whole, and a line that is not valid UTF-8 is skipped with the
 * position of the first bad byte rather than read with replacement characters.
 */
public final class JsonLinesReader implements FormatReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxDocumentBytes;

    public JsonLinesReader(long maxDocumentBytes) {
        this.maxDocumentBytes = maxDocumentBytes;
    }

    @Override
    public void read(InputStream input, String source, String baseId, IngestSink sink) throws IOException {
        BoundedLineReader lines = new BoundedLineReader(input, (int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes));
        BoundedLineReader.Line line;
        while ((line = lines.next()) != null) {
            String lineSource = source + "#" + line.number();
            if (line.tooLong()) {
                sink.skip(new SkippedInput(lineSource, "too large: line " + line.number() + " is longer than "
                        + maxDocumentBytes + " bytes (the limit for one document; raise it with --max-bytes)"));
                continue;
            }
            byte[] bytes = line.number() == 1 ? withoutByteOrderMark(line.bytes()) : line.bytes();
            String text;
            try {
                text = decodeUtf8(bytes);
            } catch (InvalidUtf8 e) {
                sink.skip(new SkippedInput(lineSource, "invalid UTF-8 at byte " + e.position + " of line " + line.number()
                        + " (JSON Lines must be UTF-8; the other lines are read)"));
                continue;
            }
            if (!text.isBlank()) {
                readLine(text, lineSource, sink);
            }
        }
    }

    /** The line's text, decoded strictly: JSON Lines is UTF-8, and a byte that is not must not turn silently into U+FFFD. */
    private static String decodeUtf8(byte[] bytes) throws InvalidUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidUtf8(in.position() + 1);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static byte[] withoutByteOrderMark(byte[] bytes) {
        return CharsetDetector.byteOrderMarkLength(bytes) == 3 ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }

    /** A line that is not valid UTF-8, with the position of the first bad byte in the line (from 1). */
    private static final class InvalidUtf8 extends Exception {
        private final int position;

        InvalidUtf8(int position) {
            super(null, null, false, false);
            this.position = position;
        }
    }

    private void readLine(String line, String lineSource, IngestSink sink) {
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
