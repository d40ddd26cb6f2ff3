package dev.storyline.bench.clustering;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SemEvalPairsTest {

    private static final Path DATA = Path.of("/work/shared/data/semeval2022-task8");

    private static final String HEADER =
            "Unnamed: 0,pair_id,lang1,lang2,text1,text2,Geography,Entities,Time,Narrative,Overall,Style,Tone\n";

    @Test
    void keepsFirstEnglishPairPerId(@TempDir Path dir) throws IOException {
        Path training = gzip(dir.resolve("training.csv.gz"), HEADER
                + "9,11_22,en,en,\"Fire destroys mill\nThe blaze, which began at night, spread fast.\n\n"
                + "Crews said \"\"it was huge\"\".\",One line with no headline.,1,1,1,1,1.5,1,1\n"
                + "10,33_44,de,en,Ein Text,Another text,2,2,2,2,2.0,2,2\n");
        Path testing = gzip(dir.resolve("testing.csv.gz"), HEADER
                + "11,11_22,en,en,Variant text,Other variant,4,4,4,4,4.0,4,4\n"
                + "12,55_66,en,en,\"Title\nBody\",Body only,3,3,3,3,3.6666666667,3,3\n");

        List<SemEvalPairs.Pair> pairs = SemEvalPairs.readEnglish(training, testing);

        assertThat(pairs).extracting(SemEvalPairs.Pair::pairId).containsExactly("11_22", "55_66");
        SemEvalPairs.Pair first = pairs.get(0);
        assertThat(first.overall()).isCloseTo(1.5, within(1e-12));
        assertThat(first.first().id()).isEqualTo("11");
        assertThat(first.first().title()).isEqualTo("Fire destroys mill");
        assertThat(first.first().paragraphs())
                .containsExactly("The blaze, which began at night, spread fast.", "Crews said \"it was huge\".");
        assertThat(first.second().id()).isEqualTo("22");
        assertThat(first.second().title()).isNull();
        assertThat(first.second().paragraphs()).containsExactly("One line with no headline.");
        assertThat(first.first().event()).isNull();
        assertThat(pairs.get(1).overall()).isCloseTo(3.6666666667, within(1e-12));
    }

    @Test
    void readsTheRealSample() throws IOException {
        Path training = DATA.resolve("training_set.csv.gz");
        Path testing = DATA.resolve("testing_set.csv.gz");
        assumeTrue(Files.exists(training) && Files.exists(testing), "SemEval data not available");

        assertThat(SemEvalPairs.readEnglish(training, testing)).hasSize(354);
    }

    private static Path gzip(Path file, String csv) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(csv.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
