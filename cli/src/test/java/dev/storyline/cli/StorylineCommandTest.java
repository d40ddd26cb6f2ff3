package dev.storyline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StorylineCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = StorylineCommand.commandLine();
        commandLine.setErr(new PrintWriter(err));
        commandLine.setOut(new PrintWriter(out));
        return commandLine.execute(args);
    }

    @Test
    void extractPrintsTheCleanedArticleAndWhatWasRemoved() throws IOException {
        Path page = Files.writeString(dir.resolve("ferry.html"), """
                <html><head><title>Ferry strike closes the port | Marlow Mail</title>
                <meta property="og:site_name" content="Marlow Mail"></head>
                <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>
                <p>Ferry crews in Marlow stayed off work on Tuesday, leaving hundreds of passengers stranded.</p>
                <p>The union said the strike would go on until the operator agreed to talks about night shifts.</p>
                </article></body></html>
                """);

        assertThat(run("extract", "--removed", page.toString(), dir.resolve("missing.txt").toString())).isZero();

        assertThat(out.toString())
                .contains("title:     Ferry strike closes the port")
                .contains("outlet:    Marlow Mail")
                .contains("Ferry crews in Marlow stayed off work on Tuesday")
                .contains("[html: navigation] Home News");
        assertThat(err.toString()).contains("missing.txt").contains("no such file or directory");
    }

    @Test
    void extractJsonPrintsOneDocumentObjectPerLine() throws IOException {
        Path page = Files.writeString(dir.resolve("ferry.txt"), """
                Ferry strike closes the port of Marlow

                Ferry crews in Marlow stayed off work on Tuesday, leaving hundreds of passengers stranded at the terminal.

                The union said the strike would go on until the operator agreed to talks about night shifts.
                """);

        assertThat(run("extract", "--json", page.toString())).isZero();

        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(1);
        assertThat(lines[0]).startsWith("{\"id\":\"ferry\"").contains("\"title\":\"Ferry strike closes the port of Marlow\"")
                .contains("\"removed\":[").contains("\"quotes\":[");
    }

    @Test
    void analyzeWritesTheThreeReportsAndExitsZero() throws IOException {
        Path page = dir.resolve("in/ferry.txt");
        Files.createDirectories(page.getParent());
        Files.writeString(page, """
                Ferry strike closes the port of Marlow

                Ferry crews in Marlow stayed off work on Tuesday, leaving hundreds of passengers stranded at the terminal.

                The union said the strike would go on until the operator agreed to talks about night shifts.
                """);
        Path out = dir.resolve("out");

        assertThat(run("analyze", dir.resolve("in").toString(), "--out", out.toString(), "--quiet")).isZero();

        assertThat(out.resolve("report.json")).isNotEmptyFile();
        assertThat(out.resolve("report.md")).isNotEmptyFile();
        assertThat(out.resolve("report.html")).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("report.json"))).contains("\"format\" : \"storyline-report/1\"")
                .doesNotContain("explanations");
    }

    @Test
    void explainSaysWhyEachDocumentIsInItsEvent() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), """
                Ferry strike closes the port of Marlow

                Ferry crews in Marlow stayed off work on Tuesday, leaving hundreds of passengers stranded at the terminal.

                The union said the strike would go on until the operator agreed to talks about night shifts.
                """);
        Files.writeString(in.resolve("b.txt"), """
                Marlow port shut as ferry crews strike

                Hundreds of passengers were stranded at the Marlow ferry terminal on Tuesday as crews stayed off work.

                The union said its members would strike until the operator agreed to talks over night shifts.
                """);
        Path out = dir.resolve("out");

        assertThat(run("analyze", in.toString(), "--out", out.toString(), "--quiet", "--explain")).isZero();

        String json = Files.readString(out.resolve("report.json"));
        assertThat(json).contains("\"explanations\"").contains("\"decision\" : \"new\"").contains("\"decision\" : \"joined\"");
        assertThat(Files.readString(out.resolve("report.md"))).contains("## Why each document is in its event");
        assertThat(Files.readString(out.resolve("report.html"))).contains("Why each document is in its event");
    }

    @Test
    void exitsOneWhenNoDocumentCouldBeAnalyzedButStillWritesTheReport() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path out = dir.resolve("out");

        assertThat(run("analyze", empty.toString(), dir.resolve("missing.html").toString(), "--out", out.toString(), "--quiet")).isEqualTo(1);

        String report = Files.readString(out.resolve("report.json"));
        assertThat(report).contains("empty.txt").contains("no such file or directory");
    }

    @Test
    void badArgumentsExitTwoWithUsage() {
        assertThat(run("analyze", "--out")).isEqualTo(2);
        assertThat(run("analyze", "x.txt")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("Usage:");
    }

    @Test
    void demoAnalyzesTheBundledCorpus() {
        Path corpus = Path.of("..", "examples", "corpus");
        assertThat(run("demo", "--corpus", corpus.toString(), "--out", dir.resolve("demo").toString())).isZero();
        assertThat(dir.resolve("demo/report.html")).isNotEmptyFile();
    }
}
