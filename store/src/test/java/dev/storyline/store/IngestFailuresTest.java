package dev.storyline.store;

import dev.storyline.model.SkippedInput;
import dev.storyline.store.StoreViews.IngestSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A store that cannot be written stops the ingest and is never reported as an unreadable input; and what the store
 * recorded as skipped for an input is replaced when the input is read again.
 */
class IngestFailuresTest {

    private static final InputStream NO_STDIN = InputStream.nullInputStream();

    @TempDir
    Path work;

    private Path feed(String name, String id) throws IOException {
        return Files.writeString(work.resolve(name), "{\"id\":\"" + id + "\",\"title\":\"Harbour notice " + id + "\","
                + "\"text\":\"The harbour office said on Monday that berth " + id + " will close for repairs.\"}\n");
    }

    @Test
    void aStoreWriteFailureStopsTheIngestNamingTheStoreAndIsNotRecordedAgainstTheInput() throws Exception {
        Path data = work.resolve("data");
        List<String> inputs = List.of(feed("a.jsonl", "a1").toString(), feed("b.jsonl", "b1").toString(),
                feed("c.jsonl", "c1").toString());
        try (CorpusStore store = CorpusStore.open(data)) {
            sql(data, "CREATE TRIGGER full_disk BEFORE INSERT ON documents WHEN NEW.id = 'b1' "
                    + "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
            try (CorpusIngester ingester = new CorpusIngester(store, 1, 1)) {

                Throwable thrown = catchThrowable(() -> ingester.ingest(inputs, NO_STDIN));

                assertThat(thrown).isInstanceOf(StoreException.class)
                        .hasMessageStartingWith(data + ": could not store a batch")
                        .hasMessageContaining("database or disk is full");
            }
            assertThat(ingestSkipped(data)).isEmpty();
            assertThat(store.documentCount()).isEqualTo(1);

            sql(data, "DROP TRIGGER full_disk");
            try (CorpusIngester ingester = new CorpusIngester(store, 1, 1)) {
                IngestSummary rerun = ingester.ingest(inputs, NO_STDIN);

                assertThat(rerun.skippedReasons()).isEmpty();
                assertThat(rerun.added()).isEqualTo(2);
                assertThat(rerun.unchanged()).isEqualTo(1);
            }
            assertThat(store.skipped()).isEmpty();
        }
    }

    @Test
    void skippedRowsOfAnInputAreForgottenWhenItIsReadAgainAndOtherInputsKeepTheirs() throws Exception {
        Path data = work.resolve("data");
        Path part = feed("part01.jsonl", "p1");
        Files.writeString(part, "{\"id\":\"p2\",\"text\":\"The second line is whole now.\"}\n", StandardOpenOption.APPEND);
        Path other = work.resolve("other.txt");
        try (CorpusStore store = CorpusStore.open(data); CorpusIngester ingester = new CorpusIngester(store, 1, 1)) {
            store.commit(List.of(), Map.of(), List.of(
                    new SkippedInput(part.toString(), "could not be read: StoreException"),
                    new SkippedInput(part + "#2", "malformed JSON: Unexpected end-of-input"),
                    new SkippedInput(other.toString(), "empty: no text in the input")));

            IngestSummary first = ingester.ingest(List.of(part.toString()), NO_STDIN);

            assertThat(first.added()).isEqualTo(2);
            assertThat(store.skipped()).containsExactly(new SkippedInput(other.toString(), "empty: no text in the input"));
            assertThat(ingestSkipped(data)).containsExactly(other.toString());

            IngestSummary unchanged = ingester.ingest(List.of(part.toString()), NO_STDIN);

            assertThat(unchanged.unchanged()).isEqualTo(2);
            assertThat(unchanged.build()).as("a rerun that changes nothing writes nothing").isNull();
        }
    }

    private static void sql(Path data, String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("storyline.db"));
             Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private static List<String> ingestSkipped(Path data) throws SQLException {
        List<String> sources = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("storyline.db"));
             Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery("SELECT source FROM ingest_skipped ORDER BY source")) {
            while (rows.next()) {
                sources.add(rows.getString(1));
            }
        }
        return sources;
    }
}
