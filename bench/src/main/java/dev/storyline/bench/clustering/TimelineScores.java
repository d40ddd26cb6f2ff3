package dev.storyline.bench.clustering;

import dev.storyline.bench.summaries.Rouge;


import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;

/**
 * Scores of a predicted timeline against one gold timeline, the measures of timeline summarization (TLS) as defined
 * by Martschat &amp; Markert (EACL 2017, "Improving ROUGE for Timeline Summarization"; their tilse toolkit) and used
 * by Ghalandari &amp; Ifrim (ACL 2020, news-tls): date selection F1 and three ROUGE variants that differ in which
 * text of the one timeline is compared with which text of the other.
 *
 * <ul>
 *   <li><b>Date F1</b>: precision is the share of predicted dates that are gold dates, recall the share of gold dates
 *       that were predicted (tilse's {@code evaluate_dates}).</li>
 *   <li><b>Date F1 within a day</b>: the same with a predicted date counted as right when it lies at most one day from
 *       a gold date, each gold date used once. See {@link #dateF1WithinDay} for the matching.</li>
 *   <li><b>Concat ROUGE</b>: all predicted text against all gold text, dates ignored ({@code evaluate_concat}).</li>
 *   <li><b>Agreement ROUGE</b>: only the n-grams of a date present in both timelines can match; the matches,
 *       predicted n-grams and gold n-grams are summed over the dates before dividing ({@code evaluate_agreement}).</li>
 *   <li><b>Alignment ROUGE</b> (AR, "align+ m:1", {@code evaluate_align_date_content_costs_many_to_one}): every
 *       predicted date is paired with the gold date that costs least, where the cost of a pair grows with the days
 *       between them and shrinks with their word overlap; its matches are weighted by {@code 1 / (days apart + 1)}.
 *       Recall pairs every gold date with a predicted date the same way. Several dates may pair with one date on the
 *       other side. news-tls reports this measure as AR1-F and AR2-F, so these are the figures to set beside
 *       published ones.</li>
 * </ul>
 *
 * <p>Where this differs from tilse, and so why the numbers here are close to but not the same as published ones:
 * <ul>
 *   <li>Text is tokenized by the bench's ROUGE rules ({@link dev.storyline.bench.summaries.Rouge}: lower case,
 *       non-alphanumerics to spaces, Porter stems for tokens longer than three characters). tilse runs the Perl
 *       ROUGE-1.5.5 with stemming and with its stopword list removed ({@code -m -s}), which leaves fewer and
 *       rarer tokens and so lower scores.</li>
 *   <li>The word overlap in the alignment cost is ROUGE-1 F1 on those same tokens; tilse approximates ROUGE-1 on raw
 *       whitespace tokens, case and punctuation included. Only near-ties can pair differently.</li>
 *   <li>Precision or recall with nothing to divide by is 0 here; tilse fails on an empty predicted timeline.</li>
 * </ul>
 *
 * <p>A day's text is its sentences joined with spaces, so bigrams run across sentence ends, as in ROUGE-1.5.5 and in
 * the bench's ROUGE. F1 is the harmonic mean of precision and recall, 0 when both are 0.
 */
public final class TimelineScores {

    /** Precision, recall and F1 of one measure, each between 0 and 1. */
    public record Prf(double precision, double recall, double f1) {

        static Prf of(double precision, double recall) {
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new Prf(precision, recall, f1);
        }

        static Prf ofCounts(double hits, double predictedTotal, double hitsForRecall, double goldTotal) {
            return of(predictedTotal == 0 ? 0 : hits / predictedTotal, goldTotal == 0 ? 0 : hitsForRecall / goldTotal);
        }
    }

    /** The F1 of each measure for one predicted timeline against one gold timeline. */
    public record Scores(double dateF1, double dateF1WithinDay, double concatRouge1, double concatRouge2,
                         double agreementRouge1, double agreementRouge2, double alignedRouge1, double alignedRouge2) {
    }

