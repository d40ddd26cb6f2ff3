package dev.storyline.bench.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Ports on 127.0.0.1 for the cluster: picked free, then checked again once the cluster is gone. A port still has a
 * listener when a socket cannot bind it; the check binds with {@code SO_REUSEADDR} so that connections of the
 * stopped processes lingering in TIME_WAIT do not count, while a listener (on 127.0.0.1 or on the wildcard address)
 * still makes the bind fail on Linux.
 */
final class LoopbackPorts {

    private LoopbackPorts() {
    }

    /** {@code count} distinct ports that were free a moment ago (the system picks them, so they rarely clash). */
    static List<Integer> free(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket();
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(loopback(), 0));
                held.add(socket);
                ports.add(socket.getLocalPort());
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find free ports on 127.0.0.1", e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // the port is released either way
                }
            }
        }
    }

    /** Whether some process still listens on {@code port}: true when it cannot be bound on 127.0.0.1. */
    static boolean listening(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(loopback(), port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    static InetAddress loopback() {
        return InetAddress.getLoopbackAddress();
    }
}
