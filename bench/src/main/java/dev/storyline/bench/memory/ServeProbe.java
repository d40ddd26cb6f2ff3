package dev.storyline.bench.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API requests that make a {@code serve} run count as completed: the story list, then a mix of story pages
 * (the largest stories first, since the list is sorted by size, then stories picked at random), searches built from
 * story titles, document pages and the story list again, sent by {@value #CLIENTS} concurrent clients. The run fails
 * at the first answer of 500 or more, or at a request the server does not answer.
 */
final class ServeProbe {

    /** Clients sending requests at once: a few pages built side by side, as a handful of readers would. */
    static final int CLIENTS = 4;

    private static final Pattern LISTENING = Pattern.compile("Serving \\d+ documents from .* at http://[^:/]+:(\\d+)/");
    private static final int TIMEOUT_MILLIS = 120_000;

    /**
     * What the requests got.
     *
     * @param answered     requests answered with a status below 500
     * @param failure      the first request that failed and how, or empty
     */
    record Answers(int answered, Optional<String> failure) {
    }

    private ServeProbe() {
    }

    /** The port {@code serve} says it listens on, from its "Serving N documents from DIR at http://HOST:PORT/" line. */
    static Optional<Integer> listeningPort(String output) {
        Matcher matcher = LISTENING.matcher(output);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    /**
     * The paths of {@code count} requests over a store whose story list is {@code storyList} (the {@code stories} of
     * {@code GET /api/stories}) and whose documents are the generated {@code gen-0} to {@code gen-<documents-1>}:
     * story pages, searches, document pages and the story list in turn.
     */
    static List<String> paths(JsonNode storyList, int documents, int count, long seed) {
        List<String> ids = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        for (JsonNode story : storyList) {
            ids.add(story.path("id").asText());
            query(story.path("title").asText()).ifPresent(queries::add);
        }
        Random random = new Random(seed);
        List<String> paths = new ArrayList<>();
        for (int i = 0; paths.size() < count; i++) {
            switch (i % 4) {
                case 0 -> {
                    if (!ids.isEmpty()) {
                        String id = i / 4 < Math.min(ids.size(), 10) ? ids.get(i / 4) : ids.get(random.nextInt(ids.size()));
                        paths.add("/api/stories/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
                    }
                }
                case 1 -> {
                    if (!queries.isEmpty()) {
                        paths.add("/api/search?limit=20&q=" + URLEncoder.encode(queries.get(random.nextInt(queries.size())),
                                StandardCharsets.UTF_8));
                    }
                }
                case 2 -> {
                    if (documents > 0) {
                        paths.add("/api/documents/gen-" + random.nextInt(documents));
                    }
                }
                default -> paths.add("/api/stories?limit=50");
            }
        }
        return paths;
    }

    /** The first two words of a title, letters only: a query a reader of that story might type. */
    static Optional<String> query(String title) {
        List<String> words = new ArrayList<>();
        for (String word : title.split("[^\\p{L}]+")) {
            if (!word.isEmpty() && words.size() < 2) {
                words.add(word);
            }
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    /** The stories of the story list's first page at {@code base} ({@code http://127.0.0.1:PORT}), as a JSON array. */
    static JsonNode storyList(String base) throws IOException {
        HttpURLConnection connection = open(base + "/api/stories?limit=1000");
        int status = connection.getResponseCode();
        if (status != 200) {
            throw new IOException("GET /api/stories answered " + status);
        }
        try (InputStream body = connection.getInputStream()) {
            return new ObjectMapper().readTree(body).path("stories");
        }
    }

    /**
     * Sends {@code paths} to the server at {@code base} from {@value #CLIENTS} threads, stopping at the first failure
     * or at {@code deadlineNanos} ({@link System#nanoTime()}), when fewer than all are answered.
     */
    static Answers send(String base, List<String> paths, long deadlineNanos) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        AtomicReference<String> failure = new AtomicReference<>();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Thread client = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < paths.size() && failure.get() == null
                        && System.nanoTime() < deadlineNanos; i = next.getAndIncrement()) {
                    String path = paths.get(i);
                    Optional<String> problem = get(base + path);
                    if (problem.isPresent()) {
                        failure.compareAndSet(null, "GET " + path + ": " + problem.get());
                    } else {
                        answered.incrementAndGet();
                    }
                }
            }, "serve-probe-" + c);
            clients.add(client);
            client.start();
        }
        for (Thread client : clients) {
            client.join();
        }
        return new Answers(answered.get(), Optional.ofNullable(failure.get()));
    }

    /** One GET, body read whole; empty when answered below 500, else what went wrong. */
    private static Optional<String> get(String url) {
        try {
            HttpURLConnection connection = open(url);
            int status = connection.getResponseCode();
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    body.readAllBytes();
                }
            }
            return status >= 500 ? Optional.of(String.format(Locale.ROOT, "answered %d", status)) : Optional.empty();
        } catch (IOException e) {
            return Optional.of("no answer (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    private static HttpURLConnection open(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setConnectTimeout(TIMEOUT_MILLIS);
        connection.setReadTimeout(TIMEOUT_MILLIS);
        return connection;
    }
}
