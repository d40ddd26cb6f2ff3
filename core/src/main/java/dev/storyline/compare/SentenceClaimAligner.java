package dev.storyline.compare;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.CitedText;
import dev.storyline.model.Claim;
import dev.storyline.model.ClaimStatus;
import dev.storyline.model.Family;
import dev.storyline.model.Sentence;
import dev.storyline.nlp.ContentWords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Aligns sentences across the documents of a story by their content words and marks each aligned claim:
 * <ul>
 *   <li>sentences whose stems overlap by at least {@link #SAME_CLAIM} (share of the smaller set) state one claim;</li>
 *   <li>a claim made by two or more families is {@code agreed}, by one family {@code single-source};</li>
 *   <li>a claim is {@code disputed} when another family's sentence on the same subject denies it (a denial cue that
 *       the claim lacks, and at least {@link #MIN_SHARED_FOR_DISPUTE} shared stems), or states the same thing with
 *       different numbers.</li>
 * </ul>
 * Sentences shorter than {@link #MIN_TOKENS} tokens and questions are not claims.
 */
public final class SentenceClaimAligner implements ClaimComparer {

    static final double SAME_CLAIM = 0.6;
    static final double SAME_SUBJECT = 0.3;
    static final int MIN_SHARED_FOR_DISPUTE = 2;
    static final int MIN_TOKENS = 8;
    private static final Pattern DENIAL = Pattern.compile(
            "\\b(denied|denies|deny|denying|rejected|rejects|dismissed|refuted|disputed|disputes|contradicted|"
                    + "no record|not true|false|untrue|never)\\b", Pattern.CASE_INSENSITIVE);

    private static final class Group {
        final List<Sentence> sentences = new ArrayList<>();
        final Set<String> documents = new LinkedHashSet<>();
        final Set<String> families = new LinkedHashSet<>();
        final Set<String> stems = new LinkedHashSet<>();
        final Set<String> numbers = new LinkedHashSet<>();
        final List<CitedText> disputedBy = new ArrayList<>();

        boolean denies() {
            return DENIAL.matcher(sentences.get(0).text()).find();
        }
    }

    @Override
    public List<Claim> claims(List<AnalyzedDocument> documents, List<Family> families) {
        Map<String, String> familyOf = new HashMap<>();
        for (Family family : families) {
            for (String id : family.documents()) {
                familyOf.put(id, family.id());
            }
        }
        List<Group> groups = new ArrayList<>();
        for (AnalyzedDocument document : documents) {
            for (Sentence sentence : document.sentences()) {
                if (sentence.tokens().size() < MIN_TOKENS || sentence.text().endsWith("?")) {
                    continue;
                }
                Set<String> stems = ContentWords.stems(sentence);
                Set<String> numbers = ContentWords.numbers(sentence);
                Group group = bestGroup(groups, stems, numbers);
                if (group == null) {
                    group = new Group();
                    group.stems.addAll(stems);
                    group.numbers.addAll(numbers);
                    groups.add(group);
                }
                group.sentences.add(sentence);
                group.documents.add(document.id());
                group.families.add(familyOf.getOrDefault(document.id(), document.id()));
            }
        }
        markDisputes(groups);
        boolean severalSources = new LinkedHashSet<>(familiesOf(documents, familyOf)).size() > 1;
        List<Claim> claims = new ArrayList<>();
        for (Group group : groups) {
            ClaimStatus status = !group.disputedBy.isEmpty() ? ClaimStatus.DISPUTED
                    : group.families.size() > 1 ? ClaimStatus.AGREED : ClaimStatus.SINGLE_SOURCE;
            if (status == ClaimStatus.SINGLE_SOURCE && !severalSources) {
                continue;
            }
            claims.add(new Claim(group.sentences.get(0).text(), status, new ArrayList<>(group.documents), group.disputedBy));
        }
        return claims;
    }

    /** The group stating the same claim: enough shared stems, and no other numbers. */
    private static Group bestGroup(List<Group> groups, Set<String> stems, Set<String> numbers) {
        Group best = null;
        double bestOverlap = SAME_CLAIM;
        for (Group group : groups) {
            if (!numbers.isEmpty() && !group.numbers.isEmpty() && !numbers.equals(group.numbers)) {
                continue;
            }
            double overlap = ContentWords.overlap(stems, group.stems);
            if (overlap >= bestOverlap) {
                best = group;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /** Marks claims contradicted by another family: a denial of the same subject, or other numbers for it. */
    private static void markDisputes(List<Group> groups) {
        for (Group claim : groups) {
            if (claim.denies()) {
                continue;
            }
            for (Group other : groups) {
                if (other == claim || !disjoint(claim.families, other.families)) {
                    continue;
                }
                int shared = ContentWords.shared(claim.stems, other.stems);
                double overlap = ContentWords.overlap(claim.stems, other.stems);
                boolean denial = other.denies() && shared >= MIN_SHARED_FOR_DISPUTE && overlap >= SAME_SUBJECT;
                boolean otherNumbers = !claim.numbers.isEmpty() && !other.numbers.isEmpty()
                        && overlap >= SAME_CLAIM && !claim.numbers.equals(other.numbers);
                if (denial || otherNumbers) {
                    claim.disputedBy.add(new CitedText(other.sentences.get(0).text(), new ArrayList<>(other.documents)));
                }
            }
        }
    }

    private static List<String> familiesOf(List<AnalyzedDocument> documents, Map<String, String> familyOf) {
        List<String> result = new ArrayList<>();
        for (AnalyzedDocument document : documents) {
            result.add(familyOf.getOrDefault(document.id(), document.id()));
        }
        return result;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return ContentWords.shared(a, b) == 0;
    }
}
