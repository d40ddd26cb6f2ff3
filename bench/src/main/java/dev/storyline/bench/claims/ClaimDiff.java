package dev.storyline.bench.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reader for the ClaimDiff test sets (Ko et al., 2022, "ClaimDiff: Comparing and Contrasting Claims on Contentious
 * Issues"): pairs of claims from two articles on the same story, labelled for whether claim B strengthens claim A
 * (ClaimDiff-S) and whether it weakens it (ClaimDiff-W).
 *
 * <p>Both files are {@code {"data": [...], "ver": 1.0}} and hold the same pairs in the same order; they differ only in
 * {@code relation}. {@link #read(Path)} joins them into one {@link Pair} per item and refuses files that do not line
 * up, since a shifted item would silently attach one pair's label to another.
 */
public final class ClaimDiff {

    public static final String STRENGTH_FILE = "ClaimDiff-strength-test.json";
    public static final String WEAK_FILE = "ClaimDiff-weak-test.json";
    /** The suffix of a pair id that marks the same two claims in the reverse direction. */
    public static final String REVERSED = "_rev";

    /**
     * One item of one file.
     *
     * @param pairId   the item's id; {@value #REVERSED} at the end marks the reversed direction
     * @param relation 1 when claim B strengthens (or, in the weak file, weakens) claim A, else 0
     */
    public record Labeled(String pairId, String topic, String claimA, String claimB, int relation) {
    }

    /**
     * One claim pair with both labels.
     *
     * @param strengthens claim B strengthens claim A (ClaimDiff-S)
     * @param weakens     claim B weakens claim A (ClaimDiff-W)
     */
    public record Pair(String pairId, String topic, String claimA, String claimB, boolean strengthens, boolean weakens) {
    }

    private ClaimDiff() {
    }

    /** The pairs of the two test files in {@code directory}, in file order. */
    public static List<Pair> read(Path directory) throws IOException {
        return join(readFile(directory.resolve(STRENGTH_FILE)), readFile(directory.resolve(WEAK_FILE)));
    }

    /** The items of one ClaimDiff file, in file order. */
    public static List<Labeled> readFile(Path file) throws IOException {
        JsonNode data = new ObjectMapper().readTree(file.toFile()).get("data");
        if (data == null || !data.isArray()) {
            throw new IOException(file + ": no \"data\" array");
        }
        List<Labeled> items = new ArrayList<>();
        for (JsonNode item : data) {
            String pairId = text(item, "pair_id", file);
            JsonNode relation = item.get("relation");
            if (relation == null || !relation.isInt() || relation.intValue() < 0 || relation.intValue() > 1) {
                throw new IOException(file + ": pair " + pairId + " has a relation that is not 0 or 1");
            }
            items.add(new Labeled(pairId, text(item, "topic", file), text(item, "claim_a", file),
                    text(item, "claim_b", file), relation.intValue()));
        }
        return items;
    }

    /**
     * One pair per position of the two lists, which must hold the same pairs (id and claims) in the same order.
     *
     * @throws IOException when they differ in length or in a pair
     */
    public static List<Pair> join(List<Labeled> strength, List<Labeled> weak) throws IOException {
        if (strength.size() != weak.size()) {
            throw new IOException("the strength and weak files differ in length: " + strength.size() + " and " + weak.size());
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < strength.size(); i++) {
            Labeled s = strength.get(i);
            Labeled w = weak.get(i);
            if (!s.pairId().equals(w.pairId()) || !s.claimA().equals(w.claimA()) || !s.claimB().equals(w.claimB())) {
                throw new IOException("item " + i + " differs between the files: " + s.pairId() + " and " + w.pairId());
            }
            pairs.add(new Pair(s.pairId(), s.topic(), s.claimA(), s.claimB(), s.relation() == 1, w.relation() == 1));
        }
        return pairs;
    }

    private static String text(JsonNode item, String field, Path file) throws IOException {
        JsonNode value = item.get(field);
        if (value == null || !value.isTextual()) {
            throw new IOException(file + ": an item has no text field " + field);
        }
        return value.textValue();
    }
}
