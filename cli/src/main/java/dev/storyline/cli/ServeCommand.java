package dev.storyline.cli;

import dev.storyline.server.StorylineServer;
import dev.storyline.store.CorpusStore;
import dev.storyline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code storyline serve [--data DIR] [--port 8080]}: the HTTP API and web UI over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store's stories: a web UI at / and a JSON API under /api (see docs/api.md).",
                "Listens on 127.0.0.1 unless --host says otherwise; the API has no authentication. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "The store directory (default: ./storyline-data).")
    Path data = CorpusStore.DEFAULT_DIRECTORY;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Override
    public Integer call() {
        return serve(data, host, port);
    }

    /** Opens the store, builds its stories if documents came in since, and serves until the process is stopped. */
    static int serve(Path data, String host, int port) {
        try {
            CorpusStore store = CorpusStore.open(data);
            if (store.isStale()) {
                store.update();
            }
            StorylineServer server = StorylineServer.start(store, host, port);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                store.close();
            }));
            System.out.println("Serving " + store.documentCount() + " documents from " + data + " at http://"
                    + host + ":" + server.address().getPort() + "/ (Ctrl-C to stop)");
            Thread.currentThread().join();
            return 0;
        } catch (StoreException | IOException e) {
            System.err.println("storyline serve: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
