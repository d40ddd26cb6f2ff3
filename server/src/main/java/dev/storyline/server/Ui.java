package dev.storyline.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
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
    private static final String CONTENT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private Ui() {
    }

    /** Sends the UI file at {@code path}; false when there is none. */
    static boolean serve(Response response, Callback callback, String path) {
        String[] file = FILES.get(path);
        if (file == null) {
            return false;
        }
        byte[] bytes;
        try (InputStream in = Ui.class.getResourceAsStream("ui/" + file[0])) {
            if (in == null) {
                throw new IllegalStateException("UI resource missing from the build: " + file[0]);
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, file[1]);
        response.getHeaders().put(Responses.CONTENT_SECURITY_POLICY, CONTENT_POLICY);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
        return true;
    }
}
