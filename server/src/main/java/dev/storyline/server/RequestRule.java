package dev.storyline.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks a request passes before it is answered, in the order they run; the first that refuses decides the
 * answer. Together they keep a web page in the user's browser, on another origin, from writing to the store
 * (cross-site request forgery) or reading it through a name of its own (DNS rebinding).
 */
enum RequestRule {

    /** The {@code Host} header names the address the server listens on (or a configured proxy name): 403 otherwise. */
    HOST_NAMES_THIS_SERVER {
        @Override
        Optional<ApiError> refusal(RequestHead request, Listening server) {
            if (server.isNamedBy(request.host())) {
                return Optional.empty();
            }
            return Optional.of(new ApiError(403, "the Host header " + quoted(request.host())
                    + " does not name this server; start it with --allow-host NAME to answer that name"));
        }
    },

    /**
     * An {@code Origin} header, when a browser sends one, is this server itself: same host and port as the
     * {@code Host} header, over http or https (a TLS proxy in front). 403 otherwise, {@code Origin: null} included.
     */
    ORIGIN_IS_THIS_SERVER {
        @Override
        Optional<ApiError> refusal(RequestHead request, Listening server) {
            if (request.origin() == null || sameAuthority(request.origin(), request.host())) {
                return Optional.empty();
            }
            return Optional.of(new ApiError(403, "cross-origin request refused: Origin " + quoted(request.origin())
                    + " is not this server"));
        }
    },

    /**
     * A request that sends a body (POST, PUT, PATCH) sends it as JSON: a browser cannot send that type across
     * origins without asking first, unlike the {@code text/plain} of a plain form. 415 otherwise.
     */
    BODIES_ARE_JSON {
        @Override
        Optional<ApiError> refusal(RequestHead request, Listening server) {
            if (!request.sendsBody()) {
                return Optional.empty();
            }
            String type = request.contentType() == null ? ""
                    : request.contentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (JSON_TYPES.contains(type)) {
                return Optional.empty();
            }
            return Optional.of(new ApiError(415, "the body must be sent as " + String.join(" or ", JSON_TYPES)
                    + ", not " + (type.isEmpty() ? "without a Content-Type" : type)));
        }
    };

    /** The body types a write accepts: JSON Lines under either of its usual names. */
    static final List<String> JSON_TYPES = List.of("application/json", "application/x-ndjson");

    /** Why this rule refuses the request, or empty when it lets it through. */
    abstract Optional<ApiError> refusal(RequestHead request, Listening server);

    /** The first refusal of all rules in order, or empty when every rule lets the request through. */
    static Optional<ApiError> check(RequestHead request, Listening server) {
        for (RequestRule rule : values()) {
            Optional<ApiError> refusal = rule.refusal(request, server);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    private static boolean sameAuthority(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = new URI(origin);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return false;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            URI hostUri = new URI(scheme + "://" + host.strip());
            int hostPort = hostUri.getPort() >= 0 ? hostUri.getPort() : port;
            return uri.getHost().equalsIgnoreCase(hostUri.getHost()) && port == hostPort;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String quoted(String value) {
        return value == null ? "(none)" : "\"" + value + "\"";
    }
}