    /** Precision, recall and F1 of every measure, for averaging the way news-tls does ({@link #meanOfParts}). */
    public record Detail(Prf date, Prf dateWithinDay, Prf concatRouge1, Prf concatRouge2, Prf agreementRouge1,
                         Prf agreementRouge2, Prf alignedRouge1, Prf alignedRouge2) {

        /** Just the F1 of each measure. */
        public Scores f1() {
            return new Scores(date.f1(), dateWithinDay.f1(), concatRouge1.f1(), concatRouge2.f1(),
                    agreementRouge1.f1(), agreementRouge2.f1(), alignedRouge1.f1(), alignedRouge2.f1());
        }
    }

    /** One day's text as ROUGE sees it: unigram and bigram counts. */
    private record Grams(Map<String, Integer> unigrams, int unigramTotal, Map<String, Integer> bigrams,
                         int bigramTotal) {

        Map<String, Integer> counts(int n) {
            return n == 1 ? unigrams : bigrams;
        }

        int total(int n) {
            return n == 1 ? unigramTotal : bigramTotal;
        }
    }

    private static final Grams NOTHING = new Grams(Map.of(), 0, Map.of(), 0);

    private TimelineScores() {
    }

    /** The F1 of every measure; see the class comment. Both maps go from date to that day's sentences. */
    public static Scores score(SortedMap<LocalDate, List<String>> predicted, SortedMap<LocalDate, List<String>> gold) {
        return detail(predicted, gold).f1();
    }

    /** Precision, recall and F1 of every measure. Both maps go from date to that day's sentences. */
    public static Detail detail(SortedMap<LocalDate, List<String>> predicted,
                                SortedMap<LocalDate, List<String>> gold) {
        Objects.requireNonNull(predicted, "predicted");
        Objects.requireNonNull(gold, "gold");
        List<LocalDate> predictedDates = new ArrayList<>(predicted.keySet());
        List<LocalDate> goldDates = new ArrayList<>(gold.keySet());
        List<Grams> predictedGrams = grams(predicted);
        List<Grams> goldGrams = grams(gold);
        Grams allPredicted = grams(joinAll(predicted));
        Grams allGold = grams(joinAll(gold));
        return new Detail(
                dateF1(predicted.keySet(), gold.keySet()),
                dateF1WithinDay(predictedDates, goldDates),
                rouge(allPredicted, allGold, 1),
                rouge(allPredicted, allGold, 2),
                agreement(predictedDates, predictedGrams, goldDates, goldGrams, 1),
                agreement(predictedDates, predictedGrams, goldDates, goldGrams, 2),
                aligned(predictedDates, predictedGrams, goldDates, goldGrams, 1),
                aligned(predictedDates, predictedGrams, goldDates, goldGrams, 2));
    }

