package dev.storyline.spark;

import dev.storyline.util.DisjointSets;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectedComponentsTest {

    private static Map<Long, Long> components(List<Tuple2<Long, Long>> edges) {
        return ConnectedComponents.of(LocalSpark.context().parallelizePairs(edges, 3)).collectAsMap();
    }

    @Test
    void namesEachComponentByItsSmallestVertex() {
        Map<Long, Long> labels = components(List.of(
                new Tuple2<>(3L, 2L), new Tuple2<>(2L, 1L), new Tuple2<>(9L, 4L), new Tuple2<>(4L, 9L), new Tuple2<>(7L, 7L)));

        assertThat(labels).containsOnly(Map.entry(1L, 1L), Map.entry(2L, 1L), Map.entry(3L, 1L),
                Map.entry(4L, 4L), Map.entry(9L, 4L));
    }

    @Test
    void settlesALongPathInFewRounds() {
        List<Tuple2<Long, Long>> path = new ArrayList<>();
        for (long v = 1; v < 300; v++) {
            path.add(new Tuple2<>(v, v - 1));
        }

        Map<Long, Long> labels = components(path);

        assertThat(labels).hasSize(300);
        assertThat(labels.values()).containsOnly(0L);
    }

    @Test
    void agreesWithUnionFindOnARandomGraph() {
        Random random = new Random(7);
        int vertices = 400;
        DisjointSets sets = new DisjointSets(vertices);
        List<Tuple2<Long, Long>> edges = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int a = random.nextInt(vertices);
            int b = random.nextInt(vertices);
            edges.add(new Tuple2<>((long) a, (long) b));
            sets.union(a, b);
        }

        Map<Long, Long> labels = components(edges);

        for (Tuple2<Long, Long> edge : edges) {
            for (long v : new long[]{edge._1(), edge._2()}) {
                if (!edge._1().equals(edge._2()) || labels.containsKey(v)) {
                    long smallest = v;
                    for (int u = 0; u < vertices; u++) {
                        if (sets.find(u) == sets.find((int) v)) {
                            smallest = Math.min(smallest, u);
                            break;
                        }
                    }
                    assertThat(labels.get(v)).as("component of %d", v).isEqualTo(smallest);
                }
            }
        }
    }
}
