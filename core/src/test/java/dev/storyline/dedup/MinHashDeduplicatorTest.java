package dev.storyline.dedup;

import dev.storyline.TestArticles;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Family;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MinHashDeduplicatorTest {

    private static final String[] WIRE = {
            "A cargo ship ran aground at the mouth of the Tessel estuary early on Sunday, blocking the only channel into the port of Brill.",
            "The coast guard said none of the 19 crew members was hurt and no fuel had leaked into the water.",
            "Tugs will try to pull the vessel free at high tide on Monday evening, the harbour master told reporters.",
            "Shipping companies warned that dozens of vessels could be delayed for days if the first attempt fails.",
            "The ship, carrying timber from the north, had been waiting for a pilot when the wind changed direction."};

    @Test
    void syndicatedCopiesWithSmallEditsFormOneFamily() {
        AnalyzedDocument wire = TestArticles.analyzed("wire", "Wire", "2026-02-01", "Ship aground", WIRE);
        AnalyzedDocument edited = TestArticles.analyzed("copy", "Gazette", "2026-02-02", "Ship aground off Brill",
                WIRE[0], WIRE[1].replace("coast guard", "Coast Guard"), WIRE[2].replace("harbour", "harbor"), WIRE[3],
                "Local fishermen said the channel had silted up over the winter.");
        AnalyzedDocument trimmed = TestArticles.analyzed("trimmed", "Post", "2026-02-01", "Ship aground", WIRE[0], WIRE[1], WIRE[2]);
        AnalyzedDocument other = TestArticles.analyzed("other", "Post", "2026-02-01", "Port of Brill reopens",
                "The port of Brill reopened on Tuesday after tugs freed the cargo ship that had blocked its channel.",
                "Port officials said the first vessels entered the estuary within an hour of the channel being cleared.",
                "An inquiry into why the ship ran aground will report in the spring.");

        List<Family> families = new MinHashDeduplicator().families(List.of(wire, edited, trimmed, other));

        assertThat(families).hasSize(2);
        assertThat(families.get(0).documents()).containsExactlyInAnyOrder("wire", "copy", "trimmed");
        assertThat(families.get(0).canonical()).isEqualTo("wire");
        assertThat(families.get(1).documents()).containsExactly("other");
    }

    @Test
    void aPrefixOfTheFamiliesForgetsTheLaterDocumentsAndTakesNewOnes() {
        AnalyzedDocument wire = TestArticles.analyzed("wire", "Wire", "2026-02-01", "Ship aground", WIRE);
        AnalyzedDocument copy = TestArticles.analyzed("copy", "Post", "2026-02-03", "Ship aground", WIRE[0], WIRE[1], WIRE[2], WIRE[3]);
        AnalyzedDocument trimmed = TestArticles.analyzed("trimmed", "Gazette", "2026-02-02", "Ship aground", WIRE[0], WIRE[1], WIRE[2]);
        Deduplicator.Families grown = new MinHashDeduplicator().start();
        grown.add(wire);
        grown.add(copy);

        Deduplicator.Families prefix = grown.prefix(1);
        prefix.add(trimmed);
        prefix.add(copy);

        assertThat(prefix.families()).isEqualTo(new MinHashDeduplicator().families(List.of(wire, trimmed, copy)));
        assertThat(prefix.families().get(0).documents()).containsExactly("wire", "trimmed", "copy");
        assertThat(grown.families().get(0).documents()).containsExactly("wire", "copy");
    }

    @Test
    void canonicalIsTheEarliestOfTheMostCompleteCopies() {
        AnalyzedDocument late = TestArticles.analyzed("late", null, "2026-02-03", null, WIRE);
        AnalyzedDocument early = TestArticles.analyzed("early", null, "2026-02-01", null, WIRE);
        AnalyzedDocument shortEarliest = TestArticles.analyzed("short", null, "2026-01-31", null, WIRE[0], WIRE[1], WIRE[2]);

        Family family = new MinHashDeduplicator().families(List.of(late, early, shortEarliest)).get(0);

        assertThat(family.canonical()).isEqualTo("early");
        assertThat(family.documents()).startsWith("early").hasSize(3);
    }

    @Test
    void anEditedCopyLongerOnlyByItsOwnAdditionsIsNotCanonical() {
        AnalyzedDocument local = TestArticles.analyzed("local", "Gazette", "2026-02-01", null, WIRE[0],
                WIRE[1].replace("coast guard", "coastguard"), WIRE[2].replace("harbour master", "harbormaster"),
                WIRE[3].replace("vessels", "ships"), WIRE[4], "Fishermen in the nearby village of Oster said the channel had silted up badly over the winter months.",
                "The village council will ask the port authority to dredge the channel before the summer season begins.");
        AnalyzedDocument wire = TestArticles.analyzed("wire", "Wire", "2026-02-01", null, WIRE);
        AnalyzedDocument trimmed = TestArticles.analyzed("trimmed", "Post", "2026-02-01", null, WIRE[0], WIRE[1], WIRE[2], WIRE[3]);

        Family family = new MinHashDeduplicator().families(List.of(local, wire, trimmed)).get(0);

        assertThat(family.canonical()).isEqualTo("wire");
        assertThat(family.copies()).filteredOn(copy -> copy.document().equals("local")).singleElement()
                .satisfies(copy -> assertThat(copy.added()).hasSize(2));
    }

    @Test
    void minHashEstimatesJaccardSimilarity() {
        Shingler shingler = new Shingler(1);
        MinHasher hasher = new MinHasher(512, 7);
        long[] a = shingler.shingles("alpha beta gamma delta epsilon zeta eta theta");
        long[] b = shingler.shingles("alpha beta gamma delta iota kappa lambda mu");
        double estimate = MinHasher.estimateJaccard(hasher.signature(a), hasher.signature(b));
        assertThat(estimate).isCloseTo(4.0 / 12, org.assertj.core.data.Offset.offset(0.08));
        assertThat(MinHasher.estimateJaccard(hasher.signature(a), hasher.signature(a))).isEqualTo(1.0);
    }
}
