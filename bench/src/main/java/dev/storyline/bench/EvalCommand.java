package dev.storyline.bench;

import dev.storyline.bench.claims.ClaimEvaluation;
import dev.storyline.bench.clustering.ClusteringEvaluation;
import dev.storyline.bench.dedup.DedupEvaluation;
import dev.storyline.bench.extraction.ExtractionEvaluation;
import dev.storyline.bench.extraction.TextCleaningEvaluation;
import dev.storyline.bench.nlp.NerEvaluation;
import dev.storyline.bench.nlp.QuoteEvaluation;
import dev.storyline.bench.summaries.SummaryEvaluation;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code storyline bench eval}: quality evaluations on the public data sets, one subcommand per stage. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Quality evaluations against the public data sets in ../shared/data.",
        subcommands = {ExtractionEvaluation.class, TextCleaningEvaluation.class, DedupEvaluation.class, ClusteringEvaluation.class, NerEvaluation.class, QuoteEvaluation.class, SummaryEvaluation.class, ClaimEvaluation.class, CommandLine.HelpCommand.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: use extraction, text-cleaning, dedup, clustering, ner, quotes, summaries, claims or help");
    }
}
