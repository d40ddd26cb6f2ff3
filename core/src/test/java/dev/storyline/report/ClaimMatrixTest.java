package dev.storyline.report;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.model.CitedText;
import dev.storyline.model.Claim;
import dev.storyline.model.ClaimEvidence;
import dev.storyline.model.ClaimEvidence.Stance;
import dev.storyline.model.ClaimStatus;
import dev.storyline.model.Event;
import dev.storyline.model.Family;
import dev.storyline.model.Report;
import dev.storyline.model.Story;
import dev.storyline.report.ClaimMatrix.Cell;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimMatrixTest {

    private static ClaimEvidence states(String document) {
        return new ClaimEvidence(document, "says so", Stance.STATES, null);
    }

    private static ClaimEvidence contradicts(String document, String text) {
        return new ClaimEvidence(document, text, Stance.CONTRADICTS, "denial");
    }

    private static Claim claim(String text, ClaimStatus status, List<String> documents, ClaimEvidence... evidence) {
        return new Claim(text, status, documents, List.of(), List.of(evidence));
    }

    private static Story story(Claim... claims) {
        return new Story("s1", "A story", List.of("e1"), List.of("c1", "c2", "w1", "p1", "x1"), List.of(), List.of(), List.of(claims));
    }

    /** Two documents of the Courier, one of the Wire, one of the Post, and x1 whose outlet is unknown. */
    private static Map<String, String> outlets() {
        Map<String, String> outlets = new HashMap<>();
        outlets.put("c1", "Courier");
        outlets.put("c2", "Courier");
        outlets.put("w1", "Wire");
        outlets.put("p1", "Post");
        outlets.put("x1", null);
        return outlets;
    }

    private static Cell cell(ClaimMatrix matrix, int row, String source) {
        return matrix.rows().get(row).cells().get(matrix.sources().indexOf(source));
    }

    @Test
    void eachCellSaysWhetherTheSourceStatesContradictsDoesBothOrIsSilent() {
        Claim injured = claim("Fourteen were injured.", ClaimStatus.DISPUTED, List.of("c1", "w1"),
                states("c1"), states("w1"), contradicts("c2", "Nineteen were injured."), contradicts("p1", "Nineteen, said the hospital."));

        ClaimMatrix matrix = ClaimMatrix.of(story(injured), outlets());

        assertThat(matrix.sources()).containsExactly("Courier", "Post", "Wire");
        assertThat(cell(matrix, 0, "Courier")).as("c1 states it, c2 contradicts it").isEqualTo(Cell.BOTH);
        assertThat(cell(matrix, 0, "Wire")).isEqualTo(Cell.STATES);
        assertThat(cell(matrix, 0, "Post")).isEqualTo(Cell.CONTRADICTS);
        ClaimMatrix.Row row = matrix.rows().get(0);
        assertThat(row.status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(row.documents()).containsExactly("c1", "w1");
        assertThat(row.against()).extracting(ClaimEvidence::text).containsExactly("Nineteen were injured.", "Nineteen, said the hospital.");

        Claim other = claim("The bridge opened in 1971.", ClaimStatus.SINGLE_SOURCE, List.of("w1"), states("w1"));
        ClaimMatrix two = ClaimMatrix.of(story(injured, other), outlets());
        assertThat(cell(two, 1, "Courier")).isEqualTo(Cell.SILENT);
        assertThat(cell(two, 1, "Post")).isEqualTo(Cell.SILENT);
        assertThat(cell(two, 1, "Wire")).isEqualTo(Cell.STATES);
        assertThat(two.rows().get(1).against()).isEmpty();
    }

    @Test
    void aDocumentListedAsStatingCountsEvenWithoutEvidence() {
        ClaimMatrix matrix = ClaimMatrix.of(story(claim("Rain fell.", ClaimStatus.SINGLE_SOURCE, List.of("p1"))), outlets());

        assertThat(matrix.sources()).containsExactly("Post");
        assertThat(matrix.rows().get(0).cells()).containsExactly(Cell.STATES);
    }

    @Test
    void aDocumentWithoutOutletIsASourceOfItsOwnNamedByItsId() {
        Map<String, String> outlets = outlets();
        outlets.put("p1", " ");
        Claim claim = claim("Rain fell.", ClaimStatus.AGREED, List.of("x1", "p1", "c1"), states("x1"), states("p1"), states("c1"));

        ClaimMatrix matrix = ClaimMatrix.of(story(claim), outlets);

        assertThat(matrix.sources()).as("a blank outlet is no outlet either").containsExactly("Courier", "p1", "x1");
        assertThat(matrix.rows().get(0).cells()).containsOnly(Cell.STATES);
        assertThat(ClaimMatrix.of(story(claim), Map.of()).sources()).as("a document missing from the map")
                .containsExactly("c1", "p1", "x1");
    }

    @Test
    void rowsGoDisputedThenAgreedThenSingleSourceEachInTheStorysOrder() {
        Claim single1 = claim("single 1", ClaimStatus.SINGLE_SOURCE, List.of("c1"));
        Claim agreed1 = claim("agreed 1", ClaimStatus.AGREED, List.of("c1", "w1"));
        Claim disputed1 = claim("disputed 1", ClaimStatus.DISPUTED, List.of("c1"), contradicts("w1", "no"));
        Claim single2 = claim("single 2", ClaimStatus.SINGLE_SOURCE, List.of("w1"));
        Claim agreed2 = claim("agreed 2", ClaimStatus.AGREED, List.of("w1", "p1"));
        Claim disputed2 = claim("disputed 2", ClaimStatus.DISPUTED, List.of("p1"), contradicts("c1", "no"));

        ClaimMatrix matrix = ClaimMatrix.of(story(single1, agreed1, disputed1, single2, agreed2, disputed2), outlets());

        assertThat(matrix.rows()).extracting(ClaimMatrix.Row::text)
                .containsExactly("disputed 1", "disputed 2", "agreed 1", "agreed 2", "single 1", "single 2");
        assertThat(matrix.rows()).allSatisfy(row -> assertThat(row.cells()).hasSize(matrix.sources().size()));
    }

    @Test
    void columnsGoByTheNumberOfClaimsTheSourceTakesPartInThenByName() {
        Claim first = claim("first", ClaimStatus.AGREED, List.of("w1", "p1"));
        Claim second = claim("second", ClaimStatus.DISPUTED, List.of("p1"), contradicts("x1", "no"));
        Claim third = claim("third", ClaimStatus.DISPUTED, List.of("c1"), contradicts("x1", "no"));

        ClaimMatrix matrix = ClaimMatrix.of(story(first, second, third), outlets());

        assertThat(matrix.sources()).as("x1 and Post take part in two claims, Courier and Wire in one")
                .containsExactly("Post", "x1", "Courier", "Wire");
        assertThat(ClaimMatrix.of(story(), outlets())).isEqualTo(new ClaimMatrix(List.of(), List.of()));
    }

    @Test
    void theListsItWasMadeFromCanChangeWithoutChangingIt() {
        List<Cell> cells = new ArrayList<>(List.of(Cell.STATES));
        ClaimMatrix.Row row = new ClaimMatrix.Row("t", ClaimStatus.AGREED, cells, List.of("c1"), List.of());
        cells.add(Cell.SILENT);
        assertThat(row.cells()).containsExactly(Cell.STATES);
    }

    @Test
    void reportHtmlShowsTheMatrixEscapedWithASymbolAndAWordPerCellAndTheOtherSideOfADispute() throws IOException {
        AnalyzedDocument courier = document("c1", "<b>Courier</b>");
        AnalyzedDocument unknown = document("x1", null);
        Claim claim = new Claim("<script>alert(1)</script> fell", ClaimStatus.DISPUTED, List.of("c1"),
                List.of(new CitedText("<i>No</i> it did not", List.of("x1"))),
                List.of(states("c1"), contradicts("x1", "<i>No</i> it did not")));
        Story story = new Story("s1", "Story", List.of("e1"), List.of("c1", "x1"), List.of(), List.of(), List.of(claim));
        Report report = new Report(Instant.parse("2026-01-01T00:00:00Z"), List.of(), List.of(courier, unknown),
                List.of(new Family("f1", List.of("c1"), "c1"), new Family("f2", List.of("x1"), "x1")),
                List.of(new Event("e1", "Event", null, List.of("c1", "x1"), List.of())), List.of(story));
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write(report, out);

        assertThat(out.toString()).doesNotContain("<script").doesNotContain("<b>Courier").doesNotContain("<i>No");
        Document page = Jsoup.parse(out.toString());
        Element matrix = page.selectFirst("table.matrix");
        assertThat(matrix.select("th.source")).extracting(Element::text).containsExactly("<b>Courier</b>", "x1");
        Element row = matrix.selectFirst("tr.disputed");
        assertThat(row.selectFirst("td").text()).contains("<script>alert(1)</script> fell").contains("disputed");
        assertThat(row.select("td.cell")).extracting(Element::text).containsExactly("✓ states", "✗ contradicts");
        assertThat(row.select("td.cell.contradicts").attr("title")).isEqualTo("x1: contradicts the claim");
        assertThat(row.nextElementSibling().text()).contains("Contradicted by:").contains("<i>No</i> it did not");
        assertThat(page.select("svg.timeline")).as("no event is dated").isEmpty();
    }

    private static AnalyzedDocument document(String id, String outlet) {
        return new AnalyzedDocument(new Article(id, "in/" + id, null, "Title " + id, outlet, null, null, List.of("Text."), List.of()),
                List.of(), List.of(), List.of());
    }
}
