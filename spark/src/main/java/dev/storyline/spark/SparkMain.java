package dev.storyline.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The Spark job's entry point: {@code analyze} on a cluster. Locally through {@code ./storyline spark analyze ...};
 * on a cluster through {@code spark-submit --class dev.storyline.spark.SparkMain storyline-spark.jar analyze ...}.
 */
@Command(name = "storyline spark", mixinStandardHelpOptions = true, subcommands = SparkAnalyzeCommand.class,
        description = "Runs Storyline's stages on Apache Spark, for corpora past one machine.")
public final class SparkMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = new CommandLine(new SparkMain()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