    /** The arithmetic mean of each F1 over the timelines. */
    public static Scores mean(List<Scores> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("nothing to average");
        }
        double[] sums = new double[8];
        for (Scores s : scores) {
            double[] values = {s.dateF1(), s.dateF1WithinDay(), s.concatRouge1(), s.concatRouge2(),
                    s.agreementRouge1(), s.agreementRouge2(), s.alignedRouge1(), s.alignedRouge2()};
            for (int i = 0; i < values.length; i++) {
                sums[i] += values[i];
            }
        }
        int n = scores.size();
        return new Scores(sums[0] / n, sums[1] / n, sums[2] / n, sums[3] / n, sums[4] / n, sums[5] / n,
                sums[6] / n, sums[7] / n);
    }

    /**
     * The average as news-tls reports it ({@code get_average_results}): precision and recall of each measure are
     * averaged over the timelines, and F1 is taken of those two averages, not averaged itself. This is the figure
     * to compare with published AR1-F, AR2-F and Date-F1.
     */
    public static Scores meanOfParts(List<Detail> details) {
        if (details.isEmpty()) {
            throw new IllegalArgumentException("nothing to average");
        }
        List<List<Prf>> byMeasure = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            byMeasure.add(new ArrayList<>());
        }
        for (Detail d : details) {
            List<Prf> parts = List.of(d.date(), d.dateWithinDay(), d.concatRouge1(), d.concatRouge2(),
                    d.agreementRouge1(), d.agreementRouge2(), d.alignedRouge1(), d.alignedRouge2());
            for (int i = 0; i < parts.size(); i++) {
                byMeasure.get(i).add(parts.get(i));
            }
        }
        double[] f1 = new double[8];
        for (int i = 0; i < 8; i++) {
            double precision = 0;
            double recall = 0;
            for (Prf prf : byMeasure.get(i)) {
                precision += prf.precision();
                recall += prf.recall();
            }
            f1[i] = Prf.of(precision / details.size(), recall / details.size()).f1();
        }
        return new Scores(f1[0], f1[1], f1[2], f1[3], f1[4], f1[5], f1[6], f1[7]);
    }

    static Prf dateF1(Set<LocalDate> predicted, Set<LocalDate> gold) {
        Set<LocalDate> shared = new HashSet<>(predicted);
        shared.retainAll(gold);
        return Prf.ofCounts(shared.size(), predicted.size(), shared.size(), gold.size());
    }

    /**
     * Date F1 where a predicted date matches a gold date at most one day away, each date on either side used at most
     * once. The predicted dates are taken in order, and each takes the earliest unused gold date of the day before,
     * the same day or the day after. Taking the earliest free partner, rather than the same day first, gives the
     * largest possible number of matches for windows of equal width: with predicted 2 and 3 and gold 1 and 2 it pairs
     * 2-1 and 3-2, where same-day-first would pair only 2-2. Precision is the matches over the predicted dates,
     * recall the matches over the gold dates.
     */
    static Prf dateF1WithinDay(List<LocalDate> predicted, List<LocalDate> gold) {
        Set<LocalDate> free = new HashSet<>(gold);
        int matches = 0;
        for (LocalDate date : predicted) {
            for (int offset = -1; offset <= 1; offset++) {
                if (free.remove(date.plusDays(offset))) {
                    matches++;
                    break;
                }
            }
        }
        return Prf.ofCounts(matches, predicted.size(), matches, gold.size());
    }

    private static Prf rouge(Grams predicted, Grams gold, int n) {
        int hits = hits(predicted.counts(n), gold.counts(n));
        return Prf.ofCounts(hits, predicted.total(n), hits, gold.total(n));
    }

    private static Prf agreement(List<LocalDate> predictedDates, List<Grams> predicted,
                                 List<LocalDate> goldDates, List<Grams> gold, int n) {
        Map<LocalDate, Grams> goldByDate = new HashMap<>();
        for (int i = 0; i < goldDates.size(); i++) {
            goldByDate.put(goldDates.get(i), gold.get(i));
        }
        int hits = 0;
        int predictedTotal = 0;
        for (int i = 0; i < predictedDates.size(); i++) {
            Grams day = predicted.get(i);
            predictedTotal += day.total(n);
            hits += hits(day.counts(n), goldByDate.getOrDefault(predictedDates.get(i), NOTHING).counts(n));
        }
        int goldTotal = 0;
        for (Grams day : gold) {
            goldTotal += day.total(n);
        }
        return Prf.ofCounts(hits, predictedTotal, hits, goldTotal);
    }

    /**
     * Alignment ROUGE, many to one. For precision each predicted date is paired with the gold date of least cost,
     * {@code (1 - 1/(days + 1)) * (1 - ROUGE-1 F1 of the two days)}, the earlier date on a tie; its n-gram matches
     * count {@code 1/(days + 1)} each, over all predicted n-grams. Recall pairs each gold date with a predicted date
     * the same way and divides by all gold n-grams. The pairing is chosen on unigrams for both ROUGE-1 and ROUGE-2.
     */
    private static Prf aligned(List<LocalDate> predictedDates, List<Grams> predicted,
                               List<LocalDate> goldDates, List<Grams> gold, int n) {
        double precisionHits = 0;
        int predictedTotal = 0;
        for (int i = 0; i < predictedDates.size(); i++) {
            predictedTotal += predicted.get(i).total(n);
            int j = cheapest(predictedDates.get(i), predicted.get(i), goldDates, gold, true);
            if (j >= 0) {
                precisionHits += weight(predictedDates.get(i), goldDates.get(j))
                        * hits(predicted.get(i).counts(n), gold.get(j).counts(n));
            }
        }
        double recallHits = 0;
        int goldTotal = 0;
        for (int j = 0; j < goldDates.size(); j++) {
            goldTotal += gold.get(j).total(n);
            int i = cheapest(goldDates.get(j), gold.get(j), predictedDates, predicted, false);
            if (i >= 0) {
                recallHits += weight(predictedDates.get(i), goldDates.get(j))
                        * hits(predicted.get(i).counts(n), gold.get(j).counts(n));
            }
        }
        return Prf.ofCounts(precisionHits, predictedTotal, recallHits, goldTotal);
    }

    /**
     * Index of the least costly partner among {@code others} for one date, or -1 when there are none.
     *
     * @param fromPredicted whether {@code date} is a predicted date (then the others are gold), which decides which
     *                      side is the candidate in the ROUGE-1 F1 of the cost; F1 is symmetric, so this only keeps
     *                      the roles straight
     */
    private static int cheapest(LocalDate date, Grams text, List<LocalDate> others, List<Grams> otherTexts,
                                boolean fromPredicted) {
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int k = 0; k < others.size(); k++) {
            double dateFactor = 1 - weight(date, others.get(k));
            Prf overlap = fromPredicted ? rouge(text, otherTexts.get(k), 1) : rouge(otherTexts.get(k), text, 1);
            double cost = dateFactor * (1 - overlap.f1());
            if (cost < bestCost) {
                bestCost = cost;
                best = k;
            }
        }
        return best;
    }

    /** {@code 1 / (days between + 1)}: 1 on the same day, 1/2 a day apart. */
    private static double weight(LocalDate a, LocalDate b) {
        return 1.0 / (Math.abs(ChronoUnit.DAYS.between(a, b)) + 1);
    }

    /** Clipped matches: each n-gram counts as often as it occurs on the side where it occurs less. */
    private static int hits(Map<String, Integer> predicted, Map<String, Integer> gold) {
        int hits = 0;
        for (Map.Entry<String, Integer> gram : predicted.entrySet()) {
            Integer inGold = gold.get(gram.getKey());
            if (inGold != null) {
                hits += Math.min(gram.getValue(), inGold);
            }
        }
        return hits;
    }

    private static List<Grams> grams(SortedMap<LocalDate, List<String>> timeline) {
        List<Grams> grams = new ArrayList<>();
        for (Map.Entry<LocalDate, List<String>> day : timeline.entrySet()) {
            Objects.requireNonNull(day.getKey(), "date");
            grams.add(grams(String.join(" ", day.getValue())));
        }
        return grams;
    }

    private static String joinAll(SortedMap<LocalDate, List<String>> timeline) {
        List<String> sentences = new ArrayList<>();
        for (List<String> day : timeline.values()) {
            sentences.addAll(day);
        }
        return String.join(" ", sentences);
    }

    private static Grams grams(String text) {
        List<String> tokens = Rouge.tokens(text);
        Map<String, Integer> unigrams = new HashMap<>();
        for (String token : tokens) {
            unigrams.merge(token, 1, Integer::sum);
        }
        Map<String, Integer> bigrams = new HashMap<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            bigrams.merge(tokens.get(i) + " " + tokens.get(i + 1), 1, Integer::sum);
        }
        return new Grams(unigrams, tokens.size(), bigrams, Math.max(0, tokens.size() - 1));
    }
}
