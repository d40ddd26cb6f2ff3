package dev.storyline.bench.extraction;

import dev.storyline.ingest.CharsetDetector;
import dev.storyline.model.DeclaredMetadata;
import dev.storyline.model.MediaType;
import dev.storyline.model.RawDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * One page of an evaluation data set, with its gold annotation.
 *
 * @param id   the page's id in the data set
 * @param url  the page URL
 * @param file the gzip-compressed page file
 * @param html the uncompressed page bytes
 * @param gold what the data set says about the page
 */
record EvalPage(String id, String url, Path file, byte[] html, Gold gold) {

    /** Gold annotation; a field the data set does not give is null. */
    record Gold(String body, java.util.List<String> with, java.util.List<String> without,
                String title, String date, String author) {
    }

    /** The page as the ingest stage would hand it to the extract stage. */
    RawDocument toRawDocument() {
        return new RawDocument(id, id, url, MediaType.HTML, html, CharsetDetector.detect(html, true), null, DeclaredMetadata.NONE);
    }

    static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
