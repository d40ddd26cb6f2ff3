package dev.storyline.bench.nlp;

import dev.storyline.bench.SharedData;
import dev.storyline.model.Sentence;
import dev.storyline.nlp.EntityFinder;
import dev.storyline.nlp.NameModel;
import dev.storyline.nlp.NameSource;
import dev.storyline.nlp.OpenNlpTextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code storyline bench eval ner}: entity-level precision, recall and F1 of the entity finder on the CoNLL-2003
 * English test set, for people, organisations and places, with exact-span matching (conlleval's rule; see
 * {@link NerScoring}). By default it scores the product's finder ({@code new EntityFinder()}: the shipped name model
 * and the rules); {@code --source} scores one source of names alone, {@code --model} another model file.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Precision, recall and F1 of PER, ORG and LOC entities on CoNLL-2003 English (eng.testb), exact spans.")
public final class NerEvaluation implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "The shared data directory holding conll2003. "
            + "Default: ../shared/data beside the project.")
    Path data;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
            description = "Also print the N most frequent missed and spurious entities of each type.")
    int errors;

    @Option(names = "--json", description = "Print a one-line JSON summary instead of the table.")
    boolean json;

    @Option(names = "--source", paramLabel = "SOURCE", description = "Score one source of names instead of the "
            + "product's finder: ${COMPLETION-CANDIDATES}.")
    NameSource source;

    @Option(names = "--model", paramLabel = "FILE", description = "A name model file to use instead of the shipped one.")
    Path model;

    @Override
    public Integer call() throws IOException {
        Path shared = SharedData.directory(data);
        Path file = shared.resolve("conll2003/eng.testb");
        if (!Files.isRegularFile(file)) {
            System.err.println(file + ": no such file");
            return 1;
        }
        List<Conll2003.Document> documents = Conll2003.read(file);
        EntityFinder finder;
        if (source == null && model == null) {
            finder = new EntityFinder();
        } else {
            NameSource chosen = source != null ? source : EntityFinder.DEFAULT_SOURCE;
            NameModel names = chosen == NameSource.RULES ? null : model != null ? NameModel.read(model) : NameModel.shipped();
            finder = new EntityFinder(chosen, names);
        }
        List<List<Sentence>> tagged = NerScoring.tag(documents, new OpenNlpTextAnalyzer());
        NerScoring.Run run = NerScoring.run(documents, tagged, finder);
        Map<String, NerScoring.Score> scores = run.scores();
        if (json) {
            StringBuilder line = new StringBuilder("{");
            for (Map.Entry<String, NerScoring.Score> entry : scores.entrySet()) {
                String name = entry.getKey().toLowerCase(Locale.ROOT);
                NerScoring.Score s = entry.getValue();
                line.append(line.length() > 1 ? "," : "").append(String.format(Locale.ROOT,
                        "\"%s_precision\":%.4f,\"%s_recall\":%.4f,\"%s_f1\":%.4f", name, s.precision(), name, s.recall(), name, s.f1()));
            }
            System.out.println(line.append('}'));
            return 0;
        }
        System.out.print(NerScoring.table(String.format("CoNLL-2003 English test: %d documents, %d gold PER/ORG/LOC entities",
                documents.size(), run.gold().size()), scores));
        if (errors > 0) {
            for (String type : NerScoring.TYPES) {
                printErrors("missed " + type, run.gold(), run.predicted(), type, run.text());
                printErrors("spurious " + type, run.predicted(), run.gold(), type, run.text());
            }
        }
        return 0;
    }

    private void printErrors(String heading, Set<NerScoring.Key> from, Set<NerScoring.Key> against, String type,
                             Map<NerScoring.Key, String> text) {
        Map<String, Integer> counts = new HashMap<>();
        for (NerScoring.Key key : from) {
            if (key.type().equals(type) && !against.contains(key)) {
                counts.merge(text.get(key), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        StringBuilder line = new StringBuilder(heading).append(':');
        for (int i = 0; i < Math.min(errors, ranked.size()); i++) {
            line.append(' ').append(ranked.get(i).getKey()).append(" (").append(ranked.get(i).getValue()).append(')');
        }
        System.out.println(line);
    }
}
