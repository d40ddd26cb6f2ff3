package dev.storyline.dedup;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Family;
import dev.storyline.util.DisjointSets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Near-duplicate families with MinHash and LSH over the cleaned bodies (never the raw pages, so that shared
 * boilerplate does not make pages look alike).
 *
 * <p>Documents are taken one at a time: each is queried against the LSH index of the earlier ones, and a candidate
 * becomes a pair when the estimated Jaccard similarity reaches {@link DedupConfig#jaccard()} or the exact
 * containment of the shorter text in the longer reaches {@link DedupConfig#containment()} (a trimmed copy of a
 * wire story). Families are the connected components of the pairs.
 *
 * <p>The canonical member is the most complete early copy: among members whose body is at least 90% as long as the
 * longest, the one published first (undated after dated), ties broken by length, then id.
 */
public final class MinHashDeduplicator implements Deduplicator {

    private final DedupConfig config;

    public MinHashDeduplicator() {
        this(DedupConfig.DEFAULTS);
    }

    public MinHashDeduplicator(DedupConfig config) {
        this.config = config;
    }

    @Override
    public List<Family> families(List<AnalyzedDocument> documents) {
        Shingler shingler = new Shingler(config.shingleWords());
        MinHasher hasher = new MinHasher(config.bands() * config.rows(), config.seed());
        LshIndex index = new LshIndex(config.bands(), config.rows());
        int n = documents.size();
        long[][] shingles = new long[n][];
        long[][] signatures = new long[n][];
        DisjointSets copies = new DisjointSets(n);
        for (int i = 0; i < n; i++) {
            shingles[i] = shingler.shingles(documents.get(i).article().text());
            signatures[i] = hasher.signature(shingles[i]);
            if (shingles[i].length == 0) {
                continue;
            }
            for (int j : index.candidates(signatures[i])) {
                if (isNearDuplicate(shingles[i], signatures[i], shingles[j], signatures[j])) {
                    copies.union(i, j);
                }
            }
            index.add(i, signatures[i]);
        }
        Map<Integer, List<AnalyzedDocument>> components = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            components.computeIfAbsent(copies.find(i), k -> new ArrayList<>()).add(documents.get(i));
        }
        List<Family> families = new ArrayList<>();
        for (List<AnalyzedDocument> members : components.values()) {
            AnalyzedDocument canonical = canonical(members);
            List<String> ids = new ArrayList<>();
            ids.add(canonical.id());
            for (AnalyzedDocument member : members) {
                if (member != canonical) {
                    ids.add(member.id());
                }
            }
            families.add(new Family("f" + (families.size() + 1), ids, canonical.id()));
        }
        return families;
    }

    private boolean isNearDuplicate(long[] shinglesA, long[] signatureA, long[] shinglesB, long[] signatureB) {
        if (MinHasher.estimateJaccard(signatureA, signatureB) >= config.jaccard()) {
            return true;
        }
        return containment(shinglesA, shinglesB) >= config.containment();
    }

    /** The share of the smaller sorted set's shingles found in the larger one. */
    static double containment(long[] a, long[] b) {
        long[] small = a.length <= b.length ? a : b;
        long[] large = small == a ? b : a;
        if (small.length == 0) {
            return 0;
        }
        int shared = 0;
        for (long shingle : small) {
            if (Arrays.binarySearch(large, shingle) >= 0) {
                shared++;
            }
        }
        return (double) shared / small.length;
    }

    private static AnalyzedDocument canonical(List<AnalyzedDocument> members) {
        int longest = 0;
        for (AnalyzedDocument member : members) {
            longest = Math.max(longest, member.article().text().length());
        }
        int threshold = (int) Math.ceil(longest * 0.9);
        Comparator<AnalyzedDocument> order = Comparator
                .comparing((AnalyzedDocument d) -> d.article().published(), Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(d -> -d.article().text().length())
                .thenComparing(AnalyzedDocument::id);
        AnalyzedDocument best = null;
        for (AnalyzedDocument member : members) {
            if (member.article().text().length() >= threshold && (best == null || order.compare(member, best) < 0)) {
                best = member;
            }
        }
        return best;
    }
}
