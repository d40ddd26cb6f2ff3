package dev.storyline.spark;

import dev.storyline.model.Event;
import dev.storyline.model.Family;
import dev.storyline.model.Report;
import dev.storyline.model.Story;
import dev.storyline.pipeline.Pipeline;
import dev.storyline.pipeline.ProgressListener;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The Spark job against {@code analyze} on the demo corpus and the seeds, and on bad inputs. */
class SparkAnalysisTest {

    private static final List<String> INPUTS = List.of(LocalSpark.DEMO.toString(), LocalSpark.SEEDS.toString());

    private static Report single;

    @BeforeAll
    static void analyzeInOneJvm() {
        assumeTrue(Files.isDirectory(LocalSpark.SEEDS), "the seeds are in ../shared/seeds");
        single = Pipeline.standard().analyze(INPUTS, new ByteArrayInputStream(new byte[0]), ProgressListener.NONE);
    }

    private static SparkAnalysis.Result run(List<String> inputs, Path out, int windowDays) {
        SparkSettings settings = new SparkSettings(inputs, out.toString(), 4, 10L << 20, windowDays, 1_000, false);
        return new SparkAnalysis(LocalSpark.session(), settings).run();
    }

    /** A clustering as a set of sets of document ids: what stays when ids and order are set aside. */
    private static <T> Set<Set<String>> partition(List<T> groups, Function<T, List<String>> documents) {
        return groups.stream().map(g -> Set.copyOf(documents.apply(g))).collect(Collectors.toSet());
    }

    @Test
    void findsTheFamiliesEventsAndStoriesOfAnalyze(@TempDir Path out) {
        SparkAnalysis.Result result = run(INPUTS, out, SparkSettings.DEFAULT_WINDOW_DAYS);
        Report report = result.report();

        assertThat(report.documents()).extracting(d -> d.id())
                .containsExactlyElementsOf(single.documents().stream().map(d -> d.id()).toList());
        assertThat(partition(report.families(), Family::documents)).isEqualTo(partition(single.families(), Family::documents));
        assertThat(partition(report.events(), Event::documents)).isEqualTo(partition(single.events(), Event::documents));
        assertThat(partition(report.stories(), Story::documents)).isEqualTo(partition(single.stories(), Story::documents));
        assertThat(report.stories()).allSatisfy(story -> assertThat(story.summary()).isNotEmpty());
        assertThat(result.events()).isEqualTo(single.events().size());

        List<Row> documents = LocalSpark.session().read().parquet(out.resolve("tables/documents").toString()).collectAsList();
        assertThat(documents).hasSize(single.documents().size());
        assertThat(documents).allSatisfy(row -> {
            assertThat(row.getString(row.fieldIndex("event"))).matches("e\\d+");
            assertThat(row.getString(row.fieldIndex("story"))).matches("s\\d+");
        });
        assertThat(LocalSpark.session().read().parquet(out.resolve("tables/quotes").toString()).count()).isPositive();
    }

    @Test
    void narrowWindowsStitchEveryDocumentIntoOneEventAndOneStory(@TempDir Path out) {
        Report report = run(INPUTS, out, 3).report();

        assertThat(partition(report.families(), Family::documents)).isEqualTo(partition(single.families(), Family::documents));
        List<String> inEvents = new ArrayList<>();
        report.events().forEach(e -> inEvents.addAll(e.documents()));
        List<String> inStories = new ArrayList<>();
        report.stories().forEach(s -> inStories.addAll(s.documents()));
        Set<String> all = report.documents().stream().map(d -> d.id()).collect(Collectors.toSet());
        assertThat(inEvents).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        assertThat(inStories).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        Set<String> eventIds = new HashSet<>();
        report.stories().forEach(s -> eventIds.addAll(s.events()));
        assertThat(eventIds).hasSize(report.events().size());
    }

    @Test
    void listsBadInputsAsSkippedAndGoesOn(@TempDir Path in, @TempDir Path out) throws IOException {
        Files.writeString(in.resolve("good.txt"), "Flood waters rise in the valley\n\n"
                + "The river rose two metres overnight and closed the main road, officials said on Tuesday.\n\n"
                + "Residents of the lower town were asked to leave their homes before noon.\n", StandardCharsets.UTF_8);
        Files.write(in.resolve("empty.html"), new byte[0]);
        Files.write(in.resolve("binary.warc"), new byte[]{0, 1, 2, 3, (byte) 0xFF, 0x7F, 0, 0});
        Files.write(in.resolve("cut.warc.gz"), new byte[]{0x1f, (byte) 0x8b, 8, 0, 0, 0});
        Files.writeString(in.resolve("notes.docx"), "not a page");

        SparkAnalysis.Result result = run(List.of(in.toString(), in.resolve("missing.html").toString()), out, 28);

        assertThat(result.documents()).isEqualTo(1);
        List<Row> skipped = LocalSpark.session().read().parquet(out.resolve("tables/skipped").toString()).collectAsList();
        assertThat(skipped).extracting(row -> Path.of(row.getString(0)).getFileName().toString())
                .contains("empty.html", "binary.warc", "cut.warc.gz", "notes.docx", "missing.html");
        assertThat(skipped).allSatisfy(row -> assertThat(row.getString(1)).isNotBlank());
    }
}
