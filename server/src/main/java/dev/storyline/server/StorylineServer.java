package dev.storyline.server;

import dev.storyline.ingest.IngestSink;
import dev.storyline.ingest.Ingester;
import dev.storyline.ingest.JsonLinesReader;
import dev.storyline.model.RawDocument;
import dev.storyline.model.SkippedInput;
import dev.storyline.report.ClaimMatrix;
import dev.storyline.report.CoverageChart;
import dev.storyline.store.CorpusIngester;
import dev.storyline.store.CorpusStore;
import dev.storyline.store.StoreViews;
import dev.storyline.store.StoryQuery;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP JSON API and the web UI over a {@link CorpusStore}, on embedded Jetty.
 *
 * <ul>
 *   <li>{@code GET /api/stories?limit=N&offset=K&sort=S&from=DAY&to=DAY&outlet=O&entity=E&q=WORDS}: one page of
 *   the story list, ordered and filtered, with the total</li>
 *   <li>{@code GET /api/stories/ID}: one story with its events, documents, families, quotes, claims and timeline</li>
 *   <li>{@code GET /api/stories/ID/coverage.svg} and {@code /coverage}: its coverage chart and the numbers behind it</li>
 *   <li>{@code GET /api/stories/ID/claims}: its claims matrix, claims by sources</li>
 *   <li>{@code GET /api/outlets}: the outlets, with their documents and stories</li>
 *   <li>{@code GET /api/entities/NAME?limit=N}: the stories naming a person, organisation or place, and its quotes</li>
 *   <li>{@code GET /api/documents/ID}: one document with its clean text and the lines removed, with the reason</li>
 *   <li>{@code GET /api/search?q=WORDS&limit=N}: matching documents and their stories</li>
 *   <li>{@code GET /api/skipped}: inputs that gave no document, with the reason</li>
 *   <li>{@code POST /api/documents}: queues a body of JSON Lines, one document a line; answers 202 with the job</li>
 *   <li>{@code GET /api/ingests/N}: the status of a posted body, and what the store did with it</li>
 *   <li>{@code GET /}: the web UI, a page and a script that read the API</li>
 * </ul>
 * HEAD is answered like GET, without the body. Errors are JSON objects with an {@code error} message and a 4xx or
 * 5xx status. Ids in paths are URL-encoded. Every request passes the {@link RequestRule}s first.
 *
 * <p>Why Jetty rather than the JDK's server: Jetty reads request headers and bodies without holding a thread while
 * a client is slow, closes connections that stay silent, and bounds header sizes and body rates, so a few slow or
 * hostile clients cannot starve everyone else. The JDK's server reads each request on a pool thread, with no timeout.
 */
public final class StorylineServer implements AutoCloseable {

    /** The largest body {@code POST /api/documents} accepts. */
    public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    /** The largest request line plus headers. */
    static final int MAX_HEADER_BYTES = 16 * 1024;
    /** A body that arrives slower than this, on average, is cut off with 408. */
    static final long MIN_BODY_BYTES_PER_SECOND = 1024;
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 1000;
    private static final String READ_ONLY = "GET, HEAD";

    private final CorpusStore store;
    private final CorpusIngester ingester;
    private final IngestQueue ingests;
    private final Server jetty;
    private final ServerConnector connector;
    private Listening listening;

