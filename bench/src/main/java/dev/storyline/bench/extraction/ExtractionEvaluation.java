package dev.storyline.bench.extraction;

import dev.storyline.bench.SharedData;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Scores the extract stage on the public extraction data sets, each with its own metric: the Article Extraction
 * Benchmark (shingle F1 of the body), the trafilatura evaluation (with/without segments, plus title, date and author
 * accuracy) and the htmldate evaluation (exact-day date accuracy). Every figure is given for the whole set and for
 * its two halves in the set's own order, so that rules tuned on the first half can be checked on the second.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Score the extract stage on aeb, trafilatura-eval and htmldate-eval, beside the peers' published figures.")
public final class ExtractionEvaluation implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR",
            description = "A data set directory (aeb, trafilatura-eval or htmldate-eval); repeatable. "
                    + "Default: all three under ../shared/data beside the project.")
    List<Path> data;

    @Option(names = "--dump", paramLabel = "DIR", description = "Write each page's extracted body to DIR/<id>.txt.")
    Path dump;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "0", description = "List the N worst pages of each set.")
    int worst;

    @Option(names = "--json", description = "Print a one-line JSON summary per data set instead of the table.")
    boolean json;

    private record Scored(EvalPage page, Article article, double score) {
    }

    @Override
    public Integer call() throws IOException {
        List<Path> directories = data != null ? data : defaultDataSets();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                System.err.println(directory + ": no such data set directory");
                return 1;
            }
            evaluate(directory);
        }
        return 0;
    }

    private static List<Path> defaultDataSets() {
        Path shared = SharedData.directory(null);
        return List.of(shared.resolve("aeb"), shared.resolve("trafilatura-eval"), shared.resolve("htmldate-eval"));
    }

    private void evaluate(Path directory) throws IOException {
        DataSets.Kind kind = DataSets.kindOf(directory);
        List<EvalPage> pages = DataSets.read(directory);
        ArticleExtractor extractor = ArticleExtractor.standard();
        List<Article> articles = new ArrayList<>();
        int failures = 0;
        for (EvalPage page : pages) {
            Article article;
            try {
                article = extractor.extract(page.toRawDocument());
            } catch (RuntimeException e) {
                System.err.println(page.id() + ": extraction failed: " + e);
                article = null;
                failures++;
            }
            articles.add(article);
            if (dump != null) {
                Files.createDirectories(dump);
                Files.writeString(dump.resolve(page.id().replace('/', '_') + ".txt"), article == null ? "" : article.text());
            }
        }
        int half = pages.size() / 2;
        Map<String, double[]> measures = new LinkedHashMap<>();
        List<Scored> scored = new ArrayList<>();
        measure(kind, pages, articles, 0, pages.size(), measures, 0, scored);
        measure(kind, pages, articles, 0, half, measures, 1, null);
        measure(kind, pages, articles, half, pages.size(), measures, 2, null);
        String name = directory.getFileName().toString();
        if (json) {
            StringBuilder line = new StringBuilder("{\"evaluation\":\"extraction\",\"dataSet\":\"").append(name)
                    .append("\",\"pages\":").append(pages.size()).append(",\"failures\":").append(failures);
            for (Map.Entry<String, double[]> entry : measures.entrySet()) {
                line.append(",\"").append(entry.getKey()).append("\":").append(format(entry.getValue()[0]));
            }
            System.out.println(line.append('}'));
        } else {
            printTable(name, kind, pages.size(), half, failures, measures);
        }
        printWorst(kind, scored);
        if (kind == DataSets.Kind.TRAFILATURA) {
            printMetadataMisses(pages, articles, half);
        }
    }

    /**
     * With {@code --worst N}: up to N title and N author misses of the first half (the half looked at while tuning),
     * each with the rule that chose the wrong value.
     */
    private void printMetadataMisses(List<EvalPage> pages, List<Article> articles, int half) {
        if (worst <= 0) {
            return;
        }
        for (String field : new String[] {"title", "author"}) {
            int shown = 0;
            for (int i = 0; i < half && shown < worst; i++) {
                EvalPage.Gold gold = pages.get(i).gold();
                Article article = articles.get(i);
                String expected = field.equals("title") ? gold.title() : gold.author();
                String got = article == null ? null : field.equals("title") ? article.title() : article.byline();
                String rule = article == null ? null : field.equals("title") ? article.chosenBy().title() : article.chosenBy().byline();
                if (expected == null || expected.isBlank() || new Accuracy().add(expected, got)) {
                    continue;
                }
                shown++;
                System.out.printf("  %s miss %s%n    gold: %s%n    got:  %s   [%s]%n", field, pages.get(i).id(), expected, got, rule);
            }
        }
    }

    /** Computes the data set's measures over pages [from, to) into column {@code column} of {@code measures}. */
    private static void measure(DataSets.Kind kind, List<EvalPage> pages, List<Article> articles, int from, int to,
                                Map<String, double[]> measures, int column, List<Scored> scored) {
        switch (kind) {
            case AEB -> {
                ShingleMatch match = new ShingleMatch();
                for (int i = from; i < to; i++) {
                    double f1 = match.add(pages.get(i).gold().body(), bodyOf(articles.get(i)));
                    if (scored != null) {
                        scored.add(new Scored(pages.get(i), articles.get(i), f1));
                    }
                }
                put(measures, "f1", column, match.f1());
                put(measures, "precision", column, match.precision());
                put(measures, "recall", column, match.recall());
            }
            case TRAFILATURA -> {
                SegmentMatch match = new SegmentMatch();
                Accuracy title = new Accuracy();
                Accuracy date = new Accuracy();
                Accuracy author = new Accuracy();
                for (int i = from; i < to; i++) {
                    EvalPage.Gold gold = pages.get(i).gold();
                    Article article = articles.get(i);
                    int wrong = match.add(gold.with(), gold.without(), bodyOf(article));
                    if (scored != null) {
                        scored.add(new Scored(pages.get(i), article, -wrong));
                    }
                    title.add(gold.title(), article == null ? null : article.title());
                    date.add(gold.date(), article == null || article.published() == null ? null : article.published().toString());
                    author.add(gold.author(), article == null ? null : article.byline());
                }
                put(measures, "f1", column, match.f1());
                put(measures, "precision", column, match.precision());
                put(measures, "recall", column, match.recall());
                put(measures, "accuracy", column, match.accuracy());
                put(measures, "titleAccuracy", column, title.value());
                put(measures, "dateAccuracy", column, date.value());
                put(measures, "authorAccuracy", column, author.value());
            }
            case HTMLDATE -> {
                Accuracy date = new Accuracy();
                for (int i = from; i < to; i++) {
                    Article article = articles.get(i);
                    String predicted = article == null || article.published() == null ? null : article.published().toString();
                    boolean right = date.add(pages.get(i).gold().date(), predicted);
                    if (scored != null) {
                        scored.add(new Scored(pages.get(i), article, right ? 1 : 0));
                    }
                }
                put(measures, "dateAccuracy", column, date.value());
            }
        }
    }

    private static void put(Map<String, double[]> measures, String name, int column, double value) {
        measures.computeIfAbsent(name, n -> new double[3])[column] = value;
    }

    private static String bodyOf(Article article) {
        return article == null ? "" : article.text();
    }

    private static void printTable(String name, DataSets.Kind kind, int pages, int half, int failures, Map<String, double[]> measures) {
        System.out.printf("%s: %d pages (first half %d, second half %d, in the set's order), %d failures%n%n",
                name, pages, half, pages - half, failures);
        System.out.printf("%-16s %8s %8s %9s   %s%n", "measure", "all", "1st half", "2nd half", "peers (published)");
        for (Map.Entry<String, double[]> entry : measures.entrySet()) {
            double[] v = entry.getValue();
            System.out.printf("%-16s %8.3f %8.3f %9.3f   %s%n", entry.getKey(), v[0], v[1], v[2], PeerFigures.of(kind, entry.getKey()));
        }
        System.out.println();
    }

    private void printWorst(DataSets.Kind kind, List<Scored> scored) {
        if (worst <= 0) {
            return;
        }
        List<Scored> sorted = new ArrayList<>(scored);
        sorted.sort(Comparator.comparingDouble(Scored::score));
        for (Scored s : sorted.subList(0, Math.min(worst, sorted.size()))) {
            System.out.printf("  %.3f  %s  %s%n", s.score(), s.page().id(), s.page().url());
            if (kind == DataSets.Kind.HTMLDATE) {
                System.out.printf("         gold %s, got %s%n", s.page().gold().date(), s.article() == null ? null : s.article().published());
            }
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** Exact-match accuracy over the pages whose gold value is set; case and whitespace are folded. */
    private static final class Accuracy {
        private int right;
        private int all;

        boolean add(String gold, String predicted) {
            if (gold == null || gold.isBlank()) {
                return false;
            }
            all++;
            boolean match = predicted != null && fold(gold).equals(fold(predicted));
            if (match) {
                right++;
            }
            return match;
        }

        double value() {
            return all == 0 ? 0 : (double) right / all;
        }

        private static String fold(String text) {
            return SegmentMatch.collapse(text).toLowerCase(Locale.ROOT);
        }
    }
}
