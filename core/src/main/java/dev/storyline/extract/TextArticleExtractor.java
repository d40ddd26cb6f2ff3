package dev.storyline.extract;

import dev.storyline.model.Article;
import dev.storyline.model.DeclaredMetadata;
import dev.storyline.model.MetadataRules;
import dev.storyline.model.RawDocument;
import dev.storyline.model.RemovedText;
import dev.storyline.util.Deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Extracts the article from a page a crawler saved as plain text, one paragraph a line.
 *
 * <p>The heuristics, in order:
 * <ol>
 *   <li>each line is classified on its own by {@link BoilerplateLineClassifier} (donation appeal, breadcrumb,
 *       newsletter box, tag list, ...) or as a metadata line (byline, date line, dateline);</li>
 *   <li>the main block is the run of prose lines with the most words; metadata lines and breadcrumbs end a run,
 *       because they open an article's header. A paragraph closed by a signature ("... – Jake Nelson") is prose.
 *       When no line is prose, short sentences make the run; when there are none either, the longest plain line
 *       after the headline is the body;</li>
 *   <li>the block grows over the short sentences right before it ("Joe Biden knew Lloyd Bentsen.") and after it,
 *       so a punchy lead or a closing line is not cut for its length;</li>
 *   <li>the headline is the last headline-shaped line before the main block; a line repeating it inside the body
 *       is dropped;</li>
 *   <li>inside the main block, boilerplate and one-word lines that are not sentences are dropped and other lines
 *       kept (subheadings); outside it, every line is dropped.</li>
 * </ol>
 * The byline is a person named by a byline line ("By ...", "Von ...", "Par ...", or a credit line such as "Ana Ruiz,
 * The Associated Press"), else the signature closing the body, else an organisation named by either ("AFP").
 * Every dropped line is kept in {@link Article#removed()} with the name of the rule that dropped it.
 */
public final class TextArticleExtractor implements ArticleExtractor {

    static final String HEADLINE = "headline";

    private enum Kind { PROSE, BOILERPLATE, METADATA, OTHER }

    private record Line(String text, Kind kind, String reason) {
        /** A line that is not boilerplate or metadata and is written as a sentence, however short. */
        boolean isShortSentence() {
            return kind == Kind.OTHER && BoilerplateLineClassifier.isSentence(text);
        }
    }

    @Override
    public Article extract(RawDocument document) {
        return extract(document, Deadline.NONE);
    }

    /** Extracts as {@link #extract(RawDocument)} does, checking {@code deadline} at every line. */
    @Override
    public Article extract(RawDocument document, Deadline deadline) {
        deadline.check();
        List<String> texts = new ArrayList<>();
        for (String raw : document.text().split("\r\n|\r|\n")) {
            String line = raw.strip();
            if (!line.isEmpty()) {
                texts.add(line);
            }
        }
        return extract(document, document.declared(), texts, deadline);
    }

    /**
     * Extracts from already split paragraphs; shared with the HTML extractor, whose blocks are paragraphs and whose
     * head supplies {@code declared} title and date.
     */
    Article extract(RawDocument document, DeclaredMetadata declared, List<String> texts, Deadline deadline) {
        List<Line> lines = new ArrayList<>();
        for (String text : texts) {
            deadline.check();
            lines.add(classify(text));
        }
        deadline.check();
        int[] block = mainBlock(lines, false);
        if (block[1] < 0) {
            block = mainBlock(lines, true);
        }
        if (block[1] < 0) {
            block = longestPlainLine(lines);
        }
        int start = block[0];
        int end = block[1];
        if (end >= 0) {
            while (start > 0 && opensTheBody(lines.get(start - 1))) {
                start--;
            }
            while (end + 1 < lines.size() && lines.get(end + 1).isShortSentence()
                    && !BoilerplateLineClassifier.addressesReader(lines.get(end + 1).text)) {
                end++;
            }
        }

        String declaredTitle = declared.title();
        int headlineIndex = -1;
        if (declaredTitle == null) {
            for (int i = start - 1; i >= 0; i--) {
                Line line = lines.get(i);
                if (line.kind == Kind.OTHER && BoilerplateLineClassifier.isHeadlineLike(line.text)) {
                    headlineIndex = i;
                    break;
                }
            }
        }
        String title = declaredTitle != null ? declaredTitle.strip()
                : headlineIndex >= 0 ? lines.get(headlineIndex).text : null;
        String normalizedTitle = title == null ? null : BoilerplateLineClassifier.normalize(title);

        List<String> paragraphs = new ArrayList<>();
        List<RemovedText> removed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String reason;
            if (i == headlineIndex) {
                reason = HEADLINE;
            } else if (line.reason != null) {
                reason = line.reason;
            } else if (normalizedTitle != null && BoilerplateLineClassifier.normalize(line.text).equals(normalizedTitle)) {
                reason = "repeated headline";
            } else if (i < start) {
                reason = "before the article";
            } else if (i > end) {
                reason = "after the article";
            } else if (BoilerplateLineClassifier.wordCount(line.text) < 2 && !BoilerplateLineClassifier.isSentence(line.text)
                    && !isSubheading(lines, i)) {
                reason = "short line";
            } else {
                reason = null;
            }
            if (reason == null) {
                paragraphs.add(line.text);
            } else {
                removed.add(new RemovedText(line.text, reason));
            }
        }
        deadline.check();
        Choice outlet = outletOf(document, texts);
        Choice byline = bylineOf(lines, paragraphs);
        HtmlDateFinder.Finding published = publicationDate(declared, lines, start);
        String titleRule = title == null ? null : declaredTitle != null ? "declared" : "headline line";
        MetadataRules rules = new MetadataRules(titleRule, Choice.ruleOf(outlet), Choice.ruleOf(byline),
                published == null ? null : published.rule());
        return new Article(document.id(), document.source(), document.url(), title, Choice.valueOf(outlet),
                Choice.valueOf(byline), published == null ? null : published.date(), paragraphs, removed, rules);
    }

    private static Line classify(String text) {
        if (MetadataPatterns.bylineIn(text) != null || MetadataPatterns.creditBylineIn(text) != null) {
            return new Line(text, Kind.METADATA, "byline");
        }
        if (BoilerplateLineClassifier.wordCount(text) <= 12 && (MetadataPatterns.isPublishedLabel(text)
                || MetadataPatterns.isUpdatedLabel(text)) && DateParser.parse(text) != null) {
            return new Line(text, Kind.METADATA, "date line");
        }
        if (isDateOnly(text)) {
            return new Line(text, Kind.METADATA, "date line");
        }
        String reason = BoilerplateLineClassifier.classify(text);
        if (reason != null) {
            return new Line(text, reason.equals("breadcrumb") ? Kind.METADATA : Kind.BOILERPLATE, reason);
        }
        boolean prose = (BoilerplateLineClassifier.isProse(text)
                || BoilerplateLineClassifier.isProse(MetadataPatterns.withoutSignature(text)))
                && !BoilerplateLineClassifier.isTitleCaseQuestion(text);
        if (MetadataPatterns.startsWithDateline(text) && !prose) {
            return new Line(text, Kind.METADATA, "dateline");
        }
        return new Line(text, prose ? Kind.PROSE : Kind.OTHER, null);
    }

    /**
     * True for a line right before the body that belongs to it: a short sentence that is not shaped like a headline
     * ("Joe Biden knew Lloyd Bentsen."), or a line of a few words introducing the body with a colon.
     */
    private static boolean opensTheBody(Line line) {
        if (line.isShortSentence()) {
            return endsAsStatement(line.text) || !BoilerplateLineClassifier.isHeadlineLike(line.text);
        }
        return line.kind == Kind.OTHER && line.text.endsWith(":") && BoilerplateLineClassifier.wordCount(line.text) >= 4
                && !BoilerplateLineClassifier.isAllCaps(line.text);
    }

    /** A sentence ending in a full stop or an ellipsis, as a lead does; a question may be a headline. */
    private static boolean endsAsStatement(String text) {
        return text.matches("(?s).*[.…][\"'”’»)\\]]*$");
    }

    /** A one-word line opening with a capital right before a prose paragraph: a subheading ("Ingredients"). */
    private static boolean isSubheading(List<Line> lines, int i) {
        String text = lines.get(i).text;
        return lines.get(i).kind == Kind.OTHER && Character.isUpperCase(text.codePointAt(0)) && i + 1 < lines.size()
                && lines.get(i + 1).kind == Kind.PROSE;
    }

    /**
     * A line that is a date and little else, such as "Tuesday 19 March 2024" or "April 14, 2026"; not the signature
     * line of an embedded post ("— Ana Ruiz (@anaruiz) May 3, 2024").
     */
    private static boolean isDateOnly(String text) {
        return BoilerplateLineClassifier.wordCount(text) <= 6 && !text.contains("@") && DateParser.parse(text) != null;
    }

    /**
     * The first and last index of the run of prose lines with the most words; {0, -1} when there is none. With
     * {@code sentencesCount}, short sentences count as prose too: for a page whose every line is short.
     */
    private static int[] mainBlock(List<Line> lines, boolean sentencesCount) {
        int bestStart = 0;
        int bestEnd = -1;
        int bestWords = 0;
        int runStart = -1;
        int runEnd = -1;
        int runWords = 0;
        for (int i = 0; i <= lines.size(); i++) {
            Line line = i < lines.size() ? lines.get(i) : null;
            boolean breaksRun = line == null || line.kind == Kind.METADATA && !isDateInsideProse(lines, i);
            if (!breaksRun && (line.kind == Kind.PROSE || sentencesCount && line.isShortSentence())) {
                if (runStart < 0) {
                    runStart = i;
                    runWords = 0;
                }
                runEnd = i;
                runWords += BoilerplateLineClassifier.wordCount(line.text);
            }
            if (breaksRun && runStart >= 0) {
                if (runWords > bestWords) {
                    bestStart = runStart;
                    bestEnd = runEnd;
                    bestWords = runWords;
                }
                runStart = -1;
            }
        }
        return new int[] {bestStart, bestEnd};
    }

    /**
     * For a page without prose or sentences (a headline and a standfirst, say): the plain line with the most words
     * (three or more, not in capitals), passing over the first such line when there are several, as that one is the
     * headline. {0, -1} when there is none.
     */
    private static int[] longestPlainLine(List<Line> lines) {
        List<Integer> plain = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.kind == Kind.OTHER && BoilerplateLineClassifier.wordCount(line.text) >= 3
                    && !BoilerplateLineClassifier.isAllCaps(line.text)) {
                plain.add(i);
            }
        }
        int best = -1;
        for (int j = plain.size() > 1 ? 1 : 0; j < plain.size(); j++) {
            int i = plain.get(j);
            if (best < 0 || BoilerplateLineClassifier.wordCount(lines.get(i).text)
                    >= BoilerplateLineClassifier.wordCount(lines.get(best).text)) {
                best = i;
            }
        }
        return best < 0 ? new int[] {0, -1} : new int[] {best, best};
    }

    /** A date line between two prose lines: a date printed inside the body, which does not open a new header. */
    private static boolean isDateInsideProse(List<Line> lines, int i) {
        String reason = lines.get(i).reason;
        return ("date line".equals(reason) || "dateline".equals(reason)) && i > 0 && i + 1 < lines.size()
                && lines.get(i - 1).kind == Kind.PROSE && lines.get(i + 1).kind == Kind.PROSE;
    }

    private static Choice outletOf(RawDocument document, List<String> lines) {
        Choice named = OutletChooser.fromLines(lines);
        return named != null ? named : OutletChooser.fromHost(document.url());
    }

    /**
     * The byline: the first person named by a byline line, else the signature closing the body's last paragraph when
     * it names a person, else the first organisation either names ("AFP", "Reuters"), else null.
     */
    private static Choice bylineOf(List<Line> lines, List<String> paragraphs) {
        List<Choice> named = new ArrayList<>();
        for (Line line : lines) {
            if ("byline".equals(line.reason)) {
                String name = MetadataPatterns.bylineIn(line.text);
                named.add(name != null ? new Choice(name, "byline line")
                        : new Choice(MetadataPatterns.creditBylineIn(line.text), "credit line"));
            }
        }
        if (!paragraphs.isEmpty()) {
            String signature = MetadataPatterns.signatureIn(paragraphs.get(paragraphs.size() - 1));
            if (signature != null) {
                named.add(new Choice(signature, "signature"));
            }
        }
        named.removeIf(choice -> choice.value() == null);
        for (Choice choice : named) {
            if (!MetadataPatterns.namesOrganisation(choice.value())) {
                return choice;
            }
        }
        return named.isEmpty() ? null : named.get(0);
    }

    /**
     * The publication date, from the most trusted place that has one: a date declared beside the page, a
     * "Published" line, a dateline, a date line after the headline, an "Updated" line. Dates printed before the
     * article's header (a crawl date or today's date in a site banner) are never used.
     */
    private static HtmlDateFinder.Finding publicationDate(DeclaredMetadata declaredMetadata, List<Line> lines, int bodyStart) {
        LocalDate declared = DateParser.parse(declaredMetadata.published());
        if (declared != null) {
            return new HtmlDateFinder.Finding(declared, "declared");
        }
        int headerStart = headerStart(lines, bodyStart);
        List<LocalDate> context = new ArrayList<>();
        for (int i = headerStart; i < lines.size(); i++) {
            context.addAll(DateParser.findAll(lines.get(i).text));
        }
        LocalDate published = null;
        LocalDate dateline = null;
        LocalDate dateLine = null;
        LocalDate updated = null;
        for (int i = headerStart; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean nearBody = i <= bodyStart + 1;
            if (published == null && MetadataPatterns.isPublishedLabel(line.text)) {
                published = DateParser.first(line.text, context);
            } else if (updated == null && MetadataPatterns.isUpdatedLabel(line.text)) {
                updated = DateParser.first(line.text, context);
            } else if (dateline == null && nearBody && MetadataPatterns.startsWithDateline(line.text)) {
                dateline = DateParser.first(line.text, context);
            } else if (dateLine == null && "date line".equals(line.reason)) {
                dateLine = DateParser.first(line.text, context);
            }
        }
        LocalDate[] candidates = {published, dateline, dateLine, updated};
        String[] rules = {"published line", "dateline", "date line", "updated line"};
        for (int i = 0; i < candidates.length; i++) {
            if (candidates[i] != null) {
                return new HtmlDateFinder.Finding(candidates[i], rules[i]);
            }
        }
        return null;
    }

    /**
     * Where the article's header begins: the headline-shaped line just before the body, or the first metadata line
     * after the last prose or headline line above the body. Lines above it are site banners.
     */
    private static int headerStart(List<Line> lines, int bodyStart) {
        for (int i = bodyStart - 1; i >= 0; i--) {
            Line line = lines.get(i);
            if (line.kind == Kind.OTHER && BoilerplateLineClassifier.isHeadlineLike(line.text) || line.kind == Kind.PROSE) {
                return i;
            }
        }
        return 0;
    }
}
