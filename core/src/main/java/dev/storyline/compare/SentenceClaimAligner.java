package dev.storyline.compare;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.CitedText;
import dev.storyline.model.Claim;
import dev.storyline.model.ClaimEvidence;
import dev.storyline.model.ClaimStatus;
import dev.storyline.model.Family;
import dev.storyline.model.Quantity;
import dev.storyline.model.Sentence;
import dev.storyline.nlp.ContentWords;
import dev.storyline.nlp.QuantityFinder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Aligns sentences across the documents of a story by their content words and marks each aligned claim.
 * <ul>
 *   <li>A sentence states a claim when its stems have a Dice coefficient of at least {@link #SAME_CLAIM} with the
 *       claim's first sentence, at least {@link #SAME_CLAIM_WITH_NUMBER} when both give the same number for the same
 *       thing, or at least {@link #SAME_CLAIM_WITH_NUMBERS} when they give two ("killing three people and injuring
 *       14", "three people were killed and 14 were injured"); it must
 *       have the same polarity (both negated or neither) and no other number for something both count.</li>
 *   <li>A claim made by two or more families is {@code agreed}, by one family {@code single-source}.</li>
 *   <li>A claim is {@code disputed} when a negative statement answers it, made no earlier than
 *       {@link #SAME_TIME_DAYS} days before the claim (a later finding settles a denial rather than contradicting it):
 *       <ul>
 *         <li>a denial cue ("denied that ...") whose words share at least {@link #MIN_SHARED_FOR_DISPUTE} stems and
 *             {@link #SAME_SUBJECT} of the smaller stem set with the claim. The denial may come from any source,
 *             even one that reports the claim too ("Putin said ... But a source close to Hollande denied it"). A
 *             denial that points back ("denied he had said this") denies the one of the
 *             {@value #SENTENCES_POINTED_BACK} sentences before it that shares the most words with it;</li>
 *         <li>a negation of another family ("there is no inspection ... for March") whose negated clause covers the
 *             claim in the same way, counting only lower-case words so that shared names alone do not make a
 *             dispute, and whose stems overlap the claim's by {@link #NEGATED_SAME_STATEMENT} (Dice).</li>
 *       </ul>
 *       It is disputed too when another family, within {@link #SAME_TIME_DAYS} days, gives another number for the
 *       same counted thing ("14 were injured", "nineteen people were injured"), as {@link Figures} compares them.
 *       Different numbers weeks apart are a change, not a contradiction.</li>
 *   <li>The contradicting statements are evidence of the claim they dispute, not claims of their own; of two claims
 *       that give different numbers, the one more families make keeps the other as its contradiction.</li>
 * </ul>
 * Sentences shorter than {@link #MIN_TOKENS} tokens and questions are not claims. Claims come out disputed first,
 * then agreed by the number of sources, then single-source; single-source claims are left out when the story has
 * one source only.
 */
public final class SentenceClaimAligner implements ClaimComparer {

    static final double SAME_CLAIM = 0.6;
    static final double SAME_CLAIM_WITH_NUMBER = 0.35;
    static final double SAME_CLAIM_WITH_NUMBERS = 0.2;
    static final double SAME_SUBJECT = 0.5;
    static final double NEGATED_SAME_STATEMENT = 0.4;
    static final int MIN_SHARED_FOR_DISPUTE = 2;
    static final int MIN_TOKENS = 8;
    static final long SAME_TIME_DAYS = 2;
    static final int SENTENCES_POINTED_BACK = 3;

    /**
     * The most groups a statement is compared with, when grouping it and when looking for what contradicts it. They
     * are gathered through the statement's stems from the rarest up, so a story has to hold this many groups sharing
     * its rarest stems before any is left out, and those left out share only words common across the story: a story
     * of a few hundred articles is aligned exactly, and one of thousands no longer compares every pair of sentences.
     */
    static final int MAX_CANDIDATE_GROUPS = 500;
    private static final QuantityFinder QUANTITIES = new QuantityFinder();
    private static final Pattern DENIAL = Pattern.compile(
            "\\b(denied|denies|deny|denying|rejected|rejects|dismissed|refuted|disputed|disputes|contradicted|"
                    + "no record|not true|false|untrue)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern POINTS_BACK = Pattern.compile("\\b(this|these|those|it|such|so)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:\"“”]");
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(no|not|never|none|nobody|nothing|neither|nor)\\b|n[’']t\\b", Pattern.CASE_INSENSITIVE);

    /** One sentence as a claim sees it. */
    private record Statement(String document, String family, LocalDate date, Sentence sentence, Set<String> stems,
                             List<Quantity> quantities, boolean denies, boolean negative,
                             Set<String> deniedStems) {

        static Statement of(String document, String family, LocalDate date, Sentence sentence) {
            return of(document, family, date, sentence, QUANTITIES.find(List.of(sentence)), List.of());
        }

        /**
         * The statement of {@code sentence}; {@code before} holds the sentences just before it in its document. A
         * denial that points back ("denied he had said this", "denied making such a suggestion") denies the one of
         * them that shares the most words with it (the nearest on a tie): "... Hollande had voiced the idea of ...
         * But a source close to Hollande denied he had said this."
         */
        static Statement of(String document, String family, LocalDate date, Sentence sentence,
                            List<Quantity> quantities, List<Sentence> before) {
            String text = sentence.text();
            Matcher denial = DENIAL.matcher(text);
            Matcher negation = NEGATION.matcher(text);
            boolean denies = denial.find();
            boolean negated = negation.find();
            Set<String> denied = Set.of();
            if (denies) {
                denied = new LinkedHashSet<>(stemsBetween(sentence, denial.end(), text.length(), false));
                if (POINTS_BACK.matcher(text).region(denial.end(), text.length()).find()) {
                    denied.addAll(antecedent(ContentWords.stems(sentence), before));
                }
            } else if (negated) {
                Matcher clauseEnd = CLAUSE_END.matcher(text).region(negation.end(), text.length());
                int end = clauseEnd.find() ? clauseEnd.start() : text.length();
                denied = stemsBetween(sentence, negation.end(), end, true);
            }
            return new Statement(document, family, date, sentence, ContentWords.stems(sentence), quantities, denies,
                    denies || negated, denied);
        }
    }

    private record Dispute(Group by, String reason) {
    }

    private static final class Group {
        final List<Statement> statements = new ArrayList<>();
        final Set<String> families = new LinkedHashSet<>();
        final List<Dispute> disputes = new ArrayList<>();
        final int[] firstStems;
        boolean answersAnother;
        LocalDate date;

        Group(int[] firstStems) {
            this.firstStems = firstStems;
        }

        Statement first() {
            return statements.get(0);
        }

        /** The earliest date of its statements, kept once the statements are all in. */
        void settleDate() {
            LocalDate earliest = null;
            for (Statement statement : statements) {
                if (earliest == null || statement.date != null && statement.date.isBefore(earliest)) {
                    earliest = statement.date;
                }
            }
            date = earliest;
        }
    }

    @Override
    public List<Claim> claims(List<AnalyzedDocument> documents, List<Family> families) {
        Map<String, String> familyOf = Family.byDocument(families);
        List<Statement> statements = new ArrayList<>();
        Set<String> allFamilies = new LinkedHashSet<>();
        for (AnalyzedDocument document : documents) {
            String family = familyOf.getOrDefault(document.id(), document.id());
            allFamilies.add(family);
            for (int s = 0; s < document.sentences().size(); s++) {
                Sentence sentence = document.sentences().get(s);
                if (sentence.tokens().size() < MIN_TOKENS || sentence.text().endsWith("?")) {
                    continue;
                }
                List<Sentence> before = document.sentences().subList(Math.max(0, s - SENTENCES_POINTED_BACK), s);
                statements.add(Statement.of(document.id(), family, document.article().published(), sentence,
                        quantitiesIn(document, s), before));
            }
        }
        StemRarity rarity = new StemRarity(statements);
        List<Group> groups = new ArrayList<>();
        CandidateIndex<Integer> index = new CandidateIndex<>();
        for (Statement statement : statements) {
            int[] stems = rarity.rarestFirst(statement.stems);
            Group group = sameClaim(groups, index, statement, stems);
            if (group == null) {
                group = new Group(sortedCopy(stems));
                groups.add(group);
                index.add(boxed(stems));
            }
            group.statements.add(statement);
            group.families.add(statement.family);
        }
        markDisputes(groups, rarity);
        List<Claim> claims = new ArrayList<>();
        for (Group group : groups) {
            if (group.answersAnother && group.disputes.isEmpty()) {
                continue;
            }
            ClaimStatus status = !group.disputes.isEmpty() ? ClaimStatus.DISPUTED
                    : group.families.size() > 1 ? ClaimStatus.AGREED : ClaimStatus.SINGLE_SOURCE;
            if (status == ClaimStatus.SINGLE_SOURCE && allFamilies.size() < 2) {
                continue;
            }
            claims.add(claim(group, status));
        }
        claims.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        return claims;
    }

    /**
     * How two single statements relate under the same rules as whole claims, without the time window: what a claim
     * comparison of two sources would decide if each made only this statement.
     */
    public static StatementRelation relate(Sentence a, Sentence b) {
        Statement x = Statement.of("a", "a", null, a);
        Statement y = Statement.of("b", "b", null, b);
        double overlap = ContentWords.dice(x.stems, y.stems);
        String reason = contradiction(x, y);
        if (reason == null) {
            reason = contradiction(y, x);
        }
        return new StatementRelation(overlap, statesSame(x, y), reason != null, reason);
    }

    private static Claim claim(Group group, ClaimStatus status) {
        Set<String> stating = new LinkedHashSet<>();
        List<ClaimEvidence> evidence = new ArrayList<>();
        for (Statement statement : group.statements) {
            if (stating.add(statement.document)) {
                evidence.add(new ClaimEvidence(statement.document, statement.sentence.text(),
                        ClaimEvidence.Stance.STATES, null));
            }
        }
        List<CitedText> disputedBy = new ArrayList<>();
        for (Dispute dispute : group.disputes) {
            Set<String> contradicting = new LinkedHashSet<>();
            for (Statement statement : dispute.by.statements) {
                if (contradicting.add(statement.document)) {
                    evidence.add(new ClaimEvidence(statement.document, statement.sentence.text(),
                            ClaimEvidence.Stance.CONTRADICTS, dispute.reason));
                }
            }
            disputedBy.add(new CitedText(dispute.by.first().sentence.text(), new ArrayList<>(contradicting)));
        }
        return new Claim(group.first().sentence.text(), status, new ArrayList<>(stating), disputedBy, evidence);
    }

    private static int rank(Claim claim) {
        return switch (claim.status()) {
            case DISPUTED -> 0;
            case AGREED -> 1;
            case SINGLE_SOURCE -> 2;
        } * 10_000 - claim.documents().size();
    }

    /**
     * The group whose first statement this one states the same as, with the highest overlap (the earliest such group
     * on a tie). Only groups sharing a stem with the statement can reach an overlap; they are looked up through the
     * statement's stems, rarest first, and at most {@link #MAX_CANDIDATE_GROUPS} of them are compared.
     */
    private static Group sameClaim(List<Group> groups, CandidateIndex<Integer> index, Statement statement,
                                   int[] rarestFirst) {
        int[] sorted = sortedCopy(rarestFirst);
        Group best = null;
        double bestOverlap = 0;
        for (int g : index.candidates(boxed(rarestFirst), 1, MAX_CANDIDATE_GROUPS)) {
            Group group = groups.get(g);
            double overlap = overlapAbove(sorted, group.firstStems,
                    Math.max(bestOverlap, Math.nextDown(SAME_CLAIM_WITH_NUMBERS)));
            if (overlap >= 0 && statesSame(statement, group.first(), overlap)) {
                best = group;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /**
     * The stems of a story's statements numbered from the rarest to the most common, so that lookups try the stems
     * that tell statements apart first.
     */
    private static final class StemRarity {
        private final Map<String, Integer> rank = new HashMap<>();

        StemRarity(List<Statement> statements) {
            Map<String, Integer> frequency = new HashMap<>();
            for (Statement statement : statements) {
                for (String stem : statement.stems) {
                    frequency.merge(stem, 1, Integer::sum);
                }
                for (String stem : statement.deniedStems) {
                    frequency.merge(stem, 0, Integer::sum);
                }
            }
            List<String> order = new ArrayList<>(frequency.keySet());
            order.sort(Comparator.comparing((String stem) -> frequency.get(stem)).thenComparing(Comparator.naturalOrder()));
            for (int r = 0; r < order.size(); r++) {
                rank.put(order.get(r), r);
            }
        }

        /** The numbers of {@code stems}, rarest first. */
        int[] rarestFirst(Set<String> stems) {
            int[] ids = new int[stems.size()];
            int k = 0;
            for (String stem : stems) {
                ids[k++] = rank.get(stem);
            }
            Arrays.sort(ids);
            return ids;
        }
    }

    private static int[] sortedCopy(int[] ids) {
        int[] copy = ids.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static List<Integer> boxed(int[] ids) {
        List<Integer> list = new ArrayList<>(ids.length);
        for (int id : ids) {
            list.add(id);
        }
        return list;
    }

    /**
     * The Dice coefficient of two sorted stem arrays when it is above {@code floor}, else -1; stops as soon as the
     * stems left cannot lift it above.
     */
    private static double overlapAbove(int[] a, int[] b, double floor) {
        int sizes = a.length + b.length;
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (2.0 * (shared + Math.min(a.length - i, b.length - j)) / sizes <= floor) {
                return -1;
            }
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        double overlap = sizes == 0 ? 0 : 2.0 * shared / sizes;
        return overlap > floor ? overlap : -1;
    }

    private static boolean statesSame(Statement a, Statement b) {
        return statesSame(a, b, ContentWords.dice(a.stems, b.stems));
    }

    /** {@link #statesSame(Statement, Statement)} with the stems' overlap known already. */
    private static boolean statesSame(Statement a, Statement b, double overlap) {
        if (a.negative != b.negative || Figures.conflict(a.quantities, b.quantities) != null) {
            return false;
        }
        int sharedFigures = Figures.shared(a.quantities, b.quantities);
        return overlap >= SAME_CLAIM
                || overlap >= SAME_CLAIM_WITH_NUMBER && sharedFigures >= 1
                || overlap >= SAME_CLAIM_WITH_NUMBERS && sharedFigures >= 2;
    }

    /**
     * Records, on each claim, the groups of other families that contradict it. A group can contradict a claim only by
     * denying or negating at least {@link #MIN_SHARED_FOR_DISPUTE} of its stems, or by giving a number for the same
     * counted thing; so each claim is compared with the groups an index of denied stems and one of counted things
     * give for it (at most {@link #MAX_CANDIDATE_GROUPS} from each), in group order, not with every group.
     */
    private static void markDisputes(List<Group> groups, StemRarity rarity) {
        CandidateIndex<Integer> denials = new CandidateIndex<>();
        CandidateIndex<String> figures = new CandidateIndex<>();
        for (Group group : groups) {
            group.settleDate();
            Statement first = group.first();
            if (first.negative) {
                denials.add(boxed(rarity.rarestFirst(first.deniedStems)));
            } else {
                denials.addWithoutKeys();
            }
            figures.add(countedThings(first));
        }
        for (int c = 0; c < groups.size(); c++) {
            Group claim = groups.get(c);
            if (claim.first().negative) {
                continue;
            }
            int[] byDenial = denials.candidates(boxed(rarity.rarestFirst(claim.first().stems)),
                    MIN_SHARED_FOR_DISPUTE, MAX_CANDIDATE_GROUPS);
            int[] byFigure = figures.candidates(countedThings(claim.first()), 1, MAX_CANDIDATE_GROUPS);
            for (int o : union(byDenial, byFigure)) {
                Group other = groups.get(o);
                boolean sameSources = ContentWords.shared(claim.families, other.families) > 0;
                if (other == claim || sameSources && !other.first().denies) {
                    continue;
                }
                String reason = other.first().negative ? answeredBy(claim, other) : otherNumber(claim, other);
                if (reason != null && (other.first().negative || outranks(claim, c, other, o))) {
                    claim.disputes.add(new Dispute(other, reason));
                    other.answersAnother = true;
                }
            }
        }
    }

    /** What a statement's numbers count, each with its unit: quantities with the same key can conflict. */
    private static Set<String> countedThings(Statement statement) {
        Set<String> keys = new LinkedHashSet<>();
        for (Quantity quantity : statement.quantities) {
            String stem = quantity.counted() == null ? null : ContentWords.stemOf(quantity.counted());
            if (stem != null) {
                keys.add(stem + "|" + quantity.unit());
            }
        }
        return keys;
    }

    /** The numbers of two sorted arrays, sorted, each once. */
    private static int[] union(int[] a, int[] b) {
        return IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().sorted().toArray();
    }

    private static boolean outranks(Group claim, int claimIndex, Group other, int otherIndex) {
        if (claim.families.size() != other.families.size()) {
            return claim.families.size() > other.families.size();
        }
        return claimIndex < otherIndex;
    }

    private static String answeredBy(Group claim, Group denial) {
        LocalDate claimDate = claim.date;
        LocalDate denialDate = denial.date;
        if (claimDate != null && denialDate != null
                && ChronoUnit.DAYS.between(denialDate, claimDate) > SAME_TIME_DAYS) {
            return null;
        }
        return contradiction(claim.first(), denial.first());
    }

    private static String otherNumber(Group claim, Group other) {
        LocalDate a = claim.date;
        LocalDate b = other.date;
        if (a != null && b != null && Math.abs(ChronoUnit.DAYS.between(a, b)) > SAME_TIME_DAYS) {
            return null;
        }
        return contradiction(claim.first(), other.first());
    }

    /** Why {@code other} contradicts {@code claim}, or null when it does not. */
    private static String contradiction(Statement claim, Statement other) {
        if (claim.negative) {
            return null;
        }
        if (other.negative) {
            Set<String> denied = other.deniedStems;
            boolean sameSubject = ContentWords.shared(claim.stems, denied) >= MIN_SHARED_FOR_DISPUTE
                    && ContentWords.overlap(claim.stems, denied) >= SAME_SUBJECT
                    && (other.denies || ContentWords.dice(claim.stems, other.stems) >= NEGATED_SAME_STATEMENT);
            return sameSubject ? (other.denies ? "denial" : "negation") : null;
        }
        Figures.Conflict conflict = Figures.conflict(claim.quantities, other.quantities);
        if (conflict == null) {
            return null;
        }
        return "different number: " + conflict.one().text() + " against " + conflict.other().text();
    }

    private static List<Quantity> quantitiesIn(AnalyzedDocument document, int sentence) {
        List<Quantity> quantities = new ArrayList<>();
        for (Quantity quantity : document.quantities()) {
            if (quantity.sentence() == sentence) {
                quantities.add(quantity);
            }
        }
        return quantities;
    }

    private static Set<String> antecedent(Set<String> denial, List<Sentence> before) {
        Set<String> best = Set.of();
        int bestShared = 0;
        for (int i = before.size() - 1; i >= 0; i--) {
            Set<String> stems = ContentWords.stems(before.get(i));
            int shared = ContentWords.shared(denial, stems);
            if (shared > bestShared) {
                best = stems;
                bestShared = shared;
            }
        }
        return best;
    }

    /**
     * The content-word stems of the tokens of {@code sentence} that start in [from, to) of its text, read from its
     * token offsets; with {@code lowerCaseOnly}, only tokens in lower case (names are not what a negation denies).
     */
    private static Set<String> stemsBetween(Sentence sentence, int from, int to, boolean lowerCaseOnly) {
        Set<String> stems = new LinkedHashSet<>();
        for (int i = 0; i < sentence.tokens().size(); i++) {
            int start = sentence.tokenStart(i);
            String token = sentence.tokens().get(i);
            if (start < from || start >= to || lowerCaseOnly && (token.isEmpty() || !Character.isLowerCase(token.codePointAt(0)))) {
                continue;
            }
            String stem = ContentWords.stemOf(token);
            if (stem != null) {
                stems.add(stem);
            }
        }
        return stems;
    }
}
