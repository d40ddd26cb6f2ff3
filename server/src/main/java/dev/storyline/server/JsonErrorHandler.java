package dev.storyline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.storyline.store.StoreJson;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;

/**
 * Answers the errors Jetty finds before a request reaches the server's routes (a malformed request line or URI,
 * headers too large, a body too slow) as the API's JSON errors rather than an HTML page, with the same hardening
 * headers as every other answer.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        Responses.harden(response.getHeaders());
        Responses.json(response, callback, code, Responses.errorBody(describe(code, message)));
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        Responses.harden(fields);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        try {
            return ByteBuffer.wrap(StoreJson.mapper().writeValueAsBytes(Responses.errorBody(describe(status, reason))));
        } catch (JsonProcessingException e) {
            return ByteBuffer.allocate(0);
        }
    }

    private static String describe(int status, String message) {
        String name = HttpStatus.getMessage(status);
        if (status == 400 && (message == null || message.isBlank() || message.equals(name))) {
            return name + ": the request line or its URI is malformed (a bad % escape, for example)";
        }
        return message == null || message.isBlank() || message.equals(name) ? name : name + ": " + message;
    }
}
