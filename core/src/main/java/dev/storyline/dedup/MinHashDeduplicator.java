package dev.storyline.dedup;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.CopyAlignment;
import dev.storyline.model.Family;
import dev.storyline.util.DisjointSets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Near-duplicate families with MinHash and LSH over the cleaned bodies (never the raw pages, so that shared
 * boilerplate does not make pages look alike).
 *
 * <p>Documents are taken one at a time: each is queried against the {@link LshIndex} of the earlier ones, which
 * answers with the candidates whose estimated Jaccard similarity reaches {@link DedupConfig#jaccard()} or whose
 * estimated containment reaches {@link DedupConfig#containment()} (a trimmed copy of a wire story). Families are the
 * connected components of these pairs, and each copy is aligned with the canonical member paragraph by paragraph
 * ({@link PassageAligner}).
 *
 * <p>The canonical member is the most complete early copy: among members whose body is at least 90% as long as the
 * longest, the one published first (undated after dated), ties broken by length, then id.
 */
public final class MinHashDeduplicator implements Deduplicator {

    private final DedupConfig config;
    private final PassageAligner aligner = new PassageAligner();

    public MinHashDeduplicator() {
        this(DedupConfig.DEFAULTS);
    }

    public MinHashDeduplicator(DedupConfig config) {
        this.config = config;
    }

    @Override
    public List<Family> families(List<AnalyzedDocument> documents) {
        Shingler shingler = new Shingler(config.shingleWords());
        MinHasher hasher = new MinHasher(config.permutations(), config.seed());
        LshIndex index = new LshIndex(config);
        DisjointSets pairs = new DisjointSets(documents.size());
        for (AnalyzedDocument document : documents) {
            long[] shingles = shingler.shingles(document.article().text());
            int[] signature = hasher.signature(shingles);
            int number = index.size();
            for (LshIndex.Match match : index.nearDuplicates(shingles.length, signature)) {
                pairs.union(number, match.document());
            }
            index.add(shingles.length, signature);
        }
        Map<Integer, List<AnalyzedDocument>> components = new LinkedHashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            components.computeIfAbsent(pairs.find(i), k -> new ArrayList<>()).add(documents.get(i));
        }
        List<Family> families = new ArrayList<>();
        for (List<AnalyzedDocument> members : components.values()) {
            AnalyzedDocument canonical = canonical(members);
            List<String> ids = new ArrayList<>();
            List<CopyAlignment> copies = new ArrayList<>();
            ids.add(canonical.id());
            for (AnalyzedDocument member : members) {
                if (member != canonical) {
                    ids.add(member.id());
                    copies.add(aligner.align(canonical, member));
                }
            }
            families.add(new Family("f" + (families.size() + 1), ids, canonical.id(), copies));
        }
        return families;
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
