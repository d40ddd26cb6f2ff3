package dev.storyline.server;

import dev.storyline.pipeline.Pipeline;

import java.time.Duration;
import java.util.List;

/**
 * How the server listens and whom it answers.
 *
 * @param host         the address to listen on; a loopback address unless the API is meant for other machines
 * @param port         the port, 0 for a free one
 * @param allowedHosts host names, beyond the address listened on, that a request's {@code Host} header may name: the
 *                     public names of a reverse proxy in front of the server. Any port goes with these names.
 * @param idleTimeout  how long a connection may send nothing, while its request headers or body are still due,
 *                     before it is closed
 * @param documentBudget the time budget of one posted document's extraction and analysis, zero for none: a document
 *                     over it is skipped with the reason, so that no document holds the ingest queue longer
 */
public record ServerSettings(String host, int port, List<String> allowedHosts, Duration idleTimeout,
                             Duration documentBudget) {

    /** Loopback, port 8080, no other host name, 20 seconds of silence, the pipeline's default document budget. */
    public static final ServerSettings DEFAULTS = new ServerSettings("127.0.0.1", 8080, List.of(), Duration.ofSeconds(20));

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idle timeout must be positive: " + idleTimeout);
        }
        if (documentBudget.isNegative()) {
            throw new IllegalArgumentException("document budget must not be negative: " + documentBudget);
        }
        allowedHosts = List.copyOf(allowedHosts);
    }

    /** These settings with the pipeline's default document budget ({@link Pipeline#DEFAULT_DOCUMENT_BUDGET}). */
    public ServerSettings(String host, int port, List<String> allowedHosts, Duration idleTimeout) {
        this(host, port, allowedHosts, idleTimeout, Pipeline.DEFAULT_DOCUMENT_BUDGET);
    }

    /** These settings on another address and port. */
    public ServerSettings on(String host, int port) {
        return new ServerSettings(host, port, allowedHosts, idleTimeout, documentBudget);
    }
}
