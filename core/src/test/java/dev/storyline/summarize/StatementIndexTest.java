package dev.storyline.summarize;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class StatementIndexTest {

    private static final double SAME = 0.6;

    private static Set<String> words(String text) {
        return new LinkedHashSet<>(List.of(text.split(" ")));
    }

    private static double dice(Set<String> a, Set<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return 2.0 * shared.size() / (a.size() + b.size());
    }

    private static Set<Integer> found(StatementIndex index, int sentence) {
        Set<Integer> same = new TreeSet<>();
        index.forEachSame(sentence, false, same::add);
        return same;
    }

    @Test
    void findsExactlyTheSentencesOfOtherDocumentsThatComparingEveryPairFinds() {
        Random random = new Random(4);
        String[] vocabulary = new String[40];
        for (int w = 0; w < vocabulary.length; w++) {
            vocabulary[w] = "w" + w;
        }
        List<Set<String>> stems = new ArrayList<>();
        List<Object> documents = new ArrayList<>();
        Object[] pool = {new Object(), new Object(), new Object(), new Object(), new Object()};
        for (int s = 0; s < 300; s++) {
            Set<String> sentence = new LinkedHashSet<>();
            int size = 3 + random.nextInt(8);
            while (sentence.size() < size) {
                // skewed: low-numbered words are common, as function-like words of a story are
                sentence.add(vocabulary[(int) (vocabulary.length * Math.pow(random.nextDouble(), 2))]);
            }
            stems.add(sentence);
            documents.add(pool[random.nextInt(pool.length)]);
        }
        StatementIndex index = new StatementIndex(stems, documents, SAME);

        for (int c = 0; c < stems.size(); c++) {
            Set<Integer> expected = new TreeSet<>();
            for (int o = 0; o < stems.size(); o++) {
                if (o != c && documents.get(o) != documents.get(c) && dice(stems.get(c), stems.get(o)) >= SAME) {
                    expected.add(o);
                }
            }
            assertThat(found(index, c)).as("sentence %d", c).isEqualTo(expected);
        }
    }

    @Test
    void sentencesOfOneDocumentAreNeverTheSameStatement() {
        Object one = new Object();
        Object other = new Object();
        StatementIndex index = new StatementIndex(
                List.of(words("bridge collapsed river night"), words("bridge collapsed river night"),
                        words("bridge collapsed river night")),
                List.of(one, one, other), SAME);

        assertThat(found(index, 0)).containsExactly(2);
    }

    @Test
    void aBoundedSearchStopsAtTheBoundAndAnUnboundedOneFindsEveryRepeat() {
        int repeats = StatementIndex.MAX_COMPARED + 50;
        List<Set<String>> stems = new ArrayList<>();
        List<Object> documents = new ArrayList<>();
        for (int s = 0; s <= repeats; s++) {
            stems.add(words("inspectors skipped bridge inspection march"));
            documents.add(new Object());
        }
        StatementIndex index = new StatementIndex(stems, documents, SAME);

        List<Integer> bounded = new ArrayList<>();
        index.forEachSame(0, true, bounded::add);
        assertThat(bounded).hasSize(StatementIndex.MAX_COMPARED);
        assertThat(found(index, 0)).hasSize(repeats);
        List<Integer> firstThree = new ArrayList<>();
        index.forEachSame(0, true, other -> firstThree.add(other) && firstThree.size() < 3);
        assertThat(firstThree).as("the visitor stops the search").hasSize(3);
    }
}
