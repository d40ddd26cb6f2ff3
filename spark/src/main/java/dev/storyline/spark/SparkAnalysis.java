package dev.storyline.spark;

import dev.storyline.cluster.ClusterInput;
import dev.storyline.cluster.OnlineEventClusterer;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.model.Event;
import dev.storyline.model.Family;
import dev.storyline.model.Report;
import dev.storyline.model.SkippedInput;
import dev.storyline.model.Story;
import dev.storyline.pipeline.Pipeline;
import dev.storyline.spark.DocumentStage.Outcome;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The job: every stage of {@code analyze} on a Spark cluster. The per-document stages are maps over input files
 * ({@link DocumentStage}); the corpus-wide ones are distributed in turn: recurring lines ({@link RecurringLines}),
 * time order, near-duplicate families ({@link Dedup}), events and stories ({@link EventWindows}), and their
 * composition ({@link Composition}). Each stage ends in an action, so its time is its own.
 */
final class SparkAnalysis {

    /** What a run found, and what it cost. */
    record Result(long documents, long skipped, long families, long events, long stories,
                  Map<String, Double> stageSeconds, Report report) {
    }

    private final SparkSession spark;
    private final JavaSparkContext context;
    private final SparkSettings settings;
    private final Map<String, Double> stageSeconds = new LinkedHashMap<>();
    private long stageStart;

    SparkAnalysis(SparkSession spark, SparkSettings settings) {
        this.spark = spark;
        this.context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.settings = settings;
    }

    Result run() {
        int partitions = settings.partitions();
        long maxBytes = settings.maxDocumentBytes();
        stageStart = System.nanoTime();

        InputListing.Listing listing = InputListing.list(settings.inputs(), context.hadoopConfiguration());
        HadoopSettings hadoop = HadoopSettings.of(context.hadoopConfiguration());
        JavaRDD<Outcome> outcomes = context.parallelize(listing.files(), Math.max(1, Math.min(partitions * 4, listing.files().size())))
                .flatMap(file -> DocumentStage.read(file, maxBytes, hadoop).iterator())
                .repartition(partitions);
        outcomes.persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<Outcome> skippedOutcomes = outcomes.filter(o -> o.skipped() != null);
        skippedOutcomes.persist(StorageLevel.MEMORY_AND_DISK_SER());
        skippedOutcomes.count();
        stage("read, extract, analyze");

        JavaRDD<AnalyzedDocument> unique = outcomes.filter(o -> o.document() != null).keyBy(o -> o.document().id())
                .groupByKey(partitions).flatMap(SparkAnalysis::uniqueIds);
        JavaRDD<AnalyzedDocument> cleaned = RecurringLines.clean(unique, partitions);
        outcomes.unpersist(false);
        stage("recurring lines");

        JavaPairRDD<Long, AnalyzedDocument> ranked = cleaned
                .sortBy(SparkAnalysis::timeKey, true, partitions)
                .zipWithIndex()
                .mapToPair(Tuple2::swap);
        ranked.persist(StorageLevel.MEMORY_AND_DISK_SER());
        long documentCount = ranked.count();
        cleaned.unpersist(false);
        stage("time order");

        JavaPairRDD<Long, Long> familyOfRank = Dedup.familyOfRank(ranked, partitions);
        JavaPairRDD<Long, Long> familyNumber = familyOfRank.values().distinct(partitions).sortBy(r -> r, true, partitions)
                .zipWithIndex().mapToPair(p -> new Tuple2<>(p._1(), p._2() + 1));
        JavaPairRDD<Long, Tuple2<Long, AnalyzedDocument>> byFamily = ranked.join(familyOfRank)
                .mapToPair(p -> new Tuple2<>(p._2()._2(), new Tuple2<>(p._1(), p._2()._1())));
        JavaPairRDD<Long, Family> families = Dedup.families(byFamily, familyNumber);
        families.persist(StorageLevel.MEMORY_AND_DISK_SER());
        long familyCount = families.count();
        JavaPairRDD<String, String> familyIdOf = families.values()
                .flatMapToPair(f -> f.documents().stream().map(d -> new Tuple2<>(d, f.id())).iterator());
        familyIdOf.persist(StorageLevel.MEMORY_AND_DISK_SER());
        familyIdOf.count();
        stage("families");

        JavaPairRDD<Long, String> idOfRank = ranked.mapValues(AnalyzedDocument::id);
        JavaRDD<EventWindows.Placed> placed = familyOfRank.mapToPair(Tuple2::swap).join(idOfRank)
                .mapToPair(p -> new Tuple2<>(p._2()._1(), p._2()._2()))
                .join(ranked)
                .map(p -> new EventWindows.Placed(p._1(), clusterInput(p._2()._2()), p._2()._1(), names(p._2()._2())));
        EventWindows.Grouping grouping = EventWindows.group(placed, settings.windowDays(), partitions);
        long eventCount = grouping.events().count();
        long storyCount = grouping.stories().count();
        stage("events and stories");

        JavaPairRDD<String, AnalyzedDocument> byId = ranked.values().keyBy(AnalyzedDocument::id);
        JavaPairRDD<String, Tuple2<AnalyzedDocument, Tuple2<Integer, Integer>>> placedDocuments = byId.join(grouping.ofDocument());
        placedDocuments.persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Integer, Event> events = Composition.events(grouping.events(),
                placedDocuments.join(familyIdOf).mapToPair(p -> new Tuple2<>(p._2()._1()._2()._1(), new Tuple2<>(p._2()._1()._1(), p._2()._2()))),
                partitions);
        events.persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, Integer> storyOfDocument = placedDocuments.mapValues(p -> p._2()._2());
        JavaPairRDD<Integer, Family> storyFamilies = familyIdOf.join(storyOfDocument)
                .mapToPair(p -> new Tuple2<>(p._2()._1(), p._2()._2())).distinct(partitions)
                .join(families.values().keyBy(Family::id))
                .mapToPair(p -> new Tuple2<>(p._2()._1(), p._2()._2()));
        JavaPairRDD<Integer, Event> eventsOfStory = events.values().keyBy(Event::id)
                .join(placedDocuments.values().mapToPair(p -> new Tuple2<>("e" + p._2()._1(), p._2()._2())).distinct(partitions))
                .mapToPair(p -> new Tuple2<>(p._2()._2(), p._2()._1()));
        JavaPairRDD<Integer, Story> stories = Composition.stories(grouping.stories(), eventsOfStory,
                placedDocuments.mapToPair(p -> new Tuple2<>(p._2()._2()._2(), p._2()._1())), storyFamilies, partitions);
        stories.persist(StorageLevel.MEMORY_AND_DISK_SER());
        stories.count();
        stage("composition");

        JavaRDD<Tables.Placement> placements = placedDocuments.join(familyIdOf).map(p -> new Tables.Placement(
                p._2()._1()._1(), p._2()._2(), "e" + p._2()._1()._2()._1(), "s" + p._2()._1()._2()._2()));
        JavaRDD<SkippedInput> skipped = context.parallelize(listing.skipped(), 1)
                .union(skippedOutcomes.map(Outcome::skipped));
        Tables.write(spark, settings.out(), placements, families.values(), events.values(), stories.values(), skipped);
        long skippedCount = skipped.count();
        writePartitions(families.values().map(Family::documents), events.values().map(Event::documents),
                stories.values().map(Story::documents));
        stage("tables");

        Report report = null;
        if (settings.forceReport() || documentCount <= settings.reportLimit()) {
            List<SkippedInput> allSkipped = new ArrayList<>(listing.skipped());
            allSkipped.addAll(skippedOutcomes.sortBy(Outcome::order, true, partitions).map(Outcome::skipped).collect());
            List<AnalyzedDocument> documents = ranked.sortByKey(true, partitions).values().collect();
            List<Family> familyList = new ArrayList<>(families.values().collect());
            familyList.sort(Comparator.comparingInt(f -> EventWindows.numberOf(f.id())));
            List<Event> eventList = events.sortByKey(true, partitions).values().collect();
            List<Story> storyList = stories.sortByKey(true, partitions).values().collect();
            report = new Report(Instant.now(), allSkipped, documents, familyList, eventList, storyList);
            stage("report");
        }
        return new Result(documentCount, skippedCount, familyCount, eventCount, storyCount, Collections.unmodifiableMap(new LinkedHashMap<>(stageSeconds)), report);
    }

