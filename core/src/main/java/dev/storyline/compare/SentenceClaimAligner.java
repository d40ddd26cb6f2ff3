package dev.storyline.compare;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.CitedText;
import dev.storyline.model.Claim;
import dev.storyline.model.ClaimStatus;
import dev.storyline.model.Family;
import dev.storyline.model.Sentence;
import dev.storyline.nlp.ContentWords;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Aligns sentences across the documents of a story by their content words and marks each aligned claim:
 * <ul>
 *   <li>a sentence whose stems have a Dice coefficient of at least {@link #SAME_CLAIM} with a claim's first sentence,
 *       and no other number for something both count, states that claim;</li>
 *   <li>a claim made by two or more families is {@code agreed}, by one family {@code single-source};</li>
 *   <li>a sentence that denies something never joins a claim that does not, and the other way round;</li>
 *   <li>a claim is {@code disputed} when another family's sentence denies it: a denial cue ("denied that ...")
 *       whose complement shares at least {@link #MIN_SHARED_FOR_DISPUTE} stems and {@link #SAME_SUBJECT} of the
 *       smaller stem set with the claim; or when another family, within {@link #SAME_TIME_DAYS} days, gives another
 *       number for something counted in the same words ("14 were injured", "nineteen people were injured").
 *       Different numbers weeks apart are a change, not a contradiction.</li>
 * </ul>
 * Sentences shorter than {@link #MIN_TOKENS} tokens and questions are not claims.
 */
public final class SentenceClaimAligner implements ClaimComparer {

    static final double SAME_CLAIM = 0.6;
    static final double SAME_SUBJECT = 0.5;
    static final int MIN_SHARED_FOR_DISPUTE = 2;
    static final int MIN_TOKENS = 8;
    static final long SAME_TIME_DAYS = 2;
    private static final Pattern DENIAL = Pattern.compile(
            "\\b(denied|denies|deny|denying|rejected|rejects|dismissed|refuted|disputed|disputes|contradicted|"
                    + "no record|not true|false|untrue|never)\\b", Pattern.CASE_INSENSITIVE);

    private static final class Group {
        final List<Sentence> sentences = new ArrayList<>();
        final Set<String> documents = new LinkedHashSet<>();
        final Set<String> families = new LinkedHashSet<>();
        final Set<String> stems = new LinkedHashSet<>();
        final List<ContentWords.Quantity> quantities = new ArrayList<>();
        final List<CitedText> disputedBy = new ArrayList<>();
        LocalDate date;

        boolean denies() {
            return DENIAL.matcher(sentences.get(0).text()).find();
        }

        /** The stems of what the first sentence denies: the words after its denial cue; empty without a cue. */
        Set<String> deniedStems() {
            Sentence first = sentences.get(0);
            Matcher cue = DENIAL.matcher(first.text());
            if (!cue.find()) {
                return Set.of();
            }
            List<String> rest = List.of(first.text().substring(cue.end()).split("[^\\p{L}\\p{N}'’-]+"));
            return ContentWords.stems(new Sentence(String.join(" ", rest), first.paragraph(), rest, rest));
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
                List<ContentWords.Quantity> quantities = ContentWords.quantities(sentence);
                boolean denies = DENIAL.matcher(sentence.text()).find();
                Group group = bestGroup(groups, stems, quantities, denies);
                if (group == null) {
                    group = new Group();
                    group.stems.addAll(stems);
                    group.quantities.addAll(quantities);
                    groups.add(group);
                }
                group.sentences.add(sentence);
                LocalDate published = document.article().published();
                if (group.date == null || published != null && published.isBefore(group.date)) {
                    group.date = published;
                }
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

    /**
     * How two single statements relate under the same rules as whole claims, without the time window: what a claim
     * comparison of two sources would decide if each made only this statement.
     */
    public static StatementRelation relate(Sentence a, Sentence b) {
        Set<String> stemsA = ContentWords.stems(a);
        Set<String> stemsB = ContentWords.stems(b);
        List<ContentWords.Quantity> quantitiesA = ContentWords.quantities(a);
        List<ContentWords.Quantity> quantitiesB = ContentWords.quantities(b);
        boolean deniesA = DENIAL.matcher(a.text()).find();
        boolean deniesB = DENIAL.matcher(b.text()).find();
        double overlap = ContentWords.dice(stemsA, stemsB);
        boolean otherNumbers = ContentWords.conflictingQuantities(quantitiesA, quantitiesB);
        boolean sameClaim = overlap >= SAME_CLAIM && deniesA == deniesB && !otherNumbers;
        String reason = null;
        if (deniesA != deniesB && deniesSubject(deniesA ? a : b, deniesA ? stemsB : stemsA)) {
            reason = "denial";
        } else if (otherNumbers) {
            reason = "different number";
        }
        return new StatementRelation(overlap, sameClaim, reason != null, reason);
    }

    private static boolean deniesSubject(Sentence denial, Set<String> claimStems) {
        Group group = new Group();
        group.sentences.add(denial);
        Set<String> denied = group.deniedStems();
        return ContentWords.shared(claimStems, denied) >= MIN_SHARED_FOR_DISPUTE
                && ContentWords.overlap(claimStems, denied) >= SAME_SUBJECT;
    }

    /** The group stating the same claim: enough shared stems, and no other numbers. */
    private static Group bestGroup(List<Group> groups, Set<String> stems, List<ContentWords.Quantity> quantities,
                                   boolean denies) {
        Group best = null;
        double bestOverlap = SAME_CLAIM;
        for (Group group : groups) {
            if (group.denies() != denies) {
                continue;
            }
            if (ContentWords.conflictingQuantities(quantities, group.quantities)) {
                continue;
            }
            double overlap = ContentWords.dice(stems, group.stems);
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
                Set<String> denied = other.deniedStems();
                boolean denial = ContentWords.shared(claim.stems, denied) >= MIN_SHARED_FOR_DISPUTE
                        && ContentWords.overlap(claim.stems, denied) >= SAME_SUBJECT;
                boolean otherNumbers = sameTime(claim.date, other.date)
                        && ContentWords.conflictingQuantities(claim.quantities, other.quantities);
                if (denial || otherNumbers) {
                    claim.disputedBy.add(new CitedText(other.sentences.get(0).text(), new ArrayList<>(other.documents)));
                }
            }
        }
    }

    private static boolean sameTime(LocalDate a, LocalDate b) {
        return a == null || b == null || Math.abs(ChronoUnit.DAYS.between(a, b)) <= SAME_TIME_DAYS;
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
