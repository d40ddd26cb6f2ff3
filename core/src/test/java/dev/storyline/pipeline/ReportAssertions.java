package dev.storyline.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks a written report.json against docs/report.schema.json and the invariants the schema cannot express. */
public final class ReportAssertions {

    public static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportAssertions() {
    }

    public static JsonNode assertValidReport(Path reportJson) throws IOException {
        JsonNode report = JSON.readTree(reportJson.toFile());
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(PROJECT.resolve("docs/report.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(report);
        assertThat(errors).as("schema errors in " + reportJson).isEmpty();

        assertThat(report.path("inputs").path("analyzed").asInt()).isEqualTo(report.path("documents").size());
        for (String group : new String[] {"families", "events", "stories"}) {
            Map<String, Integer> memberships = new HashMap<>();
            for (JsonNode node : report.path(group)) {
                for (JsonNode id : node.path("documents")) {
                    memberships.merge(id.asText(), 1, Integer::sum);
                }
            }
            for (JsonNode document : report.path("documents")) {
                assertThat(memberships.get(document.path("id").asText()))
                        .as(document.path("id").asText() + " belongs to exactly one of " + group).isEqualTo(1);
            }
        }
        return report;
    }
}
