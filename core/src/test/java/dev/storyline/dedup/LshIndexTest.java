package dev.storyline.dedup;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LshIndexTest {

    private static final DedupConfig CONFIG = DedupConfig.DEFAULTS;
    private final Shingler shingler = new Shingler(CONFIG.shingleWords());
    private final MinHasher hasher = new MinHasher(CONFIG.permutations(), CONFIG.seed());

    @Test
    void answersWithTheEarlierCopiesOfEachNewDocument() {
        String story = words(new Random(1), 300);
        String other = words(new Random(2), 300);
        LshIndex index = new LshIndex(CONFIG);

        assertThat(addAndQuery(index, story)).isEmpty();
        assertThat(addAndQuery(index, other)).isEmpty();
        List<LshIndex.Match> copy = addAndQuery(index, story.replace(" w17 ", " w17b "));
        List<LshIndex.Match> trimmed = addAndQuery(index, story.substring(0, story.length() / 2));

        assertThat(copy).extracting(LshIndex.Match::document).containsExactly(0);
        assertThat(copy.get(0).jaccard()).isGreaterThan(0.8);
        assertThat(trimmed).extracting(LshIndex.Match::document).containsExactly(0, 2);
        assertThat(trimmed.get(0).containment()).isGreaterThan(0.8);
        assertThat(trimmed.get(0).jaccard()).isLessThan(0.7);
    }

    @Test
    void aDocumentWithoutWordsIsNeverACopy() {
        LshIndex index = new LshIndex(CONFIG);
        assertThat(addAndQuery(index, "")).isEmpty();
        assertThat(addAndQuery(index, "  ...  ")).isEmpty();
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void aSavedIndexLoadsWithTheSameDocumentsAndAnswers() throws IOException {
        Random random = new Random(3);
        List<String> texts = new ArrayList<>();
        LshIndex index = new LshIndex(CONFIG);
        for (int i = 0; i < 200; i++) {
            texts.add(i % 4 == 3 ? texts.get(i - 1).replace(" w3 ", " w3x ") : words(random, 150));
            addAndQuery(index, texts.get(i));
        }
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        index.save(saved);
        LshIndex loaded = LshIndex.load(new ByteArrayInputStream(saved.toByteArray()));

        assertThat(loaded.size()).isEqualTo(200);
        assertThat(loaded.config()).isEqualTo(CONFIG);
        String probe = texts.get(150).replace(" w9 ", " w9y ");
        assertThat(query(loaded, probe)).isEqualTo(query(index, probe)).isNotEmpty();
        assertThat(addAndQuery(loaded, probe)).isEqualTo(query(index, probe));
        assertThat(loaded.size()).isEqualTo(201);
        assertThat(addAndQuery(loaded, texts.get(10))).extracting(LshIndex.Match::document).contains(10);
    }

    @Test
    void loadingSomethingElseFailsWithAClearMessage() throws IOException {
        assertThatThrownBy(() -> LshIndex.load(new ByteArrayInputStream("not an index at all".getBytes())))
                .isInstanceOf(IOException.class).hasMessageContaining("not a Storyline LSH index");
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        LshIndex index = new LshIndex(CONFIG);
        addAndQuery(index, words(new Random(5), 100));
        index.save(saved);
        byte[] cut = java.util.Arrays.copyOf(saved.toByteArray(), saved.size() / 2);
        assertThatThrownBy(() -> LshIndex.load(new ByteArrayInputStream(cut)))
                .isInstanceOf(IOException.class).hasMessageContaining("truncated");
    }

    @Test
    void memoryGrowsLinearlyWithTheDocuments() {
        Random random = new Random(4);
        LshIndex index = new LshIndex(CONFIG);
        for (int i = 0; i < 3000; i++) {
            long[] shingles = shingler.shingles(words(random, 40));
            index.add(shingles.length, hasher.signature(shingles));
        }
        double perDocument = (double) index.bytesUsed() / index.size();
        assertThat(perDocument).isBetween(100.0, 600.0);
    }

    @Test
    void containmentFollowsFromJaccardAndSetSizes() {
        assertThat(LshIndex.containment(0.5, 50, 100)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(LshIndex.containment(1.0 / 3, 100, 100)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(LshIndex.containment(0.2, 0, 100)).isZero();
    }

    private List<LshIndex.Match> addAndQuery(LshIndex index, String text) {
        long[] shingles = shingler.shingles(text);
        return index.addAndMatch(shingles.length, hasher.signature(shingles));
    }

    private List<LshIndex.Match> query(LshIndex index, String text) {
        long[] shingles = shingler.shingles(text);
        return index.nearDuplicates(shingles.length, hasher.signature(shingles));
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder(" ");
        for (int i = 0; i < count; i++) {
            text.append('w').append(random.nextInt(5000)).append(' ');
        }
        return text.toString();
    }
}
