package dev.storyline.extract;

import dev.storyline.model.Article;
import dev.storyline.model.RemovedText;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

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

    /**
     * One article holding a line, as the decision reads it: its id, its site, and its body paragraphs, normalized and
     * hashed ({@link #hash}), to tell copies from different articles.
     */
    public record Holder(String id, String site, Set<Long> paragraphs) implements Serializable {
        public Holder {
            paragraphs = Set.copyOf(paragraphs);
        }
    }

    /**
     * What one article gives as evidence, read in one pass over its lines: its normalized lines (body and removed
     * alike, the lines whose holders {@link #isFurniture} weighs), those of its body lines that read as prose, and the
     * article as a holder.
     */
    public record Evidence(Set<String> lines, Set<String> prose, Holder holder) {

        public static Evidence of(Article article) {
            Set<String> lines = new HashSet<>();
            Set<String> prose = new HashSet<>();
            Set<Long> body = new HashSet<>();
            for (String paragraph : article.paragraphs()) {
                String line = BoilerplateLineClassifier.normalize(paragraph);
                lines.add(line);
                body.add(hash(line));
                if (BoilerplateLineClassifier.readsAsProse(paragraph)) {
                    prose.add(line);
                }
            }
            for (RemovedText removed : article.removed()) {
                lines.add(BoilerplateLineClassifier.normalize(removed.text()));
            }
            lines.remove("");
            return new Evidence(lines, prose, new Holder(article.id(), siteOf(article), body));
        }
    }

    private final Map<String, Set<String>> linesByArticle = new HashMap<>();
    /** Each line's holders by article id, in id order: the order in which holders are weighed. */
    private final Map<String, TreeMap<String, Holder>> holders = new HashMap<>();
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
            Set<String> before = linesByArticle.remove(id);
            if (before != null) {
                for (String line : before) {
                    holders.get(line).remove(id);
                }
                touchedLines.addAll(before);
            }
            Evidence evidence = Evidence.of(article);
            prose.addAll(evidence.prose());
            linesByArticle.put(id, evidence.lines());
            for (String line : evidence.lines()) {
                holders.computeIfAbsent(line, l -> new TreeMap<>()).put(id, evidence.holder());
            }
            touchedLines.addAll(evidence.lines());
            affected.add(id);
        }
        for (String line : touchedLines) {
            TreeMap<String, Holder> held = holders.get(line);
            boolean recurs = isFurniture(line, prose.contains(line), held.values());
            if (recurs != recurring.contains(line)) {
                if (recurs) {
                    recurring.add(line);
                } else {
                    recurring.remove(line);
                }
                affected.addAll(held.keySet());
            }
            if (held.isEmpty()) {
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
        return without(article, recurring::contains);
    }

    /** A 64-bit hash of a normalized line, for comparing paragraph sets and counting lines compactly. */
    public static long hash(String normalizedLine) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < normalizedLine.length(); i++) {
            h = (h ^ normalizedLine.charAt(i)) * 0x100000001b3L;
        }
        return h ^ (h >>> 29);
    }

    /**
     * Whether a line held by {@code articles} articles, at most {@code mostOfOneSite} of them from one site, can be
     * furniture at all: a cheap test on counts that rules out most lines before {@link #isFurniture} weighs holders.
     */
    public static boolean mayBeFurniture(int articles, int mostOfOneSite) {
        return articles >= CORPUS_ARTICLES || mostOfOneSite >= OUTLET_ARTICLES;
    }

    /**
     * Whether a line is furniture, given every article that holds it: two different articles of one outlet or three
     * anywhere, or, for a line that reads as prose, three different articles of at least two outlets.
     *
     * @param holders the articles holding the line, in id order
     */
    public static boolean isFurniture(String normalizedLine, boolean prose, Collection<Holder> holders) {
        return holders.size() >= OUTLET_ARTICLES && canBeFurniture(normalizedLine)
                && (prose ? recursAcrossOutlets(holders) : isRecurring(holders));
    }

    /**
     * The article without the paragraphs that {@code recurs} names, moved to {@link Article#removed()}; the same
     * article when none recur, or when every paragraph does (corpus evidence alone never empties an article).
     *
     * @param recurs whether a normalized line recurs
     */
    public static Article without(Article article, Predicate<String> recurs) {
        List<String> kept = new ArrayList<>();
        List<RemovedText> removed = new ArrayList<>(article.removed());
        for (String paragraph : article.paragraphs()) {
            if (recurs.test(BoilerplateLineClassifier.normalize(paragraph))) {
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
    public static boolean canBeFurniture(String normalized) {
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
    private static boolean recursAcrossOutlets(Collection<Holder> holders) {
        List<Holder> distinct = new ArrayList<>();
        Set<String> sites = new HashSet<>();
        for (Holder holder : holders) {
            if (differsFromAll(holder, distinct)) {
                distinct.add(holder);
                if (holder.site() != null) {
                    sites.add(holder.site());
                }
                if (distinct.size() >= CORPUS_ARTICLES && sites.size() >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when {@code holder} is no copy of any article in {@code distinct}. */
    private static boolean differsFromAll(Holder holder, List<Holder> distinct) {
        for (Holder other : distinct) {
            if (areCopies(holder.paragraphs(), other.paragraphs())) {
                return false;
            }
        }
        return true;
    }

    /** True when the holders include two different articles of one outlet, or three mutually different articles. */
    private static boolean isRecurring(Collection<Holder> holders) {
        List<Holder> distinct = new ArrayList<>();
        for (Holder holder : holders) {
            for (Holder other : distinct) {
                if (holder.site() != null && holder.site().equals(other.site())
                        && !areCopies(holder.paragraphs(), other.paragraphs())) {
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

    private static boolean areCopies(Set<Long> a, Set<Long> b) {
        Set<Long> smaller = a.size() <= b.size() ? a : b;
        Set<Long> larger = smaller == a ? b : a;
        if (smaller.isEmpty()) {
            return false;
        }
        int shared = 0;
        for (long line : smaller) {
            if (larger.contains(line)) {
                shared++;
            }
        }
        return shared > COPY_OVERLAP * smaller.size();
    }
}
