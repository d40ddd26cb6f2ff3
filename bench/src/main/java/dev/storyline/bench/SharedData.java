package dev.storyline.bench;

import java.nio.file.Path;

/** Where the evaluation data sets live: {@code ../shared/data} beside the project, read in place, never copied. */
public final class SharedData {

    private SharedData() {
    }

    /**
     * The directory given by a command's {@code --data} option, or else {@code ../shared/data} beside the
     * {@linkplain #home() Storyline home}.
     */
    public static Path directory(Path option) {
        return option != null ? option : home().resolve("../shared/data").normalize();
    }

    /** The Storyline home the launcher sets in {@code STORYLINE_HOME}, or the working directory when it is unset. */
    public static Path home() {
        return Path.of(System.getenv().getOrDefault("STORYLINE_HOME", "."));
    }
}
