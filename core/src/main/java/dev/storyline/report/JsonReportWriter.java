package dev.storyline.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.model.ChangedParagraph;
import dev.storyline.model.CitedText;
import dev.storyline.model.Claim;
import dev.storyline.model.DateMention;
import dev.storyline.model.Quantity;
import dev.storyline.model.ClaimEvidence;
import dev.storyline.model.StoryEntity;
import dev.storyline.model.StoryQuote;
import dev.storyline.model.CopyAlignment;
import dev.storyline.model.Entity;
import dev.storyline.model.Event;
import dev.storyline.model.Explanation;
import dev.storyline.model.StoryExplanation;
import dev.storyline.model.Family;
import dev.storyline.model.Quote;
import dev.storyline.model.MetadataRules;
import dev.storyline.model.RemovedText;
import dev.storyline.model.Report;
import dev.storyline.model.SkippedInput;
import dev.storyline.model.Story;
import dev.storyline.model.TimelineEntry;
import dev.storyline.model.WordEdit;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code report.json}, the contract {@value Report#FORMAT} documented in {@code docs/report-format.md} and
 * {@code docs/report.schema.json}. Field names here change only with the format version.
 */
public final class JsonReportWriter implements ReportWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public String fileName() {
        return "report.json";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        ReportIndex index = new ReportIndex(report);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", Report.FORMAT);
            json.writeStringField("generated", report.generated().toString());
            json.writeObjectFieldStart("inputs");
            json.writeNumberField("analyzed", report.documents().size());
            json.writeArrayFieldStart("skipped");
            for (SkippedInput skipped : report.skipped()) {
                json.writeStartObject();
                json.writeStringField("source", skipped.source());
                json.writeStringField("reason", skipped.reason());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeArrayFieldStart("documents");
            for (AnalyzedDocument document : report.documents()) {
                writeDocument(json, document, index);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("families");
            for (Family family : report.families()) {
                json.writeStartObject();
                json.writeStringField("id", family.id());
                writeStrings(json, "documents", family.documents());
                json.writeStringField("canonical", family.canonical());
                writeCopies(json, family.copies());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("events");
            for (Event event : report.events()) {
                json.writeStartObject();
                json.writeStringField("id", event.id());
                json.writeStringField("title", event.title());
                writeDate(json, "date", event.date());
                writeStrings(json, "documents", event.documents());
                writeCited(json, "summary", event.summary());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("stories");
            for (Story story : report.stories()) {
                writeStory(json, story);
            }
            json.writeEndArray();
            if (!report.explanations().isEmpty()) {
                writeExplanations(json, report.explanations());
            }
            if (!report.storyExplanations().isEmpty()) {
                writeStoryExplanations(json, report.storyExplanations());
            }
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeExplanations(JsonGenerator json, List<Explanation> explanations) throws IOException {
        json.writeArrayFieldStart("explanations");
        for (Explanation explanation : explanations) {
            json.writeStartObject();
            json.writeStringField("document", explanation.document());
            json.writeStringField("event", explanation.event());
            writeDecision(json, explanation.decision(), explanation.score(), explanation.features());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeStoryExplanations(JsonGenerator json, List<StoryExplanation> explanations) throws IOException {
        json.writeArrayFieldStart("storyExplanations");
        for (StoryExplanation explanation : explanations) {
            json.writeStartObject();
            json.writeStringField("event", explanation.event());
            json.writeStringField("story", explanation.story());
            writeDecision(json, explanation.decision(), explanation.score(), explanation.features());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeDecision(JsonGenerator json, String decision, double score, Map<String, Double> features)
            throws IOException {
        json.writeStringField("decision", decision);
        json.writeNumberField("score", Math.round(score * 1000) / 1000.0);
        json.writeObjectFieldStart("features");
        for (Map.Entry<String, Double> feature : features.entrySet()) {
            json.writeNumberField(feature.getKey(), Math.round(feature.getValue() * 1000) / 1000.0);
        }
        json.writeEndObject();
    }

    /**
     * Writes the report's document objects alone, one per line (JSON Lines), each exactly as it appears in
     * {@code report.json}: for tools that want the cleaned articles without the rest of the report.
     */
    public static void writeDocumentLines(Report report, Writer out) throws IOException {
        ReportIndex index = new ReportIndex(report);
        for (AnalyzedDocument document : report.documents()) {
            try (JsonGenerator json = FACTORY.createGenerator(out)) {
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                writeDocument(json, document, index);
            }
            out.write('\n');
        }
    }

    /** The rules that chose the metadata fields, only those known; nothing when no rule is known. */
    private static void writeChosenBy(JsonGenerator json, MetadataRules rules) throws IOException {
        if (rules.equals(MetadataRules.NONE)) {
            return;
        }
        json.writeObjectFieldStart("chosenBy");
        String[][] fields = {{"title", rules.title()}, {"outlet", rules.outlet()}, {"byline", rules.byline()},
                {"published", rules.published()}};
        for (String[] field : fields) {
            if (field[1] != null) {
                json.writeStringField(field[0], field[1]);
            }
        }
        json.writeEndObject();
    }

    private static void writeDocument(JsonGenerator json, AnalyzedDocument document, ReportIndex index) throws IOException {
        Article article = document.article();
        json.writeStartObject();
        json.writeStringField("id", document.id());
        json.writeStringField("source", article.source());
        json.writeStringField("url", article.url());
        json.writeStringField("title", article.title());
        json.writeStringField("outlet", article.outlet());
        json.writeStringField("byline", article.byline());
        writeDate(json, "published", article.published());
        writeChosenBy(json, article.chosenBy());
        json.writeStringField("text", article.text());
        json.writeArrayFieldStart("removed");
        for (RemovedText removed : article.removed()) {
            json.writeStartObject();
            json.writeStringField("text", removed.text());
            json.writeStringField("reason", removed.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("family", index.familyOf.get(document.id()));
        json.writeStringField("event", index.eventOf.get(document.id()));
        json.writeStringField("story", index.storyOf.get(document.id()));
        json.writeArrayFieldStart("entities");
        for (Entity entity : document.entities()) {
            json.writeStartObject();
            json.writeStringField("name", entity.name());
            json.writeStringField("type", entity.type().name());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("quotes");
        for (Quote quote : document.quotes()) {
            json.writeStartObject();
            json.writeStringField("text", quote.text());
            json.writeStringField("speaker", quote.speaker());
            json.writeBooleanField("anonymous", quote.anonymous());
            json.writeStringField("kind", quote.kind().label());
            if (quote.attribution() != null) {
                json.writeStringField("attribution", quote.attribution().label());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("quantities");
        for (Quantity quantity : document.quantities()) {
            json.writeStartObject();
            json.writeStringField("text", quantity.text());
            double value = quantity.value();
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                json.writeNumberField("value", (long) value);
            } else {
                json.writeNumberField("value", value);
            }
            json.writeStringField("unit", quantity.unit());
            json.writeStringField("counted", quantity.counted());
            json.writeStringField("bound", quantity.bound());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("dates");
        for (DateMention date : document.dates()) {
            json.writeStartObject();
            json.writeStringField("text", date.text());
            writeDate(json, "date", date.date());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeCopies(JsonGenerator json, List<CopyAlignment> copies) throws IOException {
        json.writeArrayFieldStart("copies");
        for (CopyAlignment copy : copies) {
            json.writeStartObject();
            json.writeStringField("document", copy.document());
            json.writeNumberField("shared", copy.shared());
            writeStrings(json, "added", copy.added());
            writeStrings(json, "dropped", copy.dropped());
            json.writeArrayFieldStart("changed");
            for (ChangedParagraph changed : copy.changed()) {
                json.writeStartObject();
                json.writeStringField("canonical", changed.canonical());
                json.writeStringField("copy", changed.copy());
                json.writeArrayFieldStart("edits");
                for (WordEdit edit : changed.edits()) {
                    json.writeStartObject();
                    json.writeStringField("from", edit.from());
                    json.writeStringField("to", edit.to());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeBooleanField("reordered", copy.reordered());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeStory(JsonGenerator json, Story story) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", story.id());
        json.writeStringField("title", story.title());
        writeStrings(json, "events", story.events());
        writeStrings(json, "documents", story.documents());
        writeCited(json, "summary", story.summary());
        json.writeArrayFieldStart("timeline");
        for (TimelineEntry entry : story.timeline()) {
            json.writeStartObject();
            writeDate(json, "date", entry.date());
            json.writeStringField("event", entry.event());
            json.writeStringField("text", entry.text());
            writeStrings(json, "documents", entry.documents());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("claims");
        for (Claim claim : story.claims()) {
            json.writeStartObject();
            json.writeStringField("text", claim.text());
            json.writeStringField("status", claim.status().label());
            writeStrings(json, "documents", claim.documents());
            writeCited(json, "disputedBy", claim.disputedBy());
            json.writeArrayFieldStart("evidence");
            for (ClaimEvidence evidence : claim.evidence()) {
                json.writeStartObject();
                json.writeStringField("document", evidence.document());
                json.writeStringField("text", evidence.text());
                json.writeStringField("stance", evidence.stance().label());
                json.writeStringField("reason", evidence.reason());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("entities");
        for (StoryEntity entity : story.entities()) {
            json.writeStartObject();
            json.writeStringField("id", entity.id());
            json.writeStringField("name", entity.name());
            json.writeStringField("type", entity.type().name());
            writeStrings(json, "aliases", entity.aliases());
            writeStrings(json, "documents", entity.documents());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("quotes");
        for (StoryQuote quote : story.quotes()) {
            json.writeStartObject();
            json.writeStringField("speakerId", quote.speakerId());
            json.writeStringField("speaker", quote.speaker());
            json.writeBooleanField("anonymous", quote.anonymous());
            json.writeStringField("kind", quote.kind().label());
            json.writeStringField("text", quote.text());
            writeCited(json, "variants", quote.variants());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeCited(JsonGenerator json, String field, List<CitedText> cited) throws IOException {
        json.writeArrayFieldStart(field);
        for (CitedText text : cited) {
            json.writeStartObject();
            json.writeStringField("text", text.text());
            writeStrings(json, "documents", text.documents());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void writeDate(JsonGenerator json, String field, LocalDate date) throws IOException {
        json.writeStringField(field, date == null ? null : date.toString());
    }
}
