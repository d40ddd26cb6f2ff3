package dev.storyline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Walking directories: each real directory once, and every entry that is not read named with the reason. */
class InputWalkerTest {

    @TempDir
    Path dir;

    private final CollectingSink sink = new CollectingSink();

    private void ingest(Path... paths) {
        List<String> names = Arrays.stream(paths).map(Path::toString).toList();
        new Ingester().ingest(names, InputStream.nullInputStream(), sink);
    }

    private Path page(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "Harbour notice\n\nThe north quay closes on Monday for repairs.");
    }

    @Test
    void symbolicLinksBackToADirectoryBeingReadAreReportedAsLoopsAndEachFileIsReadOnce() throws IOException {
        page("corpus/a.txt");
        page("corpus/sub/b.txt");
        Path corpus = dir.resolve("corpus");
        Path loop = Files.createSymbolicLink(corpus.resolve("loop"), corpus);
        Path again = Files.createSymbolicLink(corpus.resolve("loop2"), corpus);
        Path up = Files.createSymbolicLink(corpus.resolve("sub/up"), corpus);

        int counted = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new Ingester().countInputs(List.of(corpus.toString())));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ingest(corpus));

        assertThat(sink.ids()).containsExactly("a", "b");
        assertThat(sink.reason(loop)).isEqualTo("directory loop: " + loop + " links back to " + corpus + ", which is being read already");
        assertThat(sink.reason(again)).startsWith("directory loop: " + again + " links back to " + corpus);
        assertThat(sink.reason(up)).startsWith("directory loop: " + up + " links back to " + corpus);
        assertThat(counted).isEqualTo(5);
    }

    @Test
    void aSecondLinkToADirectoryAlreadyReadIsReportedNotReadAgain() throws IOException {
        page("corpus/news/a.txt");
        Path alias = Files.createSymbolicLink(dir.resolve("corpus/same"), dir.resolve("corpus/news"));

        ingest(dir.resolve("corpus"));

        assertThat(sink.ids()).containsExactly("a");
        assertThat(sink.reason(alias)).contains("same directory as " + dir.resolve("corpus/news"));
    }

    @Test
    void brokenLinksAndFifosInsideADirectoryAreReportedAndNotOpened() throws Exception {
        page("corpus/a.txt");
        Path broken = Files.createSymbolicLink(dir.resolve("corpus/gone.txt"), dir.resolve("nowhere.txt"));
        Path fifo = dir.resolve("corpus/feed.jsonl");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ingest(dir.resolve("corpus")));

        assertThat(sink.ids()).containsExactly("a");
        assertThat(sink.reason(broken)).isEqualTo("broken symbolic link: its target " + dir.resolve("nowhere.txt") + " does not exist");
        assertThat(sink.reason(fifo)).startsWith("not a regular file (a FIFO)");
    }

    @Test
    void aDirectoryThatCannotBeListedIsReportedAsSuch() throws IOException {
        page("corpus/locked/a.txt");
        page("corpus/b.txt");
        Path locked = dir.resolve("corpus/locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running as a user who reads any directory (root)");

            ingest(dir.resolve("corpus"));

            assertThat(sink.ids()).containsExactly("b");
            assertThat(sink.reason(locked)).isEqualTo("directory could not be read: permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aMissingPathAndABrokenLinkNamedByTheUserAreToldApart() throws IOException {
        Path missing = dir.resolve("missing.txt");
        Path broken = Files.createSymbolicLink(dir.resolve("link.txt"), missing);

        assertThatCode(() -> ingest(missing, broken)).doesNotThrowAnyException();

        assertThat(sink.reason(missing)).isEqualTo("no such file or directory");
        assertThat(sink.reason(broken)).startsWith("broken symbolic link");
    }

    /** Makes a FIFO with the system's mkfifo; false when there is none. */
    static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return process.waitFor() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        }
    }
}
