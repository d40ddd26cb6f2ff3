package dev.storyline.bench.clustering;

import dev.storyline.cluster.ClusteringSettings;
import dev.storyline.dedup.MinHashDeduplicator;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.ingest.Ingester;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.DeclaredMetadata;
import dev.storyline.model.Event;
import dev.storyline.model.MediaType;
import dev.storyline.model.RawDocument;
import dev.storyline.model.Report;
import dev.storyline.model.SkippedInput;
import dev.storyline.model.Story;
import dev.storyline.model.TimelineEntry;
import dev.storyline.nlp.OpenNlpTextAnalyzer;
import dev.storyline.pipeline.Pipeline;
import dev.storyline.summarize.CentroidSummarizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Storyline's timelines against the Timeline17 gold timelines, by the timeline-summarization protocol: for each gold
 * timeline, the topic's articles within the gold's first and last date go through the whole pipeline (extract,
 * analyze, dedup, cluster, summarize), and the timeline gives as many dates as the gold has. Each story's timeline
 * has one entry per event, dated by when it happened; a date's weight is the number of documents of its events, the
 * heaviest dates are kept, and each keeps the sentence of its largest event. Nothing is tuned on Timeline17. The
 * compare stage is left out: timelines do not need claims, and aligning the claims of a story of a thousand articles
 * costs more than everything else.
 */
final class TimelineEvaluation {

    /** One gold timeline and how the predicted one scored against it. */
    record Result(Timeline17.GoldTimeline gold, int articles, TimelineScores.Detail detail) {
    }

    private TimelineEvaluation() {
    }

    static List<Result> run(Path t17, ClusteringSettings settings) throws IOException {
        Pipeline pipeline = new Pipeline(new Ingester(), ArticleExtractor.standard(), new OpenNlpTextAnalyzer(),
                new MinHashDeduplicator(), settings, (documents, families) -> List.of(), new CentroidSummarizer());
        List<LabeledDocument> articles = Timeline17.articles(t17);
        Map<String, AnalyzedDocument> analyzed = new HashMap<>();
        List<Result> results = new ArrayList<>();
        for (Timeline17.GoldTimeline gold : Timeline17.timelines(t17)) {
            LocalDate first = gold.entries().get(0).date();
            LocalDate last = gold.entries().get(gold.entries().size() - 1).date();
            List<AnalyzedDocument> documents = new ArrayList<>();
            List<SkippedInput> skipped = new ArrayList<>();
            for (LabeledDocument article : articles) {
                if (article.story().equals(gold.topic()) && !article.date().isBefore(first) && !article.date().isAfter(last)) {
                    AnalyzedDocument document = analyzed.computeIfAbsent(article.id(), id -> pipeline.analyze(raw(article), skipped));
                    if (document != null) {
                        documents.add(document);
                    }
                }
            }
            Report report = pipeline.build(documents, skipped);
            SortedMap<LocalDate, List<String>> predicted = predicted(report, gold.entries().size());
            results.add(new Result(gold, documents.size(), TimelineScores.detail(predicted, gold.byDate())));
            System.err.printf("timeline %s/%s: %d articles%n", gold.topic(), gold.name(), documents.size());
        }
        return results;
    }

    /** The {@code dates} heaviest dates of all the stories' timelines, each with its largest event's sentence. */
    static SortedMap<LocalDate, List<String>> predicted(Report report, int dates) {
        Map<String, Integer> sizes = new HashMap<>();
        for (Event event : report.events()) {
            sizes.put(event.id(), event.documents().size());
        }
        Map<LocalDate, Integer> weight = new HashMap<>();
        Map<LocalDate, TimelineEntry> largest = new HashMap<>();
        for (Story story : report.stories()) {
            for (TimelineEntry entry : story.timeline()) {
                if (entry.date() == null) {
                    continue;
                }
                int size = sizes.getOrDefault(entry.event(), 0);
                weight.merge(entry.date(), size, Integer::sum);
                TimelineEntry kept = largest.get(entry.date());
                if (kept == null || sizes.getOrDefault(kept.event(), 0) < size) {
                    largest.put(entry.date(), entry);
                }
            }
        }
        List<LocalDate> ranked = new ArrayList<>(weight.keySet());
        ranked.sort((a, b) -> weight.get(b).equals(weight.get(a)) ? a.compareTo(b) : Integer.compare(weight.get(b), weight.get(a)));
        SortedMap<LocalDate, List<String>> predicted = new TreeMap<>();
        for (LocalDate date : ranked.subList(0, Math.min(dates, ranked.size()))) {
            predicted.put(date, List.of(largest.get(date).text()));
        }
        return predicted;
    }

    private static RawDocument raw(LabeledDocument article) {
        byte[] text = String.join("\n", article.paragraphs()).getBytes(StandardCharsets.UTF_8);
        return new RawDocument(article.id(), "t17", null, MediaType.TEXT, text, StandardCharsets.UTF_8,
                article.date().atStartOfDay().toInstant(ZoneOffset.UTC), new DeclaredMetadata(null, article.date().toString()));
    }
}
