package dev.storyline.server;

/** A request the server refuses, with the status and the message to answer in a JSON error. */
final class ApiError extends RuntimeException {

    private final int status;
    private final String allow;

    ApiError(int status, String message) {
        this(status, message, null);
    }

    private ApiError(int status, String message, String allow) {
        super(message);
        this.status = status;
        this.allow = allow;
    }

    /** A 405 that names the methods the resource does allow, for the {@code Allow} header. */
    static ApiError methodNotAllowed(String method, String path, String allow) {
        return new ApiError(405, method + " is not allowed on " + path + " (allowed: " + allow + ")", allow);
    }

    int status() {
        return status;
    }

    /** The methods for the {@code Allow} header of a 405, or null. */
    String allow() {
        return allow;
    }
}
