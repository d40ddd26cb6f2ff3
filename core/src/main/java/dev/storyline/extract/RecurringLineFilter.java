package dev.storyline.extract;

import dev.storyline.model.Article;
import dev.storyline.model.RemovedText;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Corpus evidence for cleaning: a line that recurs in different articles is page furniture (a donation appeal, a
 * newsletter box, a standing disclaimer), within the limits below.
 *
 * <p>A line is furniture when it appears in two different articles of one outlet (one site: the URL's host, else the
 * outlet read from the page), or in three different articles anywhere in the corpus. Two articles are different when no more than half of the shorter one's paragraphs appear in
 * the other, so the shared body of syndicated copies is never taken for furniture. The articles holding a line are
 * weighed in id order, so the lines found do not depend on the order articles were added in.
 *
 * <p>Limits keep the evidence from eating articles:
 * <ul>
 *   <li>a line that reads as prose ({@link BoilerplateLineClassifier#readsAsProse}: a sentence of some length, not
 *       addressed to the reader) is furniture only when it recurs in three different articles of at least two
 *       different known outlets; a blog that repeats a paragraph of its own keeps it;</li>
 *   <li>a line needs two words of letters: times and numbers recur by chance;</li>
 *   <li>an article whose every body line recurs keeps its body: a page is never emptied by corpus evidence alone.</li>
 * </ul>
 */
public final class RecurringLineFilter {

    static final String REASON = "recurring line";
    private static final double COPY_OVERLAP = 0.5;
    private static final int OUTLET_ARTICLES = 2;
    private static final int CORPUS_ARTICLES = 3;

    private final Map<String, String> outlets = new HashMap<>();
    private final Map<String, Set<String>> paragraphSets = new HashMap<>();
    private final Map<String, Set<String>> linesOf = new HashMap<>();
    /** Each line's articles by id, in id order: the order in which holders are weighed. */
    private final Map<String, TreeSet<String>> holders = new HashMap<>();
    private final Set<String> recurring = new HashSet<>();
    /** The lines, normalized, whose text reads as prose. */
    private final Set<String> prose = new HashSet<>();

    /** Learns the recurring lines of a corpus from its extracted articles, body and removed lines alike. */
    public static RecurringLineFilter learn(List<Article> articles) {
        RecurringLineFilter filter = new RecurringLineFilter();
        filter.add(articles);
        return filter;
    }

    /**
     * Adds articles to the evidence, or replaces the ones with the same ids, for a corpus that grows. Only the lines
     * of these articles can start or stop recurring, so the work follows what was added.
     *
     * @return the ids of the articles whose cleaning may have changed: those added, and those holding a line that
     *         started or stopped recurring
     */
    public Set<String> add(Collection<Article> added) {
        Set<String> touchedLines = new HashSet<>();
        Set<String> affected = new HashSet<>();
        for (Article article : added) {
            String id = article.id();
            Set<String> before = linesOf.remove(id);
            if (before != null) {
                for (String line : before) {
                    holders.get(line).remove(id);
                }
                touchedLines.addAll(before);
            }
            Set<String> body = new HashSet<>();
            for (String paragraph : article.paragraphs()) {
                String line = BoilerplateLineClassifier.normalize(paragraph);
                body.add(line);
                if (BoilerplateLineClassifier.readsAsProse(paragraph)) {
                    prose.add(line);
                }
            }
            Set<String> lines = new HashSet<>(body);
            for (RemovedText removed : article.removed()) {
                lines.add(BoilerplateLineClassifier.normalize(removed.text()));
            }
            lines.remove("");
            outlets.put(id, siteOf(article));
            paragraphSets.put(id, Set.copyOf(body));
            linesOf.put(id, lines);
            for (String line : lines) {
                holders.computeIfAbsent(line, l -> new TreeSet<>()).add(id);
            }
            touchedLines.addAll(lines);
            affected.add(id);
        }
        for (String line : touchedLines) {
            TreeSet<String> ids = holders.get(line);
            boolean recurs = ids.size() >= OUTLET_ARTICLES && canBeFurniture(line)
                    && (prose.contains(line) ? recursAcrossOutlets(ids) : isRecurring(ids));
            if (recurs != recurring.contains(line)) {
                if (recurs) {
                    recurring.add(line);
                } else {
                    recurring.remove(line);
                }
                affected.addAll(ids);
            }
            if (ids.isEmpty()) {
                holders.remove(line);
            }
        }
        return affected;
    }

    /**
     * The article with its recurring paragraphs moved to {@link Article#removed()}; the same article when none recur,
     * or when every paragraph recurs (corpus evidence alone never empties an article).
     */
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
        if (kept.size() == article.paragraphs().size() || kept.isEmpty()) {
            return article;
        }
        return article.withBody(kept, removed);
    }

    /**
     * The site an article comes from, for telling outlets apart: its URL's host when it has one (the same for every
     * page of a site), else the outlet the extractor read.
     */
    private static String siteOf(Article article) {
        String host = MetadataPatterns.hostOf(article.url());
        return host != null ? host : article.outlet();
    }

    /**
     * True for a line with at least two words of letters: a time ("9:40 p.m.") or a number recurs by chance, not
     * because a template prints it.
     */
    private static boolean canBeFurniture(String normalized) {
        int words = 0;
        for (String word : normalized.split(" ")) {
            if (word.length() >= 2 && word.chars().allMatch(Character::isLetter)) {
                words++;
            }
        }
        return words >= 2;
    }

    /**
     * True when the holders include three mutually different articles, of at least two different known outlets: the
     * test for a line that reads as prose, stricter than {@link #isRecurring} in both ways.
     */
    private boolean recursAcrossOutlets(Set<String> ids) {
        List<String> distinct = new ArrayList<>();
        Set<String> sites = new HashSet<>();
        for (String holder : ids) {
            if (differsFromAll(holder, distinct)) {
                distinct.add(holder);
                if (outlets.get(holder) != null) {
                    sites.add(outlets.get(holder));
                }
                if (distinct.size() >= CORPUS_ARTICLES && sites.size() >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when {@code holder} is no copy of any article in {@code distinct}. */
    private boolean differsFromAll(String holder, List<String> distinct) {
        for (String other : distinct) {
            if (areCopies(paragraphSets.get(holder), paragraphSets.get(other))) {
                return false;
            }
        }
        return true;
    }

    /** True when the holders include two different articles of one outlet, or three mutually different articles. */
    private boolean isRecurring(Set<String> ids) {
        List<String> distinct = new ArrayList<>();
        for (String holder : ids) {
            for (String other : distinct) {
                String outlet = outlets.get(holder);
                if (outlet != null && outlet.equals(outlets.get(other))
                        && !areCopies(paragraphSets.get(holder), paragraphSets.get(other))) {
                    return true;
                }
            }
            if (differsFromAll(holder, distinct)) {
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
