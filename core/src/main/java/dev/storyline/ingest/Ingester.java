package dev.storyline.ingest;

import dev.storyline.model.MediaType;
import dev.storyline.model.SkippedInput;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The ingest stage: turns the paths a user names into {@link dev.storyline.model.RawDocument}s.
 *
 * <p>A path is a file, a directory (read recursively, in name order) or {@code -} for standard input. The format
 * follows the extension: {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl}, {@code .warc}/{@code .warc.gz}.
 * A file named on the command line with another extension is read as a page whose kind is told from its content;
 * inside a directory such files are listed as skipped. Nothing is dropped silently: every input that yields no
 * document is reported to the sink with a reason.
 */
public final class Ingester {

    /** The default limit for one document: larger pages are skipped, never truncated silently. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

    private final long maxDocumentBytes;

    public Ingester() {
        this(DEFAULT_MAX_DOCUMENT_BYTES);
    }

    public Ingester(long maxDocumentBytes) {
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxDocumentBytes);
        }
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /** How many inputs {@link #ingest} will read for these paths: files found, directories expanded, stdin. */
    public int countInputs(List<String> paths) {
        int count = 0;
        for (String path : paths) {
            if (path.equals("-")) {
                count++;
            } else {
                List<Path> files = new ArrayList<>();
                addFiles(Path.of(path), files, true);
                count += files.size();
            }
        }
        return count;
    }

    /** Reads every path, sending documents and skipped inputs to {@code sink}. */
    public void ingest(List<String> paths, InputStream stdin, IngestSink sink) {
        ingest(paths, stdin, sink, input -> { });
    }

    /**
     * Reads every path, sending documents and skipped inputs to {@code sink}, and the name of each input to
     * {@code inputDone} once it has been read (for progress reports).
     */
    public void ingest(List<String> paths, InputStream stdin, IngestSink sink, Consumer<String> inputDone) {
        for (String path : paths) {
            if (path.equals("-")) {
                readStdin(stdin, sink);
                inputDone.accept("stdin");
                continue;
            }
            Path start = Path.of(path);
            if (!Files.exists(start)) {
                sink.skip(new SkippedInput(path, "no such file or directory"));
                continue;
            }
            List<Path> files = new ArrayList<>();
            addFiles(start, files, true);
            for (Path file : files) {
                ingestFile(file, Files.isDirectory(start), sink);
                inputDone.accept(file.toString());
            }
        }
    }

    /** Reads one file, sending its documents, or the reason it has none, to {@code sink}. */
    void ingestFile(Path file, boolean foundInDirectory, IngestSink sink) {
        String source = file.toString();
        FormatReader reader = readerFor(file, foundInDirectory);
        if (reader == null) {
            sink.skip(new SkippedInput(source, "unsupported file type (expected .txt, .html, .htm, .jsonl, .warc or .warc.gz)"));
            return;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            reader.read(in, source, baseId(file), sink);
        } catch (NoSuchFileException e) {
            sink.skip(new SkippedInput(source, "no such file or directory"));
        } catch (IOException | RuntimeException e) {
            sink.skip(new SkippedInput(source, "could not be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
    }

    private void readStdin(InputStream stdin, IngestSink sink) {
        try {
            new PageReader(null, maxDocumentBytes).read(stdin, "stdin", "stdin", sink);
        } catch (IOException e) {
            sink.skip(new SkippedInput("stdin", "could not be read: " + e.getMessage()));
        }
    }

    private FormatReader readerFor(Path file, boolean foundInDirectory) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return new PageReader(MediaType.TEXT, maxDocumentBytes);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return new PageReader(MediaType.HTML, maxDocumentBytes);
        }
        if (name.endsWith(".jsonl")) {
            return new JsonLinesReader(maxDocumentBytes);
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return new WarcFileReader(maxDocumentBytes);
        }
        return foundInDirectory ? null : new PageReader(null, maxDocumentBytes);
    }

    private static void addFiles(Path start, List<Path> files, boolean top) {
        if (Files.isDirectory(start)) {
            List<Path> children;
            try (Stream<Path> list = Files.list(start)) {
                children = list.sorted().toList();
            } catch (IOException e) {
                files.add(start);
                return;
            }
            for (Path child : children) {
                if (!child.getFileName().toString().startsWith(".")) {
                    addFiles(child, files, false);
                }
            }
        } else if (top || Files.isRegularFile(start)) {
            files.add(start);
        }
    }

    /** The document id of a single-page file: its name without the extension. */
    static String baseId(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".warc.gz")) {
            return name.substring(0, name.length() - ".warc.gz".length());
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
