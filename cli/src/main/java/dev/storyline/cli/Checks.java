package dev.storyline.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Checks of option values made before any work starts. A failed check is a {@link ParameterException}, which picocli
 * prints with the usage message and turns into exit code 2.
 */
final class Checks {

    private Checks() {
    }

    static void atLeastOne(CommandSpec spec, String option, long value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), option + " must be at least 1, not " + value);
        }
    }

    /**
     * The time budget per document that {@code --document-timeout SECONDS} gives: zero for none; a negative or
     * non-finite number is a usage error.
     */
    static Duration documentTimeout(CommandSpec spec, double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new ParameterException(spec.commandLine(),
                    "--document-timeout must be a number of seconds, 0 for no budget, not " + seconds);
        }
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    static void port(CommandSpec spec, int port) {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
    }

    /** Creates {@code directory} when missing and makes sure a file can be created in it. */
    static void writableDirectory(CommandSpec spec, String option, Path directory) {
        try {
            Files.createDirectories(directory);
            Files.delete(Files.createTempFile(directory, ".storyline-", ".tmp"));
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(),
                    "cannot write to " + option + " " + directory + ": " + reason(directory, e), e);
        }
    }

    /** Why {@code directory} cannot be written: a file where a directory should be, else what the system said. */
    static String reason(Path directory, IOException e) {
        for (Path path = directory.toAbsolutePath(); path != null; path = path.getParent()) {
            if (Files.exists(path)) {
                if (!Files.isDirectory(path)) {
                    return path + " is a file, not a directory";
                }
                break;
            }
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
