package dev.storyline.extract;

import dev.storyline.model.Article;
import dev.storyline.model.RemovedText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Corpus evidence for cleaning: a line that recurs in different articles is page furniture, however much it reads
 * like prose (a donation appeal, a newsletter box, a standing disclaimer).
 *
 * <p>A line is furniture when it appears in two different articles of one outlet, or in three different articles
 * anywhere in the corpus. Two articles are different when no more than half of the shorter one's paragraphs appear in
 * the other, so the shared body of syndicated copies is never taken for furniture.
 */
public final class RecurringLineFilter {

    static final String REASON = "recurring line";
    private static final double COPY_OVERLAP = 0.5;
    private static final int OUTLET_ARTICLES = 2;
    private static final int CORPUS_ARTICLES = 3;

    private final Set<String> recurring;

    private RecurringLineFilter(Set<String> recurring) {
        this.recurring = recurring;
    }

    /** Learns the recurring lines of a corpus from its extracted articles, body and removed lines alike. */
    public static RecurringLineFilter learn(List<Article> articles) {
        List<Set<String>> paragraphSets = new ArrayList<>();
        Map<String, List<Integer>> articlesByLine = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Set<String> lines = new HashSet<>();
            for (String paragraph : articles.get(i).paragraphs()) {
                lines.add(BoilerplateLineClassifier.normalize(paragraph));
            }
            paragraphSets.add(Set.copyOf(lines));
            for (RemovedText removed : articles.get(i).removed()) {
                lines.add(BoilerplateLineClassifier.normalize(removed.text()));
            }
            for (String line : lines) {
                if (!line.isEmpty()) {
                    articlesByLine.computeIfAbsent(line, l -> new ArrayList<>()).add(i);
                }
            }
        }
        Set<String> recurring = new HashSet<>();
        for (Map.Entry<String, List<Integer>> entry : articlesByLine.entrySet()) {
            List<Integer> holders = entry.getValue();
            if (holders.size() >= OUTLET_ARTICLES && isRecurring(holders, articles, paragraphSets)) {
                recurring.add(entry.getKey());
            }
        }
        return new RecurringLineFilter(recurring);
    }

    /** The article with its recurring paragraphs moved to {@link Article#removed()}; the same article when none recur. */
    public Article apply(Article article) {
        List<String> kept = new ArrayList<>();
        List<RemovedText> removed = new ArrayList<>(article.removed());
        for (String paragraph : article.paragraphs()) {
            if (recurring.contains(BoilerplateLineClassifier.normalize(paragraph))) {
                removed.add(new RemovedText(paragraph, REASON));
            } else {
                kept.add(paragraph);
            }
        }
        if (kept.size() == article.paragraphs().size()) {
            return article;
        }
        return new Article(article.id(), article.source(), article.url(), article.title(), article.outlet(),
                article.byline(), article.published(), kept, removed);
    }

    /** True when the holders include two different articles of one outlet, or three mutually different articles. */
    private static boolean isRecurring(List<Integer> holders, List<Article> articles, List<Set<String>> paragraphSets) {
        List<Integer> distinct = new ArrayList<>();
        for (int holder : holders) {
            for (int other : distinct) {
                String outlet = articles.get(holder).outlet();
                if (outlet != null && outlet.equals(articles.get(other).outlet())
                        && !areCopies(paragraphSets.get(holder), paragraphSets.get(other))) {
                    return true;
                }
            }
            boolean differsFromAll = true;
            for (int other : distinct) {
                if (areCopies(paragraphSets.get(holder), paragraphSets.get(other))) {
                    differsFromAll = false;
                    break;
                }
            }
            if (differsFromAll) {
                distinct.add(holder);
                if (distinct.size() >= CORPUS_ARTICLES) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean areCopies(Set<String> a, Set<String> b) {
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        if (smaller.isEmpty()) {
            return false;
        }
        int shared = 0;
        for (String line : smaller) {
            if (larger.contains(line)) {
                shared++;
            }
        }
        return shared > COPY_OVERLAP * smaller.size();
    }
}
