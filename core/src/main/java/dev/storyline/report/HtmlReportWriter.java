package dev.storyline.report;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.ChangedParagraph;
import dev.storyline.model.CitedText;
import dev.storyline.model.Claim;
import dev.storyline.model.ClaimStatus;
import dev.storyline.model.CopyAlignment;
import dev.storyline.model.Event;
import dev.storyline.model.Explanation;
import dev.storyline.model.StoryExplanation;
import dev.storyline.model.RemovedText;
import dev.storyline.model.Report;
import dev.storyline.model.SkippedInput;
import dev.storyline.model.Story;
import dev.storyline.model.TimelineEntry;
import dev.storyline.model.ClaimEvidence;
import dev.storyline.model.Quote;
import dev.storyline.model.QuoteKind;
import dev.storyline.model.StoryQuote;
import dev.storyline.model.WordEdit;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code report.html}: one self-contained page (inline style, no script, no external resource) with every
 * story, its coverage chart and its events on a time axis (inline SVG, {@link CoverageChart} and {@link TimelineChart}),
 * its claims by status and as a matrix of claims against sources ({@link ClaimMatrix}); the copies in each family of
 * near-duplicates with the passages and words they change, every document's clean text beside what was removed and
 * why, and the skipped inputs. All text taken from documents is escaped.
 */
public final class HtmlReportWriter implements ReportWriter {

    private static final String STYLE = """
            body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
            h1,h2,h3,h4{line-height:1.2}h2{border-top:2px solid #ccc;padding-top:1rem;margin-top:2.5rem}
            .meta,.cite{color:#666;font-size:.9em}.claim{margin:.3rem 0}
            .disputed{border-left:4px solid #c0392b;padding-left:.6rem}.agreed{border-left:4px solid #27ae60;padding-left:.6rem}
            .single-source{border-left:4px solid #95a5a6;padding-left:.6rem}.against{color:#c0392b}
            blockquote{margin:.3rem 0 .3rem 1rem;font-style:italic}table{border-collapse:collapse}
            td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left;vertical-align:top}
            .removed{color:#888;font-size:.9em}.reason{font-family:monospace;color:#a05a00}
            details{margin:.4rem 0}pre{white-space:pre-wrap}svg.chart{max-width:100%;height:auto}svg.spark{vertical-align:middle}
            del{color:#c0392b}ins{color:#27ae60;text-decoration:none;font-weight:600}.added{color:#27ae60}.dropped{color:#c0392b}
            .scroll{overflow-x:auto}table.matrix th.source{font-size:.8em;overflow-wrap:break-word;min-width:3.5rem;max-width:7rem}
            table.matrix td.claim-text{min-width:14rem}table.matrix td.cell{font-size:.8em}
            tr.other-side{border-left:4px solid #c0392b}tr.other-side td{font-size:.9em;padding-left:1.5rem}
            td.states{background:#e3f2ec}td.contradicts{background:#fbe4d8}td.both{background:#fcefc7}td.silent{color:#999}
            .status{font-size:.8em;color:#555;border:1px solid #bbb;border-radius:3px;padding:0 .25rem;margin-left:.3rem}
            """;

