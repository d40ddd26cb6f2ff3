package dev.storyline.server;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * The web UI: one page, a style sheet and a script, shipped as resources. The script reads the JSON API and builds
 * the page with DOM text nodes only, so text from documents is never read as HTML.
 */
final class Ui {

    private static final Map<String, String[]> FILES = Map.of(
            "/", new String[] {"index.html", "text/html; charset=utf-8"},
            "/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
            "/style.css", new String[] {"style.css", "text/css; charset=utf-8"});
    private static final String CONTENT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

    private Ui() {
    }

    /** Sends the UI file at {@code path}; false when there is none. */
    static boolean serve(HttpExchange exchange, String path) throws IOException {
        String[] file = FILES.get(path);
        if (file == null) {
            return false;
        }
        byte[] bytes;
        try (InputStream in = Ui.class.getResourceAsStream("ui/" + file[0])) {
            if (in == null) {
                throw new IOException("UI resource missing from the build: " + file[0]);
            }
            bytes = in.readAllBytes();
        }
        exchange.getResponseHeaders().set("Content-Type", file[1]);
        exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_POLICY);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        return true;
    }
}
