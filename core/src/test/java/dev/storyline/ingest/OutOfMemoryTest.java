package dev.storyline.ingest;

import dev.storyline.cluster.ClusteringSettings;
import dev.storyline.compare.SentenceClaimAligner;
import dev.storyline.dedup.MinHashDeduplicator;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.DeclaredMetadata;
import dev.storyline.model.MediaType;
import dev.storyline.model.RawDocument;
import dev.storyline.model.SkippedInput;
import dev.storyline.pipeline.Pipeline;
import dev.storyline.summarize.CentroidSummarizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs that would take more memory than there is: under a 64 MiB heap, bounded headers and lines are skipped while
 * streaming, an input that still runs out of memory is skipped with that reason, and the inputs after them all come
 * through.
 */
class OutOfMemoryTest {

    private static final long BOMB_BYTES = 80L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void underASmallHeapBombsAreSkippedWithTheirReasonAndTheGoodInputsAfterThemAreRead() throws Exception {
        Path bounded = Files.createDirectories(dir.resolve("bounded"));
        Path warcBomb = Bombs.warcHeaderBomb(bounded.resolve("a-bomb.warc.gz"), BOMB_BYTES);
        Path httpBomb = Bombs.httpHeaderBomb(bounded.resolve("b-http.warc.gz"), BOMB_BYTES);
        Path lineBomb = Bombs.sparse(bounded.resolve("c-lines.jsonl"), BOMB_BYTES, "\n{\"id\":\"good-line\",\"text\":\"A good line.\"}\n");
        Files.write(bounded.resolve("d-good.warc.gz"), IngesterTest.gzip(IngesterTest.warcRecord(
                "https://news.example/good", "text/html", "<html><body><p>Good</p></body></html>")));
        Path unbounded = Files.createDirectories(dir.resolve("unbounded"));
        Path huge = Bombs.sparse(unbounded.resolve("a-huge.txt"), 2 * BOMB_BYTES, "");
        Files.writeString(unbounded.resolve("b-good.txt"), "Harbour notice\n\nThe north quay closes on Monday.");

        Map<String, String> skipped = new HashMap<>();
        List<String> documents = new ArrayList<>();
        List<String> output = runWithSmallHeap(bounded, unbounded);
        for (String line : output) {
            if (line.startsWith("document ")) {
                documents.add(line.substring("document ".length()));
            } else if (line.startsWith("skipped ")) {
                String[] parts = line.substring("skipped ".length()).split("\t", 2);
                skipped.put(parts[0], parts[1]);
            }
        }

        assertThat(output).as("the child's output").contains("done");
        assertThat(documents).containsExactly("https://news.example/after", "good-line", "https://news.example/good", "b-good");
        assertThat(skipped.get(warcBomb.toString())).startsWith("WARC record 1 has a header larger than 1048576 bytes");
        assertThat(skipped.get(httpBomb + "#record-1")).startsWith("HTTP header larger than 1048576 bytes");
        assertThat(skipped.get(lineBomb + "#1")).startsWith("too large: line 1 is longer than 10485760 bytes");
        assertThat(skipped.get(huge.toString())).startsWith("ran out of memory while reading it");
        assertThat(skipped).hasSize(4);
    }

    @Test
    void aDocumentWhoseAnalysisRunsOutOfMemoryIsSkippedAndTheNextIsAnalyzed() {
        Pipeline pipeline = new Pipeline(new Ingester(), ArticleExtractor.standard(), article -> {
            if (article.id().equals("bomb")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return new AnalyzedDocument(article, List.of(), List.of(), List.of(), List.of(), List.of());
        }, new MinHashDeduplicator(), ClusteringSettings.DEFAULTS, new SentenceClaimAligner(), new CentroidSummarizer());
        List<SkippedInput> skipped = new ArrayList<>();

        AnalyzedDocument bomb = pipeline.analyze(page("bomb", "Bomb notice"), skipped);
        AnalyzedDocument good = pipeline.analyze(page("good", "Harbour notice"), skipped);

        assertThat(bomb).isNull();
        assertThat(good).isNotNull();
        assertThat(skipped).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo("bomb.txt");
            assertThat(s.reason()).startsWith("ran out of memory while analyzing it");
        });
    }

    private static RawDocument page(String id, String title) {
        byte[] text = (title + "\n\nThe harbour office said on Monday that the north quay will close for repairs. "
                + "Ships due at the quay are sent to the south berth, the office said in a statement.\n")
                .getBytes(StandardCharsets.UTF_8);
        return new RawDocument(id, id + ".txt", null, MediaType.TEXT, text, StandardCharsets.UTF_8, null, DeclaredMetadata.NONE);
    }

    private static List<String> runWithSmallHeap(Path bounded, Path unbounded) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), SmallHeapIngest.class.getName(),
                bounded.toString(), unbounded.toString())
                .redirectErrorStream(true)
                .start();
        child.getOutputStream().close();
        List<String> lines = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("exit code; output: %s", lines).isZero();
        return lines;
    }
}
