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
import java.util.List;
import java.util.Map;

/**
 * Writes {@code report.md}: the stories for a human reader, then the copies in each family of near-duplicates, the
 * documents and the skipped inputs.
 */
public final class MarkdownReportWriter implements ReportWriter {

    /** Single-source claims listed per story before the rest are only counted (the JSON has them all). */
    static final int SINGLE_SOURCE_SHOWN = 10;

    @Override
    public String fileName() {
        return "report.md";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        ReportIndex index = new ReportIndex(report);
        StringBuilder md = new StringBuilder();
        md.append("# Storyline report\n\n");
        md.append(report.documents().size()).append(" documents analyzed, ").append(report.skipped().size())
                .append(" inputs skipped; ").append(report.stories().size()).append(" stories, ")
                .append(report.events().size()).append(" events, ").append(report.families().size())
                .append(" source families. Generated ").append(report.generated()).append(".\n\n");
        for (Story story : report.stories()) {
            writeStory(md, new StoryView(story, index), index);
        }
        List<FamilyView> families = FamilyView.withCopies(report, index);
        if (!families.isEmpty()) {
            md.append("## Copies\n\n");
            for (FamilyView family : families) {
                writeFamily(md, family, index);
            }
        }
        md.append("## Documents\n\n| id | outlet | published | title | url | family | event | story |\n|---|---|---|---|---|---|---|---|\n");
        for (AnalyzedDocument document : report.documents()) {
            md.append("| ").append(cell(document.id())).append(" | ").append(cell(document.article().outlet()))
                    .append(" | ").append(cell(String.valueOf(document.article().published()))).append(" | ")
                    .append(cell(document.article().title())).append(" | ").append(url(document.article().url()))
                    .append(" | ").append(index.familyOf.get(document.id()))
                    .append(" | ").append(index.eventOf.get(document.id())).append(" | ")
                    .append(index.storyOf.get(document.id())).append(" |\n");
        }
        md.append('\n');
        if (!report.explanations().isEmpty()) {
            md.append("## Why each document is in its event\n\n| document | event | decision (score) | top features |\n|---|---|---|---|\n");
            for (Explanation explanation : report.explanations()) {
                md.append("| ").append(cell(explanation.document())).append(" | ").append(explanation.event()).append(" | ")
                        .append(ExplanationText.decision(explanation.decision(), explanation.score())).append(" | ")
                        .append(cell(ExplanationText.topFeatures(explanation.features()))).append(" |\n");
            }
            md.append('\n');
        }
        if (!report.storyExplanations().isEmpty()) {
            md.append("## Why each event is in its story\n\n| event | story | decision (score) | top features |\n|---|---|---|---|\n");
            for (StoryExplanation explanation : report.storyExplanations()) {
                md.append("| ").append(explanation.event()).append(" | ").append(explanation.story()).append(" | ")
                        .append(ExplanationText.decision(explanation.decision(), explanation.score())).append(" | ")
                        .append(cell(ExplanationText.topFeatures(explanation.features()))).append(" |\n");
            }
            md.append('\n');
        }
        if (!report.explanations().isEmpty()) {
            md.append("## Who each quote is credited to\n\n| document | speaker | rule | quote |\n|---|---|---|---|\n");
            for (AnalyzedDocument document : report.documents()) {
                for (Quote quote : document.quotes()) {
                    if (quote.attribution() != null) {
                        md.append("| ").append(cell(document.id())).append(" | ").append(cell(quote.speaker())).append(" | ")
                                .append(cell(ExplanationText.attribution(quote.attribution()))).append(" | ")
                                .append(cell(ExplanationText.opening(quote.text()))).append(" |\n");
                    }
                }
            }
            md.append('\n');
        }
        if (!report.skipped().isEmpty()) {
            md.append("## Skipped inputs\n\n| input | reason |\n|---|---|\n");
            for (SkippedInput skipped : report.skipped()) {
                md.append("| ").append(cell(skipped.source())).append(" | ").append(cell(skipped.reason())).append(" |\n");
            }
            md.append('\n');
        }
        out.write(md.toString());
    }

