package dev.storyline.bench.extraction;

import dev.storyline.bench.SharedData;
import dev.storyline.extract.BoilerplateLineClassifier;
import dev.storyline.extract.RecurringLineFilter;
import dev.storyline.extract.TextArticleExtractor;
import dev.storyline.model.Article;
import dev.storyline.model.DeclaredMetadata;
import dev.storyline.model.MediaType;
import dev.storyline.model.RawDocument;
import dev.storyline.model.RemovedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * Measures the plain-text line rules: gold article bodies (aeb, PolNeAR, NeuS) are written out as plain-text pages,
 * one paragraph a line, with generated boilerplate mixed in ({@link BoilerplateGenerator}), and read back through the
 * public {@link TextArticleExtractor}, then through the corpus evidence the pipeline applies
 * ({@link RecurringLineFilter}, learnt over each set's pages).
 *
 * <p>Two shares are reported, for the whole set and for its two halves in the set's order: real body lines removed
 * (each counted under the rule that removed it) and boilerplate lines kept (counted under their kind). Lines without
 * a word (separators such as "___" or "»") are not counted either way. Only the first
 * half is meant to be looked at while tuning; {@code --worst} lists it by default.
 */
@Command(name = "text-cleaning", mixinStandardHelpOptions = true,
        description = "Share of real body lines removed and of boilerplate lines kept by the plain-text extractor, "
                + "on gold bodies of aeb, PolNeAR and NeuS with generated boilerplate mixed in.")
public final class TextCleaningEvaluation implements Callable<Integer> {

    private static final String[] STAGES = {"line rules", "with corpus evidence"};
    private static final String[] HALVES = {"all", "1st half", "2nd half"};

    @Option(names = "--data", paramLabel = "DIR",
            description = "The shared data directory holding aeb, polnear and neus. Default: ../shared/data beside the project.")
    Path data;

    @Option(names = "--seed", defaultValue = "18", description = "Seed of the generated boilerplate (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "0",
            description = "List up to N removed real lines per rule, and N kept boilerplate lines per kind.")
    int worst;

    @Option(names = "--half", paramLabel = "1|2|all", defaultValue = "1",
            description = "Which half --worst lists from (default ${DEFAULT-VALUE}: the first, the one tuned on).")
    String half;

    @Option(names = "--json", description = "Print one line of JSON per set and stage instead of the tables.")
    boolean json;

    /** Counts for one set, stage and half. */
    private static final class Tally {
        int pages;
        int emptied;
        int realLines;
        int realRemoved;
        int boilerplateLines;
        int boilerplateKept;
        final Map<String, Integer> removedByRule = new TreeMap<>();
        final Map<String, int[]> keptByKind = new TreeMap<>();

        void add(Tally other) {
            pages += other.pages;
            emptied += other.emptied;
            realLines += other.realLines;
            realRemoved += other.realRemoved;
            boilerplateLines += other.boilerplateLines;
            boilerplateKept += other.boilerplateKept;
            other.removedByRule.forEach((rule, n) -> removedByRule.merge(rule, n, Integer::sum));
            other.keptByKind.forEach((kind, n) -> {
                int[] mine = keptByKind.computeIfAbsent(kind, k -> new int[2]);
                mine[0] += n[0];
                mine[1] += n[1];
            });
        }

        double removedShare() {
            return realLines == 0 ? 0 : (double) realRemoved / realLines;
        }

        double keptShare() {
            return boilerplateLines == 0 ? 0 : (double) boilerplateKept / boilerplateLines;
        }
    }

    /** A line that was scored wrong, for the listing. */
    private record Miss(String set, String page, String rule, String text, int half) {
    }

    private record GoldSet(String name, List<GoldBodies.Body> bodies) {
    }

    @Override
    public Integer call() throws IOException {
        Path shared = SharedData.directory(data);
        for (String name : List.of("aeb", "polnear", "neus")) {
            if (!Files.isDirectory(shared.resolve(name))) {
                System.err.println(shared.resolve(name) + ": no such data set directory");
                return 1;
            }
        }
        List<GoldSet> sets = List.of(
                new GoldSet("aeb", GoldBodies.aeb(shared.resolve("aeb"))),
                new GoldSet("polnear", GoldBodies.polnear(shared.resolve("polnear"), "train", "dev")),
                new GoldSet("neus", GoldBodies.neus(shared.resolve("neus/train.source"))));
        BoilerplateGenerator generator = new BoilerplateGenerator(seed);
        Tally[][] overall = newTallies();
        List<Miss> removedReal = new ArrayList<>();
        List<Miss> keptBoilerplate = new ArrayList<>();
        for (GoldSet set : sets) {
            Tally[][] tallies = evaluate(set, generator, removedReal, keptBoilerplate);
            for (int stage = 0; stage < STAGES.length; stage++) {
                for (int h = 0; h < HALVES.length; h++) {
                    overall[stage][h].add(tallies[stage][h]);
                }
            }
            print(set.name + " (" + set.bodies.size() + " pages)", tallies);
        }
        print("all sets", overall);
        if (worst > 0) {
            listMisses("Real lines removed", removedReal);
            listMisses("Boilerplate kept", keptBoilerplate);
        }
        return 0;
    }

    private static Tally[][] newTallies() {
        Tally[][] tallies = new Tally[STAGES.length][HALVES.length];
        for (Tally[] row : tallies) {
            for (int h = 0; h < row.length; h++) {
                row[h] = new Tally();
            }
        }
        return tallies;
    }

    private Tally[][] evaluate(GoldSet set, BoilerplateGenerator generator, List<Miss> removedReal, List<Miss> keptBoilerplate) {
        TextArticleExtractor extractor = new TextArticleExtractor();
        List<List<BoilerplateGenerator.Line>> pages = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (GoldBodies.Body body : set.bodies) {
            String outlet = body.outlet() != null ? body.outlet() : "outlet-" + Math.floorMod(body.id().hashCode(), 40);
            List<BoilerplateGenerator.Line> lines = generator.page(outlet, body.id(), body.title(), body.lines());
            StringBuilder text = new StringBuilder();
            for (BoilerplateGenerator.Line line : lines) {
                text.append(line.text()).append('\n');
            }
            String url = "https://" + outlet.replaceAll("[^A-Za-z0-9.-]", "-").toLowerCase(Locale.ROOT) + ".example/"
                    + Math.floorMod(body.id().hashCode(), 1_000_000);
            RawDocument raw = new RawDocument(body.id(), set.name + "/" + body.id(), url, MediaType.TEXT,
                    text.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null, DeclaredMetadata.NONE);
            pages.add(lines);
            articles.add(extractor.extract(raw));
        }
        RecurringLineFilter recurring = RecurringLineFilter.learn(articles);
        Tally[][] tallies = newTallies();
        int halfSize = set.bodies.size() / 2;
        for (int i = 0; i < pages.size(); i++) {
            int h = i < halfSize ? 1 : 2;
            Article[] byStage = {articles.get(i), recurring.apply(articles.get(i))};
            for (int stage = 0; stage < STAGES.length; stage++) {
                boolean last = stage == STAGES.length - 1;
                score(set.name, set.bodies.get(i).id(), h, pages.get(i), byStage[stage], tallies[stage][0], tallies[stage][h],
                        last ? removedReal : null, last ? keptBoilerplate : null);
            }
        }
        return tallies;
    }

    /** Matches a page's lines with what the extractor kept and removed, in page order. */
    private static void score(String set, String page, int half, List<BoilerplateGenerator.Line> lines, Article article,
                              Tally all, Tally ofHalf, List<Miss> removedReal, List<Miss> keptBoilerplate) {
        Map<String, Integer> kept = new HashMap<>();
        for (String paragraph : article.paragraphs()) {
            kept.merge(paragraph, 1, Integer::sum);
        }
        List<RemovedText> removed = new ArrayList<>(article.removed());
        for (Tally tally : new Tally[] {all, ofHalf}) {
            tally.pages++;
            if (article.paragraphs().isEmpty()) {
                tally.emptied++;
            }
        }
        for (BoilerplateGenerator.Line line : lines) {
            boolean isKept = kept.getOrDefault(line.text(), 0) > 0;
            String rule = null;
            if (isKept) {
                kept.merge(line.text(), -1, Integer::sum);
            } else {
                rule = "(changed or lost)";
                for (int j = 0; j < removed.size(); j++) {
                    if (removed.get(j).text().equals(line.text())) {
                        rule = removed.remove(j).reason();
                        break;
                    }
                }
            }
            if (BoilerplateLineClassifier.wordCount(line.text()) == 0) {
                continue;
            }
            for (Tally tally : new Tally[] {all, ofHalf}) {
                if (line.isBody()) {
                    tally.realLines++;
                    if (!isKept) {
                        tally.realRemoved++;
                        tally.removedByRule.merge(rule, 1, Integer::sum);
                    }
                } else {
                    tally.boilerplateLines++;
                    int[] kind = tally.keptByKind.computeIfAbsent(line.kind(), k -> new int[2]);
                    kind[1]++;
                    if (isKept) {
                        tally.boilerplateKept++;
                        kind[0]++;
                    }
                }
            }
            if (removedReal != null && line.isBody() && !isKept) {
                removedReal.add(new Miss(set, page, rule, line.text(), half));
            } else if (keptBoilerplate != null && !line.isBody() && isKept) {
                keptBoilerplate.add(new Miss(set, page, line.kind(), line.text(), half));
            }
        }
    }

    private void print(String title, Tally[][] tallies) {
        if (json) {
            for (int stage = 0; stage < STAGES.length; stage++) {
                System.out.println(json(title, STAGES[stage], tallies[stage]));
            }
            return;
        }
        System.out.println(title);
        System.out.printf(Locale.ROOT, "  %-22s %-30s %-30s %s%n", "stage", "real lines removed (all/1st/2nd)",
                "boilerplate kept (all/1st/2nd)", "pages emptied");
        for (int stage = 0; stage < STAGES.length; stage++) {
            Tally[] t = tallies[stage];
            System.out.printf(Locale.ROOT, "  %-22s %-30s %-30s %d%n", STAGES[stage],
                    String.format(Locale.ROOT, "%.2f%% / %.2f%% / %.2f%%", 100 * t[0].removedShare(), 100 * t[1].removedShare(), 100 * t[2].removedShare()),
                    String.format(Locale.ROOT, "%.2f%% / %.2f%% / %.2f%%", 100 * t[0].keptShare(), 100 * t[1].keptShare(), 100 * t[2].keptShare()),
                    t[0].emptied);
        }
        Tally[] last = tallies[STAGES.length - 1];
        System.out.printf(Locale.ROOT, "  real lines: %d (%d removed); boilerplate lines: %d (%d kept)%n",
                last[0].realLines, last[0].realRemoved, last[0].boilerplateLines, last[0].boilerplateKept);
        if (!last[0].removedByRule.isEmpty()) {
            System.out.println("  real lines removed, by rule (1st half / 2nd half):");
            for (String rule : last[0].removedByRule.keySet()) {
                System.out.printf(Locale.ROOT, "    %-28s %5d / %5d%n", rule, last[1].removedByRule.getOrDefault(rule, 0),
                        last[2].removedByRule.getOrDefault(rule, 0));
            }
        }
        System.out.println("  boilerplate kept, by kind (1st half / 2nd half, kept of all):");
        for (String kind : last[0].keptByKind.keySet()) {
            int[] first = last[1].keptByKind.getOrDefault(kind, new int[2]);
            int[] second = last[2].keptByKind.getOrDefault(kind, new int[2]);
            System.out.printf(Locale.ROOT, "    %-28s %5d of %5d / %5d of %5d%n", kind, first[0], first[1], second[0], second[1]);
        }
        System.out.println();
    }

    private static String json(String set, String stage, Tally[] t) {
        StringBuilder out = new StringBuilder("{\"evaluation\":\"text-cleaning\",\"set\":\"").append(set.replaceAll(" \\(.*", ""))
                .append("\",\"stage\":\"").append(stage).append("\",\"pages\":").append(t[0].pages)
                .append(",\"pagesEmptied\":").append(t[0].emptied)
                .append(",\"realLines\":").append(t[0].realLines).append(",\"realRemoved\":").append(t[0].realRemoved)
                .append(",\"boilerplateLines\":").append(t[0].boilerplateLines).append(",\"boilerplateKept\":").append(t[0].boilerplateKept);
        for (int h = 0; h < HALVES.length; h++) {
            String suffix = h == 0 ? "" : h == 1 ? "FirstHalf" : "SecondHalf";
            out.append(",\"realRemovedShare").append(suffix).append("\":").append(String.format(Locale.ROOT, "%.5f", t[h].removedShare()));
            out.append(",\"boilerplateKeptShare").append(suffix).append("\":").append(String.format(Locale.ROOT, "%.5f", t[h].keptShare()));
        }
        out.append(",\"removedByRule\":{");
        String separator = "";
        for (Map.Entry<String, Integer> entry : t[0].removedByRule.entrySet()) {
            out.append(separator).append('"').append(entry.getKey()).append("\":").append(entry.getValue());
            separator = ",";
        }
        out.append("},\"keptByKind\":{");
        separator = "";
        for (Map.Entry<String, int[]> entry : t[0].keptByKind.entrySet()) {
            out.append(separator).append('"').append(entry.getKey()).append("\":").append(entry.getValue()[0]);
            separator = ",";
        }
        return out.append("}}").toString();
    }

    private void listMisses(String heading, List<Miss> misses) {
        Map<String, List<Miss>> byRule = new TreeMap<>();
        for (Miss miss : misses) {
            if (half.equals("all") || Integer.toString(miss.half).equals(half)) {
                byRule.computeIfAbsent(miss.rule, r -> new ArrayList<>()).add(miss);
            }
        }
        System.out.println(heading + " (half " + half + ", up to " + worst + " per rule or kind):");
        for (Map.Entry<String, List<Miss>> entry : byRule.entrySet()) {
            System.out.println("  " + entry.getKey() + " (" + entry.getValue().size() + ")");
            for (Miss miss : entry.getValue().subList(0, Math.min(worst, entry.getValue().size()))) {
                String text = miss.text.length() > 200 ? miss.text.substring(0, 200) + "…" : miss.text;
                System.out.println("    " + miss.set + "/" + miss.page + ": " + text);
            }
        }
        System.out.println();
    }
}
