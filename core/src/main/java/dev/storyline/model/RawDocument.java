package dev.storyline.model;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Objects;

/**
 * One input document as the ingest stage found it, before any cleaning.
 *
 * @param id        stable identifier: the file name without extension, the JSONL {@code id} (else its URL),
 *                  or the WARC record's target URI
 * @param source    where it came from, for messages and the report (a path, {@code path#line}, {@code stdin})
 * @param url       the page URL when the input knows it, else null
 * @param mediaType how to read {@link #content()}
 * @param content   the raw bytes
 * @param charset   the charset the ingest stage detected for {@link #content()}
 * @param fetched   when the page was fetched, when the input knows it, else null
 * @param declared  metadata the input declared beside the page (JSONL fields), never null
 */
public record RawDocument(String id, String source, String url, MediaType mediaType, byte[] content,
                          Charset charset, Instant fetched, DeclaredMetadata declared) implements Serializable {

    public RawDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(charset, "charset");
        declared = declared == null ? DeclaredMetadata.NONE : declared;
    }

    /** The content decoded with the detected charset. */
    public String text() {
        return new String(content, charset);
    }
}
