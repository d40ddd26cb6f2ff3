package dev.storyline.cli;

import dev.storyline.ingest.Ingester;
import dev.storyline.pipeline.Pipeline;
import dev.storyline.server.ServerSettings;
import dev.storyline.store.CorpusIngester;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyline demo}: analyzes the bundled fictional corpus. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Analyzes the bundled demo corpus (examples/corpus) and says where the report is.",
                "With --serve, loads it into a store instead and serves the web UI and API on 127.0.0.1.",
                "Exit code: as for analyze, and 1 when the corpus is missing; with --serve, as for ingest, then as for serve."})
final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "The demo corpus (default: examples/corpus under the Storyline home).")
    Path corpus;

    @Option(names = "--explain", description = "Add to the report why every document joined its event and every event its story, and which rule credited each quote to its speaker.")
    boolean explain;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "demo-report",
            description = "Directory to write the reports to (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--serve", description = "Load the corpus into the store in --data and serve it (see storyline serve).")
    boolean serve;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "demo-data",
            description = "With --serve: the store directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "With --serve: the port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() {
        if (serve) {
            Checks.port(spec, port);
        } else {
            Checks.writableDirectory(spec, "--out", out);
        }
        Path dir = corpus != null ? corpus : home().resolve("examples").resolve("corpus");
        if (!Files.isDirectory(dir)) {
            System.err.println("storyline demo: the demo corpus is not at " + dir + "; pass --corpus DIR");
            return 1;
        }
        if (serve) {
            int loaded = IngestCommand.ingest(List.of(dir.toString()), data, CorpusIngester.DEFAULT_BATCH_SIZE,
                    Runtime.getRuntime().availableProcessors(), Pipeline.DEFAULT_DOCUMENT_BUDGET, false);
            return loaded != 0 ? loaded : ServeCommand.serve(data, ServerSettings.DEFAULTS.on("127.0.0.1", port));
        }
        return new Analysis(Ingester.DEFAULT_MAX_DOCUMENT_BYTES, Pipeline.DEFAULT_DOCUMENT_BUDGET, false, explain).run(List.of(dir.toString()), out);
    }

    /** The Storyline checkout: {@code STORYLINE_HOME} as set by the launcher script, else the current directory. */
    private static Path home() {
        String home = System.getenv("STORYLINE_HOME");
        return Path.of(home == null || home.isBlank() ? "." : home);
    }
}
