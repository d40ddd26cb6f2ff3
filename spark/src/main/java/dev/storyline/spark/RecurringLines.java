package dev.storyline.spark;

import dev.storyline.extract.RecurringLineFilter;
import dev.storyline.extract.RecurringLineFilter.Holder;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.nlp.OpenNlpTextAnalyzer;
import dev.storyline.nlp.TextAnalyzer;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Corpus evidence for cleaning on the cluster: lines that recur across articles are furniture, by the single-JVM rules
 * of {@link RecurringLineFilter}. In three steps:
 * <ol>
 *   <li>counts of each normalized line's hash, across the corpus and per outlet (site), by reducing by key; a line
 *       whose counts rule it out ({@link RecurringLineFilter#mayBeFurniture}) goes no further;</li>
 *   <li>for the lines left, their holders (id, site, paragraph hashes) grouped by line, weighed in id order by
 *       {@link RecurringLineFilter#isFurniture};</li>
 *   <li>the furniture lines joined back to the articles holding them, which are cleaned and analyzed again.</li>
 * </ol>
 */
final class RecurringLines {

    /** One article's use of one line that could be furniture. */
    private record Use(String line, boolean prose, Holder holder) implements Serializable {
    }

    private static final ThreadLocal<TextAnalyzer> ANALYZER = ThreadLocal.withInitial(OpenNlpTextAnalyzer::new);

    private RecurringLines() {
    }

    /** Documents with their recurring lines removed, analyzed again where that changed their text. */
    static JavaRDD<AnalyzedDocument> clean(JavaRDD<AnalyzedDocument> documents, int partitions) {
        JavaPairRDD<Long, Use> uses = documents.flatMapToPair(document -> {
            RecurringLineFilter.Evidence evidence = RecurringLineFilter.Evidence.of(document.article());
            List<Tuple2<Long, Use>> out = new ArrayList<>();
            for (String line : evidence.lines()) {
                if (RecurringLineFilter.canBeFurniture(line)) {
                    out.add(new Tuple2<>(RecurringLineFilter.hash(line), new Use(line, evidence.prose().contains(line), evidence.holder())));
                }
            }
            return out.iterator();
        });
        uses.persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Long, Integer> corpusCounts = uses.mapValues(use -> 1).reduceByKey(Integer::sum, partitions);
        JavaPairRDD<Long, Integer> mostPerSite = uses
                .filter(use -> use._2().holder().site() != null)
                .mapToPair(use -> new Tuple2<>(new Tuple2<>(use._1(), use._2().holder().site()), 1))
                .reduceByKey(Integer::sum, partitions)
                .mapToPair(count -> new Tuple2<>(count._1()._1(), count._2()))
                .reduceByKey(Math::max, partitions);
        JavaPairRDD<Long, Boolean> candidates = corpusCounts.leftOuterJoin(mostPerSite)
                .filter(c -> RecurringLineFilter.mayBeFurniture(c._2()._1(), c._2()._2().orElse(0)))
                .mapValues(c -> true);
        JavaPairRDD<String, Long> furnitureByArticle = uses.join(candidates, partitions)
                .mapValues(Tuple2::_1)
                .groupByKey()
                .flatMapToPair(group -> {
                    List<Use> held = new ArrayList<>();
                    group._2().forEach(held::add);
                    held.sort((a, b) -> a.holder().id().compareTo(b.holder().id()));
                    boolean prose = false;
                    List<Holder> holders = new ArrayList<>();
                    for (Use use : held) {
                        prose |= use.prose();
                        holders.add(use.holder());
                    }
                    List<Tuple2<String, Long>> out = new ArrayList<>();
                    if (RecurringLineFilter.isFurniture(held.get(0).line(), prose, holders)) {
                        for (Holder holder : holders) {
                            out.add(new Tuple2<>(holder.id(), group._1()));
                        }
                    }
                    return out.iterator();
                });
        JavaRDD<AnalyzedDocument> cleaned = documents.keyBy(AnalyzedDocument::id)
                .leftOuterJoin(furnitureByArticle.groupByKey(), partitions)
                .map(joined -> clean(joined._2()._1(), joined._2()._2()));
        cleaned.persist(StorageLevel.MEMORY_AND_DISK_SER());
        cleaned.count();
        uses.unpersist(false);
        return cleaned;
    }

    private static AnalyzedDocument clean(AnalyzedDocument document, Optional<Iterable<Long>> furniture) {
        if (!furniture.isPresent()) {
            return document;
        }
        Set<Long> lines = new HashSet<>();
        furniture.get().forEach(lines::add);
        Article cleaned = RecurringLineFilter.without(document.article(), line -> lines.contains(RecurringLineFilter.hash(line)));
        return cleaned == document.article() ? document : ANALYZER.get().analyze(cleaned);
    }
}
