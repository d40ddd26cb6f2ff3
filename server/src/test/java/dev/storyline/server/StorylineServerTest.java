package dev.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.store.CorpusIngester;
import dev.storyline.store.CorpusStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API over a store holding the demo corpus, through real HTTP on loopback. */
class StorylineServerTest {

    static final Path DEMO = Path.of(System.getProperty("user.dir")).getParent().resolve("examples/corpus");

    private static Path data;
    private static CorpusStore store;
    private static StorylineServer server;
    private static final HttpClient client = HttpClient.newHttpClient();
    private static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        data = Files.createTempDirectory("storyline-server-test");
        store = CorpusStore.open(data);
        try (CorpusIngester ingester = new CorpusIngester(store)) {
            ingester.ingest(List.of(DEMO.toString()), java.io.InputStream.nullInputStream());
        }
        server = StorylineServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + path);
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, byte[] body) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + path);
        return client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listsStoriesAndServesOneWithItsClaimsQuotesAndTimeline() throws Exception {
        HttpResponse<String> list = get("/api/stories");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode stories = json.readTree(list.body()).get("stories");
        assertThat(stories.size()).isGreaterThan(1);
        assertThat(json.readTree(list.body()).get("total").asInt()).isEqualTo(stories.size());

        String id = stories.get(0).get("id").asText();
        JsonNode page = json.readTree(get("/api/stories/" + id).body());
        assertThat(page.get("story").get("title").asText()).isNotBlank();
        assertThat(page.get("documents").size()).isEqualTo(stories.get(0).get("documents").asInt());
        assertThat(page.get("story").get("timeline").size()).isPositive();
        assertThat(page.get("story").get("quotes").size()).isPositive();
        assertThat(page.get("story").get("claims").findValuesAsText("status")).contains("DISPUTED");
    }

    @Test
    void drawsAStorysCoverageChartAsAnImageAndGivesTheNumbersBehindIt() throws Exception {
        String id = json.readTree(get("/api/stories").body()).get("stories").get(0).get("id").asText();

        HttpResponse<String> chart = get("/api/stories/" + id + "/coverage.svg");
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(chart.body()).startsWith("<svg").contains("<rect").doesNotContain("<script");

        JsonNode numbers = json.readTree(get("/api/stories/" + id + "/coverage").body());
        int documents = 0;
        for (JsonNode outlet : numbers.get("counts")) {
            for (JsonNode count : outlet) {
                documents += count.asInt();
            }
        }
        int stored = json.readTree(get("/api/stories/" + id).body()).get("documents").size();
        assertThat(documents + numbers.get("undated").asInt()).isEqualTo(stored);
        assertThat(numbers.get("counts").size()).isEqualTo(numbers.get("outlets").size());
        assertThat(numbers.get("unit").asText()).isEqualTo("day");
        assertThat(get("/api/stories/nope/coverage.svg").statusCode()).isEqualTo(404);
    }

    @Test
    void theStoryListPagesSortsAndFilters() throws Exception {
        JsonNode all = json.readTree(get("/api/stories?limit=1000").body());
        int total = all.get("total").asInt();
        JsonNode second = json.readTree(get("/api/stories?limit=2&offset=2").body());
        assertThat(second.get("total").asInt()).isEqualTo(total);
        assertThat(second.get("stories").get(0).get("id").asText()).isEqualTo(all.get("stories").get(2).get("id").asText());

        JsonNode latest = json.readTree(get("/api/stories?sort=latest").body()).get("stories");
        for (int i = 1; i < latest.size(); i++) {
            if (!latest.get(i).get("last").isNull()) {
                assertThat(latest.get(i - 1).get("last").asText()).isGreaterThanOrEqualTo(latest.get(i).get("last").asText());
            }
        }

        JsonNode outlets = json.readTree(get("/api/outlets").body());
        String outlet = outlets.get(outlets.size() - 1).get("outlet").asText();
        JsonNode byOutlet = json.readTree(get("/api/stories?outlet=" + URLEncoder.encode(outlet, StandardCharsets.UTF_8)).body());
        assertThat(byOutlet.get("total").asInt()).isEqualTo(outlets.get(outlets.size() - 1).get("stories").asInt()).isLessThan(total);
        for (JsonNode story : byOutlet.get("stories")) {
            JsonNode documents = json.readTree(get("/api/stories/" + story.get("id").asText()).body()).get("documents");
            assertThat(documents.findValuesAsText("outlet")).contains(outlet);
        }

        JsonNode first = all.get("stories").get(0);
        String day = first.get("first").asText();
        JsonNode byDay = json.readTree(get("/api/stories?from=" + day + "&to=" + day).body()).get("stories");
        assertThat(byDay.findValuesAsText("id")).contains(first.get("id").asText());
        for (JsonNode story : byDay) {
            JsonNode documents = json.readTree(get("/api/stories/" + story.get("id").asText()).body()).get("documents");
            assertThat(documents.findValuesAsText("published")).contains(day);
        }
        assertThat(first.get("activity").get("counts").size()).isPositive();
    }

    @Test
    void anEntityPageListsItsStoriesAndQuotesAndAStoryItsClaimsMatrix() throws Exception {
        JsonNode story = json.readTree(get("/api/stories/" + json.readTree(get("/api/stories?sort=disputed").body())
                .get("stories").get(0).get("id").asText()).body()).get("story");
        JsonNode matrix = json.readTree(get("/api/stories/" + story.get("id").asText() + "/claims").body());
        JsonNode disputed = matrix.get("rows").get(0);
        assertThat(disputed.get("status").asText()).isEqualTo("DISPUTED");
        assertThat(disputed.get("cells").size()).isEqualTo(matrix.get("sources").size());
        assertThat(disputed.get("cells").toString()).contains("CONTRADICTS");
        assertThat(disputed.get("against").size()).isPositive();

        String speaker = null;
        for (JsonNode quote : story.get("quotes")) {
            if (quote.hasNonNull("speakerId")) {
                speaker = quote.get("speaker").asText();
                break;
            }
        }
        assertThat(speaker).isNotNull();
        JsonNode entity = json.readTree(get("/api/entities/" + URLEncoder.encode(speaker.toUpperCase(java.util.Locale.ROOT),
                StandardCharsets.UTF_8).replace("+", "%20")).body());
        assertThat(entity.get("name").asText()).isEqualTo(speaker);
        assertThat(entity.get("stories").findValuesAsText("id")).contains(story.get("id").asText());
        assertThat(entity.get("quotes").size()).isPositive();
        assertThat(entity.get("quotes").get(0).get("quote").get("speaker").asText()).isEqualTo(speaker);
        assertThat(get("/api/entities/Nobody%20Anywhere").statusCode()).isEqualTo(404);
    }

    @Test
    void servesADocumentWithCleanTextAndRemovedLines() throws Exception {
        HttpResponse<String> response = get("/api/documents/007_inquiry-opens-northreach");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = json.readTree(response.body());
        assertThat(page.get("article").get("paragraphs").size()).isPositive();
        assertThat(page.get("article").get("removed").get(0).get("reason").asText()).isNotBlank();
        assertThat(page.get("listing").get("story").asText()).startsWith("s");
    }

    @Test
    void searchFindsDocumentsAndTheirStories() throws Exception {
        JsonNode result = json.readTree(get("/api/search?q=" + URLEncoder.encode("bridge inquiry", StandardCharsets.UTF_8)).body());
        assertThat(result.get("documents").size()).isPositive();
        assertThat(result.get("stories").size()).isPositive();
    }

    @Test
    void unknownIdsAndRoutesAre404WithAJsonError() throws Exception {
        for (String path : List.of("/api/stories/no-such-story", "/api/documents/nothing", "/api/nowhere", "/nowhere.html")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(json.readTree(response.body()).get("error").asText()).isNotBlank();
        }
    }

    @Test
    void malformedRequestsAre400AndOversizedBodies413() throws Exception {
        assertThat(get("/api/search").statusCode()).isEqualTo(400);
        for (String query : List.of("limit=lots", "offset=-1", "sort=oldest", "from=yesterday", "from=2026-05-01&to=2026-04-01",
                "q=" + "word+".repeat(300))) {
            HttpResponse<String> refused = get("/api/stories?" + query);
            assertThat(refused.statusCode()).as(query).isEqualTo(400);
            assertThat(json.readTree(refused.body()).get("error").asText()).as(query).isNotBlank();
        }
        HttpResponse<String> garbage = post("/api/documents", "this is { not json".getBytes(StandardCharsets.UTF_8));
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(json.readTree(garbage.body()).get("error").asText()).contains("#1").contains("malformed JSON");
        assertThat(post("/api/documents", new byte[0]).statusCode()).isEqualTo(400);
        HttpResponse<String> huge = post("/api/documents", new byte[StorylineServer.MAX_BODY_BYTES + 10]);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(json.readTree(huge.body()).get("error").asText()).contains("larger than");
        HttpResponse<String> wrongMethod = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.address().getPort() + "/api/stories")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
    }

    @Test
    void aPostedDocumentIsQueuedThenStoredAndFoundBySearch() throws Exception {
        String line = "{\"id\":\"posted-1\",\"title\":\"Lighthouse keeper retires\",\"text\":\"The last keeper of the "
                + "Orrin lighthouse retired on Friday after forty years. \\\"The lamp never failed once,\\\" she said.\"}\n";
        HttpResponse<String> response = post("/api/documents", line.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode job = json.readTree(response.body());
        assertThat(job.get("documents").asInt()).isEqualTo(1);
        String status = job.get("statusUrl").asText();
        assertThat(status).startsWith("/api/ingests/");
        JsonNode done = awaitDone(status);
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("summary").get("added").asInt()).isEqualTo(1);
        JsonNode result = json.readTree(get("/api/search?q=lighthouse").body());
        assertThat(result.get("documents").findValuesAsText("id")).contains("posted-1");
        assertThat(get("/api/documents/posted-1").statusCode()).isEqualTo(200);
        assertThat(get("/api/ingests/999999").statusCode()).isEqualTo(404);
    }

    private static JsonNode awaitDone(String statusUrl) throws Exception {
        for (int attempt = 0; attempt < 600; attempt++) {
            JsonNode job = json.readTree(get(statusUrl).body());
            String status = job.get("status").asText();
            if (status.equals("DONE") || status.equals("FAILED")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the ingest at " + statusUrl + " did not finish in a minute");
    }

    @Test
    void bindsToLoopbackAndServesTheUiWithAContentPolicy() throws Exception {
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"/app.js\">");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy).contains("script-src 'self'"));
        assertThat(get("/app.js").body()).contains("createTextNode");
    }
}
