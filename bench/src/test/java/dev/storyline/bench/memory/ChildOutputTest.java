package dev.storyline.bench.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the bench reads from its children: ingest's summary, serve's port, analyze's report, serve's request mix. */
class ChildOutputTest {

    @Test
    void readsIngestsSummaryLine() {
        String output = "skipped a.txt: empty\n1998 added, 0 updated, 1 unchanged, 1 skipped; data holds 1999 documents in 80 stories\n"
                + "stories brought up to date: grouped 1998 of 1999 documents\n";
        assertThat(IngestCounts.find(output)).contains(new IngestCounts(1998, 0, 1, 1));
        assertThat(IngestCounts.find("storyline ingest: no document could be stored")).isEmpty();
    }

    @Test
    void readsTheServerPort() {
        assertThat(ServeProbe.listeningPort("Serving 2000 documents from /tmp/x/serve-store at http://127.0.0.1:41234/ (Ctrl-C to stop)\n"))
                .contains(41234);
        assertThat(ServeProbe.listeningPort("starting\n")).isEmpty();
    }

    @Test
    void countsTheReportsDocuments(@TempDir Path directory) throws Exception {
        Path report = directory.resolve("report.json");
        Files.writeString(report, "{\"format\":\"storyline-report/1\",\"inputs\":{\"skipped\":[{\"source\":\"x\"}]},"
                + "\"documents\":[{\"id\":\"a\",\"paragraphs\":[\"p\"]},{\"id\":\"b\"},{\"id\":\"c\"}],\"stories\":[]}");
        assertThat(CommandTrials.reportDocuments(report)).isEqualTo(3);
        assertThat(CommandTrials.reportDocuments(directory.resolve("missing.json"))).isZero();
    }

    @Test
    void requestsCoverTheLargestStoriesSearchesDocumentsAndTheList() throws Exception {
        JsonNode stories = new ObjectMapper().readTree("[{\"id\":\"s-1\",\"title\":\"Kalomer bridge: Vi Tor moves\"},"
                + "{\"id\":\"s-2\",\"title\":\"Danvi flood, again\"}]");

        List<String> paths = ServeProbe.paths(stories, 100, 8, 1);

        assertThat(paths).hasSize(8);
        assertThat(paths.get(0)).isEqualTo("/api/stories/s-1");
        assertThat(paths.get(1)).matches("/api/search\\?limit=20&q=(Kalomer\\+bridge|Danvi\\+flood)");
        assertThat(paths.get(2)).matches("/api/documents/gen-\\d+");
        assertThat(paths.get(3)).isEqualTo("/api/stories?limit=50");
        assertThat(paths.get(4)).isEqualTo("/api/stories/s-2");
    }

    @Test
    void aQueryIsATitlesFirstTwoWords() {
        assertThat(ServeProbe.query("Kalomer bridge harbour: X")).contains("Kalomer bridge");
        assertThat(ServeProbe.query("...")).isEmpty();
    }
}
