package dev.storyline.ingest;

import dev.storyline.model.DeclaredMetadata;
import dev.storyline.model.MediaType;
import dev.storyline.model.RawDocument;
import dev.storyline.model.SkippedInput;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the HTML response records of a WARC file, plain or gzipped, with jwarc. Other records (requests, metadata,
 * images) are passed over. A file that breaks off in the middle keeps the records read before the break, and the
 * break is reported as a skipped part of the file.
 */
final class WarcFileReader implements FormatReader {

    private final long maxDocumentBytes;

    WarcFileReader(long maxDocumentBytes) {
        this.maxDocumentBytes = maxDocumentBytes;
    }

    @Override
    public void read(InputStream input, String source, String baseId, IngestSink sink) throws IOException {
        int recordNumber = 0;
        int pages = 0;
        try (WarcReader reader = new WarcReader(input)) {
            Optional<WarcRecord> next;
            while ((next = reader.next()).isPresent()) {
                recordNumber++;
                if (next.get() instanceof WarcResponse response && readResponse(response, source, recordNumber, sink)) {
                    pages++;
                }
            }
        } catch (IOException | RuntimeException e) {
            String where = recordNumber == 0 ? "before the first record" : "after record " + recordNumber;
            sink.skip(new SkippedInput(source, "WARC could not be read " + where + " (truncated or corrupt: "
                    + describe(e) + "); " + pages + " page(s) read before it were kept"));
        }
    }

    private boolean readResponse(WarcResponse response, String source, int recordNumber, IngestSink sink)
            throws IOException {
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException e) {
            return false;
        }
        String type = http.contentType().base().toString().toLowerCase(Locale.ROOT);
        if (http.status() != 200 || !(type.equals("text/html") || type.equals("application/xhtml+xml"))) {
            return false;
        }
        String recordSource = source + "#record-" + recordNumber;
        byte[] bytes = http.bodyDecoded().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes + 1));
        if (bytes.length > maxDocumentBytes) {
            sink.skip(new SkippedInput(recordSource, "too large: more than " + maxDocumentBytes
                    + " bytes (the limit for one document; raise it with --max-bytes)"));
            return false;
        }
        String uri = response.target();
        RawDocument document = PageReader.toDocument(bytes, uri, recordSource, uri, response.date(), MediaType.HTML,
                DeclaredMetadata.NONE, sink);
        if (document == null) {
            return false;
        }
        sink.accept(document);
        return true;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
