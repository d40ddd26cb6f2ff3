package dev.storyline.ingest;

import dev.storyline.model.DeclaredMetadata;
import dev.storyline.model.MediaType;
import dev.storyline.model.RawDocument;
import dev.storyline.model.SkippedInput;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Reads the HTML response records of a WARC file, plain or gzipped, with jwarc. Other records (requests, metadata,
 * images) are passed over; a file where nothing but such records was found is reported with the kinds of records it
 * holds. A file that breaks off in the middle keeps the records read before the break, and the break is reported as a
 * skipped part of the file.
 *
 * <p>Headers are bounded before jwarc or the HTTP parser collects them whole: a WARC header over
 * {@link #MAX_WARC_HEADER_BYTES} ends the file (its framing cannot be followed past it), an HTTP header over
 * {@link #MAX_HTTP_HEADER_BYTES} skips its record. Gzip is undone here rather than by jwarc so that the bound sees the
 * uncompressed bytes.
 */
final class WarcFileReader implements FormatReader {

    /** The largest WARC record header read; real ones are a few hundred bytes. */
    static final int MAX_WARC_HEADER_BYTES = 1024 * 1024;
    /** The largest HTTP response header read; servers refuse far smaller ones. */
    static final int MAX_HTTP_HEADER_BYTES = 1024 * 1024;

    private final long maxDocumentBytes;

    WarcFileReader(long maxDocumentBytes) {
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /** What became of one record. */
    private enum Outcome { PAGE, SKIPPED, PASSED_OVER }

    @Override
    public void read(InputStream input, String source, String baseId, IngestSink sink) throws IOException {
        int recordNumber = 0;
        int pages = 0;
        int skipped = 0;
        RecordKinds passedOver = new RecordKinds();
        try (WarcReader reader = new WarcReader(new WarcHeaderGuard(uncompressed(input), MAX_WARC_HEADER_BYTES))) {
            Optional<WarcRecord> next;
            while ((next = reader.next()).isPresent()) {
                recordNumber++;
                WarcRecord record = next.get();
                Outcome outcome = record instanceof WarcResponse response
                        ? readResponse(response, source, recordNumber, passedOver, sink)
                        : passOver(passedOver, record.type());
                if (outcome == Outcome.PAGE) {
                    pages++;
                } else if (outcome == Outcome.SKIPPED) {
                    skipped++;
                }
            }
        } catch (GuardedSink.Failure e) {
            throw e;
        } catch (WarcHeaderGuard.HeaderTooLargeException e) {
            sink.skip(new SkippedInput(source, "WARC record " + e.record() + " has a header larger than "
                    + MAX_WARC_HEADER_BYTES + " bytes (a corrupt or hostile file): the rest of the file was not read; "
                    + pages + " page(s) read before it were kept"));
            return;
        } catch (IOException | RuntimeException e) {
            String where = recordNumber == 0 ? "before the first record" : "after record " + recordNumber;
            sink.skip(new SkippedInput(source, "WARC could not be read " + where + " (truncated or corrupt: "
                    + describe(e) + "); " + pages + " page(s) read before it were kept"));
            return;
        }
        if (pages == 0 && skipped == 0) {
            sink.skip(new SkippedInput(source, recordNumber == 0 ? "empty: no WARC records in the file"
                    : "no HTML response records with status 200 (" + recordNumber + " record(s): " + passedOver + ")"));
        }
    }

    /** The input with gzip undone when it is gzipped (told from its first bytes, not its name). */
    private static InputStream uncompressed(InputStream input) throws IOException {
        InputStream in = input.markSupported() ? input : new BufferedInputStream(input);
        in.mark(2);
        byte[] magic = in.readNBytes(2);
        in.reset();
        return GzipMembersInputStream.isGzip(magic) ? new GzipMembersInputStream(in) : in;
    }

    private Outcome readResponse(WarcResponse response, String source, int recordNumber, RecordKinds passedOver,
                                 IngestSink sink) throws IOException {
        String recordSource = source + "#record-" + recordNumber;
        BufferedInputStream block = new BufferedInputStream(response.body().stream());
        if (!carriesHttp(response, block)) {
            return passOver(passedOver, "response (" + declaredType(response) + ")");
        }
        byte[] head = httpHead(block);
        if (head == null) {
            sink.skip(new SkippedInput(recordSource, "HTTP header larger than " + MAX_HTTP_HEADER_BYTES
                    + " bytes (a corrupt or hostile record); the other records are read"));
            return Outcome.SKIPPED;
        }
        HttpResponse http;
        try {
            http = HttpResponse.parse(Channels.newChannel(new SequenceInputStream(new ByteArrayInputStream(head), block)));
        } catch (IOException e) {
            sink.skip(new SkippedInput(recordSource, "HTTP response header could not be parsed: " + describe(e)));
            return Outcome.SKIPPED;
        }
        String type = http.contentType().base().toString().toLowerCase(Locale.ROOT);
        if (http.status() != 200 || !(type.equals("text/html") || type.equals("application/xhtml+xml"))) {
            return passOver(passedOver, "response (" + type + (http.status() == 200 ? "" : ", status " + http.status()) + ")");
        }
        byte[] bytes = http.bodyDecoded().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes + 1));
        if (bytes.length > maxDocumentBytes) {
            sink.skip(new SkippedInput(recordSource, "too large: more than " + maxDocumentBytes
                    + " bytes (the limit for one document; raise it with --max-bytes)"));
            return Outcome.SKIPPED;
        }
        String uri = response.target();
        RawDocument document = PageReader.toDocument(bytes, uri, recordSource, uri, response.date(), MediaType.HTML,
                DeclaredMetadata.NONE, sink);
        if (document == null) {
            return Outcome.SKIPPED;
        }
        sink.accept(document);
        return Outcome.PAGE;
    }

    private static Outcome passOver(RecordKinds passedOver, String kind) {
        passedOver.add(kind);
        return Outcome.PASSED_OVER;
    }

    /** Whether a response record's block is an HTTP message: so declared, or starting like one. */
    private static boolean carriesHttp(WarcResponse response, InputStream block) throws IOException {
        if (declaredType(response).equals("application/http")) {
            return true;
        }
        block.mark(5);
        byte[] start = block.readNBytes(5);
        block.reset();
        return new String(start, StandardCharsets.ISO_8859_1).equals("HTTP/");
    }

    /** The record's Content-Type without parameters, lower case. */
    private static String declaredType(WarcRecord record) {
        try {
            return record.contentType().base().toString().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "an invalid content type";
        }
    }

    /**
     * The HTTP header at the start of {@code block}, up to and with its blank line (or the whole block when it has
     * none, for the parser to judge); null when it is longer than {@link #MAX_HTTP_HEADER_BYTES}.
     */
    private static byte[] httpHead(InputStream block) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int tail = 0;
        int b;
        while ((b = block.read()) >= 0) {
            if (head.size() == MAX_HTTP_HEADER_BYTES) {
                return null;
            }
            head.write(b);
            tail = tail << 8 | b;
            if ((tail & 0xFFFF) == 0x0A0A || tail == 0x0D0A0D0A) {
                break;
            }
        }
        return head.toByteArray();
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** How many records of each kind were passed over, for the message of a file without pages. */
    private static final class RecordKinds {
        private static final int SHOWN = 6;
        private final Map<String, Integer> counts = new LinkedHashMap<>();

        void add(String kind) {
            counts.merge(kind, 1, Integer::sum);
        }

        @Override
        public String toString() {
            StringJoiner kinds = new StringJoiner(", ");
            counts.entrySet().stream().limit(SHOWN).forEach(e -> kinds.add(e.getValue() + " " + e.getKey()));
            if (counts.size() > SHOWN) {
                kinds.add("and " + (counts.size() - SHOWN) + " other kinds");
            }
            return kinds.toString();
        }
    }
}
