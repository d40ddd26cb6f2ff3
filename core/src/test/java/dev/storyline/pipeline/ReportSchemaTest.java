package dev.storyline.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.model.Report;
import dev.storyline.report.ReportFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schema in docs/ is strict enough to catch a report that breaks the contract. */
class ReportSchemaTest {

    @Test
    void schemaRejectsAReportThatBreaksTheContract(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("page.txt"),
                "Harbour wall repairs begin\n\nWork to repair the harbour wall began on Monday and will last until June.\n");
        Report report = Pipeline.standard().analyze(List.of(page.toString()), new ByteArrayInputStream(new byte[0]), ProgressListener.NONE);
        ReportFiles.write(report, dir.resolve("out"));
        Path json = dir.resolve("out/report.json");
        ReportAssertions.assertValidReport(json);

        ObjectMapper mapper = new ObjectMapper();
        ObjectNode broken = (ObjectNode) mapper.readTree(json.toFile());
        ((ObjectNode) broken.path("documents").get(0)).put("published", "14/04/2026");
        Path brokenFile = dir.resolve("broken.json");
        mapper.writeValue(brokenFile.toFile(), broken);

        assertThatThrownBy(() -> ReportAssertions.assertValidReport(brokenFile)).hasMessageContaining("published");
        assertThat(report.documents()).hasSize(1);
    }
}
