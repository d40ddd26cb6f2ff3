package dev.storyline.bench.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a standalone master says about its cluster on its web UI's {@code /json/} page: the workers and their state,
 * the applications, and the drivers submitted in cluster mode with the worker each runs on.
 */
record MasterState(List<Worker> workers, List<App> activeApps, List<App> completedApps, List<Driver> activeDrivers,
                   List<Driver> completedDrivers) {

    /** A worker as the master registered it; {@code port} is its RPC port, which names it in this cluster. */
    record Worker(String id, int port, String state, int cores, int coresUsed) {
        boolean alive() {
            return "ALIVE".equals(state);
        }
    }

    /** An application (a running job's driver) and how many cores it holds. */
    record App(String id, String name, String state, int cores) {
    }

    /** A driver submitted in cluster mode; {@code worker} is the id of the worker running it, or "None". */
    record Driver(String id, String state, String worker) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** The master's state, or empty while its web UI does not answer. */
    static Optional<MasterState> fetch(int webUiPort) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webUiPort + "/json/"))
                    .timeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.of(parse(JSON.readTree(response.body())));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static MasterState parse(JsonNode root) {
        List<Worker> workers = new ArrayList<>();
        for (JsonNode worker : root.path("workers")) {
            workers.add(new Worker(worker.path("id").asText(), worker.path("port").asInt(), worker.path("state").asText(),
                    worker.path("cores").asInt(), worker.path("coresused").asInt()));
        }
        return new MasterState(workers, apps(root.path("activeapps")), apps(root.path("completedapps")),
                drivers(root.path("activedrivers")), drivers(root.path("completeddrivers")));
    }

    long aliveWorkers() {
        return workers.stream().filter(Worker::alive).count();
    }

    /** The RPC port of the worker running a driver in cluster mode, if one does. */
    Optional<Integer> driverWorkerPort() {
        for (Driver driver : activeDrivers) {
            for (Worker worker : workers) {
                if (worker.id().equals(driver.worker())) {
                    return Optional.of(worker.port());
                }
            }
        }
        return Optional.empty();
    }

    private static List<App> apps(JsonNode array) {
        List<App> apps = new ArrayList<>();
        for (JsonNode app : array) {
            apps.add(new App(app.path("id").asText(), app.path("name").asText(), app.path("state").asText(),
                    app.path("cores").asInt()));
        }
        return apps;
    }

    private static List<Driver> drivers(JsonNode array) {
        List<Driver> drivers = new ArrayList<>();
        for (JsonNode driver : array) {
            drivers.add(new Driver(driver.path("id").asText(), driver.path("state").asText(), driver.path("worker").asText()));
        }
        return drivers;
    }
}
