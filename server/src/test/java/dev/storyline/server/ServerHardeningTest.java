package dev.storyline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.store.CorpusStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a hostile page or client can do to a server on loopback: requests written byte for byte on a socket, so that
 * headers a browser would send (Host, Origin, Content-Type) are exactly the ones under test.
 */
class ServerHardeningTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static CorpusStore store;
    private static StorylineServer server;
    private static int port;

    @BeforeAll
    static void start() throws IOException {
        store = CorpusStore.open(Files.createTempDirectory("storyline-hardening-test"));
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, List.of("news.example.org"), Duration.ofSeconds(2));
        server = StorylineServer.start(store, settings);
        port = server.address().getPort();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** An answer as read off the socket. */
    record Answer(int status, Map<String, String> headers, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private static Answer send(String method, String target, Map<String, String> headers, String body) throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Host", "127.0.0.1:" + port);
        all.putAll(headers);
        all.put("Connection", "close");
        StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            all.put("Content-Length", String.valueOf(bytes.length));
        }
        all.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
    }

    private static final String DOCUMENT = "{\"id\":\"forged\",\"text\":\"Forged text posted from another site.\"}\n";

    @Test
    void writesFromAnotherOriginOrWithAFormBodyTypeAreRefusedWithAJsonError() throws IOException {
        List<Map<String, String>> forbidden = List.of(
                Map.of("Content-Type", "text/plain"),
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                Map.of("Content-Type", "multipart/form-data; boundary=x"),
                Map.of(),
                Map.of("Content-Type", "application/json", "Origin", "http://attacker.example"),
                Map.of("Content-Type", "application/json", "Origin", "null"),
                Map.of("Content-Type", "application/json", "Origin", "http://127.0.0.1:" + (port + 1)),
                Map.of("Content-Type", "text/plain", "Origin", "http://attacker.example"),
                Map.of("Content-Type", "application/json", "Host", "attacker.example:" + port),
                Map.of("Content-Type", "application/json", "Host", "attacker.example"));
        for (Map<String, String> headers : forbidden) {
            Answer answer = send("POST", "/api/documents", headers, DOCUMENT);
            assertThat(answer.status()).as(headers.toString()).isIn(403, 415);
            assertThat(answer.header("Content-Type")).startsWith("application/json");
            assertThat(answer.json().get("error").asText()).as(headers.toString()).isNotBlank();
        }
        assertThat(send("POST", "/api/documents", Map.of("Content-Type", "text/plain"), DOCUMENT).status()).isEqualTo(415);
        assertThat(send("POST", "/api/documents", Map.of("Content-Type", "application/json", "Origin", "http://attacker.example"),
                DOCUMENT).json().get("error").asText()).contains("cross-origin");
        assertThat(store.document("forged")).as("a refused post stores nothing").isEmpty();
    }

    @Test
    void onlyNamesOfThisServerAreAnsweredAgainstDnsRebinding() throws IOException {
        Answer rebound = send("GET", "/api/stories", Map.of("Host", "attacker.example:" + port), null);
        assertThat(rebound.status()).isEqualTo(403);
        assertThat(rebound.json().get("error").asText()).contains("Host");
        assertThat(send("GET", "/api/stories", Map.of("Host", "localhost:" + port), null).status()).isEqualTo(200);
        assertThat(send("GET", "/api/stories", Map.of("Host", "127.0.0.1:" + (port + 1)), null).status()).isEqualTo(403);
        assertThat(send("GET", "/api/stories", Map.of("Host", "news.example.org"), null).status()).isEqualTo(200);
        assertThat(send("GET", "/api/stories", Map.of("Origin", "http://localhost:" + port, "Host", "localhost:" + port), null)
                .status()).isEqualTo(200);
    }

    @Test
    void aSameOriginJsonPostIsAccepted() throws IOException {
        Answer answer = send("POST", "/api/documents", Map.of("Content-Type", "application/x-ndjson; charset=utf-8",
                "Origin", "http://127.0.0.1:" + port), "{\"id\":\"fine\",\"text\":\"A harbour notice.\"}\n");
        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.json().get("statusUrl").asText()).startsWith("/api/ingests/");
        assertThat(answer.header("Location")).isEqualTo(answer.json().get("statusUrl").asText());
    }

    @Test
    void everyAnswerForbidsFramingAndSniffing() throws IOException {
        for (String path : List.of("/api/stories", "/", "/api/nowhere")) {
            Answer answer = send("GET", path, Map.of(), null);
            assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(answer.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
        }
        assertThat(send("GET", "/", Map.of(), null).header("Content-Security-Policy")).contains("script-src 'self'");
    }

    @Test
    void aWrongMethodIs405WithTheAllowedOnes() throws IOException {
        Answer delete = send("DELETE", "/api/stories", Map.of(), null);
        assertThat(delete.status()).isEqualTo(405);
        assertThat(delete.header("Allow")).isEqualTo("GET, HEAD");
        Answer get = send("GET", "/api/documents", Map.of(), null);
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.header("Allow")).isEqualTo("POST");
        assertThat(send("PUT", "/", Map.of("Content-Type", "application/json"), "{}").header("Allow")).isEqualTo("GET, HEAD");
    }

    @Test
    void headIsAnsweredLikeGetWithoutABody() throws IOException {
        Answer get = send("GET", "/api/stories", Map.of(), null);
        Answer head = send("HEAD", "/api/stories", Map.of(), null);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Type")).isEqualTo(get.header("Content-Type"));
        assertThat(head.header("Content-Length")).isEqualTo(get.header("Content-Length"));
        assertThat(head.body()).isEmpty();
        assertThat(send("HEAD", "/", Map.of(), null).body()).isEmpty();
    }

    @Test
    void malformedEscapesAre400WithAJsonError() throws IOException {
        for (String target : List.of("/api/stories/%zz", "/api/search?q=%zz", "/api/documents/%E0%A4%A", "/%")) {
            Answer answer = send("GET", target, Map.of(), null);
            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(target).startsWith("application/json");
            assertThat(answer.json().get("error").asText()).as(target).isNotBlank();
        }
    }

    @Test
    void headersOverTheLimitAre431WithAJsonError() throws IOException {
        Answer answer = send("GET", "/api/stories", Map.of("X-Padding", "x".repeat(20_000)), null);
        assertThat(answer.status()).isEqualTo(431);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.json().get("error").asText()).isNotBlank();
    }

    @Test
    void aSearchTooLargeToRunIs400WithTheLimit() throws IOException {
        Answer clauses = send("GET", "/api/search?q=" + String.join("+", Collections.nCopies(1100, "a")), Map.of(), null);
        assertThat(clauses.status()).isEqualTo(400);
        assertThat(clauses.json().get("error").asText()).isNotBlank();
        Answer words = send("GET", "/api/search?q=" + String.join("+", Collections.nCopies(65, "ab")), Map.of(), null);
        assertThat(words.status()).isEqualTo(400);
        assertThat(words.json().get("error").asText()).contains("64 words");
        String longWord = "a".repeat(5000);
        assertThat(send("GET", "/api/search?q=" + longWord, Map.of(), null).json().get("error").asText()).contains("characters");
    }

    @Test
    void slowClientsHoldingPartialRequestsDoNotStarveOthers() throws IOException {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                socket.getOutputStream().write(("GET /api/stories HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nX-Slow: ")
                        .getBytes(StandardCharsets.ISO_8859_1));
                slow.add(socket);
            }
            for (int i = 0; i < 10; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                socket.getOutputStream().write(("POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1:" + port
                        + "\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{\"text\":\"")
                        .getBytes(StandardCharsets.ISO_8859_1));
                slow.add(socket);
            }
            assertThat(send("GET", "/api/stories", Map.of(), null).status()).isEqualTo(200);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aConnectionSilentPastTheIdleTimeoutIsClosed() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write("GET /api/stories HTTP/1.1\r\nHost: 127".getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            try {
                in.readAllBytes();
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the server kept a silent half-sent request open for 15 seconds", e);
            } catch (IOException closed) {
                // A reset is a close too.
            }
        }
    }
}
