package dev.storyline.dedup;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.CopyAlignment;
import dev.storyline.model.Family;
import dev.storyline.util.DisjointSets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

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
 * <p>The canonical member is the most complete early copy. Complete means carrying the text the family has in common:
 * a member's coverage is the number of its shingles it shares with the other members, summed over them. A copy edited
 * to house style (spellings, aliases) shares less with the other copies than the original they were all made from, so
 * the wire original beats an edited copy that is longer only by its own local additions. Among the members whose
 * coverage is at least 90% of the highest, the one published first (undated after dated) is canonical, ties broken by
 * coverage, then length, then id.
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

    /** The shingle size, permutations, bands and thresholds in use. */
    public DedupConfig config() {
        return config;
    }

    @Override
    public Families start() {
        return new Session();
    }

    /**
     * The documents added so far with their LSH index and the pairs it found. A family whose members did not change
     * since the last {@link #families()} keeps its canonical copy and alignments, so only changed families cost again.
     */
    private final class Session implements Families {

        private final Shingler shingler = new Shingler(config.shingleWords());
        private final MinHasher hasher = new MinHasher(config.permutations(), config.seed());
        private final LshIndex index = new LshIndex(config);
        private final DisjointSets pairs = new DisjointSets(0);
        private final List<AnalyzedDocument> documents = new ArrayList<>();
        /** Each document's shingle count and MinHash signature, in the order added, so that a prefix is not hashed again. */
        private final List<Hashed> hashed = new ArrayList<>();
        private final Map<String, Integer> numbers = new HashMap<>();
        private Map<List<Integer>, Family> previous = Map.of();
        /** The hashes of documents a longer session held after this one's prefix, until they are added again. */
        private final Map<AnalyzedDocument, Hashed> hashedBefore = new IdentityHashMap<>();

        @Override
        public void add(AnalyzedDocument document) {
            Hashed hashes = hashedBefore.remove(document);
            if (hashes == null) {
                long[] shingles = shingler.shingles(document.article().text());
                hashes = new Hashed(shingles.length, hasher.signature(shingles));
            }
            add(document, hashes);
        }

        @Override
        public void addAll(List<AnalyzedDocument> added) {
            Hashed[] hashes = new Hashed[added.size()];
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = hashedBefore.remove(added.get(i));
            }
            IntStream.range(0, hashes.length).parallel().filter(i -> hashes[i] == null).forEach(i -> {
                long[] shingles = shingler.shingles(added.get(i).article().text());
                hashes[i] = new Hashed(shingles.length, hasher.signature(shingles));
            });
            for (int i = 0; i < hashes.length; i++) {
                add(added.get(i), hashes[i]);
            }
        }

        private void add(AnalyzedDocument document, Hashed hashes) {
            int number = pairs.add();
            documents.add(document);
            hashed.add(hashes);
            numbers.put(document.id(), number);
            for (LshIndex.Match match : index.addAndMatch(hashes.shingleCount(), hashes.signature())) {
                pairs.union(number, match.document());
            }
        }

        @Override
        public Families prefix(int count) {
            Session kept = new Session();
            for (int i = 0; i < count; i++) {
                kept.add(documents.get(i), hashed.get(i));
            }
            for (int i = count; i < documents.size(); i++) {
                kept.hashedBefore.put(documents.get(i), hashed.get(i));
            }
            kept.previous = new HashMap<>();
            previous.forEach((members, family) -> {
                if (members.get(members.size() - 1) < count) {
                    kept.previous.put(members, family);
                }
            });
            return kept;
        }

        @Override
        public String earliestMember(String documentId) {
            return documents.get(pairs.find(numbers.get(documentId))).id();
        }

        @Override
        public List<Family> families() {
            Map<Integer, List<Integer>> components = new LinkedHashMap<>();
            for (int i = 0; i < documents.size(); i++) {
                components.computeIfAbsent(pairs.find(i), k -> new ArrayList<>()).add(i);
            }
            Map<List<Integer>, Family> built = new HashMap<>();
            List<Family> families = new ArrayList<>();
            for (List<Integer> memberNumbers : components.values()) {
                String id = "f" + (families.size() + 1);
                Family family = previous.get(memberNumbers);
                family = family == null ? family(id, memberNumbers) : new Family(id, family.documents(), family.canonical(), family.copies());
                built.put(memberNumbers, family);
                families.add(family);
            }
            previous = built;
            return families;
        }

        private Family family(String id, List<Integer> memberNumbers) {
            List<AnalyzedDocument> members = new ArrayList<>();
            for (int number : memberNumbers) {
                members.add(documents.get(number));
            }
            return MinHashDeduplicator.this.family(id, members, shingler);
        }
    }

    private record Hashed(int shingleCount, int[] signature) {
    }

    /**
     * The family of documents already known to be near-duplicates, as {@link #families} makes it: the canonical
     * member chosen, and every other member aligned with it. For a distributed engine that finds the members itself.
     *
     * @param members the family's documents in the order they were added (time order)
     */
    public Family family(String id, List<AnalyzedDocument> members) {
        return family(id, members, new Shingler(config.shingleWords()));
    }

    private Family family(String id, List<AnalyzedDocument> members, Shingler shingler) {
        long[][] shingleSets = new long[members.size()][];
        for (int i = 0; i < members.size(); i++) {
            shingleSets[i] = members.size() == 1 ? new long[0] : shingler.shingles(members.get(i).article().text());
        }
        AnalyzedDocument canonical = members.get(canonicalIndex(members, shingleSets));
        List<String> ids = new ArrayList<>();
        List<CopyAlignment> copies = new ArrayList<>();
        ids.add(canonical.id());
        for (AnalyzedDocument member : members) {
            if (member != canonical) {
                ids.add(member.id());
                copies.add(aligner.align(canonical, member));
            }
        }
        return new Family(id, ids, canonical.id(), copies);
    }

    private static int canonicalIndex(List<AnalyzedDocument> members, long[][] shingleSets) {
        if (members.size() == 1) {
            return 0;
        }
        long[] coverage = new long[members.size()];
        long highest = 0;
        for (int i = 0; i < members.size(); i++) {
            Set<Long> own = new HashSet<>();
            for (long shingle : shingleSets[i]) {
                own.add(shingle);
            }
            for (int j = 0; j < members.size(); j++) {
                if (j != i) {
                    for (long shingle : shingleSets[j]) {
                        if (own.contains(shingle)) {
                            coverage[i]++;
                        }
                    }
                }
            }
            highest = Math.max(highest, coverage[i]);
        }
        Comparator<Integer> order = Comparator
                .comparing((Integer i) -> members.get(i).article().published(),
                        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(i -> -coverage[i])
                .thenComparing(i -> -members.get(i).article().text().length())
                .thenComparing(i -> members.get(i).id());
        int best = -1;
        for (int i = 0; i < members.size(); i++) {
            if (coverage[i] >= 0.9 * highest && (best < 0 || order.compare(i, best) < 0)) {
                best = i;
            }
        }
        return best;
    }
}
