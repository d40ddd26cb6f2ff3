package dev.storyline.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * What the request rules read from a request, taken once: its method, raw path and the headers that decide whether
 * it may be answered. Absent headers are null.
 */
record RequestHead(String method, String path, String host, String origin, String contentType) {

    static RequestHead of(Request request) {
        return new RequestHead(request.getMethod(), request.getHttpURI().getPath(),
                request.getHeaders().get(HttpHeader.HOST), request.getHeaders().get(HttpHeader.ORIGIN),
                request.getHeaders().get(HttpHeader.CONTENT_TYPE));
    }

    /** True for the methods whose request carries a body. */
    boolean sendsBody() {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }
}
