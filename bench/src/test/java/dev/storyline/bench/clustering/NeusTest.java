package dev.storyline.bench.clustering;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class NeusTest {

    private static final Path REAL = Path.of("/work/shared/data/neus/test.source");

    @Test
    void splitsLinesIntoThreeArticlesOfOneStory(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("test.source");
        String first = "TITLE=> Senate report on NRA. ARTICLE=> A new report alleges ties."
                + " [SEP] TITLE=> Has relief gone unspent?. ARTICLE=> House Democrats\u00a0asked."
                + " [SEP] TITLE=> What We Know About Surfside, Fla.. ARTICLE=> A tower collapsed.";
        String second = "TITLE=> Vaccine rollout begins. ARTICLE=> Britain starts."
                + " [SEP] TITLE=> Only a headline here. ARTICLE=> "
                + " [SEP] TITLE=> Third outlet's take. ARTICLE=> Shots given.";
        Files.writeString(source, first + "\n" + second + "\n", StandardCharsets.UTF_8);

        List<LabeledDocument> docs = Neus.read(source);

        assertThat(docs).extracting(LabeledDocument::id)
                .containsExactly("neus-1-1", "neus-1-2", "neus-1-3", "neus-2-1", "neus-2-2", "neus-2-3");
        assertThat(docs).extracting(LabeledDocument::title).containsExactly(
                "Senate report on NRA", "Has relief gone unspent?", "What We Know About Surfside, Fla.",
                "Vaccine rollout begins", "Only a headline here", "Third outlet's take");
        assertThat(docs.get(1).paragraphs()).containsExactly("House Democrats asked.");
        assertThat(docs.get(4).paragraphs()).containsExactly("Only a headline here");
        assertThat(docs.get(2).story()).isEqualTo("neus-1");
        assertThat(docs.get(3).event()).isEqualTo("neus-2");
        assertThat(docs.get(3).story()).isEqualTo("neus-2");
    }

    @Test
    void splitsReadSideBySideKeepApartAndKnowTheirLines(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("train.source");
        String line = "TITLE=> A. ARTICLE=> a. [SEP] TITLE=> B. ARTICLE=> b. [SEP] TITLE=> C. ARTICLE=> c.";
        Files.writeString(source, line + "\n\n" + line + "\n", StandardCharsets.UTF_8);

        List<LabeledDocument> docs = Neus.read(source, "neus-train-");

        assertThat(docs).extracting(LabeledDocument::id).startsWith("neus-train-1-1").endsWith("neus-train-3-3");
        assertThat(docs).extracting(Neus::line).containsExactly(1, 1, 1, 3, 3, 3);
    }

    @Test
    void readsTheRealTestSet() throws IOException {
        assumeTrue(Files.exists(REAL), "NeuS data not available");

        List<LabeledDocument> docs = Neus.read(REAL);

        Set<String> stories = new HashSet<>();
        for (LabeledDocument doc : docs) {
            stories.add(doc.story());
        }
        assertThat(docs).hasSize(921);
        assertThat(stories).hasSize(307);
    }
}
