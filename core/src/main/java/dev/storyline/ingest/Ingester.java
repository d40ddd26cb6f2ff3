package dev.storyline.ingest;

import dev.storyline.ingest.InputWalker.Found;
import dev.storyline.ingest.InputWalker.FoundDirectory;
import dev.storyline.ingest.InputWalker.FoundFile;
import dev.storyline.ingest.InputWalker.FoundSkip;
import dev.storyline.model.MediaType;
import dev.storyline.model.SkippedInput;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The ingest stage: turns the paths a user names into {@link dev.storyline.model.RawDocument}s.
 *
 * <p>A path is a file, a directory (read recursively, in name order) or {@code -} for standard input. The format
 * follows the extension: {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl}, {@code .warc}/{@code .warc.gz}.
 * A file named on the command line with another extension is read as a page whose kind is told from its content;
 * inside a directory such files are listed as skipped, and so are entries that are not regular files (broken links,
 * FIFOs, sockets, devices) and links back to a directory already walked ({@link InputWalker}). A path named by the
 * user that is a pipe or FIFO is read as a stream. Nothing is dropped silently: every input that yields no document
 * is reported to the sink with a reason, and one input that fails (running out of memory included) never ends the
 * run.
 */
public final class Ingester {

    /** The default limit for one document: larger pages are skipped, never truncated silently. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

    private static final String UNSUPPORTED = "unsupported file type (expected .txt, .html, .htm, .jsonl, .warc or .warc.gz)";

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

    /**
     * How many inputs {@link #ingest} will go through for these paths: files found, entries skipped while walking the
     * directories, stdin. {@link #ingest} calls its {@code inputDone} once for each.
     */
    public int countInputs(List<String> paths) {
        int count = 0;
        for (String path : paths) {
            if (path.equals("-")) {
                count++;
            } else {
                for (Found found : InputWalker.walk(Path.of(path))) {
                    if (!(found instanceof FoundDirectory)) {
                        count++;
                    }
                }
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
     *
     * <p>What an input does wrong is reported to the sink as skipped, and the run goes on. What the sink throws is
     * not the input's fault: it propagates unchanged, and the run stops there.
     */
    public void ingest(List<String> paths, InputStream stdin, IngestSink sink, Consumer<String> inputDone) {
        IngestSink guarded = new GuardedSink(sink);
        try {
            for (String path : paths) {
                if (path.equals("-")) {
                    guarded.inputStarted("stdin");
                    read(stdin, new PageReader(null, maxDocumentBytes), "stdin", "stdin", guarded);
                    inputDone.accept("stdin");
                    continue;
                }
                for (Found found : InputWalker.walk(Path.of(path))) {
                    if (found instanceof FoundDirectory directory) {
                        guarded.inputStarted(directory.path().toString());
                    } else if (found instanceof FoundSkip skip) {
                        guarded.inputStarted(skip.input().source());
                        guarded.skip(skip.input());
                        inputDone.accept(skip.input().source());
                    } else if (found instanceof FoundFile file) {
                        guarded.inputStarted(file.path().toString());
                        ingestFile(file.path(), file.inDirectory(), guarded);
                        inputDone.accept(file.path().toString());
                    }
                }
            }
        } catch (GuardedSink.Failure e) {
            throw e.rethrow();
        }
    }

    /** A file that walking a path found: where it is, and whether it was found inside a directory. */
    public record FoundInput(String path, boolean inDirectory) implements Serializable {
    }

    /**
     * The files {@link #ingest} reads for one path named by the user, in the order it reads them, so that another
     * engine can spread them over machines; the entries it cannot read go to {@code skipped} with their reasons.
     */
    public static List<FoundInput> list(String path, Consumer<SkippedInput> skipped) {
        List<FoundInput> files = new ArrayList<>();
        for (Found found : InputWalker.walk(Path.of(path))) {
            if (found instanceof FoundSkip skip) {
                skipped.accept(skip.input());
            } else if (found instanceof FoundFile file) {
                files.add(new FoundInput(file.path().toString(), file.inDirectory()));
            }
        }
        return files;
    }

    /** Reads one file {@link #list} found, as {@link #ingest} reads it. */
    public void ingest(FoundInput input, IngestSink sink) {
        IngestSink guarded = new GuardedSink(sink);
        try {
            guarded.inputStarted(input.path());
            ingestFile(Path.of(input.path()), input.inDirectory(), guarded);
        } catch (GuardedSink.Failure e) {
            throw e.rethrow();
        }
    }

    /**
     * Reads one input opened elsewhere (a distributed file system's stream, say), as {@link #ingest} reads a file of
     * that name: the format from its name, the id of a single page from its name without the extension. A file found
     * while walking a directory ({@code foundInDirectory}) whose type is unknown is skipped rather than sniffed.
     */
    public void ingest(String source, String fileName, boolean foundInDirectory, InputStream in, IngestSink sink) {
        IngestSink guarded = new GuardedSink(sink);
        try {
            guarded.inputStarted(source);
            FormatReader reader = readerFor(fileName, foundInDirectory);
            if (reader == null) {
                guarded.skip(new SkippedInput(source, UNSUPPORTED));
                return;
            }
            read(new BufferedInputStream(in), reader, source, baseId(fileName), guarded);
        } catch (GuardedSink.Failure e) {
            throw e.rethrow();
        }
    }

    /** Reads one file, sending its documents, or the reason it has none, to {@code sink}. */
    void ingestFile(Path file, boolean foundInDirectory, IngestSink sink) {
        String source = file.toString();
        FormatReader reader = readerFor(file.getFileName().toString(), foundInDirectory);
        if (reader == null) {
            sink.skip(new SkippedInput(source, UNSUPPORTED));
            return;
        }
        InputStream opened;
        try {
            opened = open(file);
        } catch (NoSuchFileException e) {
            sink.skip(new SkippedInput(source, "no such file or directory"));
            return;
        } catch (IOException e) {
            sink.skip(new SkippedInput(source, "could not be read: " + InputWalker.describe(e)));
            return;
        }
        try (InputStream in = new BufferedInputStream(opened)) {
            read(in, reader, source, baseId(file.getFileName().toString()), sink);
        } catch (IOException e) {
            // closing failed after the input was read; what was read stands
        }
    }

    /**
     * Reads one opened input with {@code reader}. A failure to read it, running out of memory included, is reported
     * against the input and ends only this input; what the sink throws passes through.
     */
    private static void read(InputStream in, FormatReader reader, String source, String baseId, IngestSink sink) {
        try {
            reader.read(in, source, baseId, sink);
        } catch (GuardedSink.Failure e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            sink.skip(new SkippedInput(source, "could not be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        } catch (OutOfMemoryError e) {
            sink.skip(new SkippedInput(source, "ran out of memory while reading it (the JVM's heap, -Xmx, is too "
                    + "small for this input); the other inputs are read"));
        }
    }

    /**
     * Opens a file for reading. A regular file through NIO; anything else (a pipe such as {@code <(cmd)}'s
     * {@code /dev/fd/63}, a FIFO, a device) as a plain stream, since NIO's stream asks a pipe for its position and
     * fails with "Illegal seek".
     */
    private static InputStream open(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        try {
            return new FileInputStream(file.toFile());
        } catch (FileNotFoundException e) {
            throw Files.exists(file) ? new IOException(e.getMessage(), e) : new NoSuchFileException(file.toString());
        }
    }

    private FormatReader readerFor(String fileName, boolean foundInDirectory) {
        String name = fileName.toLowerCase(Locale.ROOT);
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

    /** The document id of a single-page file: its name without the extension. */
    static String baseId(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".warc.gz")) {
            return name.substring(0, name.length() - ".warc.gz".length());
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
