package dev.storyline.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.storyline.store.CorpusIngester;
import dev.storyline.store.CorpusStore;
import dev.storyline.store.StoreJson;
import dev.storyline.store.StoreViews.IngestSummary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP JSON API and the web UI over a {@link CorpusStore}, on the JDK's own HTTP server.
 *
 * <ul>
 *   <li>{@code GET /api/stories?limit=N}: the story list</li>
 *   <li>{@code GET /api/stories/ID}: one story with its events, documents, families, quotes, claims and timeline</li>
 *   <li>{@code GET /api/documents/ID}: one document with its clean text and the lines removed, with the reason</li>
 *   <li>{@code GET /api/search?q=WORDS&limit=N}: matching documents and their stories</li>
 *   <li>{@code GET /api/skipped}: inputs that gave no document, with the reason</li>
 *   <li>{@code POST /api/documents}: ingests a body of JSON Lines, one document a line</li>
 *   <li>{@code GET /}: the web UI, a page and a script that read the API</li>
 * </ul>
 * Errors are JSON objects with an {@code error} message and a 4xx or 5xx status. Ids in paths are URL-encoded.
 */
public final class StorylineServer implements AutoCloseable {

    /** The largest body {@code POST /api/documents} accepts. */
    public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 1000;

    static {
        // The JDK server writes a response's headers and body in separate packets; with Nagle's algorithm on, the
        // body waits for the client's delayed ACK, about 40 ms on Linux, on every request. Read once, when the JDK
        // server's configuration class loads, so it is set before the first server is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final CorpusStore store;
    private final CorpusIngester ingester;
    private final HttpServer http;
    private final ExecutorService threads;
    private final ObjectMapper json = StoreJson.mapper();
    private final Object ingestLock = new Object();

    private StorylineServer(CorpusStore store, CorpusIngester ingester, HttpServer http, ExecutorService threads) {
        this.store = store;
        this.ingester = ingester;
        this.http = http;
        this.threads = threads;
    }

    /**
     * Starts serving {@code store} on {@code host:port} (port 0 picks a free one). Use 127.0.0.1 unless the API
     * is meant to be reachable from other machines: it has no authentication.
     */
    public static StorylineServer start(CorpusStore store, String host, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 128);
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
        StorylineServer server = new StorylineServer(store, new CorpusIngester(store), http, threads);
        http.createContext("/", server::handle);
        http.setExecutor(threads);
        http.start();
        return server;
    }

    /** The address the server listens on, with the port it was given. */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            if (path.startsWith("/api/")) {
                api(exchange, method, path.substring("/api/".length()));
            } else if (!method.equals("GET")) {
                throw new ApiError(405, method + " is not allowed on " + path);
            } else if (!Ui.serve(exchange, path)) {
                throw new ApiError(404, "no such page: " + path);
            }
        } catch (ApiError e) {
            error(exchange, e.status, e.getMessage());
        } catch (RuntimeException e) {
            error(exchange, 500, "internal error: " + e.getMessage());
        } finally {
            exchange.close();
        }
    }

    private void api(HttpExchange exchange, String method, String route) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if (route.equals("documents") && method.equals("POST")) {
            send(exchange, 200, ingest(exchange));
            return;
        }
        if (!method.equals("GET")) {
            throw new ApiError(405, method + " is not allowed on /api/" + route);
        }
        if (route.equals("stories")) {
            send(exchange, 200, store.stories(limit(query)));
        } else if (route.startsWith("stories/")) {
            String id = decode(route.substring("stories/".length()));
            sendJson(exchange, 200, found(store.storyJson(id), "story", id));
        } else if (route.startsWith("documents/")) {
            String id = decode(route.substring("documents/".length()));
            send(exchange, 200, found(store.document(id), "document", id));
        } else if (route.equals("search")) {
            String words = query.getOrDefault("q", "").strip();
            if (words.isEmpty()) {
                throw new ApiError(400, "search needs words: /api/search?q=WORDS");
            }
            send(exchange, 200, store.search(words, limit(query)));
        } else if (route.equals("skipped")) {
            send(exchange, 200, store.skipped());
        } else {
            throw new ApiError(404, "no such API route: /api/" + route);
        }
    }

    private IngestSummary ingest(HttpExchange exchange) throws IOException {
        byte[] body = readBody(exchange.getRequestBody());
        if (body.length == 0) {
            throw new ApiError(400, "the body is empty: send JSON Lines, one object a line with \"text\" or \"html\"");
        }
        IngestSummary summary;
        synchronized (ingestLock) {
            summary = ingester.ingestJsonLines(new ByteArrayInputStream(body), "POST /api/documents");
        }
        if (summary.added() + summary.updated() + summary.unchanged() == 0) {
            throw new ApiError(400, "no document could be read from the body: " + String.join("; ", summary.skippedReasons()));
        }
        return summary;
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new ApiError(413, "the body is larger than " + MAX_BODY_BYTES + " bytes: send fewer documents at a time");
        }
        return body;
    }

    private static <T> T found(Optional<T> value, String kind, String id) {
        return value.orElseThrow(() -> new ApiError(404, "no " + kind + " with id " + id));
    }

    private static int limit(Map<String, String> query) {
        String limit = query.get("limit");
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value < 1 || value > MAX_LIMIT) {
                throw new ApiError(400, "limit must be between 1 and " + MAX_LIMIT + ": " + limit);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ApiError(400, "limit must be a whole number: " + limit);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> parameters = new HashMap<>();
        if (raw == null) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            parameters.putIfAbsent(key, equals < 0 ? "" : decode(pair.substring(equals + 1)));
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "malformed URL encoding: " + text);
        }
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        sendJson(exchange, status, json.writeValueAsBytes(body));
    }

    private static void sendJson(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void error(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, Map.of("error", message == null ? "error" : message));
    }

    /** A request the API refuses, with the status and message to answer. */
    static final class ApiError extends RuntimeException {
        final int status;

        ApiError(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** Stops taking requests, waits up to a second for those under way, and closes the ingester (not the store). */
    @Override
    public void close() {
        http.stop(1);
        threads.shutdown();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ingester.close();
    }
}
