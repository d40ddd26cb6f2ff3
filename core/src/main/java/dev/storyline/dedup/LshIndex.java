package dev.storyline.dedup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An incremental near-duplicate index: documents are added one at a time, numbered 0, 1, 2, ... in the order they
 * arrive, and {@link #nearDuplicates} answers which earlier documents are copies of a new one.
 *
 * <p>Candidates come from banded locality-sensitive hashing: {@code bands} bands of {@code rows} MinHash values each,
 * and two documents are candidates when one band is identical. Every candidate is then verified on its signature
 * estimate: the index keeps four bits of each MinHash value (a b-bit signature, corrected for the 1/16 chance that two
 * different values share them) and the shingle count, which give the estimated Jaccard similarity and containment.
 *
 * <p>Memory is a few flat arrays, linear in the number of documents: per document half a byte per permutation, the
 * shingle count, and per band a 4-byte chain link plus its share of an open-addressing table of band keys.
 */
public final class LshIndex {

    /** An earlier document verified as a near-duplicate, with the estimates that decided it. */
    public record Match(int document, double jaccard, double containment) {
    }

    private static final int MAGIC = 0x534C5348;
    private static final int VERSION = 1;
    private static final int VALUES_PER_WORD = 16;
    private static final double VALUE_COLLISION = 1.0 / 16;
    private static final long LOW_THREE = 0x7777777777777777L;
    private static final long HIGH_ONE = 0x8888888888888888L;

    private final DedupConfig config;
    private final int wordsPerSketch;
    private int count;
    private int[] shingleCounts;
    private long[] sketches;
    private int[] next;
    /** Open addressing over band keys: slot {@code i} holds a key at {@code 2i} and its chain's head + 1 at {@code 2i + 1}. */
    private int[] table;
    private int tableUsed;

    public LshIndex(DedupConfig config) {
        this.config = config;
        this.wordsPerSketch = (config.permutations() + VALUES_PER_WORD - 1) / VALUES_PER_WORD;
        shingleCounts = new int[16];
        sketches = new long[16 * wordsPerSketch];
        next = new int[16 * config.bands()];
        table = new int[128];
    }

    public DedupConfig config() {
        return config;
    }

    /** The number of documents added. */
    public int size() {
        return count;
    }

    /** The bytes held by the index's arrays, spare capacity included. */
    public long bytesUsed() {
        return 4L * shingleCounts.length + 8L * sketches.length + 4L * next.length + 4L * table.length;
    }

    /**
     * Adds a document and returns its number. A document without shingles is numbered but never a candidate.
     *
     * @param shingleCount the number of distinct shingles of the document
     * @param signature    its MinHash signature, {@link DedupConfig#permutations()} long
     */
    public int add(int shingleCount, int[] signature) {
        checkLength(signature);
        return insert(shingleCount, sketch(signature), keysOf(signature));
    }

    /** The earlier documents whose estimated Jaccard similarity or containment reaches the configured thresholds. */
    public List<Match> nearDuplicates(int shingleCount, int[] signature) {
        checkLength(signature);
        return verify(shingleCount, sketch(signature), keysOf(signature));
    }

    /**
     * {@link #nearDuplicates} and then {@link #add} in one step, as a stream of documents uses the index: the sketch
     * and band keys are computed once.
     */
    public List<Match> addAndMatch(int shingleCount, int[] signature) {
        checkLength(signature);
        long[] sketch = sketch(signature);
        int[] keys = keysOf(signature);
        List<Match> matches = verify(shingleCount, sketch, keys);
        insert(shingleCount, sketch, keys);
        return matches;
    }

    private int insert(int shingleCount, long[] sketch, int[] keys) {
        int document = count;
        ensureCapacity(document + 1);
        shingleCounts[document] = shingleCount;
        System.arraycopy(sketch, 0, sketches, document * wordsPerSketch, wordsPerSketch);
        count++;
        if (shingleCount > 0) {
            for (int band = 0; band < keys.length; band++) {
                link(keys[band], document * keys.length + band);
            }
        }
        return document;
    }

    private List<Match> verify(int shingleCount, long[] sketch, int[] keys) {
        List<Match> matches = new ArrayList<>();
        if (shingleCount == 0) {
            return matches;
        }
        for (int candidate : candidates(keys)) {
            double jaccard = estimateJaccard(sketch, candidate);
            double containment = containment(jaccard, shingleCount, shingleCounts[candidate]);
            if (reaches(jaccard, containment)) {
                matches.add(new Match(candidate, jaccard, containment));
            }
        }
        return matches;
    }

    /** The distinct earlier documents that share at least one band key, in ascending order. */
    private int[] candidates(int[] keys) {
        int[] found = new int[8];
        int size = 0;
        for (int key : keys) {
            int entry = head(key);
            while (entry >= 0) {
                if (size == found.length) {
                    found = Arrays.copyOf(found, size * 2);
                }
                found[size++] = entry / keys.length;
                entry = next[entry];
            }
        }
        Arrays.sort(found, 0, size);
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            if (distinct == 0 || found[i] != found[distinct - 1]) {
                found[distinct++] = found[i];
            }
        }
        return Arrays.copyOf(found, distinct);
    }

    /**
     * The containment of the smaller set in the larger, from their Jaccard similarity and sizes: the intersection is
     * {@code J (|A| + |B|) / (1 + J)}.
     */
    static double containment(double jaccard, int sizeA, int sizeB) {
        int smaller = Math.min(sizeA, sizeB);
        if (smaller == 0) {
            return 0;
        }
        double intersection = jaccard * (sizeA + sizeB) / (1 + jaccard);
        return Math.min(1, intersection / smaller);
    }

    /**
     * The compact form of a signature that candidates are verified on: four bits of each MinHash value. For a
     * distributed engine, which keeps it per document and verifies pairs with {@link #nearDuplicates}.
     */
    public long[] sketchOf(int[] signature) {
        checkLength(signature);
        return sketch(signature);
    }

    /**
     * Whether two documents, given by their distinct shingle counts and {@linkplain #sketchOf sketches}, are
     * near-duplicates by the same estimates and thresholds that verify this index's candidates: for a distributed
     * engine that finds candidate pairs by joining on {@link #bandKeys} and verifies each pair on its own. Reads no
     * state of the index, so one instance may serve many threads.
     */
    public boolean nearDuplicates(int shinglesA, long[] sketchA, int shinglesB, long[] sketchB) {
        if (shinglesA == 0 || shinglesB == 0) {
            return false;
        }
        double jaccard = estimateJaccard(sketchA, sketchB, 0);
        return reaches(jaccard, containment(jaccard, shinglesA, shinglesB));
    }

    /** Whether estimates make a near-duplicate: Jaccard similarity or containment at its threshold. */
    private boolean reaches(double jaccard, double containment) {
        return jaccard >= config.jaccard() || containment >= config.containment();
    }

    private double estimateJaccard(long[] sketch, int document) {
        return estimateJaccard(sketch, sketches, document * wordsPerSketch);
    }

    private double estimateJaccard(long[] sketch, long[] others, int offset) {
        int equal = 0;
        for (int w = 0; w < wordsPerSketch; w++) {
            equal += equalValues(sketch[w], others[offset + w]);
        }
        int padding = wordsPerSketch * VALUES_PER_WORD - config.permutations();
        double raw = (double) (equal - padding) / config.permutations();
        return Math.max(0, (raw - VALUE_COLLISION) / (1 - VALUE_COLLISION));
    }

    /** The number of equal 4-bit values in two words: a 4-bit group of {@code a ^ b} is zero exactly when they match. */
    private static int equalValues(long a, long b) {
        long x = a ^ b;
        long nonZero = ((x & LOW_THREE) + LOW_THREE) | x;
        return VALUES_PER_WORD - Long.bitCount(nonZero & HIGH_ONE);
    }

    /** Four bits of each re-mixed MinHash value, sixteen to a long; unused trailing values stay zero in both. */
    private long[] sketch(int[] signature) {
        long[] sketch = new long[wordsPerSketch];
        for (int i = 0; i < config.permutations(); i++) {
            long value = MinHasher.mix(signature[i]) & 0xF;
            sketch[i / VALUES_PER_WORD] |= value << ((i % VALUES_PER_WORD) * 4);
        }
        return sketch;
    }

    /**
     * The key of each band of a signature, seeded with the band's number; two documents are candidates when they
     * share a key.
     */
    public int[] bandKeys(int[] signature) {
        checkLength(signature);
        return keysOf(signature);
    }

    private int[] keysOf(int[] signature) {
        int[] keys = new int[config.bands()];
        for (int band = 0; band < keys.length; band++) {
            long key = band + 1;
            for (int r = band * config.rows(); r < (band + 1) * config.rows(); r++) {
                key = key * 0x9E3779B97F4A7C15L + signature[r];
            }
            keys[band] = (int) MinHasher.mix(key);
        }
        return keys;
    }

    private int head(int key) {
        int mask = table.length / 2 - 1;
        for (int slot = key & mask; table[2 * slot + 1] != 0; slot = (slot + 1) & mask) {
            if (table[2 * slot] == key) {
                return table[2 * slot + 1] - 1;
            }
        }
        return -1;
    }

    private void link(int key, int entry) {
        int mask = table.length / 2 - 1;
        int slot = key & mask;
        while (table[2 * slot + 1] != 0 && table[2 * slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (table[2 * slot + 1] == 0) {
            next[entry] = -1;
            table[2 * slot] = key;
            tableUsed++;
        } else {
            next[entry] = table[2 * slot + 1] - 1;
        }
        table[2 * slot + 1] = entry + 1;
        if (tableUsed * 8L > table.length * 3L) {
            growTable();
        }
    }

    private void growTable() {
        int[] old = table;
        table = new int[old.length * 2];
        int mask = table.length / 2 - 1;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i + 1] != 0) {
                int slot = old[i] & mask;
                while (table[2 * slot + 1] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[2 * slot] = old[i];
                table[2 * slot + 1] = old[i + 1];
            }
        }
    }

    private void ensureCapacity(int documents) {
        if (documents <= shingleCounts.length) {
            return;
        }
        int capacity = Math.max(documents, shingleCounts.length + (shingleCounts.length >> 1));
        shingleCounts = Arrays.copyOf(shingleCounts, capacity);
        sketches = Arrays.copyOf(sketches, capacity * wordsPerSketch);
        next = Arrays.copyOf(next, capacity * config.bands());
    }

    private void checkLength(int[] signature) {
        if (signature.length != config.permutations()) {
            throw new IllegalArgumentException("signature of " + signature.length + " values for an index of "
                    + config.permutations() + " permutations");
        }
    }

    /** Writes the index, configuration included, so that {@link #load} restores it exactly. */
    public void save(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(config.shingleWords());
        data.writeInt(config.permutations());
        data.writeInt(config.bands());
        data.writeInt(config.rows());
        data.writeDouble(config.jaccard());
        data.writeDouble(config.containment());
        data.writeLong(config.seed());
        data.writeInt(count);
        writeInts(data, shingleCounts, count);
        for (int i = 0; i < count * wordsPerSketch; i++) {
            data.writeLong(sketches[i]);
        }
        writeInts(data, next, count * config.bands());
        data.writeInt(table.length);
        data.writeInt(tableUsed);
        writeInts(data, table, table.length);
        data.flush();
    }

    /** Reads an index written by {@link #save}; fails with a clear message on anything else, a cut-off file included. */
    public static LshIndex load(InputStream in) throws IOException {
        try {
            return read(new DataInputStream(in));
        } catch (EOFException e) {
            throw new IOException("LSH index is truncated", e);
        }
    }

    private static LshIndex read(DataInputStream data) throws IOException {
        if (data.readInt() != MAGIC) {
            throw new IOException("not a Storyline LSH index");
        }
        int version = data.readInt();
        if (version != VERSION) {
            throw new IOException("LSH index format version " + version + ", expected " + VERSION);
        }
        DedupConfig config = new DedupConfig(data.readInt(), data.readInt(), data.readInt(), data.readInt(),
                data.readDouble(), data.readDouble(), data.readLong());
        LshIndex index = new LshIndex(config);
        int count = data.readInt();
        index.ensureCapacity(count);
        index.count = count;
        readInts(data, index.shingleCounts, count);
        for (int i = 0; i < count * index.wordsPerSketch; i++) {
            index.sketches[i] = data.readLong();
        }
        readInts(data, index.next, count * config.bands());
        int tableSize = data.readInt();
        if (tableSize < 2 || Integer.bitCount(tableSize) != 1) {
            throw new IOException("LSH index table size " + tableSize + " is not a power of two");
        }
        index.tableUsed = data.readInt();
        index.table = new int[tableSize];
        readInts(data, index.table, tableSize);
        return index;
    }

    private static void writeInts(DataOutputStream data, int[] values, int length) throws IOException {
        for (int i = 0; i < length; i++) {
            data.writeInt(values[i]);
        }
    }

    private static void readInts(DataInputStream data, int[] values, int length) throws IOException {
        for (int i = 0; i < length; i++) {
            values[i] = data.readInt();
        }
    }
}
