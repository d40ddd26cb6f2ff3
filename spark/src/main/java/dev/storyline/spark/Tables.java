package dev.storyline.spark;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.model.CitedText;
import dev.storyline.model.Claim;
import dev.storyline.model.Event;
import dev.storyline.model.Family;
import dev.storyline.model.SkippedInput;
import dev.storyline.model.Story;
import dev.storyline.model.StoryQuote;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The job's Parquet tables, one directory each under {@code OUT/tables}: documents, families, events, stories,
 * quotes, claims and skipped inputs. Ids join them: a document names its family, event and story; events and stories
 * list their documents. docs/spark.md lists the columns.
 */
final class Tables {

    static final List<String> NAMES = List.of("documents", "families", "events", "stories", "quotes", "claims", "skipped");

    private static final DataType TEXTS = DataTypes.createArrayType(DataTypes.StringType, false);

    private static final StructType DOCUMENTS = schema(
            field("id", DataTypes.StringType), field("source", DataTypes.StringType), field("url", DataTypes.StringType),
            field("title", DataTypes.StringType), field("outlet", DataTypes.StringType), field("byline", DataTypes.StringType),
            field("published", DataTypes.DateType), field("family", DataTypes.StringType), field("event", DataTypes.StringType),
            field("story", DataTypes.StringType), field("paragraphs", DataTypes.IntegerType), field("text", DataTypes.StringType));
    private static final StructType FAMILIES = schema(
            field("id", DataTypes.StringType), field("canonical", DataTypes.StringType), field("documents", TEXTS));
    private static final StructType EVENTS = schema(
            field("id", DataTypes.StringType), field("title", DataTypes.StringType), field("date", DataTypes.DateType),
            field("documents", TEXTS), field("summary", TEXTS));
    private static final StructType STORIES = schema(
            field("id", DataTypes.StringType), field("title", DataTypes.StringType), field("events", TEXTS),
            field("documents", TEXTS), field("summary", TEXTS));
    private static final StructType QUOTES = schema(
            field("story", DataTypes.StringType), field("speaker_id", DataTypes.StringType), field("speaker", DataTypes.StringType),
            field("anonymous", DataTypes.BooleanType), field("kind", DataTypes.StringType), field("text", DataTypes.StringType),
            field("documents", TEXTS));
    private static final StructType CLAIMS = schema(
            field("story", DataTypes.StringType), field("text", DataTypes.StringType), field("status", DataTypes.StringType),
            field("documents", TEXTS), field("disputed_by", TEXTS));
    private static final StructType SKIPPED = schema(
            field("source", DataTypes.StringType), field("reason", DataTypes.StringType));

    /** A document with the ids of its family, event and story. */
    record Placement(AnalyzedDocument document, String family, String event, String story) implements Serializable {
    }

    private Tables() {
    }

    static void write(SparkSession spark, String out, JavaRDD<Placement> documents, JavaRDD<Family> families,
                      JavaRDD<Event> events, JavaRDD<Story> stories, JavaRDD<SkippedInput> skipped) {
        save(spark, out, "documents", documents.map(Tables::documentRow), DOCUMENTS);
        save(spark, out, "families", families.map(f -> RowFactory.create(f.id(), f.canonical(), array(f.documents()))), FAMILIES);
        save(spark, out, "events", events.map(e -> RowFactory.create(e.id(), e.title(), e.date(), array(e.documents()), texts(e.summary()))), EVENTS);
        save(spark, out, "stories", stories.map(s -> RowFactory.create(s.id(), s.title(), array(s.events()), array(s.documents()), texts(s.summary()))), STORIES);
        save(spark, out, "quotes", stories.flatMap(s -> quoteRows(s).iterator()), QUOTES);
        save(spark, out, "claims", stories.flatMap(s -> claimRows(s).iterator()), CLAIMS);
        save(spark, out, "skipped", skipped.map(s -> RowFactory.create(s.source(), s.reason())), SKIPPED);
    }

    private static void save(SparkSession spark, String out, String name, JavaRDD<Row> rows, StructType schema) {
        spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(out + "/tables/" + name);
    }

    private static Row documentRow(Placement placed) {
        Article a = placed.document().article();
        return RowFactory.create(a.id(), a.source(), a.url(), a.title(), a.outlet(), a.byline(), a.published(),
                placed.family(), placed.event(), placed.story(), a.paragraphs().size(), a.text());
    }

    private static List<Row> quoteRows(Story story) {
        List<Row> rows = new ArrayList<>();
        for (StoryQuote quote : story.quotes()) {
            for (CitedText variant : quote.variants()) {
                rows.add(RowFactory.create(story.id(), quote.speakerId(), quote.speaker(), quote.anonymous(),
                        quote.kind().name().toLowerCase(Locale.ROOT), variant.text(), array(variant.documents())));
            }
        }
        return rows;
    }

    private static List<Row> claimRows(Story story) {
        List<Row> rows = new ArrayList<>();
        for (Claim claim : story.claims()) {
            rows.add(RowFactory.create(story.id(), claim.text(), claim.status().name().toLowerCase(Locale.ROOT),
                    array(claim.documents()), texts(claim.disputedBy())));
        }
        return rows;
    }

    /** Spark's rows take Java arrays (or Scala sequences), not Java lists. */
    private static String[] texts(List<CitedText> cited) {
        return cited.stream().map(CitedText::text).toArray(String[]::new);
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructType schema(StructField... fields) {
        return DataTypes.createStructType(fields);
    }
}
