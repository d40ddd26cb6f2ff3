package dev.storyline.bench.summaries;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryEvaluationTest {

    @Test
    void cutsTheSentenceThatCrossesTheBudget() {
        List<String> sentences = List.of("One two three.", "Four  five six.", "Seven.");

        assertThat(SummaryEvaluation.cut(sentences, 4)).isEqualTo("One two three. Four");
        assertThat(SummaryEvaluation.cut(sentences, 6)).isEqualTo("One two three. Four five six.");
        assertThat(SummaryEvaluation.cut(sentences, 50)).isEqualTo("One two three. Four five six. Seven.");
        assertThat(SummaryEvaluation.cut(sentences, 0)).isEmpty();
    }

    @Test
    void theReferenceIsTheBodyWithoutTheHeadline() {
        assertThat(SummaryEvaluation.referenceBody("TITLE=> Vaccine Rollout Begins. ARTICLE=> Britain began\u00a0vaccinating. "))
                .isEqualTo("Britain began vaccinating.");
        assertThat(SummaryEvaluation.referenceBody("TITLE=> Only a headline.")).isEqualTo("Only a headline.");
    }

    /*
     * One line whose reference is, word for word, the first article's body: LEAD, held to the reference's 15 words,
     * returns exactly that body, so its ROUGE-1 F1 is 1.
     */
    @Test
    void scoresEveryLineAgainstItsReference(@TempDir Path data) throws IOException {
        String first = "Officials in the coastal town ordered residents to leave their homes before the storm arrived.";
        String second = "A powerful storm hit the coast on Monday, flooding streets and cutting power to thousands of homes.";
        String third = "Emergency crews worked through the night to reach families stranded by the rising water in the town.";
        Path neus = Files.createDirectories(data.resolve("neus"));
        Files.writeString(neus.resolve("test.source"), "TITLE=> Town evacuated. ARTICLE=> " + first
                + " [SEP] TITLE=> Storm hits coast. ARTICLE=> " + second
                + " [SEP] TITLE=> Crews rescue families. ARTICLE=> " + third + "\n", StandardCharsets.UTF_8);
        Files.writeString(neus.resolve("test.target"), "TITLE=> Storm Floods Coastal Town. ARTICLE=> " + first + " \n",
                StandardCharsets.UTF_8);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new SummaryEvaluation()).execute("--data", data.toString(), "--json");
        } finally {
            System.setOut(out);
        }

        String json = printed.toString(StandardCharsets.UTF_8).strip();
        assertThat(exit).isZero();
        assertThat(json).startsWith("{\"lines\":1,\"reference_words\":15.0,")
                .contains("\"lead_rouge1\":1.0000", "\"lead_words\":15.0", "\"storyline_rouge1\":", "\"lexrank_rougeL\":")
                .endsWith("}");
    }

    @Test
    void failsWithoutTheDataSet(@TempDir Path data) {
        assertThat(new CommandLine(new SummaryEvaluation()).execute("--data", data.toString())).isEqualTo(1);
    }
}
