package dev.storyline.bench.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Clients that hold requests open without finishing them, as a slow or hostile network peer does: half send the
 * headers of a GET a byte a second and never end them, half send the headers of a large POST and then its body a
 * byte a second. A connection the server closes is opened again, so that the number held stays the same for as
 * long as they run.
 */
final class SlowClients implements AutoCloseable {

    private final InetSocketAddress server;
    private final List<Socket> sockets = new ArrayList<>();
    private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "slow-clients");
        thread.setDaemon(true);
        return thread;
    });

    /** Opens {@code count} slow connections to {@code server} and keeps them trickling until closed. */
    SlowClients(InetSocketAddress server, int count) throws IOException {
        this.server = server;
        for (int i = 0; i < count; i++) {
            sockets.add(open(i));
        }
        trickle.scheduleAtFixedRate(this::sendOneByteEach, 1, 1, TimeUnit.SECONDS);
    }

    private Socket open(int index) throws IOException {
        Socket socket = new Socket(server.getAddress(), server.getPort());
        String host = "Host: " + server.getAddress().getHostAddress() + ":" + server.getPort() + "\r\n";
        String start = index % 2 == 0
                ? "GET /api/stories HTTP/1.1\r\n" + host + "X-Slow: "
                : "POST /api/documents HTTP/1.1\r\n" + host + "Content-Type: application/x-ndjson\r\n"
                        + "Content-Length: 10000000\r\n\r\n{\"text\":\"";
        socket.getOutputStream().write(start.getBytes(StandardCharsets.ISO_8859_1));
        return socket;
    }

    private synchronized void sendOneByteEach() {
        for (int i = 0; i < sockets.size(); i++) {
            try {
                sockets.get(i).getOutputStream().write('a');
            } catch (IOException closedByServer) {
                try {
                    sockets.get(i).close();
                    sockets.set(i, open(i));
                } catch (IOException e) {
                    // The server refuses connections for now; the next second tries again.
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        trickle.shutdownNow();
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing a socket the server has closed already.
            }
        }
    }
}
