package dev.storyline.cli;

import dev.storyline.extract.ArticleExtractor;
import dev.storyline.ingest.IngestSink;
import dev.storyline.ingest.Ingester;
import dev.storyline.model.Article;
import dev.storyline.model.RawDocument;
import dev.storyline.model.MetadataRules;
import dev.storyline.model.RemovedText;
import dev.storyline.model.Report;
import dev.storyline.model.SkippedInput;
import dev.storyline.pipeline.Pipeline;
import dev.storyline.pipeline.ProgressListener;
import dev.storyline.report.JsonReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyline extract FILE...}: the extract stage alone, for looking at what the cleaning keeps and drops. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints the cleaned article of each page: title, outlet, byline, publication date and body.",
                "With --json, prints each page as the report's document object, one per line (JSON Lines); that runs the "
                        + "whole analysis, so family, event, story, entities and quotes are filled in too.",
                "Inputs as for analyze. Skipped inputs are named on standard error with the reason.",
                "Exit code: 0 when at least one page was extracted, 1 when none could be, 2 for bad arguments."})
final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files, directories, or - for standard input.")
    List<String> paths;

    @Option(names = "--json", description = "Print the report's document object for each page, one per line.")
    boolean json;

    @Option(names = "--removed", description = "Also list every removed line with the rule that removed it, and the rule that chose "
            + "each metadata field (text output).")
    boolean removed;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + Ingester.DEFAULT_MAX_DOCUMENT_BYTES,
            description = "Largest document to read, in bytes; larger ones are skipped (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Override
    public Integer call() throws Exception {
        Checks.atLeastOne(spec, "--max-bytes", maxBytes);
        return json ? printJson() : printText();
    }

    private int printJson() throws Exception {
        Report report = Pipeline.standard(maxBytes).analyze(paths, System.in, new ProgressListener() {
        });
        for (SkippedInput skipped : report.skipped()) {
            spec.commandLine().getErr().println("skipped " + skipped.source() + ": " + skipped.reason());
        }
        PrintWriter out = spec.commandLine().getOut();
        JsonReportWriter.writeDocumentLines(report, out);
        out.flush();
        return report.documents().isEmpty() ? 1 : 0;
    }

    private int printText() {
        ArticleExtractor extractor = ArticleExtractor.standard();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int[] extracted = {0};
        new Ingester(maxBytes).ingest(paths, System.in, new IngestSink() {
            @Override
            public void accept(RawDocument document) {
                Article article;
                try {
                    article = extractor.extract(document);
                } catch (RuntimeException e) {
                    err.println("skipped " + document.source() + ": extraction failed: " + e.getMessage());
                    return;
                }
                extracted[0]++;
                print(article, out);
            }

            @Override
            public void skip(SkippedInput skipped) {
                err.println("skipped " + skipped.source() + ": " + skipped.reason());
            }
        });
        out.flush();
        err.flush();
        return extracted[0] == 0 ? 1 : 0;
    }

    private void print(Article article, PrintWriter out) {
        out.println("== " + article.source());
        MetadataRules rules = article.chosenBy();
        out.println("title:     " + orDash(article.title()) + rule(rules.title()));
        out.println("outlet:    " + orDash(article.outlet()) + rule(rules.outlet()));
        out.println("byline:    " + orDash(article.byline()) + rule(rules.byline()));
        out.println("published: " + orDash(article.published() == null ? null : article.published().toString())
                + rule(rules.published()));
        out.println();
        out.println(article.text().isEmpty() ? "(no body text found)" : article.text());
        out.println();
        if (removed) {
            out.println("removed:");
            for (RemovedText text : article.removed()) {
                out.println("  [" + text.reason() + "] " + text.text());
            }
            out.println();
        }
    }

    /** With --removed, the rule that chose a metadata field, after its value. */
    private String rule(String name) {
        return removed && name != null ? "   [" + name + "]" : "";
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
