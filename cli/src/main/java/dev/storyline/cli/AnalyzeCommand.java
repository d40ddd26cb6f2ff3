package dev.storyline.cli;

import dev.storyline.ingest.Ingester;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyline analyze PATH... --out DIR}: the main job. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyzes news pages and writes report.json, report.md and report.html.",
                "Inputs: .txt, .html/.htm, .jsonl, .warc/.warc.gz files, directories (read recursively), or - for stdin.",
                "Exit code: 0 when at least one document was analyzed, 1 when none could be (the reports are still written) "
                        + "or writing the reports failed, 2 for bad arguments."})
final class AnalyzeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for standard input.")
    List<String> paths;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Directory to write the reports to (created if missing).")
    Path out;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + Ingester.DEFAULT_MAX_DOCUMENT_BYTES,
            description = "Largest document to analyze, in bytes; larger ones are listed as skipped (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--document-timeout", paramLabel = "SECONDS", defaultValue = "" + DocumentTimeout.DEFAULT_SECONDS,
            description = DocumentTimeout.DESCRIPTION)
    double documentTimeout;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--explain", description = "Add to the report why every document joined its event and why every event joined its story (the decision, the score and the top similarity features), and which rule credited each quote to its speaker.")
    boolean explain;

    @Override
    public Integer call() {
        Checks.atLeastOne(spec, "--max-bytes", maxBytes);
        Duration budget = Checks.documentTimeout(spec, documentTimeout);
        Checks.writableDirectory(spec, "--out", out);
        return new Analysis(maxBytes, budget, quiet, explain).run(paths, out);
    }
}