    @Override
    public String fileName() {
        return "report.html";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        ReportIndex index = new ReportIndex(report);
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Storyline report</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<h1>Storyline report</h1>\n")
                .append("<p class=\"meta\">").append(report.documents().size()).append(" documents analyzed, ")
                .append(report.skipped().size()).append(" inputs skipped; ").append(report.stories().size())
                .append(" stories, ").append(report.events().size()).append(" events. Generated ")
                .append(report.generated()).append(".</p>\n");
        html.append("<nav><ol>\n");
        for (Story story : report.stories()) {
            html.append("<li><a href=\"#").append(story.id()).append("\">").append(escape(story.title())).append("</a> ")
                    .append(CoverageChart.sparkline(coverageOf(story, index))).append(" <span class=\"meta\">")
                    .append(story.documents().size()).append(story.documents().size() == 1 ? " document" : " documents").append("</span></li>\n");
        }
        html.append("</ol></nav>\n");
        for (Story story : report.stories()) {
            writeStory(html, new StoryView(story, index), index);
        }
        List<FamilyView> families = FamilyView.withCopies(report, index);
        if (!families.isEmpty()) {
            html.append("<h2 id=\"copies\">Copies</h2>\n");
            for (FamilyView family : families) {
                writeFamily(html, family, index);
            }
        }
        html.append("<h2 id=\"documents\">Documents</h2>\n");
        for (AnalyzedDocument document : report.documents()) {
            writeDocument(html, document, index);
        }
        if (!report.explanations().isEmpty()) {
            html.append("<h2 id=\"explanations\">Why each document is in its event</h2>\n")
                    .append("<table><tr><th>document</th><th>event</th><th>decision (score)</th><th>top features</th></tr>\n");
            for (Explanation explanation : report.explanations()) {
                html.append("<tr><td>").append(documentLink(explanation.document(), index)).append("</td><td>")
                        .append(escape(explanation.event())).append("</td><td>")
                        .append(escape(ExplanationText.decision(explanation.decision(), explanation.score())))
                        .append("</td><td>").append(escape(ExplanationText.topFeatures(explanation.features()))).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        if (!report.storyExplanations().isEmpty()) {
            html.append("<h2 id=\"story-explanations\">Why each event is in its story</h2>\n")
                    .append("<table><tr><th>event</th><th>story</th><th>decision (score)</th><th>top features</th></tr>\n");
            for (StoryExplanation explanation : report.storyExplanations()) {
                html.append("<tr><td>").append(escape(explanation.event())).append("</td><td>").append(escape(explanation.story()))
                        .append("</td><td>").append(escape(ExplanationText.decision(explanation.decision(), explanation.score())))
                        .append("</td><td>").append(escape(ExplanationText.topFeatures(explanation.features()))).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        if (!report.explanations().isEmpty()) {
            html.append("<h2 id=\"attributions\">Who each quote is credited to</h2>\n")
                    .append("<table><tr><th>document</th><th>speaker</th><th>rule</th><th>quote</th></tr>\n");
            for (AnalyzedDocument document : report.documents()) {
                for (Quote quote : document.quotes()) {
                    if (quote.attribution() != null) {
                        html.append("<tr><td>").append(documentLink(document.id(), index)).append("</td><td>")
                                .append(escape(quote.speaker())).append("</td><td>")
                                .append(escape(ExplanationText.attribution(quote.attribution()))).append("</td><td>")
                                .append(escape(ExplanationText.opening(quote.text()))).append("</td></tr>\n");
                    }
                }
            }
            html.append("</table>\n");
        }
        if (!report.skipped().isEmpty()) {
            html.append("<h2 id=\"skipped\">Skipped inputs</h2>\n<table><tr><th>input</th><th>reason</th></tr>\n");
            for (SkippedInput skipped : report.skipped()) {
                html.append("<tr><td>").append(escape(skipped.source())).append("</td><td>").append(escape(skipped.reason())).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("</body>\n</html>\n");
        out.write(html.toString());
    }

    private static void writeStory(StringBuilder html, StoryView view, ReportIndex index) {
        Story story = view.story;
        Map<String, String> outlets = outlets(story, index);
        html.append("<section id=\"").append(story.id()).append("\">\n<h2>").append(escape(story.title())).append("</h2>\n")
                .append("<p class=\"meta\">").append(story.events().size()).append(" events, ").append(story.documents().size())
                .append(" documents, ").append(view.sources.size()).append(" independent sources</p>\n");
        appendCoverage(html, story, index);
        appendTimelineChart(html, story, outlets, index);
        html.append("<h3>Summary</h3>\n");
        appendCited(html, story.summary(), index);
        if (!story.timeline().isEmpty()) {
            html.append("<h3>Timeline</h3>\n<ul>\n");
            for (TimelineEntry entry : story.timeline()) {
                html.append("<li><b>").append(entry.date() == null ? "undated" : entry.date()).append("</b> ")
                        .append(escape(entry.text())).append(' ').append(citation(entry.documents(), index)).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("<h3>Events</h3>\n");
        for (String eventId : story.events()) {
            Event event = index.events.get(eventId);
            html.append("<h4 id=\"event-").append(escape(event.id())).append("\">").append(escape(event.title()))
                    .append(event.date() == null ? "" : " <span class=\"meta\">" + event.date() + "</span>")
                    .append("</h4>\n");
            appendCited(html, event.summary(), index);
        }
        html.append("<h3>Sources</h3>\n<ul>\n");
        for (StoryView.Source source : view.sources) {
            html.append("<li>").append(documentLink(source.canonical(), index));
            if (!source.copies().isEmpty()) {
                html.append(" <span class=\"meta\">also carried by ");
                List<String> links = new ArrayList<>();
                for (String copy : source.copies()) {
                    links.add(documentLink(copy, index));
                }
                html.append(String.join("; ", links)).append("</span>");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n");
        if (!view.quotesBySpeaker.isEmpty()) {
            html.append("<h3>Who said what</h3>\n");
            for (Map.Entry<String, List<StoryQuote>> speaker : view.quotesBySpeaker.entrySet()) {
                html.append("<h4>").append(escape(speaker.getKey())).append("</h4>\n");
                for (StoryQuote quote : speaker.getValue()) {
                    List<CitedText> variants = quote.variants();
                    html.append("<blockquote class=\"").append(quote.kind().label()).append("\">")
                            .append(quoted(quote, variants.get(0).text())).append(' ')
                            .append(citation(variants.get(0).documents(), index));
                    for (CitedText variant : variants.subList(1, variants.size())) {
                        html.append("<div class=\"variant\">also quoted as ").append(quoted(quote, variant.text()))
                                .append(' ').append(citation(variant.documents(), index)).append("</div>");
                    }
                    html.append("</blockquote>\n");
                }
            }
        }
        appendDisputes(html, view.claims.get(ClaimStatus.DISPUTED), index);
        appendClaims(html, "Agreed by several sources", view.claims.get(ClaimStatus.AGREED), index);
        appendClaims(html, "Reported by one source", view.claims.get(ClaimStatus.SINGLE_SOURCE), index);
        appendClaimMatrix(html, story, outlets, index);
        html.append("</section>\n");
    }

    /**
     * The story's coverage chart ({@link CoverageChart}) and, folded, the numbers behind it; nothing
     * when no document of the story is dated.
     */
    private static void appendCoverage(StringBuilder html, Story story, ReportIndex index) {
        Coverage coverage = coverageOf(story, index);
        if (coverage.periods().isEmpty()) {
            return;
        }
        html.append("<h3>Coverage</h3>\n").append(CoverageChart.svg(coverage, "coverage-" + story.id()));
        if (coverage.undated() > 0) {
            html.append("<p class=\"meta\">").append(coverage.undated()).append(" undated documents are not shown.</p>\n");
        }
        html.append("<details><summary>The numbers behind the chart</summary>\n").append(CoverageChart.table(coverage))
                .append("</details>\n");
    }

    /** The story's documents by date and outlet, with its events. */
    private static Coverage coverageOf(Story story, ReportIndex index) {
        List<Coverage.Item> items = new ArrayList<>();
        for (String id : story.documents()) {
            AnalyzedDocument document = index.documents.get(id);
            items.add(new Coverage.Item(document.article().published(), document.article().outlet()));
        }
        List<Coverage.Marker> events = new ArrayList<>();
        for (String eventId : story.events()) {
            events.add(Coverage.Marker.of(index.events.get(eventId)));
        }
        return Coverage.of(items, events);
    }

    /** The story's dated events on a time axis ({@link TimelineChart}), and how many undated ones it leaves out. */
    private static void appendTimelineChart(StringBuilder html, Story story, Map<String, String> outlets, ReportIndex index) {
        List<Event> events = new ArrayList<>();
        for (String eventId : story.events()) {
            events.add(index.events.get(eventId));
        }
        String svg = TimelineChart.svg(events, outlets, "timeline-" + story.id());
        if (svg.isEmpty()) {
            return;
        }
        html.append("<h3>Timeline of events</h3>\n").append(svg);
        long undated = events.stream().filter(event -> event.date() == null).count();
        if (undated > 0) {
            html.append("<p class=\"meta\">").append(undated).append(undated == 1 ? " undated event is" : " undated events are")
                    .append(" not shown.</p>\n");
        }
    }

    /**
     * The story's claims against its sources ({@link ClaimMatrix}): a row per claim marked with its status, a cell per
     * source saying in a symbol and a word where it stands, and under a disputed claim the sentences contradicting it.
     * The claims of a single source, often the most numerous and the least telling, are folded in a second table.
     */
    private static void appendClaimMatrix(StringBuilder html, Story story, Map<String, String> outlets, ReportIndex index) {
        ClaimMatrix matrix = ClaimMatrix.of(story, outlets);
        if (matrix.rows().isEmpty()) {
            return;
        }
        List<ClaimMatrix.Row> several = new ArrayList<>();
        List<ClaimMatrix.Row> single = new ArrayList<>();
        for (ClaimMatrix.Row row : matrix.rows()) {
            (row.status() == ClaimStatus.SINGLE_SOURCE ? single : several).add(row);
        }
        html.append("<h3>Claims matrix</h3>\n<p class=\"meta\">A row per claim, a column per source: ✓ states it, ")
                .append("✗ contradicts it, ± does both, – says nothing on it.</p>\n");
        if (!several.isEmpty()) {
            appendMatrixTable(html, matrix.sources(), several, index);
        }
        if (!single.isEmpty()) {
            html.append("<details><summary>Claims of a single source (").append(single.size()).append(")</summary>\n");
            appendMatrixTable(html, matrix.sources(), single, index);
            html.append("</details>\n");
        }
    }

    private static void appendMatrixTable(StringBuilder html, List<String> sources, List<ClaimMatrix.Row> rows, ReportIndex index) {
        html.append("<div class=\"scroll\"><table class=\"matrix\">\n<tr><th>Claim</th>");
        for (String source : sources) {
            AnalyzedDocument document = index.documents.get(source);
            html.append("<th scope=\"col\" class=\"source\">").append(document != null && isBlank(document.article().outlet())
                    ? "<a href=\"#doc-" + escape(source) + "\">" + escape(source).replace("_", "_<wbr>") + "</a>" : escape(source))
                    .append("</th>");
        }
        html.append("</tr>\n");
        for (ClaimMatrix.Row row : rows) {
            String status = row.status().label();
            html.append("<tr class=\"").append(status).append("\"><td class=\"claim-text\">").append(escape(row.text()))
                    .append(" <span class=\"status\">").append(status.replace('-', ' ')).append("</span></td>");
            for (int s = 0; s < sources.size(); s++) {
                ClaimMatrix.Cell cell = row.cells().get(s);
                html.append("<td class=\"cell ").append(cell.name().toLowerCase(Locale.ROOT)).append("\" title=\"")
                        .append(escape(sources.get(s))).append(": ").append(cell.meaning()).append("\">")
                        .append(cell.mark()).append("</td>");
            }
            html.append("</tr>\n");
            if (!row.against().isEmpty()) {
                html.append("<tr class=\"other-side\"><td colspan=\"").append(sources.size() + 1)
                        .append("\"><span class=\"meta\">Contradicted by:</span>");
                for (ClaimEvidence evidence : row.against()) {
                    html.append("<div class=\"against\">").append(escape(evidence.text())).append(' ')
                            .append(citation(List.of(evidence.document()), index)).append("</div>");
                }
                html.append("</td></tr>\n");
            }
        }
        html.append("</table></div>\n");
    }

    /** The outlet of each document of the story, null when unknown. */
    private static Map<String, String> outlets(Story story, ReportIndex index) {
        Map<String, String> outlets = new HashMap<>();
        for (String id : story.documents()) {
            AnalyzedDocument document = index.documents.get(id);
            outlets.put(id, document == null ? null : document.article().outlet());
        }
        return outlets;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static void writeFamily(StringBuilder html, FamilyView view, ReportIndex index) {
        html.append("<section class=\"family\" id=\"").append(escape(view.family.id())).append("\">\n<h3>")
                .append(documentLink(view.family.canonical(), index)).append("</h3>\n<p class=\"meta\">")
                .append(escape(view.family.id())).append(", ").append(view.canonicalParagraphs).append(" paragraphs, ")
                .append(view.copies.size()).append(view.copies.size() == 1 ? " copy" : " copies").append("</p>\n<ul>\n");
        for (FamilyView.Copy copy : view.copies) {
            html.append("<li><a href=\"#doc-").append(escape(copy.document())).append("\">")
                    .append(escape(index.sourceLabel(copy.document()))).append("</a>");
            CopyAlignment alignment = copy.alignment();
            if (alignment == null) {
                html.append("</li>\n");
                continue;
            }
            if (alignment.isVerbatim()) {
                html.append(": carries the text unchanged</li>\n");
                continue;
            }
            html.append(": shares ").append(alignment.shared()).append(" of ").append(view.canonicalParagraphs).append(" paragraphs");
            if (alignment.reordered()) {
                html.append("; reordered");
            }
            html.append("\n<ul>\n");
            for (String added : alignment.added()) {
                html.append("<li>adds <q class=\"added\">").append(escape(FamilyView.excerpt(added))).append("</q></li>\n");
            }
            for (String dropped : alignment.dropped()) {
                html.append("<li>drops <q class=\"dropped\">").append(escape(FamilyView.excerpt(dropped))).append("</q></li>\n");
            }
            for (ChangedParagraph changed : alignment.changed()) {
                List<String> edits = new ArrayList<>();
                for (WordEdit edit : changed.edits()) {
                    edits.add(edit(edit));
                }
                html.append("<li>rewords <q>").append(escape(FamilyView.excerpt(changed.canonical()))).append("</q>: ")
                        .append(String.join("; ", edits)).append("</li>\n");
            }
            html.append("</ul></li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    /** A word edit as struck-out and inserted words: {@code <del>Defense</del> → <ins>Defence</ins>}. */
    private static String edit(WordEdit edit) {
        if (edit.isInsertion()) {
            return "inserts <ins>" + escape(edit.to()) + "</ins>";
        }
        if (edit.isDeletion()) {
            return "deletes <del>" + escape(edit.from()) + "</del>";
        }
        return "<del>" + escape(edit.from()) + "</del> → <ins>" + escape(edit.to()) + "</ins>";
    }

    /** Quote marks around the words of a direct quote or phrase; retold speech as it stands, marked as such. */
    private static String quoted(StoryQuote quote, String words) {
        return quote.kind() == QuoteKind.INDIRECT ? "<span class=\"meta\">(retold)</span> " + escape(words)
                : "“" + escape(words) + "”";
    }

    /** Disputed claims side by side: the claim and its sources, and beside it each contradiction with the reason. */
    private static void appendDisputes(StringBuilder html, List<Claim> claims, ReportIndex index) {
        if (claims.isEmpty()) {
            return;
        }
        html.append("<h3>Disputed</h3>\n<table class=\"disputes\">\n<tr><th>Claim</th><th>Contradicted by</th></tr>\n");
        for (Claim claim : claims) {
            html.append("<tr><td class=\"claim disputed\">").append(escape(claim.text())).append(' ')
                    .append(citation(claim.documents(), index)).append("</td><td>");
            for (ClaimEvidence evidence : claim.evidence()) {
                if (evidence.stance() == ClaimEvidence.Stance.CONTRADICTS) {
                    html.append("<div class=\"against\">").append(escape(evidence.text())).append(' ')
                            .append(citation(List.of(evidence.document()), index))
                            .append(" <span class=\"meta\">").append(escape(evidence.reason())).append("</span></div>");
                }
            }
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void appendClaims(StringBuilder html, String heading, List<Claim> claims, ReportIndex index) {
        if (claims.isEmpty()) {
            return;
        }
        boolean collapsed = claims.get(0).status() == ClaimStatus.SINGLE_SOURCE;
        html.append(collapsed ? "<details><summary><b>" + heading + "</b> (" + claims.size() + ")</summary>\n" : "<h3>" + heading + "</h3>\n");
        for (Claim claim : claims) {
            html.append("<div class=\"claim ").append(claim.status().label()).append("\">").append(escape(claim.text()))
                    .append(' ').append(citation(claim.documents(), index));
            for (CitedText other : claim.disputedBy()) {
                html.append("<div class=\"against\">Disputed by: ").append(escape(other.text())).append(' ')
                        .append(citation(other.documents(), index)).append("</div>");
            }
            html.append("</div>\n");
        }
        if (collapsed) {
            html.append("</details>\n");
        }
    }

    private static void writeDocument(StringBuilder html, AnalyzedDocument document, ReportIndex index) {
        var article = document.article();
        html.append("<article id=\"doc-").append(escape(document.id())).append("\">\n<h3>")
                .append(escape(article.title() == null ? "(untitled)" : article.title())).append("</h3>\n<p class=\"meta\">")
                .append(escape(index.sourceLabel(document.id())));
        if (article.byline() != null) {
            html.append(" · by ").append(escape(article.byline()));
        }
        html.append(" · ").append(escape(document.id())).append(" · ").append(index.familyOf.get(document.id())).append(" / ")
                .append(index.eventOf.get(document.id())).append(" / ").append(index.storyOf.get(document.id()));
        if (article.url() != null) {
            String url = Links.webUrl(article.url());
            html.append(" · ").append(url == null ? escape(article.url())
                    : "<a href=\"" + escape(url) + "\" rel=\"noreferrer\">" + escape(url) + "</a>");
        }
        html.append("</p>\n");
        html.append("<details><summary>Clean text</summary>\n");
        for (String paragraph : article.paragraphs()) {
            html.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        html.append("</details>\n<details><summary>Removed (").append(article.removed().size()).append(")</summary>\n<table>\n");
        for (RemovedText removed : article.removed()) {
            html.append("<tr><td class=\"reason\">").append(escape(removed.reason())).append("</td><td class=\"removed\">")
                    .append(escape(removed.text())).append("</td></tr>\n");
        }
        html.append("</table></details>\n</article>\n");
    }

    private static void appendCited(StringBuilder html, List<CitedText> sentences, ReportIndex index) {
        html.append("<ul>\n");
        for (CitedText sentence : sentences) {
            html.append("<li>").append(escape(sentence.text())).append(' ').append(citation(sentence.documents(), index)).append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private static String citation(List<String> documents, ReportIndex index) {
        List<String> links = new ArrayList<>();
        for (String id : documents) {
            links.add("<a href=\"#doc-" + escape(id) + "\">" + escape(index.sourceLabel(id)) + "</a>");
        }
        return "<span class=\"cite\">(" + String.join("; ", links) + ")</span>";
    }

    private static String documentLink(String id, ReportIndex index) {
        AnalyzedDocument document = index.documents.get(id);
        String title = document.article().title() == null ? id : document.article().title();
        return "<a href=\"#doc-" + escape(id) + "\">" + escape(index.sourceLabel(id)) + "</a>: " + escape(title);
    }

    /** Escapes text for HTML element content and attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
