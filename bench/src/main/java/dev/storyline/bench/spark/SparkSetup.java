package dev.storyline.bench.spark;

import dev.storyline.bench.SharedData;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What it takes to start Spark JVMs from the Maven-resolved jars, without a Spark download: the job's jar
 * ({@code spark/target/storyline-spark.jar}), the jars listed in {@code spark/target/spark-classpath.txt} (Spark
 * included), and the JVM flags Spark needs on Java 17 to reach into the JDK's modules.
 *
 * @param home          the Storyline checkout
 * @param jobJar        the job's jar, core's classes shaded in, Spark not
 * @param classpath     every other jar the job and Spark need
 * @param moduleOptions the {@code --add-opens} and related flags, as Spark's own launcher passes them
 */
record SparkSetup(Path home, Path jobJar, List<Path> classpath, List<String> moduleOptions) {

    /** The job's entry point. */
    static final String MAIN_CLASS = "dev.storyline.spark.SparkMain";

    private static final String BUILD_HINT = "build it with ./mvnw -pl spark -am install -DskipTests";

    /**
     * Used when the spark-launcher jar cannot be read: the list of Spark 4.2's {@code JavaModuleOptions} that Java 17
     * understands.
     */
    private static final List<String> FALLBACK_MODULE_OPTIONS = List.of(
            "-XX:+IgnoreUnrecognizedVMOptions",
            "--add-modules=jdk.incubator.vector",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
            "-Dio.netty.tryReflectionSetAccessible=true");

    /**
     * Finds the jars under the Storyline home ({@code STORYLINE_HOME}, else the working directory), failing with the
     * name of the missing file and how to build it.
     */
    static SparkSetup locate() throws IOException {
        Path home = SharedData.home().toAbsolutePath().normalize();
        Path target = home.resolve("spark/target");
        Path jobJar = require(target.resolve("storyline-spark.jar"));
        Path listing = require(target.resolve("spark-classpath.txt"));
        List<Path> classpath = new ArrayList<>();
        for (String entry : Files.readString(listing, StandardCharsets.UTF_8).strip().split(":")) {
            if (!entry.isBlank()) {
                Path jar = Path.of(entry.strip());
                if (!Files.isRegularFile(jar)) {
                    throw new IllegalStateException(listing + " names " + jar + ", which does not exist: " + BUILD_HINT);
                }
                classpath.add(jar);
            }
        }
        if (classpath.stream().noneMatch(jar -> jar.getFileName().toString().startsWith("spark-core_"))) {
            throw new IllegalStateException(listing + " lists no spark-core jar: " + BUILD_HINT);
        }
        return new SparkSetup(home, jobJar, List.copyOf(classpath), moduleOptions(classpath));
    }

    /** The single-JVM command line's jar, {@code cli/target/storyline.jar}, or a clear failure when it is missing. */
    Path cliJar() {
        Path jar = home.resolve("cli/target/storyline.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Missing " + jar + ": build it with ./mvnw -pl cli -am install -DskipTests");
        }
        return jar;
    }

    /** The classpath of Spark's own JVMs (master, workers, spark-submit): the listed jars without the job's. */
    String sparkClasspath() {
        return String.join(":", classpath.stream().map(Path::toString).toList());
    }

    /** The classpath of a job run in one JVM ({@code local[n]}): the job's jar first, then the listed jars. */
    String jobClasspath() {
        return jobJar + ":" + sparkClasspath();
    }

    /** The module options as one string, for {@code spark.driver.extraJavaOptions} and its executor twin. */
    String moduleOptionsLine() {
        return String.join(" ", moduleOptions);
    }

    /**
     * The start of a {@code java} command for a Spark JVM: the running JDK's {@code java}, the heap limit, the module
     * options and the classpath.
     */
    List<String> java(String heap, String classpath) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        if (heap != null) {
            command.add("-Xmx" + heap);
        }
        command.addAll(moduleOptions);
        command.add("-cp");
        command.add(classpath);
        return command;
    }

    /** The {@code java} of the JDK running the bench, so every child runs the same Java. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path require(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Missing " + file + ": " + BUILD_HINT);
        }
        return file;
    }

    /**
     * Spark's own list, read from the spark-launcher jar ({@code JavaModuleOptions.defaultModuleOptionArray()}) so it
     * follows the Spark version; the copy above when that jar is absent or unreadable.
     */
    private static List<String> moduleOptions(List<Path> classpath) {
        for (Path jar : classpath) {
            if (jar.getFileName().toString().startsWith("spark-launcher_")) {
                try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, null)) {
                    Method options = loader.loadClass("org.apache.spark.launcher.JavaModuleOptions")
                            .getMethod("defaultModuleOptionArray");
                    return List.copyOf(Arrays.asList((String[]) options.invoke(null)));
                } catch (ReflectiveOperationException | IOException | RuntimeException e) {
                    return FALLBACK_MODULE_OPTIONS;
                }
            }
        }
        return FALLBACK_MODULE_OPTIONS;
    }
}
