package dev.storyline.cli;

import dev.storyline.server.ServerSettings;
import dev.storyline.server.StorylineServer;
import dev.storyline.store.CorpusStore;
import dev.storyline.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyline serve [--data DIR] [--port 8080]}: the HTTP API and web UI over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store's stories: a web UI at / and a JSON API under /api (see docs/api.md).",
                "Listens on 127.0.0.1 unless --host says otherwise; the API has no authentication. Stop with Ctrl-C.",
                "Answers only requests whose Host header names the address listened on (or an --allow-host name), and",
                "refuses writes from other origins or in other body types than JSON (see docs/api.md, Security).",
                "Exit code: 1 when the store cannot be opened or the address cannot be listened on, 2 for bad arguments; "
                        + "otherwise it serves until stopped."})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "The store directory (default: ./storyline-data).")
    Path data = CorpusStore.DEFAULT_DIRECTORY;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "A host name the server also answers to, with any port: the public name of a reverse proxy in front of it (repeatable).")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--document-timeout", paramLabel = "SECONDS", defaultValue = "" + DocumentTimeout.DEFAULT_SECONDS,
            description = DocumentTimeout.DESCRIPTION)
    double documentTimeout;

    @Override
    public Integer call() {
        Checks.port(spec, port);
        Duration budget = Checks.documentTimeout(spec, documentTimeout);
        return serve(data, new ServerSettings(host, port, allowedHosts, ServerSettings.DEFAULTS.idleTimeout(), budget));
    }

    /** Opens the store, builds its stories if documents came in since, and serves until the process is stopped. */
    static int serve(Path data, ServerSettings settings) {
        try {
            CorpusStore store = CorpusStore.open(data);
            if (store.isStale()) {
                store.update();
            }
            StorylineServer server = StorylineServer.start(store, settings);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                store.close();
            }));
            System.out.println("Serving " + store.documentCount() + " documents from " + data + " at http://"
                    + settings.host() + ":" + server.address().getPort() + "/ (Ctrl-C to stop)");
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
