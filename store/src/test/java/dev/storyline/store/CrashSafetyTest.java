package dev.storyline.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a child JVM with SIGKILL in the middle of an ingest, 20 times, and checks that the store opens, holds every
 * batch the child reported committed, holds nothing twice, and that running the ingest again completes it.
 */
class CrashSafetyTest {

    private static final int DOCUMENTS = 60;
    private static final int TRIALS = 20;

    @TempDir
    Path work;

    /** The child: ingests a directory in small batches and prints each committed batch's ids. */
    public static void main(String[] args) {
        try (CorpusStore store = CorpusStore.open(Path.of(args[0]));
             CorpusIngester ingester = new CorpusIngester(store, 4, 1)) {
            ingester.onCommit(ids -> System.out.println("committed " + String.join(" ", ids)));
            ingester.ingest(List.of(args[1]), InputStream.nullInputStream());
            System.out.println("done");
        }
    }

    @Test
    void aKilledIngestLosesNoCommittedDocumentAndARerunCompletesIt() throws Exception {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Set<String> all = new HashSet<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            String id = String.format("doc-%03d", i);
            all.add(id);
            Files.writeString(corpus.resolve(id + ".txt"), "Harbour notice number " + i + "\n\n"
                    + "The harbour office of Tallis said on Monday that berth " + i + " will close for repairs. "
                    + "Ships due at berth " + i + " are sent to the north quay, the office said in a statement.\n");
        }
        Random random = new Random(7);
        int interrupted = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            Path data = work.resolve("store-" + trial);
            List<String> reported = killMidway(data, corpus, random);
            Set<String> stored;
            try (CorpusStore store = CorpusStore.open(data)) {
                List<String> ids = store.documentIds();
                stored = new HashSet<>(ids);
                assertThat(stored).as("trial %d: distinct ids", trial).hasSameSizeAs(ids);
                assertThat(all).as("trial %d: only corpus documents", trial).containsAll(stored);
                assertThat(stored).as("trial %d: every reported batch is kept", trial).containsAll(reported);
                List<String> found = new ArrayList<>();
                store.search("harbour", 2 * DOCUMENTS).documents().forEach(document -> found.add(document.id()));
                assertThat(found).as("trial %d: search finds what SQLite holds", trial).containsExactlyInAnyOrderElementsOf(ids);
            }
            if (stored.size() < DOCUMENTS) {
                interrupted++;
            }
            try (CorpusStore store = CorpusStore.open(data); CorpusIngester ingester = new CorpusIngester(store)) {
                ingester.ingest(List.of(corpus.toString()), InputStream.nullInputStream());
                List<String> ids = store.documentIds();
                assertThat(new HashSet<>(ids)).as("trial %d: the rerun completes the corpus", trial).isEqualTo(all);
                assertThat(ids).hasSize(DOCUMENTS);
                assertThat(store.isStale()).isFalse();
                assertThat(store.search("harbour", DOCUMENTS).documents()).hasSize(DOCUMENTS);
            }
        }
        assertThat(interrupted).as("trials killed before the ingest finished").isGreaterThan(TRIALS / 2);
    }

    /** Starts the child, kills it with SIGKILL soon after its first commit, and returns the ids it reported. */
    private static List<String> killMidway(Path data, Path corpus, Random random) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, CrashSafetyTest.class.getName(), data.toString(), corpus.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> reported = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("committed ")) {
                        Collections.addAll(reported, line.substring("committed ".length()).split(" "));
                    }
                }
            } catch (IOException ignored) {
                // the pipe breaks when the child is killed
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (reported.isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(random.nextInt(400));
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join(5_000);
        return new ArrayList<>(reported);
    }
}
