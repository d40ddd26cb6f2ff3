package dev.storyline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.store.StoreJson;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

/** Writes the server's answers: JSON with its status, and the headers every answer carries. */
final class Responses {

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    /** JSON and errors may be neither framed nor read as anything but what they are. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** Sent with every answer, the web UI's and the API's, errors included. */
    static final List<HttpField> HARDENING = List.of(
            new HttpField("X-Content-Type-Options", "nosniff"),
            new HttpField("X-Frame-Options", "DENY"),
            new HttpField("Referrer-Policy", "no-referrer"),
            new HttpField("Cross-Origin-Resource-Policy", "same-origin"),
            new HttpField(CONTENT_SECURITY_POLICY, API_POLICY));

    private static final ObjectMapper JSON = StoreJson.mapper();

    private Responses() {
    }

    /** Puts the hardening headers on an answer; a page may replace the content policy with its own. */
    static void harden(HttpFields.Mutable headers) {
        for (HttpField field : HARDENING) {
            headers.put(field);
        }
    }

    /** Answers {@code body} as JSON with {@code status}. */
    static void json(Response response, Callback callback, int status, Object body) {
        try {
            jsonBytes(response, callback, status, JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            callback.failed(e);
        }
    }

    /** Answers bytes that are JSON already with {@code status}. */
    static void jsonBytes(Response response, Callback callback, int status, byte[] bytes) {
        bytes(response, callback, status, "application/json; charset=utf-8", bytes);
    }

    /** Answers an SVG image drawn by the server: an image, so a browser runs nothing in it. */
    static void svg(Response response, Callback callback, String svg) {
        bytes(response, callback, 200, "image/svg+xml; charset=utf-8", svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void bytes(Response response, Callback callback, int status, String type, byte[] bytes) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    /** Answers a refusal as {@code {"error": message}}, with an {@code Allow} header on a 405. */
    static void error(Response response, Callback callback, ApiError error) {
        if (error.allow() != null) {
            response.getHeaders().put(HttpHeader.ALLOW, error.allow());
        }
        json(response, callback, error.status(), errorBody(error.getMessage()));
    }

    static Map<String, String> errorBody(String message) {
        return Map.of("error", message == null || message.isBlank() ? "error" : message);
    }
}