    private static void writeStory(StringBuilder md, StoryView view, ReportIndex index) {
        Story story = view.story;
        md.append("## ").append(story.id()).append(": ").append(text(story.title())).append("\n\n");
        md.append(story.events().size()).append(" events, ").append(story.documents().size()).append(" documents, ")
                .append(view.sources.size()).append(" independent sources. Coverage chart: [report.html](report.html#")
                .append(story.id()).append(").\n\n");
        md.append("### Summary\n\n");
        appendCited(md, story.summary(), index);
        if (!story.timeline().isEmpty()) {
            md.append("### Timeline\n\n");
            for (TimelineEntry entry : story.timeline()) {
                md.append("- **").append(entry.date() == null ? "undated" : entry.date()).append("** (")
                        .append(entry.event()).append(") ").append(text(entry.text())).append(' ')
                        .append(citation(entry.documents(), index)).append('\n');
            }
            md.append('\n');
        }
        md.append("### Events\n\n");
        for (String eventId : story.events()) {
            Event event = index.events.get(eventId);
            md.append("#### ").append(event.id()).append(": ").append(text(event.title()))
                    .append(event.date() == null ? "" : " (" + event.date() + ")").append("\n\n");
            appendCited(md, event.summary(), index);
        }
        md.append("### Sources\n\n");
        for (StoryView.Source source : view.sources) {
            md.append("- ").append(documentLine(source.canonical(), index));
            if (!source.copies().isEmpty()) {
                List<String> labels = new ArrayList<>();
                for (String copy : source.copies()) {
                    labels.add(index.sourceLabel(copy) + " [" + copy + "]");
                }
                md.append("; also carried by ").append(text(String.join("; ", labels)));
            }
            md.append('\n');
        }
        md.append('\n');
        if (!view.quotesBySpeaker.isEmpty()) {
            md.append("### Who said what\n\n");
            for (Map.Entry<String, List<StoryQuote>> speaker : view.quotesBySpeaker.entrySet()) {
                md.append("**").append(text(speaker.getKey())).append("**\n\n");
                for (StoryQuote quote : speaker.getValue()) {
                    List<CitedText> variants = quote.variants();
                    md.append("- ").append(quoted(quote, variants.get(0).text())).append(' ')
                            .append(citation(variants.get(0).documents(), index)).append('\n');
                    for (CitedText variant : variants.subList(1, variants.size())) {
                        md.append("  - also quoted as ").append(quoted(quote, variant.text())).append(' ')
                                .append(citation(variant.documents(), index)).append('\n');
                    }
                }
                md.append('\n');
            }
        }
        appendDisputes(md, view.claims.get(ClaimStatus.DISPUTED), index);
        appendClaims(md, "Agreed by several sources", view.claims.get(ClaimStatus.AGREED), index, Integer.MAX_VALUE);
        appendClaims(md, "Reported by one source", view.claims.get(ClaimStatus.SINGLE_SOURCE), index, SINGLE_SOURCE_SHOWN);
    }

    private static void writeFamily(StringBuilder md, FamilyView view, ReportIndex index) {
        md.append("### ").append(view.family.id()).append(": ").append(documentLine(view.family.canonical(), index)).append("\n\n");
        for (FamilyView.Copy copy : view.copies) {
            md.append("- ").append(text(index.sourceLabel(copy.document()))).append(" [").append(text(copy.document())).append(']');
            CopyAlignment alignment = copy.alignment();
            if (alignment == null) {
                md.append('\n');
                continue;
            }
            if (alignment.isVerbatim()) {
                md.append(": carries the text unchanged\n");
                continue;
            }
            md.append(": shares ").append(alignment.shared()).append(" of ").append(view.canonicalParagraphs).append(" paragraphs");
            if (alignment.reordered()) {
                md.append("; reordered");
            }
            md.append('\n');
            for (String added : alignment.added()) {
                md.append("  - adds: “").append(text(FamilyView.excerpt(added))).append("”\n");
            }
            for (String dropped : alignment.dropped()) {
                md.append("  - drops: “").append(text(FamilyView.excerpt(dropped))).append("”\n");
            }
            for (ChangedParagraph changed : alignment.changed()) {
                List<String> edits = new ArrayList<>();
                for (WordEdit edit : changed.edits()) {
                    edits.add(edit(edit));
                }
                md.append("  - rewords “").append(text(FamilyView.excerpt(changed.canonical()))).append("”: ")
                        .append(String.join("; ", edits)).append('\n');
            }
        }
        md.append('\n');
    }

