package dev.storyline.bench;

import dev.storyline.bench.extraction.ExtractionSpeed;
import dev.storyline.bench.nlp.AnalyzeSpeed;
import dev.storyline.bench.spark.SparkClusterCommand;
import dev.storyline.bench.spark.SparkScaleCommand;
import dev.storyline.bench.store.StoreLoadBenchmark;
import dev.storyline.bench.story.StorySizeBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code storyline bench} entry point: evaluations against the public data sets in {@code ../shared/data} and
 * throughput benchmarks. Each subcommand takes its data path as an option, prints a table, and with {@code --json}
 * a one-line JSON summary.
 */
@Command(name = "storyline bench", mixinStandardHelpOptions = true, version = "storyline-bench 0.1.0",
        description = "Evaluations and benchmarks. Not unit tests: run them by hand or in a bench job.",
        subcommands = {EvalCommand.class, ExtractionSpeed.class, AnalyzeSpeed.class, PipelineBenchmark.class, StoreLoadBenchmark.class, SparkClusterCommand.class, SparkScaleCommand.class, StorySizeBenchmark.class, dev.storyline.bench.memory.HeapBenchmark.class, dev.storyline.bench.nlp.DocumentSizeBenchmark.class, dev.storyline.bench.nlp.TrainNer.class, CommandLine.HelpCommand.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: use eval, extraction-speed, analyze-speed, pipeline, store-load or help");
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }
}