    /**
     * Writes {@code OUT/partitions.txt}: one line per family, event and story, its document ids sorted, for comparing
     * two runs' groupings whatever their ids. Streamed a partition at a time, so the driver never holds it whole.
     */
    private void writePartitions(JavaRDD<List<String>> families, JavaRDD<List<String>> events, JavaRDD<List<String>> stories) {
        Path file = new Path(settings.out(), "partitions.txt");
        try (Writer writer = new OutputStreamWriter(file.getFileSystem(context.hadoopConfiguration()).create(file, true),
                StandardCharsets.UTF_8)) {
            for (Map.Entry<String, JavaRDD<List<String>>> kind : List.of(Map.entry("family", families),
                    Map.entry("event", events), Map.entry("story", stories))) {
                Iterator<String> lines = kind.getValue()
                        .map(ids -> ids.stream().sorted().collect(Collectors.joining(" "))).toLocalIterator();
                while (lines.hasNext()) {
                    writer.write(kind.getKey() + " " + lines.next() + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void stage(String name) {
        long now = System.nanoTime();
        stageSeconds.put(name, (now - stageStart) / 1e9);
        stageStart = now;
    }

    /** A repeated id gets {@code ~2}, {@code ~3}... in reading order, as {@code analyze} names it. */
    private static Iterator<AnalyzedDocument> uniqueIds(Tuple2<String, Iterable<Outcome>> sameId) {
        List<Outcome> read = new ArrayList<>();
        sameId._2().forEach(read::add);
        read.sort(Comparator.comparingLong(Outcome::order));
        List<AnalyzedDocument> documents = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            AnalyzedDocument document = read.get(i).document();
            documents.add(i == 0 ? document : Pipeline.withId(document, document.id() + "~" + (i + 1)));
        }
        return documents.iterator();
    }

    /** The single-JVM order of the cluster stage: by date (undated that name a day, then the other undated), then id. */
    private static String timeKey(AnalyzedDocument document) {
        Article article = document.article();
        return OnlineEventClusterer.timeKey(article.published(), article.paragraphs()) + '\0' + article.id();
    }

    private static ClusterInput clusterInput(AnalyzedDocument document) {
        Article article = document.article();
        return new ClusterInput(article.id(), article.title(), article.paragraphs(), article.published());
    }

    /** The distinct names a document mentions, folded to lower case. */
    private static List<String> names(AnalyzedDocument document) {
        return document.entities().stream().map(e -> e.name().toLowerCase(Locale.ROOT)).distinct().toList();
    }
}
