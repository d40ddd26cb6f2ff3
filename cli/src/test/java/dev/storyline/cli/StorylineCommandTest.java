package dev.storyline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

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
    void explainSaysWhyEachDocumentIsInItsEventAndWhoEachQuoteIsCreditedTo() throws IOException {
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

                "We will stay out until the operator sits down with us," union leader Ana Ruiz said.
                """);
        Path out = dir.resolve("out");

        assertThat(run("analyze", in.toString(), "--out", out.toString(), "--quiet", "--explain")).isZero();

        String json = Files.readString(out.resolve("report.json"));
        assertThat(json).contains("\"explanations\"").contains("\"decision\" : \"new\"").contains("\"decision\" : \"joined\"");
        assertThat(Files.readString(out.resolve("report.md"))).contains("## Why each document is in its event")
                .contains("## Who each quote is credited to").contains("| Ana Ruiz | cue-after: a said-type cue with a name right after the quote |");
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

    @Test
    void numbersOutOfRangeExitTwoWithTheOptionNamedAndUsage() throws IOException {
        Path page = Files.writeString(dir.resolve("ferry.txt"), "Ferry crews in Marlow stayed off work on Tuesday.\n");
        String in = page.toString();
        String data = dir.resolve("data").toString();
        Path out = dir.resolve("out");
        List<List<String>> cases = List.of(
                List.of("analyze", in, "--out", out.toString(), "--max-bytes", "0"),
                List.of("extract", in, "--max-bytes", "-5"),
                List.of("ingest", in, "--data", data, "--batch", "0"),
                List.of("ingest", in, "--data", data, "--threads", "-1"),
                List.of("serve", "--data", data, "--port", "99999"),
                List.of("serve", "--data", data, "--port", "-1"),
                List.of("demo", "--serve", "--data", data, "--port", "65536"));
        for (List<String> args : cases) {
            err.getBuffer().setLength(0);
            String option = args.get(args.size() - 2);

            assertThat(run(args.toArray(String[]::new))).as("%s", args).isEqualTo(2);

            assertThat(err.toString()).as("%s", args).contains(option + " must be").contains("Usage:")
                    .doesNotContain("Exception");
        }
        assertThat(out.resolve("report.json")).doesNotExist();
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void anOutUnderARegularFileExitsTwoBeforeTheAnalysis() throws IOException {
        Path file = Files.writeString(dir.resolve("file.txt"), "not a directory");
        Path out = file.resolve("out");

        assertThat(run("analyze", dir.resolve("missing.txt").toString(), "--out", out.toString())).isEqualTo(2);
        assertThat(run("demo", "--corpus", dir.resolve("no-corpus").toString(), "--out", out.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("cannot write to --out " + out).contains(file + " is a file, not a directory")
                .contains("Usage:");
    }

    @Test
    void aReadOnlyOutExitsTwo() throws IOException {
        Path out = Files.createDirectories(dir.resolve("read-only"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeFalse(Files.isWritable(out), "permissions are not enforced for this user");

        assertThat(run("analyze", dir.resolve("missing.txt").toString(), "--out", out.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("cannot write to --out " + out + ": permission denied").contains("Usage:");
    }

    @Test
    void ingestExitsOneWhenNothingCouldBeStoredAndZeroWhenTheInputsAreStored() throws IOException {
        Path page = Files.writeString(dir.resolve("ferry.txt"), """
                Ferry strike closes the port of Marlow

                Ferry crews in Marlow stayed off work on Tuesday, leaving hundreds of passengers stranded at the terminal.

                The union said the strike would go on until the operator agreed to talks about night shifts.
                """);
        String data = dir.resolve("data").toString();

        assertThat(run("ingest", dir.resolve("missing.txt").toString(), "--data", data, "--quiet")).isEqualTo(1);
        assertThat(dir.resolve("data")).isDirectory();
        assertThat(run("ingest", page.toString(), "--data", data, "--quiet")).isZero();
        assertThat(run("ingest", page.toString(), "--data", data, "--quiet")).as("already stored").isZero();
    }

    @Test
    void helpStatesEachCommandsExitCodes() {
        for (String command : List.of("analyze", "extract", "ingest", "serve", "demo")) {
            out.getBuffer().setLength(0);
            assertThat(run(command, "--help")).isZero();
            assertThat(out.toString()).as(command).contains("Exit code:");
        }
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("with --serve, as for ingest, then as for serve");
    }
}
