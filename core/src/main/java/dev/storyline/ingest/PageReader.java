package dev.storyline.ingest;

import dev.storyline.model.DeclaredMetadata;
import dev.storyline.model.MediaType;
import dev.storyline.model.RawDocument;
import dev.storyline.model.SkippedInput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Arrays;

/**
 * Reads an input that holds one page, plain text or HTML. With no fixed media type it decides from the content
 * (used for stdin and for files of unknown extension).
 */
final class PageReader implements FormatReader {

    private final MediaType mediaType;
    private final long maxDocumentBytes;

    PageReader(MediaType mediaType, long maxDocumentBytes) {
        this.mediaType = mediaType;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    @Override
    public void read(InputStream input, String source, String baseId, IngestSink sink) throws IOException {
        byte[] bytes = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes + 1));
        if (bytes.length > maxDocumentBytes) {
            sink.skip(new SkippedInput(source, "too large: more than " + maxDocumentBytes
                    + " bytes (the limit for one document; raise it with --max-bytes)"));
            return;
        }
        RawDocument document = toDocument(bytes, baseId, source, null, null, mediaType, DeclaredMetadata.NONE, sink);
        if (document != null) {
            sink.accept(document);
        }
    }

    /**
     * Checks one page's bytes and turns them into a document, or reports to {@code sink} why it cannot be one.
     * A null {@code type} is decided from the content.
     */
    static RawDocument toDocument(byte[] bytes, String id, String source, String url, Instant fetched,
                                  MediaType type, DeclaredMetadata declared, IngestSink sink) {
        if (bytes.length == 0 || ContentSniffer.isBlank(bytes)) {
            sink.skip(new SkippedInput(source, "empty: no text in the input"));
            return null;
        }
        if (ContentSniffer.isBinary(bytes)) {
            sink.skip(new SkippedInput(source, "binary data, not a text or HTML page"));
            return null;
        }
        MediaType resolved = type != null ? type : ContentSniffer.looksLikeHtml(bytes) ? MediaType.HTML : MediaType.TEXT;
        Charset charset = CharsetDetector.detect(bytes, resolved == MediaType.HTML);
        int bom = CharsetDetector.byteOrderMarkLength(bytes);
        if (bom > 0) {
            bytes = Arrays.copyOfRange(bytes, bom, bytes.length);
        }
        return new RawDocument(id, source, url, resolved, bytes, charset, fetched, declared);
    }
}
