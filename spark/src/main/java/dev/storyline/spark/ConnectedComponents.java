package dev.storyline.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.List;

/**
 * Connected components of an undirected graph held as an edge list, computed on the cluster: the alternating
 * large-star and small-star rounds of Kiveris, Lattanzi, Mirrokni, Rastogi and Vassilvitskii ("Connected Components in
 * MapReduce and Beyond", SoCC 2014). Each round is one shuffle of the edges; the rounds end when they change nothing,
 * when every component is a star around its smallest vertex. No vertex list and no component is ever collected on
 * the driver, and the number of rounds grows with the logarithm of the component size, not with its diameter.
 */
final class ConnectedComponents {

    /** Far more rounds than any graph needs (the paper bounds them by O(log² n)); reaching it is a bug, not data. */
    private static final int MAX_ROUNDS = 100;

    private ConnectedComponents() {
    }

    /**
     * The component of every vertex that has an edge, named by its smallest vertex. A vertex without edges is its own
     * component and is not listed.
     *
     * @param edges undirected edges, each given once or twice, self-loops allowed
     */
    static JavaPairRDD<Long, Long> of(JavaPairRDD<Long, Long> edges) {
        JavaPairRDD<Long, Long> current = edges.filter(e -> !e._1().equals(e._2())).mapToPair(ConnectedComponents::larger).distinct();
        current.persist(StorageLevel.MEMORY_AND_DISK_SER());
        for (int round = 0; round < MAX_ROUNDS; round++) {
            JavaPairRDD<Long, Long> next = smallStar(largeStar(current));
            next.persist(StorageLevel.MEMORY_AND_DISK_SER());
            boolean unchanged = next.subtract(current).isEmpty() && current.subtract(next).isEmpty();
            current.unpersist(false);
            current = next;
            if (unchanged) {
                // A star around its smallest vertex: each edge is (vertex, smallest), and the smallest names itself.
                JavaPairRDD<Long, Long> centers = current.values().distinct().mapToPair(c -> new Tuple2<>(c, c));
                return current.union(centers).reduceByKey(Math::min);
            }
        }
        throw new IllegalStateException("connected components did not settle in " + MAX_ROUNDS + " rounds");
    }

    /** Every vertex attaches its larger neighbours to the smallest vertex of its neighbourhood, itself included. */
    private static JavaPairRDD<Long, Long> largeStar(JavaPairRDD<Long, Long> edges) {
        return edges.flatMapToPair(e -> List.of(e, e.swap()).iterator()).groupByKey().flatMapToPair(group -> {
            long u = group._1();
            long smallest = smallest(u, group._2());
            List<Tuple2<Long, Long>> out = new ArrayList<>();
            for (long v : group._2()) {
                if (v > u) {
                    out.add(new Tuple2<>(v, smallest));
                }
            }
            return out.iterator();
        }).distinct();
    }

    /** Every vertex attaches itself and its smaller neighbours to the smallest of them. */
    private static JavaPairRDD<Long, Long> smallStar(JavaPairRDD<Long, Long> edges) {
        return edges.mapToPair(ConnectedComponents::larger).groupByKey().flatMapToPair(group -> {
            long u = group._1();
            long smallest = smallest(u, group._2());
            List<Tuple2<Long, Long>> out = new ArrayList<>();
            for (long v : group._2()) {
                if (v != smallest) {
                    out.add(new Tuple2<>(v, smallest));
                }
            }
            if (u != smallest) {
                out.add(new Tuple2<>(u, smallest));
            }
            return out.iterator();
        }).distinct();
    }

    /** The smallest of a vertex and its neighbours. */
    private static long smallest(long vertex, Iterable<Long> neighbours) {
        long smallest = vertex;
        for (long v : neighbours) {
            smallest = Math.min(smallest, v);
        }
        return smallest;
    }

    /** The edge as (larger vertex, smaller vertex). */
    private static Tuple2<Long, Long> larger(Tuple2<Long, Long> edge) {
        return edge._1() >= edge._2() ? edge : edge.swap();
    }
}