    /** A word edit as code spans: {@code `Defense` → `Defence`}, {@code inserts `army`}, {@code deletes `army`}. */
    private static String edit(WordEdit edit) {
        if (edit.isInsertion()) {
            return "inserts " + code(edit.to());
        }
        if (edit.isDeletion()) {
            return "deletes " + code(edit.from());
        }
        return code(edit.from()) + " → " + code(edit.to());
    }

    /** Text from documents as a Markdown code span, fenced with more backticks than it contains in a row. */
    static String code(String value) {
        String flat = value.replace('\n', ' ');
        String fence = "`";
        while (flat.contains(fence)) {
            fence += "`";
        }
        String pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
        return fence + pad + flat + pad + fence;
    }

    /** Quote marks around the words of a direct quote or phrase; retold speech as it stands, marked as such. */
    private static String quoted(StoryQuote quote, String words) {
        return quote.kind() == QuoteKind.INDIRECT ? "(retold) " + text(words) : "“" + text(words) + "”";
    }

    /** Disputed claims as a table: the claim and its sources beside what contradicts it, its sources and why. */
    private static void appendDisputes(StringBuilder md, List<Claim> claims, ReportIndex index) {
        if (claims.isEmpty()) {
            return;
        }
        md.append("### Disputed\n\n| claim | reported by | contradicted by | reported by | why |\n|---|---|---|---|---|\n");
        for (Claim claim : claims) {
            for (ClaimEvidence evidence : claim.evidence()) {
                if (evidence.stance() != ClaimEvidence.Stance.CONTRADICTS) {
                    continue;
                }
                md.append("| ").append(text(claim.text())).append(" | ").append(citation(claim.documents(), index))
                        .append(" | ").append(text(evidence.text())).append(" | ")
                        .append(citation(List.of(evidence.document()), index)).append(" | ")
                        .append(text(evidence.reason())).append(" |\n");
            }
        }
        md.append('\n');
    }

    private static void appendClaims(StringBuilder md, String heading, List<Claim> claims, ReportIndex index, int limit) {
        if (claims.isEmpty()) {
            return;
        }
        md.append("### ").append(heading).append("\n\n");
        for (int i = 0; i < Math.min(limit, claims.size()); i++) {
            Claim claim = claims.get(i);
            md.append("- ").append(text(claim.text())).append(' ').append(citation(claim.documents(), index)).append('\n');
            for (CitedText other : claim.disputedBy()) {
                md.append("  - disputed by: ").append(text(other.text())).append(' ').append(citation(other.documents(), index)).append('\n');
            }
        }
        if (claims.size() > limit) {
            md.append("- … and ").append(claims.size() - limit).append(" more in report.json\n");
        }
        md.append('\n');
    }

    private static void appendCited(StringBuilder md, List<CitedText> sentences, ReportIndex index) {
        for (CitedText sentence : sentences) {
            md.append("- ").append(text(sentence.text())).append(' ').append(citation(sentence.documents(), index)).append('\n');
        }
        md.append('\n');
    }

    private static String documentLine(String id, ReportIndex index) {
        AnalyzedDocument document = index.documents.get(id);
        String title = document.article().title() == null ? "(untitled)" : document.article().title();
        return text(index.sourceLabel(id)) + ": " + text(title) + " [" + text(id) + "]";
    }

    private static String citation(List<String> documents, ReportIndex index) {
        List<String> labels = new ArrayList<>();
        for (String id : documents) {
            labels.add(index.sourceLabel(id));
        }
        return "(" + text(String.join("; ", labels)) + ")";
    }

    /** Text from documents with the characters Markdown would read as markup escaped. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replaceAll("([`*_\\[\\]<>#|])", "\\\\$1").replace("\n", " ");
    }

    /** A web URL as an autolink, with what would end it or split the table cell percent-encoded; any other URL as text. */
    private static String url(String value) {
        String url = Links.webUrl(value);
        if (url == null) {
            return cell(value);
        }
        StringBuilder link = new StringBuilder("<");
        for (char c : url.toCharArray()) {
            if (c <= ' ' || c == 0x7f || c == '<' || c == '>' || c == '|' || c == '\\') {
                link.append(String.format("%%%02X", (int) c));
            } else {
                link.append(c);
            }
        }
        return link.append('>').toString();
    }

    private static String cell(String value) {
        return value == null ? "" : text(value);
    }
}
