package dev.storyline.report;

import dev.storyline.model.Claim;
import dev.storyline.model.ClaimEvidence;
import dev.storyline.model.ClaimStatus;
import dev.storyline.model.Story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story's claims matrix: one row per claim, one column per source, and in each cell where that source stands on
 * that claim. It lets a reader see at a glance who reports what, who is silent, and where the sources disagree, which
 * the claim lists (grouped by status) do not show. A source is an outlet; a document whose outlet is unknown is a
 * source of its own, named by its document id, since nothing says which other documents it could be merged with.
 * A plain tree of records, so that the report writers and the web server (as JSON) show the same thing.
 *
 * @param sources the columns: the sources that state or contradict at least one claim, those taking part in the most
 *                claims first, ties by name
 * @param rows    the claims: disputed first, then agreed, then single-source, each group in the story's order
 */
public record ClaimMatrix(List<String> sources, List<Row> rows) {

    /** Where one source stands on one claim, with the mark a table shows for it and what the mark means. */
    public enum Cell {
        /** A document of the source makes the claim. */
        STATES("✓ states", "states the claim"),
        /** A document of the source contradicts the claim. */
        CONTRADICTS("✗ contradicts", "contradicts the claim"),
        /** The source's documents do both: one states the claim and another (or the same) contradicts it. */
        BOTH("± both", "both states and contradicts the claim"),
        /** No document of the source says anything on the claim. */
        SILENT("–", "says nothing on the claim");

        private final String mark;
        private final String meaning;

        Cell(String mark, String meaning) {
            this.mark = mark;
            this.meaning = meaning;
        }

        /** A symbol and a word, so that the cell never relies on colour alone. */
        public String mark() {
            return mark;
        }

        /** The mark in words, for a tooltip. */
        public String meaning() {
            return meaning;
        }
    }

    /**
     * One claim of the matrix.
     *
     * @param text      the claim as its first source writes it
     * @param status    agreed, single-source or disputed
     * @param cells     one cell per source, in the order of {@link ClaimMatrix#sources()}
     * @param documents the documents stating the claim
     * @param against   the statements contradicting it; empty unless the claim is disputed
     */
    public record Row(String text, ClaimStatus status, List<Cell> cells, List<String> documents, List<ClaimEvidence> against) {
        public Row {
            cells = List.copyOf(cells);
            documents = List.copyOf(documents);
            against = List.copyOf(against);
        }
    }

    public ClaimMatrix {
        sources = List.copyOf(sources);
        rows = List.copyOf(rows);
    }

    /** The status groups in the order the rows show them: disagreement first, as the most telling. */
    private static final List<ClaimStatus> ROW_ORDER = List.of(ClaimStatus.DISPUTED, ClaimStatus.AGREED, ClaimStatus.SINGLE_SOURCE);

    /**
     * The matrix of {@code story}'s claims.
     *
     * @param outletOfDocument each document id of the story mapped to its outlet (value may be null: unknown outlet)
     */
    public static ClaimMatrix of(Story story, Map<String, String> outletOfDocument) {
        List<Claim> claims = new ArrayList<>(story.claims());
        claims.sort(Comparator.comparingInt(claim -> ROW_ORDER.indexOf(claim.status())));
        List<Map<String, Cell>> stances = new ArrayList<>();
        Map<String, Integer> claimsPerSource = new LinkedHashMap<>();
        for (Claim claim : claims) {
            Map<String, Cell> stance = stancesOf(claim, outletOfDocument);
            stances.add(stance);
            for (String source : stance.keySet()) {
                claimsPerSource.merge(source, 1, Integer::sum);
            }
        }
        List<String> sources = new ArrayList<>(claimsPerSource.keySet());
        sources.sort(Comparator.comparing((String source) -> -claimsPerSource.get(source)).thenComparing(Comparator.naturalOrder()));
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < claims.size(); c++) {
            Claim claim = claims.get(c);
            List<Cell> cells = new ArrayList<>();
            for (String source : sources) {
                cells.add(stances.get(c).getOrDefault(source, Cell.SILENT));
            }
            List<ClaimEvidence> against = claim.evidence().stream()
                    .filter(evidence -> evidence.stance() == ClaimEvidence.Stance.CONTRADICTS).toList();
            rows.add(new Row(claim.text(), claim.status(), cells, claim.documents(), against));
        }
        return new ClaimMatrix(sources, rows);
    }

    /** The sources that take part in {@code claim}, each with where it stands; the silent ones are absent. */
    private static Map<String, Cell> stancesOf(Claim claim, Map<String, String> outletOfDocument) {
        Set<String> stating = new LinkedHashSet<>();
        Set<String> contradicting = new LinkedHashSet<>();
        for (String document : claim.documents()) {
            stating.add(sourceOf(document, outletOfDocument));
        }
        for (ClaimEvidence evidence : claim.evidence()) {
            String source = sourceOf(evidence.document(), outletOfDocument);
            (evidence.stance() == ClaimEvidence.Stance.CONTRADICTS ? contradicting : stating).add(source);
        }
        Map<String, Cell> stances = new HashMap<>();
        for (String source : stating) {
            stances.put(source, contradicting.contains(source) ? Cell.BOTH : Cell.STATES);
        }
        for (String source : contradicting) {
            stances.putIfAbsent(source, Cell.CONTRADICTS);
        }
        return stances;
    }

    /** The source a document counts under: its outlet, or its own id when the outlet is unknown. */
    static String sourceOf(String document, Map<String, String> outletOfDocument) {
        String outlet = outletOfDocument.get(document);
        return outlet == null || outlet.isBlank() ? document : outlet;
    }
}
