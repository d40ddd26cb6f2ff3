package dev.storyline.spark;

import dev.storyline.dedup.DedupConfig;
import dev.storyline.dedup.LshIndex;
import dev.storyline.dedup.MinHashDeduplicator;
import dev.storyline.dedup.MinHasher;
import dev.storyline.dedup.Shingler;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Family;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Near-duplicate families on the cluster, with the single-JVM stage's signatures and thresholds:
 * <ol>
 *   <li>each document's MinHash signature, as a map;</li>
 *   <li>candidate pairs from a key-value join on LSH band keys (documents sharing a band key);</li>
 *   <li>each candidate pair verified on its sketches, four bits of each MinHash value
 *       ({@link LshIndex#nearDuplicates});</li>
 *   <li>families as the connected components of the verified pairs ({@link ConnectedComponents});</li>
 *   <li>each family's canonical member and passage alignments, one family per task
 *       ({@link MinHashDeduplicator#family}).</li>
 * </ol>
 * Verification is symmetric and the components do not depend on the order pairs are found in, so the families are
 * those of the single-JVM stage, which adds documents one at a time.
 */
final class Dedup {

    /** A document's shingle count, sketch and band keys, by its rank in time order. */
    record Signed(long rank, int shingles, long[] sketch, int[] bandKeys) implements Serializable {
    }

    private static final DedupConfig CONFIG = new MinHashDeduplicator().config();

    /** Used only for its functions of signatures, which read no state. */
    private static final LshIndex INDEX = new LshIndex(CONFIG);
    private static final Shingler SHINGLER = new Shingler(CONFIG.shingleWords());
    private static final MinHasher HASHER = new MinHasher(CONFIG.permutations(), CONFIG.seed());

    private Dedup() {
    }

    /**
     * The family of every document, as the rank of its earliest member (a family's id in time order).
     *
     * @param ranked documents by their rank in time order
     */
    static JavaPairRDD<Long, Long> familyOfRank(JavaPairRDD<Long, AnalyzedDocument> ranked, int partitions) {
        JavaPairRDD<Long, Signed> signed = ranked.mapToPair(r -> new Tuple2<>(r._1(), sign(r._1(), r._2())));
        signed.persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Long, Long> candidates = signed
                .filter(s -> s._2().shingles() > 0)
                .flatMapToPair(s -> {
                    int[] keys = s._2().bandKeys();
                    List<Tuple2<Long, Long>> out = new ArrayList<>(keys.length);
                    for (int band = 0; band < keys.length; band++) {
                        out.add(new Tuple2<>(((long) band << 32) | (keys[band] & 0xFFFFFFFFL), s._1()));
                    }
                    return out.iterator();
                })
                .groupByKey(partitions)
                .flatMapToPair(bucket -> {
                    List<Long> members = new ArrayList<>();
                    bucket._2().forEach(members::add);
                    List<Tuple2<Long, Long>> pairs = new ArrayList<>();
                    for (int i = 0; i < members.size(); i++) {
                        for (int j = i + 1; j < members.size(); j++) {
                            long a = members.get(i);
                            long b = members.get(j);
                            pairs.add(a < b ? new Tuple2<>(a, b) : new Tuple2<>(b, a));
                        }
                    }
                    return pairs.iterator();
                })
                .distinct(partitions);
        JavaPairRDD<Long, Long> verified = candidates.join(signed)
                .mapToPair(p -> new Tuple2<>(p._2()._1(), p._2()._2()))
                .join(signed)
                .filter(p -> {
                    Signed a = p._2()._1();
                    Signed b = p._2()._2();
                    return INDEX.nearDuplicates(a.shingles(), a.sketch(), b.shingles(), b.sketch());
                })
                .mapToPair(p -> new Tuple2<>(p._2()._1().rank(), p._2()._2().rank()));
        JavaPairRDD<Long, Long> components = ConnectedComponents.of(verified);
        JavaPairRDD<Long, Long> all = signed.mapToPair(s -> new Tuple2<>(s._1(), s._1()))
                .leftOuterJoin(components)
                .mapToPair(p -> new Tuple2<>(p._1(), p._2()._2().orElse(p._1())));
        all.persist(StorageLevel.MEMORY_AND_DISK_SER());
        all.count();
        signed.unpersist(false);
        return all;
    }

    /**
     * The families: members in time order, the canonical member chosen and the copies aligned, each numbered in the
     * order of its earliest member as the single-JVM stage numbers them.
     *
     * @param members each family's rank (the rank of its earliest member) with one of its documents and that
     *                document's rank
     * @param numbers each family's number, from 1, in order of its rank
     */
    static JavaPairRDD<Long, Family> families(JavaPairRDD<Long, Tuple2<Long, AnalyzedDocument>> members,
                                              JavaPairRDD<Long, Long> numbers) {
        return members.groupByKey().join(numbers).mapToPair(group -> {
            List<Tuple2<Long, AnalyzedDocument>> sorted = new ArrayList<>();
            group._2()._1().forEach(sorted::add);
            sorted.sort((a, b) -> Long.compare(a._1(), b._1()));
            List<AnalyzedDocument> documents = new ArrayList<>();
            for (Tuple2<Long, AnalyzedDocument> member : sorted) {
                documents.add(member._2());
            }
            Family family = new MinHashDeduplicator().family("f" + group._2()._2(), documents);
            return new Tuple2<>(group._1(), family);
        });
    }

    private static Signed sign(long rank, AnalyzedDocument document) {
        long[] shingles = SHINGLER.shingles(document.article().text());
        int[] signature = HASHER.signature(shingles);
        return new Signed(rank, shingles.length, INDEX.sketchOf(signature), INDEX.bandKeys(signature));
    }
}
