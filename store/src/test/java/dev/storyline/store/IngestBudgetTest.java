package dev.storyline.store;

import dev.storyline.model.DeclaredMetadata;
import dev.storyline.model.MediaType;
import dev.storyline.model.RawDocument;
import dev.storyline.store.StoreViews.IngestSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingester honours the time budget per document: a document over it is skipped with the reason before any
 * transaction, and the documents after it in the same ingest are stored.
 */
@Timeout(120)
class IngestBudgetTest {

    private static final String PARAGRAPH = "The harbour office said on Monday that the north quay will close for "
            + "repairs. Ships due at the quay are sent to the south berth, the office said in a statement.";

    @TempDir
    Path work;

    @Test
    void aDocumentOverItsBudgetIsSkippedAndTheNextIsStored() {
        StringBuilder large = new StringBuilder("Harbour works report\n\n");
        for (int i = 0; large.length() < 5_000_000; i++) {
            large.append("\"We will reopen berth ").append(i).append(" before the summer,\" Harbour Master Ilse Marko said. ")
                    .append(PARAGRAPH).append("\n\n");
        }
        try (CorpusStore store = CorpusStore.open(work.resolve("data"));
             CorpusIngester ingester = new CorpusIngester(store, 10, 1, Duration.ofSeconds(3))) {

            IngestSummary summary = ingester.ingest(List.of(page("large", large.toString()),
                    page("notice", "Harbour notice\n\n" + PARAGRAPH)), List.of());

            assertThat(summary.skippedReasons()).containsExactly(
                    "large.txt: took longer than the 3 s analysis budget per document (--document-timeout); skipped");
            assertThat(summary.added()).isEqualTo(1);
            assertThat(store.documentCount()).isEqualTo(1);
        }
    }

    private static RawDocument page(String id, String text) {
        return new RawDocument(id, id + ".txt", null, MediaType.TEXT, text.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8, null, DeclaredMetadata.NONE);
    }
}