    private StorylineServer(CorpusStore store, ServerSettings settings) {
        this.store = store;
        this.ingester = new CorpusIngester(store, settings.documentBudget());
        this.ingests = new IngestQueue(ingester);
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("storyline-http");
        jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND);
        connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(settings.idleTimeout().toMillis());
        jetty.addConnector(connector);
        jetty.setErrorHandler(new JsonErrorHandler());
        jetty.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                StorylineServer.this.handle(request, response, callback);
                return true;
            }
        });
    }

    /**
     * Starts serving {@code store} on {@code host:port} (port 0 picks a free one) with the default settings. Use
     * 127.0.0.1 unless the API is meant to be reachable from other machines: it has no authentication.
     */
    public static StorylineServer start(CorpusStore store, String host, int port) throws IOException {
        return start(store, ServerSettings.DEFAULTS.on(host, port));
    }

    /** Starts serving {@code store} as {@code settings} say. */
    public static StorylineServer start(CorpusStore store, ServerSettings settings) throws IOException {
        StorylineServer server = new StorylineServer(store, settings);
        try {
            server.jetty.start();
        } catch (Exception e) {
            server.close();
            throw new IOException("could not listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
        server.listening = new Listening(InetAddress.getByName(settings.host()), settings.host(),
                server.connector.getLocalPort(), settings.allowedHosts());
        return server;
    }

    /** The address the server listens on, with the port it was given. */
    public InetSocketAddress address() {
        return new InetSocketAddress(listening.address(), listening.port());
    }

    private void handle(Request request, Response response, Callback callback) {
        Responses.harden(response.getHeaders());
        RequestHead head = RequestHead.of(request);
        try {
            Optional<ApiError> refusal = RequestRule.check(head, listening);
            if (refusal.isPresent()) {
                throw refusal.get();
            }
            String path = head.path();
            boolean reads = head.method().equals("GET") || head.method().equals("HEAD");
            if (path.startsWith("/api/")) {
                api(request, response, callback, head, path.substring("/api/".length()));
            } else if (!reads) {
                throw ApiError.methodNotAllowed(head.method(), path, READ_ONLY);
            } else if (!Ui.serve(response, callback, path)) {
                throw new ApiError(404, "no such page: " + path);
            }
        } catch (ApiError e) {
            Responses.error(response, callback, e);
        } catch (RuntimeException e) {
            Responses.error(response, callback, new ApiError(500, "internal error: " + e.getMessage()));
        }
    }

    private void api(Request request, Response response, Callback callback, RequestHead head, String route) {
        Map<String, String> query = query(request.getHttpURI().getQuery());
        if (route.equals("documents")) {
            if (!head.method().equals("POST")) {
                throw ApiError.methodNotAllowed(head.method(), "/api/documents", "POST");
            }
            receive(request, response, callback);
            return;
        }
        if (!head.method().equals("GET") && !head.method().equals("HEAD")) {
            throw ApiError.methodNotAllowed(head.method(), "/api/" + route, READ_ONLY);
        }
        if (route.equals("stories")) {
            Responses.json(response, callback, 200, storyList(query));
        } else if (route.equals("outlets")) {
            Responses.json(response, callback, 200, store.outlets());
        } else if (route.startsWith("entities/")) {
            String name = decode(route.substring("entities/".length()));
            Responses.json(response, callback, 200, store.entity(name, limit(query))
                    .orElseThrow(() -> new ApiError(404, "no story names " + name)));
        } else if (route.startsWith("stories/") && route.endsWith("/claims")) {
            Responses.json(response, callback, 200, claimMatrix(storyOf(route, "/claims")));
        } else if (route.startsWith("stories/") && route.endsWith("/coverage.svg")) {
            Responses.svg(response, callback, CoverageChart.svg(StoryCoverage.of(storyOf(route, "/coverage.svg")), "coverage"));
        } else if (route.startsWith("stories/") && route.endsWith("/coverage")) {
            Responses.json(response, callback, 200, StoryCoverage.numbers(StoryCoverage.of(storyOf(route, "/coverage"))));
        } else if (route.startsWith("stories/")) {
            String id = decode(route.substring("stories/".length()));
            Responses.jsonBytes(response, callback, 200, found(store.storyJson(id), "story", id));
        } else if (route.startsWith("documents/")) {
            String id = decode(route.substring("documents/".length()));
            Responses.json(response, callback, 200, found(store.document(id), "document", id));
        } else if (route.startsWith("ingests/")) {
            String id = decode(route.substring("ingests/".length()));
            Responses.json(response, callback, 200, found(jobNumber(id).flatMap(ingests::job), "ingest", id));
        } else if (route.equals("search")) {
            Responses.json(response, callback, 200, search(query));
        } else if (route.equals("skipped")) {
            Responses.json(response, callback, 200, store.skipped());
        } else {
            throw new ApiError(404, "no such API route: /api/" + route);
        }
    }

    /**
     * The story list's page in the order and with the filters the query string gives; a bad parameter, or words too
     * long to search, are refused with 400.
     */
    private Object storyList(Map<String, String> query) {
        try {
            return store.stories(new StoryQuery(limit(query), offset(query), StoryQuery.Order.of(query.getOrDefault("sort", "documents")),
                    day(query, "from"), day(query, "to"), query.get("outlet"), query.get("entity"), query.get("q")));
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, e.getMessage());
        }
    }

    /** The story a route {@code stories/ID/PART} is about; 404 when there is none. */
    private StoreViews.StoryPage storyOf(String route, String part) {
        String id = decode(route.substring("stories/".length(), route.length() - part.length()));
        return found(store.story(id), "story", id);
    }

    private static ClaimMatrix claimMatrix(StoreViews.StoryPage page) {
        Map<String, String> outlets = new HashMap<>();
        for (StoreViews.DocumentListing document : page.documents()) {
            outlets.put(document.id(), document.outlet());
        }
        return ClaimMatrix.of(page.story(), outlets);
    }

    private Object search(Map<String, String> query) {
        String words = query.getOrDefault("q", "").strip();
        if (words.isEmpty()) {
            throw new ApiError(400, "search needs words: /api/search?q=WORDS");
        }
        try {
            return store.search(words, limit(query));
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, e.getMessage());
        }
    }

    /** Reads a posted body without holding a thread while it arrives, then queues its documents. */
    private void receive(Request request, Response response, Callback callback) {
        long declared = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (declared > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        Content.Source.asByteArrayAsync(request, MAX_BODY_BYTES).whenComplete((body, failure) -> {
            try {
                if (failure != null) {
                    throw failure instanceof IllegalArgumentException ? tooLarge()
                            : new ApiError(400, "the body could not be read: " + failure.getMessage());
                }
                IngestQueue.IngestJob job = queue(body);
                response.getHeaders().put(HttpHeader.LOCATION, job.statusUrl());
                Responses.json(response, callback, 202, job);
            } catch (ApiError e) {
                Responses.error(response, callback, e);
            } catch (RuntimeException e) {
                Responses.error(response, callback, new ApiError(500, "internal error: " + e.getMessage()));
            }
        });
    }

    /** Reads the documents of a body here, so that a body with none is refused at once, and queues them. */
    private IngestQueue.IngestJob queue(byte[] body) {
        if (body.length == 0) {
            throw new ApiError(400, "the body is empty: send JSON Lines, one object a line with \"text\" or \"html\"");
        }
        List<RawDocument> documents = new ArrayList<>();
        List<SkippedInput> skipped = new ArrayList<>();
        IngestSink sink = IngestSink.of(documents::add, skipped::add);
        try {
            new JsonLinesReader(Ingester.DEFAULT_MAX_DOCUMENT_BYTES).read(new ByteArrayInputStream(body), "POST /api/documents", "posted", sink);
        } catch (IOException e) {
            throw new ApiError(400, "the body could not be read: " + e.getMessage());
        }
        if (documents.isEmpty()) {
            List<String> reasons = skipped.stream().map(input -> input.source() + ": " + input.reason()).toList();
            throw new ApiError(400, "no document could be read from the body: " + String.join("; ", reasons));
        }
        return ingests.submit(documents, skipped);
    }

    private static ApiError tooLarge() {
        return new ApiError(413, "the body is larger than " + MAX_BODY_BYTES + " bytes: send fewer documents at a time");
    }

    private static Optional<Long> jobNumber(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
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

    private static int offset(Map<String, String> query) {
        String offset = query.getOrDefault("offset", "0");
        try {
            int value = Integer.parseInt(offset);
            if (value < 0) {
                throw new ApiError(400, "offset must be 0 or more: " + offset);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ApiError(400, "offset must be a whole number: " + offset);
        }
    }

    private static LocalDate day(Map<String, String> query, String name) {
        String day = query.get(name);
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw new ApiError(400, name + " must be a day written YYYY-MM-DD: " + day);
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

    /**
     * Stops taking requests, lets those under way finish (up to a second), lets a posted body being stored finish,
     * and closes the ingester (not the store).
     */
    @Override
    public void close() {
        try {
            jetty.setStopTimeout(1000);
            jetty.stop();
        } catch (Exception e) {
            // Stopping is best effort: the ingest below still finishes and the store stays consistent.
        }
        ingests.close();
        ingester.close();
    }
}
