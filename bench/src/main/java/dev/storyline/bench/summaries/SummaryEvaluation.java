package dev.storyline.bench.summaries;

import dev.storyline.bench.SharedData;
import dev.storyline.bench.clustering.LabeledDocument;
import dev.storyline.bench.clustering.Neus;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.model.CitedText;
import dev.storyline.model.Sentence;
import dev.storyline.nlp.OpenNlpTextAnalyzer;
import dev.storyline.summarize.CentroidSummarizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code storyline bench eval summaries}: ROUGE of Storyline's multi-document summaries on NeuS (Lee et al., NAACL
 * 2022), beside the LEAD and LexRank baselines in the same run.
 *
 * <p>Each NeuS line is one story told by three outlets; its reference is the AllSides editorial roundup. Every system
 * gets the same word budget on a line: the number of words of that line's reference body (the text after
 * {@code ARTICLE=>}, without the headline), because ROUGE F1 moves with length and systems are only comparable at equal
 * length. Words are whitespace-separated. A system lists sentences; they are taken in that order and the one that
 * crosses the budget is cut at it. The systems:
 * <ul>
 *   <li>{@code storyline}: {@link CentroidSummarizer} with the smallest sentence count k whose summary reaches the
 *       budget. Its greedy choice does not depend on k, so this is its best-ranked sentences up to the budget, in
 *       reading order, the last of them in reading order cut;</li>
 *   <li>{@code storyline-k10}: the same with k fixed at {@value #FIXED_K}. A NeuS line has about seven sentences, so this
 *       keeps every candidate in reading order and the budget alone decides: in effect LEAD without the short and
 *       quote-led sentences the summarizer never picks. It shows how much of {@code storyline} comes from the ranking;</li>
 *   <li>{@code lead}: the first article's sentences, then the next articles', in line order;</li>
 *   <li>{@code lexrank}: {@link LexRank} over all sentences of the line.</li>
 * </ul>
 * Scores are ROUGE-1, ROUGE-2 and ROUGE-L F1 ({@link Rouge}) against the reference body, averaged over lines.
 */
@Command(name = "summaries", mixinStandardHelpOptions = true,
        description = "ROUGE-1/2/L of Storyline's summaries on NeuS beside LEAD and LexRank, all at the reference's word count.")
public final class SummaryEvaluation implements Callable<Integer> {

    static final int FIXED_K = 10;
    private static final List<String> SYSTEMS = List.of("storyline", "storyline-k10", "lead", "lexrank");
    private static final String ARTICLE = "ARTICLE=>";
    private static final String TITLE = "TITLE=>";

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data directory holding neus. "
            + "Default: ../shared/data beside the project.")
    Path data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Score the first N lines only (default: 0, all).")
    int limit;

    @Option(names = "--json", description = "Print a one-line JSON summary instead of the table.")
    boolean json;

    /** Running sums of one system over the lines scored. */
    private static final class Totals {
        double rouge1;
        double rouge2;
        double rougeL;
        long words;
        int shortLines;

        void add(String summary, String reference, int budget) {
            rouge1 += Rouge.rouge1(summary, reference).f1();
            rouge2 += Rouge.rouge2(summary, reference).f1();
            rougeL += Rouge.rougeL(summary, reference).f1();
            int length = LexRank.wordCount(summary);
            words += length;
            if (length < budget) {
                shortLines++;
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        Path shared = SharedData.directory(data);
        Path neus = shared.resolve("neus");
        if (!Files.isRegularFile(neus.resolve("test.source")) || !Files.isRegularFile(neus.resolve("test.target"))) {
            System.err.println(neus + ": test.source and test.target not found");
            return 1;
        }
        Map<Integer, List<LabeledDocument>> stories = byLine(Neus.read(neus.resolve("test.source")));
        List<String> targets = Files.readAllLines(neus.resolve("test.target"), StandardCharsets.UTF_8);

        OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer();
        CentroidSummarizer summarizer = new CentroidSummarizer();
        Map<String, Totals> totals = new LinkedHashMap<>();
        for (String system : SYSTEMS) {
            totals.put(system, new Totals());
        }
        long referenceWords = 0;
        int lines = 0;
        for (Map.Entry<Integer, List<LabeledDocument>> story : stories.entrySet()) {
            if (limit > 0 && lines >= limit) {
                break;
            }
            int line = story.getKey();
            if (line > targets.size() || targets.get(line - 1).isBlank()) {
                System.err.println("test.target: no reference summary on line " + line);
                return 1;
            }
            String reference = referenceBody(targets.get(line - 1));
            int budget = LexRank.wordCount(reference);
            referenceWords += budget;
            lines++;

            List<AnalyzedDocument> documents = new ArrayList<>();
            List<Sentence> sentences = new ArrayList<>();
            for (LabeledDocument document : story.getValue()) {
                AnalyzedDocument analyzed = analyzer.analyze(new Article(document.id(), null, null, document.title(),
                        null, null, null, document.paragraphs(), List.of()));
                documents.add(analyzed);
                sentences.addAll(analyzed.sentences());
            }
            totals.get("storyline").add(cut(texts(storyline(summarizer, documents, budget)), budget), reference, budget);
            totals.get("storyline-k10").add(cut(texts(summarizer.summarize(documents, FIXED_K)), budget), reference, budget);
            totals.get("lead").add(cut(sentenceTexts(sentences), budget), reference, budget);
            totals.get("lexrank").add(cut(sentenceTexts(LexRank.summarize(sentences, budget)), budget), reference, budget);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (lines == 0) {
            System.err.println(neus + ": no lines to score");
            return 1;
        }
        if (json) {
            printJson(totals, lines, (double) referenceWords / lines, seconds);
        } else {
            printTable(totals, lines, (double) referenceWords / lines, seconds);
        }
        return 0;
    }

    /**
     * Storyline's summary for a budget: the smallest k whose summary has at least {@code budget} words, or every
     * sentence the summarizer will pick when even that falls short.
     */
    static List<CitedText> storyline(CentroidSummarizer summarizer, List<AnalyzedDocument> documents, int budget) {
        List<CitedText> summary = List.of();
        for (int k = 1; ; k++) {
            List<CitedText> longer = summarizer.summarize(documents, k);
            if (longer.size() < k) {
                return longer;
            }
            summary = longer;
            int words = 0;
            for (CitedText sentence : summary) {
                words += LexRank.wordCount(sentence.text());
            }
            if (words >= budget) {
                return summary;
            }
        }
    }

    /** The text of {@code sentences} in order up to {@code budget} words, the last one cut there; words joined by spaces. */
    static String cut(List<String> sentences, int budget) {
        List<String> words = new ArrayList<>();
        for (String sentence : sentences) {
            for (String word : sentence.strip().split("\\s+")) {
                if (words.size() == budget) {
                    return String.join(" ", words);
                }
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return String.join(" ", words);
    }

    /** The summary of a {@code test.target} line: the text after {@code ARTICLE=>}, or after the headline marker when it has none. */
    static String referenceBody(String targetLine) {
        String text = targetLine.replace('\u00a0', ' ').strip();
        int article = text.indexOf(ARTICLE);
        if (article >= 0) {
            return text.substring(article + ARTICLE.length()).strip();
        }
        return text.startsWith(TITLE) ? text.substring(TITLE.length()).strip() : text;
    }

    /** The documents of each NeuS line, keyed by the line number (from 1) in their story id {@code neus-<line>}. */
    private static Map<Integer, List<LabeledDocument>> byLine(List<LabeledDocument> documents) {
        Map<Integer, List<LabeledDocument>> stories = new LinkedHashMap<>();
        for (LabeledDocument document : documents) {
            int line = Integer.parseInt(document.story().substring("neus-".length()));
            stories.computeIfAbsent(line, key -> new ArrayList<>()).add(document);
        }
        return stories;
    }

    private static List<String> texts(List<CitedText> summary) {
        List<String> texts = new ArrayList<>();
        for (CitedText sentence : summary) {
            texts.add(sentence.text());
        }
        return texts;
    }

    private static List<String> sentenceTexts(List<Sentence> sentences) {
        List<String> texts = new ArrayList<>();
        for (Sentence sentence : sentences) {
            texts.add(sentence.text());
        }
        return texts;
    }

    private static void printTable(Map<String, Totals> totals, int lines, double referenceWords, double seconds) {
        System.out.printf(Locale.ROOT, "NeuS: %d lines, reference bodies average %.1f words; every system gets the reference's word count%n",
                lines, referenceWords);
        System.out.printf(Locale.ROOT, "%-14s %7s %7s %7s %7s %7s%n", "system", "R1 F1", "R2 F1", "RL F1", "words", "short");
        for (Map.Entry<String, Totals> entry : totals.entrySet()) {
            Totals t = entry.getValue();
            System.out.printf(Locale.ROOT, "%-14s %7.4f %7.4f %7.4f %7.1f %7d%n", entry.getKey(),
                    t.rouge1 / lines, t.rouge2 / lines, t.rougeL / lines, (double) t.words / lines, t.shortLines);
        }
        System.out.printf(Locale.ROOT, "(F1 averaged over lines; words: mean summary length; short: lines where the system "
                + "ran out of sentences before the budget) %.1f s%n", seconds);
    }

    private static void printJson(Map<String, Totals> totals, int lines, double referenceWords, double seconds) {
        StringBuilder line = new StringBuilder("{");
        line.append(String.format(Locale.ROOT, "\"lines\":%d,\"reference_words\":%.1f", lines, referenceWords));
        for (Map.Entry<String, Totals> entry : totals.entrySet()) {
            String key = entry.getKey().replace('-', '_');
            Totals t = entry.getValue();
            line.append(String.format(Locale.ROOT, ",\"%s_rouge1\":%.4f,\"%s_rouge2\":%.4f,\"%s_rougeL\":%.4f,\"%s_words\":%.1f",
                    key, t.rouge1 / lines, key, t.rouge2 / lines, key, t.rougeL / lines, key, (double) t.words / lines));
        }
        line.append(String.format(Locale.ROOT, ",\"seconds\":%.1f}", seconds));
        System.out.println(line);
    }
}
