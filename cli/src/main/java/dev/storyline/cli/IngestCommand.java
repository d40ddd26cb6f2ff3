package dev.storyline.cli;

import dev.storyline.pipeline.CorpusBuilder.BuildStatistics;
import dev.storyline.store.CorpusIngester;
import dev.storyline.store.CorpusStore;
import dev.storyline.store.StoreException;
import dev.storyline.store.StoreViews.IngestSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyline ingest PATH... [--data DIR]}: adds documents to the embedded store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Adds documents to the store (SQLite and a Lucene index in --data) and brings its stories up to date.",
                "A document already stored with the same bytes is left alone; one with other bytes is replaced.",
                "Each batch is committed on its own: after a crash, run the same command again to finish.",
                "Exit code: 0 when at least one input document was added, updated or already stored, 1 when none could be "
                        + "or the store cannot be opened or written, 2 for bad arguments."})
final class IngestCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for standard input.")
    List<String> paths;

    @Option(names = "--data", paramLabel = "DIR", description = "The store directory (default: ./storyline-data).")
    Path data = CorpusStore.DEFAULT_DIRECTORY;

    @Option(names = "--batch", paramLabel = "N", description = "Documents per transaction (default: ${DEFAULT-VALUE}).")
    int batch = CorpusIngester.DEFAULT_BATCH_SIZE;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that extract and analyze (default: one per CPU).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--document-timeout", paramLabel = "SECONDS", defaultValue = "" + DocumentTimeout.DEFAULT_SECONDS,
            description = DocumentTimeout.DESCRIPTION)
    double documentTimeout;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() {
        Checks.atLeastOne(spec, "--batch", batch);
        Checks.atLeastOne(spec, "--threads", threads);
        Duration budget = Checks.documentTimeout(spec, documentTimeout);
        return ingest(paths, data, batch, threads, budget, quiet);
    }

    /** Ingests {@code paths} into the store in {@code data}: 0 when a document is now stored from them, else 1. */
    static int ingest(List<String> paths, Path data, int batch, int threads, Duration documentBudget, boolean quiet) {
        try (CorpusStore store = CorpusStore.open(data);
             CorpusIngester ingester = new CorpusIngester(store, batch, threads, documentBudget)) {
            IngestSummary summary = ingester.ingest(paths, System.in);
            for (String reason : summary.skippedReasons()) {
                System.err.println("skipped " + reason);
            }
            if (!quiet) {
                System.out.printf("%d added, %d updated, %d unchanged, %d skipped; %s holds %d documents in %d stories%n",
                        summary.added(), summary.updated(), summary.unchanged(), summary.skipped(), data,
                        store.documentCount(), store.stories(Integer.MAX_VALUE).size());
                BuildStatistics build = summary.build();
                if (build != null) {
                    System.out.printf("stories brought up to date: grouped %d of %d documents%s, composed %d of %d events and %d of %d stories%n",
                            build.documentsGrouped(), build.documents(), build.regroupedAll() ? ", starting from the first" : "",
                            build.eventsComposed(), build.events(), build.storiesComposed(), build.stories());
                }
            }
            if (summary.added() + summary.updated() + summary.unchanged() == 0) {
                System.err.println("storyline ingest: no document could be stored");
                return 1;
            }
            return 0;
        } catch (StoreException e) {
            System.err.println("storyline ingest: " + e.getMessage());
            return 1;
        } catch (OutOfMemoryError e) {
            System.err.println("storyline ingest: " + data + ": ran out of memory while storing or building the stories;"
                    + " the batches committed before are kept (give Java more heap with STORYLINE_JAVA_OPTS=-Xmx...)");
            return 1;
        }
    }
}
