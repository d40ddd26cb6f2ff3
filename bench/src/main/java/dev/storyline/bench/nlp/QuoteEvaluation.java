package dev.storyline.bench.nlp;

import dev.storyline.bench.SharedData;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Quote;
import dev.storyline.model.QuoteKind;
import dev.storyline.nlp.EntityFinder;
import dev.storyline.nlp.NameModel;
import dev.storyline.nlp.NameSource;
import dev.storyline.nlp.OpenNlpTextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code storyline bench eval quotes}: direct quotes found by the analyze stage against PolNeAR's gold direct quotes
 * (attributions whose content opens with a quotation mark). Only quotes of kind {@link QuoteKind#DIRECT} are counted:
 * quoted phrases and indirect speech are not direct quotes.
 *
 * <p>A found quote matches a gold quote when at least {@value #MATCH_SHARE} of its words are in the gold content, so
 * that a quote split by its cue matches the one gold content it comes from. Recall counts gold quotes matched by at
 * least one found quote; precision counts found quotes that match a gold quote. The speaker of a matched quote is
 * right when it shares a word (other than an article) with the gold source span; gold sources that are pronouns ("he")
 * can only match a pronoun, so they are counted apart. Speaker accuracy is also given for each rule that chose the
 * speaker ({@link dev.storyline.model.QuoteAttribution}).
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Direct-quote precision and recall, and speaker accuracy, on PolNeAR (default: the test split).")
public final class QuoteEvaluation implements Callable<Integer> {

    static final double MATCH_SHARE = 0.8;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "you");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "of");

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data directory holding polnear. "
            + "Default: ../shared/data beside the project.")
    Path data;

    @Option(names = "--split", defaultValue = "test", description = "train, dev or test (default: ${DEFAULT-VALUE}); tune on train and dev only.")
    String split;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "Also print N missed gold quotes, N found quotes matching none and N wrong speakers.")
    int errors;

    @Option(names = "--source", paramLabel = "SOURCE", description = "Take entities from this source of names "
            + "(${COMPLETION-CANDIDATES}) instead of the product's.")
    NameSource source;

    @Option(names = "--json", description = "Print a one-line JSON summary instead of the table.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Path shared = SharedData.directory(data);
        Path directory = shared.resolve("polnear").resolve(split);
        if (!Files.isDirectory(directory)) {
            System.err.println(directory + ": no such data set directory");
            return 1;
        }
        OpenNlpTextAnalyzer analyzer = source == null ? new OpenNlpTextAnalyzer()
                : new OpenNlpTextAnalyzer(new EntityFinder(source, source == NameSource.RULES ? null : NameModel.shipped()));
        int gold = 0;
        int goldFound = 0;
        int found = 0;
        int foundMatching = 0;
        int speakerChecked = 0;
        int speakerRight = 0;
        int pronounSources = 0;
        int missedShown = 0;
        int wrongShown = 0;
        int spuriousShown = 0;
        Map<String, int[]> bySieve = new TreeMap<>();
        for (PolNear.Article article : PolNear.read(directory)) {
            AnalyzedDocument document = analyzer.analyze(new dev.storyline.model.Article(article.name(), article.name(), null,
                    article.title(), null, null, null, article.paragraphs(), List.of()));
            List<Quote> quotes = document.quotes().stream().filter(quote -> quote.kind() == QuoteKind.DIRECT).toList();
            found += quotes.size();
            for (Quote quote : quotes) {
                PolNear.GoldQuote match = null;
                for (PolNear.GoldQuote candidate : article.quotes()) {
                    if (matches(quote.text(), candidate.content())) {
                        match = candidate;
                        break;
                    }
                }
                if (match == null) {
                    if (spuriousShown < errors) {
                        spuriousShown++;
                        System.out.println("spurious: " + shorten(quote.text()) + " | speaker " + quote.speaker());
                    }
                    continue;
                }
                foundMatching++;
                if (match.source() == null) {
                    continue;
                }
                if (PRONOUNS.contains(match.source().toLowerCase(Locale.ROOT))) {
                    pronounSources++;
                    continue;
                }
                speakerChecked++;
                String sieve = quote.attribution() == null ? "(no speaker)" : quote.attribution().label();
                int[] tally = bySieve.computeIfAbsent(sieve, s -> new int[2]);
                tally[0]++;
                if (quote.speaker() != null && sharesWord(quote.speaker(), match.source())) {
                    speakerRight++;
                    tally[1]++;
                } else if (wrongShown < errors) {
                    wrongShown++;
                    System.out.println("speaker: found " + quote.speaker() + " (" + sieve + ") | gold " + match.source()
                            + " | " + shorten(quote.text()));
                }
            }
            for (PolNear.GoldQuote quote : article.quotes()) {
                gold++;
                boolean matched = false;
                for (Quote candidate : quotes) {
                    matched |= matches(candidate.text(), quote.content());
                }
                if (matched) {
                    goldFound++;
                } else if (missedShown < errors) {
                    missedShown++;
                    System.out.println("missed: " + shorten(quote.content()) + " | source " + quote.source());
                }
            }
        }
        double precision = found == 0 ? 1 : (double) foundMatching / found;
        double recall = gold == 0 ? 1 : (double) goldFound / gold;
        double speakerAccuracy = speakerChecked == 0 ? 1 : (double) speakerRight / speakerChecked;
        if (json) {
            System.out.printf(Locale.ROOT, "{\"split\":\"%s\",\"direct_quote_precision\":%.4f,\"direct_quote_recall\":%.4f,"
                    + "\"speaker_accuracy\":%.4f,\"gold\":%d,\"found\":%d}%n", split, precision, recall, speakerAccuracy, gold, found);
            return 0;
        }
        System.out.printf(Locale.ROOT, "PolNeAR %s: %d gold direct quotes, %d quotes found%n", split, gold, found);
        System.out.printf(Locale.ROOT, "direct-quote precision %.3f (%d of %d found quotes match a gold quote)%n", precision, foundMatching, found);
        System.out.printf(Locale.ROOT, "direct-quote recall    %.3f (%d of %d gold quotes found)%n", recall, goldFound, gold);
        System.out.printf(Locale.ROOT, "speaker accuracy       %.3f (%d of %d matched quotes with a named or described gold source; %d more have a pronoun source)%n",
                speakerAccuracy, speakerRight, speakerChecked, pronounSources);
        System.out.println("by the rule that chose the speaker (quotes with a named or described gold source):");
        for (Map.Entry<String, int[]> entry : bySieve.entrySet()) {
            int[] tally = entry.getValue();
            System.out.printf(Locale.ROOT, "  %-22s %5d quotes, %5.3f right%n", entry.getKey(), tally[0], (double) tally[1] / tally[0]);
        }
        return 0;
    }

    /** Whether most words of a found quote are words of the gold content. */
    static boolean matches(String found, String goldContent) {
        Set<String> goldWords = new HashSet<>(words(goldContent));
        List<String> foundWords = words(found);
        if (foundWords.isEmpty()) {
            return false;
        }
        int inGold = 0;
        for (String word : foundWords) {
            if (goldWords.contains(word)) {
                inGold++;
            }
        }
        return inGold >= MATCH_SHARE * foundWords.size();
    }

    private static boolean sharesWord(String speaker, String source) {
        Set<String> sourceWords = new HashSet<>(words(source));
        for (String word : words(speaker)) {
            if (!ARTICLES.contains(word) && sourceWords.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}']+")).stream()
                .filter(word -> !word.isEmpty()).toList();
    }

    private static String shorten(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "…";
    }
}
