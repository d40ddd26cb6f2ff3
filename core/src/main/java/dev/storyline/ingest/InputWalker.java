package dev.storyline.ingest;

import dev.storyline.model.SkippedInput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Expands one path named by the user into what the ingest stage reads: the files it finds, the directories it lists,
 * and the entries it cannot read, each with the reason.
 *
 * <p>A directory is read recursively in name order, and each real directory once: a symbolic link back to a
 * directory being walked is reported as a loop, a link to a directory already read as a repeat, instead of reading
 * the same files again (or forever). Inside a directory, hidden entries (names starting with a dot) are ignored, and
 * broken links, FIFOs, sockets and devices are reported rather than opened (opening a FIFO with no writer would block
 * the run). A path named by the user that is not a directory is read as it is, a pipe or FIFO included: that is
 * what was asked for.
 */
final class InputWalker {

    /** One thing found under a path. */
    sealed interface Found {
    }

    /** A file to read; {@code inDirectory} when found inside a directory rather than named by the user. */
    record FoundFile(Path path, boolean inDirectory) implements Found {
    }

    /** A directory that was listed; its files follow it. */
    record FoundDirectory(Path path) implements Found {
    }

    /** An entry that cannot be read, with the reason. */
    record FoundSkip(SkippedInput input) implements Found {
    }

    private InputWalker() {
    }

    /** Everything found under {@code start}, in the order it is to be read. */
    static List<Found> walk(Path start) {
        List<Found> found = new ArrayList<>();
        walkEntry(start, false, new HashMap<>(), new HashMap<>(), found);
        return found;
    }

    /**
     * Lists {@code directory} and walks its entries.
     *
     * @param open the directories being walked (this one's ancestors), by file key, with the path each was reached by
     * @param done the directories walked to the end, likewise
     */
    private static void walkDirectory(Path directory, Map<Object, Path> open, Map<Object, Path> done, List<Found> found) {
        Object key;
        try {
            key = key(directory);
        } catch (IOException e) {
            found.add(new FoundSkip(new SkippedInput(directory.toString(), "directory could not be read: " + describe(e))));
            return;
        }
        if (open.containsKey(key)) {
            found.add(new FoundSkip(new SkippedInput(directory.toString(), "directory loop: " + directory
                    + " links back to " + open.get(key) + ", which is being read already")));
            return;
        }
        if (done.containsKey(key)) {
            found.add(new FoundSkip(new SkippedInput(directory.toString(), "same directory as " + done.get(key)
                    + ", which was read already (reached again through a symbolic link)")));
            return;
        }
        List<Path> children;
        try (Stream<Path> list = Files.list(directory)) {
            children = list.sorted().toList();
        } catch (IOException e) {
            found.add(new FoundSkip(new SkippedInput(directory.toString(), "directory could not be read: " + describe(e))));
            return;
        } catch (UncheckedIOException e) {
            found.add(new FoundSkip(new SkippedInput(directory.toString(), "directory could not be read: "
                    + describe(e.getCause()))));
            return;
        }
        found.add(new FoundDirectory(directory));
        open.put(key, directory);
        for (Path child : children) {
            if (!child.getFileName().toString().startsWith(".")) {
                walkEntry(child, true, open, done, found);
            }
        }
        open.remove(key);
        done.put(key, directory);
    }

    /** Walks a directory, or adds a file: any file when named by the user, only a regular one inside a directory. */
    private static void walkEntry(Path entry, boolean inDirectory, Map<Object, Path> open, Map<Object, Path> done,
                                  List<Found> found) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(entry, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            found.add(new FoundSkip(new SkippedInput(entry.toString(), missing(entry))));
            return;
        } catch (IOException e) {
            found.add(new FoundSkip(new SkippedInput(entry.toString(), "could not be read: " + describe(e))));
            return;
        }
        if (attributes.isDirectory()) {
            walkDirectory(entry, open, done, found);
        } else if (attributes.isRegularFile() || !inDirectory) {
            found.add(new FoundFile(entry, inDirectory));
        } else {
            found.add(new FoundSkip(new SkippedInput(entry.toString(), "not a regular file (" + specialKind(entry)
                    + "); only files and directories are read inside a directory")));
        }
    }

    /** What identifies a directory however it is reached: its file key (device and inode), else its real path. */
    private static Object key(Path directory) throws IOException {
        Object key = Files.readAttributes(directory, BasicFileAttributes.class).fileKey();
        return key != null ? key : directory.toRealPath();
    }

    /** Why a path that does not exist is missing: a link to nothing, or nothing at all. */
    private static String missing(Path path) {
        if (Files.isSymbolicLink(path)) {
            try {
                return "broken symbolic link: its target " + Files.readSymbolicLink(path) + " does not exist";
            } catch (IOException e) {
                return "broken symbolic link";
            }
        }
        return "no such file or directory";
    }

    /** A FIFO, a socket, a device: what a file that is neither regular nor a directory is, as far as the JDK tells. */
    private static String specialKind(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            return switch (mode & 0170000) {
                case 0010000 -> "a FIFO";
                case 0140000 -> "a socket";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                default -> "a special file";
            };
        } catch (IOException | RuntimeException e) {
            return "a special file";
        }
    }

    /** An I/O failure in words: permission denied, a link loop, or the system's message. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
