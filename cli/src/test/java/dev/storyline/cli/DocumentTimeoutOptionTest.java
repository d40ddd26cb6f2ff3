package dev.storyline.cli;

import dev.storyline.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --document-timeout SECONDS} on analyze, ingest and serve: its default is the pipeline's, and it is checked. */
class DocumentTimeoutOptionTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = StorylineCommand.commandLine();
        commandLine.setErr(new PrintWriter(err));
        commandLine.setOut(new PrintWriter(new StringWriter()));
        return commandLine.execute(args);
    }

    @Test
    void theDefaultIsThePipelines() {
        assertThat(DocumentTimeout.DEFAULT_SECONDS).isEqualTo(Pipeline.DEFAULT_DOCUMENT_BUDGET.toSeconds());
        for (String command : new String[] {"analyze", "ingest", "serve"}) {
            CommandLine.Model.OptionSpec option = StorylineCommand.commandLine().getSubcommands().get(command)
                    .getCommandSpec().findOption("--document-timeout");
            assertThat(option).as(command).isNotNull();
            assertThat(option.defaultValue()).as(command).isEqualTo("120");
        }
    }

    @Test
    void aNegativeOrNonNumericTimeoutIsABadArgument() {
        String out = dir.resolve("out").toString();

        assertThat(run("analyze", "x.txt", "--out", out, "--document-timeout", "-1")).isEqualTo(2);
        assertThat(err.toString()).contains("--document-timeout must be a number of seconds, 0 for no budget");
        assertThat(run("ingest", "x.txt", "--data", dir.resolve("data").toString(), "--document-timeout", "NaN")).isEqualTo(2);
        assertThat(run("serve", "--document-timeout", "soon")).isEqualTo(2);
    }
}
