package dev.storyline.spark;

import dev.storyline.ingest.Ingester;
import dev.storyline.model.SkippedInput;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Expands the inputs named by the user into the files the job reads, on the driver: a list of names, never their
 * contents. A local path is walked exactly as {@code analyze} walks it ({@link Ingester#list}), so its files, their
 * order and the entries it skips are the same; a URI with a scheme is listed through its Hadoop file system.
 */
final class InputListing {

    /** A URI scheme of two letters or more ({@code C:} stays a local path). */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

    /** The files found, each with its place in reading order, and the inputs skipped while listing. */
    record Listing(List<InputFile> files, List<SkippedInput> skipped) {
    }

    private InputListing() {
    }

    static Listing list(List<String> inputs, Configuration hadoop) {
        List<InputFile> files = new ArrayList<>();
        List<SkippedInput> skipped = new ArrayList<>();
        for (String input : inputs) {
            if (input.equals("-")) {
                skipped.add(new SkippedInput("stdin", "standard input cannot be spread over a cluster: "
                        + "write it to a file and name the file"));
            } else if (SCHEME.matcher(input).matches()) {
                listHadoop(input, hadoop, files, skipped);
            } else {
                for (Ingester.FoundInput found : Ingester.list(input, skipped::add)) {
                    files.add(new InputFile(files.size(), found.path(), found.inDirectory(), false));
                }
            }
        }
        return new Listing(files, skipped);
    }

    private static void listHadoop(String input, Configuration hadoop, List<InputFile> files, List<SkippedInput> skipped) {
        try {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(hadoop);
            FileStatus status = fs.getFileStatus(path);
            if (!status.isDirectory()) {
                files.add(new InputFile(files.size(), status.getPath().toString(), false, true));
                return;
            }
            List<String> found = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> listed = fs.listFiles(path, true);
            while (listed.hasNext()) {
                LocatedFileStatus file = listed.next();
                if (!isHidden(file.getPath(), status.getPath())) {
                    found.add(file.getPath().toString());
                }
            }
            found.sort(null);
            for (String file : found) {
                files.add(new InputFile(files.size(), file, true, true));
            }
        } catch (FileNotFoundException e) {
            skipped.add(new SkippedInput(input, "no such file or directory"));
        } catch (IOException | IllegalArgumentException e) {
            skipped.add(new SkippedInput(input, "could not be listed: " + e.getMessage()));
        }
    }

    /**
     * Whether a file under {@code root} is hidden: a name below the root starting with a dot or an underscore (as
     * Hadoop's own markers such as {@code _SUCCESS}) is not an input.
     */
    private static boolean isHidden(Path file, Path root) {
        for (Path p = file; p != null && !p.isRoot() && !p.equals(root); p = p.getParent()) {
            String name = p.getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
