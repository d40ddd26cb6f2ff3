package dev.storyline.compare;

import dev.storyline.TestArticles;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.model.Claim;
import dev.storyline.model.ClaimEvidence;
import dev.storyline.model.ClaimStatus;
import dev.storyline.model.Family;
import dev.storyline.model.Sentence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SentenceClaimAlignerTest {

    private final AnalyzedDocument ledger = TestArticles.analyzed("ledger", "Ledger", "2026-03-02", null,
            "Two workers were killed and 12 were injured when the roof of the Kelby depot collapsed on Sunday.",
            "The company inspected the roof in January, a spokesman said.",
            "The depot had been due to close at the end of the year.");
    private final AnalyzedDocument post = TestArticles.analyzed("post", "Post", "2026-03-02", null,
            "Two workers were killed and seventeen people were injured when the depot roof in Kelby collapsed on Sunday.",
            "The regional safety office denied that any roof inspection took place in January.",
            "The depot had been due to close at the end of the year.");
    private final AnalyzedDocument postCopy = TestArticles.analyzed("post-copy", "Herald", "2026-03-02", null,
            "The depot had been due to close at the end of the year, staff said.");

    private List<Claim> claims() {
        List<Family> families = List.of(new Family("f1", List.of("ledger"), "ledger"),
                new Family("f2", List.of("post", "post-copy"), "post"));
        return new SentenceClaimAligner().claims(List.of(ledger, post, postCopy), families);
    }

    private Claim claim(String start) {
        return claims().stream().filter(c -> c.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void aStatementOfTwoSourcesIsAgreedAndCopiesCountOnce() {
        Claim closing = claim("The depot had been due to close");
        assertThat(closing.status()).isEqualTo(ClaimStatus.AGREED);
        assertThat(closing.documents()).containsExactly("ledger", "post", "post-copy");
    }

    @Test
    void aDenialByAnotherSourceDisputesTheClaim() {
        Claim inspection = claim("The company inspected the roof");
        assertThat(inspection.status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(inspection.disputedBy()).singleElement()
                .satisfies(d -> assertThat(d.text()).startsWith("The regional safety office denied"));
    }

    @Test
    void anotherNumberForTheSameCountDisputesTheClaim() {
        Claim injured = claim("Two workers were killed and 12");
        assertThat(injured.status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(injured.disputedBy()).singleElement()
                .satisfies(d -> assertThat(d.text()).contains("seventeen people were injured"));
    }

    @Test
    void onlyOneSourceSaysItIsSingleSource() {
        List<Claim> single = claims().stream().filter(c -> c.status() == ClaimStatus.SINGLE_SOURCE).toList();
        assertThat(single).allSatisfy(c -> assertThat(c.disputedBy()).isEmpty());
        assertThat(single).extracting(Claim::text).noneMatch(t -> t.startsWith("The depot had been due"));
    }

    @Test
    void aDisputeCitesBothSidesAsEvidenceAndTheContradictionIsNotAClaimOfItsOwn() {
        Claim inspection = claim("The company inspected the roof");
        assertThat(inspection.evidence()).extracting(ClaimEvidence::document, ClaimEvidence::stance, ClaimEvidence::reason)
                .containsExactly(tuple("ledger", ClaimEvidence.Stance.STATES, null),
                        tuple("post", ClaimEvidence.Stance.CONTRADICTS, "denial"));
        assertThat(claims()).extracting(Claim::text).noneMatch(t -> t.startsWith("The regional safety office denied"));
    }

    @Test
    void twoFiguresForTheSameCountAreOneDisputeNotTwo() {
        List<Claim> injuries = claims().stream().filter(c -> c.text().contains("injured")).toList();
        assertThat(injuries).singleElement().satisfies(c -> assertThat(c.evidence())
                .anySatisfy(e -> assertThat(e.reason()).isEqualTo("different number: 12 were injured against seventeen people were injured")));
    }

    @Test
    void aNegatedStatementOfAnotherSourceDisputesWhatItNegates() {
        AnalyzedDocument claimant = TestArticles.analyzed("a", "A", "2026-03-02", null,
                "The council inspected the harbour wall in February, officials said.");
        AnalyzedDocument other = TestArticles.analyzed("b", "B", "2026-03-03", null,
                "There was no inspection of the harbour wall in February, the port authority said.",
                "The harbour master, who has not been named, was pulled from the water by a fisherman.");
        List<Claim> claims = new SentenceClaimAligner().claims(List.of(claimant, other), List.of());
        assertThat(claims).filteredOn(c -> c.status() == ClaimStatus.DISPUTED).singleElement()
                .satisfies(c -> assertThat(c.disputedBy()).singleElement()
                        .satisfies(d -> assertThat(d.text()).startsWith("There was no inspection")));
    }

    @Test
    void aFindingPublishedWeeksAfterADenialDoesNotDisputeIt() {
        AnalyzedDocument denial = TestArticles.analyzed("a", "A", "2026-03-02", null,
                "The safety office denied that any roof inspection took place in January.");
        AnalyzedDocument finding = TestArticles.analyzed("b", "B", "2026-04-20", null,
                "The inquiry found that the roof inspection in January was made from the yard.");
        List<Claim> claims = new SentenceClaimAligner().claims(List.of(denial, finding), List.of());
        assertThat(claims).noneMatch(c -> c.status() == ClaimStatus.DISPUTED);
    }

    @Test
    void sentencesGivingTheSameFigureInOtherWordsStateOneClaim() {
        AnalyzedDocument wire = TestArticles.analyzed("a", "A", "2026-03-02", null,
                "The roof of the Kelby depot fell in on Sunday, killing two workers and injuring 12, the fire service said.");
        AnalyzedDocument paper = TestArticles.analyzed("b", "B", "2026-03-02", null,
                "Two workers were killed and 12 were injured at the Kelby depot, according to the fire service.");
        List<Claim> claims = new SentenceClaimAligner().claims(List.of(wire, paper), List.of());
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(ClaimStatus.AGREED);
            assertThat(c.documents()).containsExactly("a", "b");
        });
    }

    /** A one-sentence document whose sentence shares only "council" and "bridge" with others: a group of its own. */
    private static AnalyzedDocument filler(int number) {
        StringBuilder text = new StringBuilder();
        List<String> tokens = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            String word = "q" + (char) ('a' + w) + (char) ('a' + number % 26) + (char) ('a' + number / 26 % 26)
                    + (char) ('a' + number / 676 % 26);
            tokens.add(word);
            if (w == 4) {
                tokens.add("council");
                tokens.add("bridge");
            }
        }
        text.append(String.join(" ", tokens)).append('.');
        tokens.add(".");
        String id = "filler-" + number;
        Article article = new Article(id, id + ".txt", null, null, null, null,
                LocalDate.parse("2026-03-02"), List.of(text.toString()), List.of());
        return new AnalyzedDocument(article, List.of(new Sentence(text.toString(), 0, tokens, tokens)),
                List.of(), List.of());
    }

    @Test
    void inAStoryWithMoreGroupsThanAreComparedAClaimIsStillFoundAcrossSourcesAndDisputed() {
        List<AnalyzedDocument> documents = new ArrayList<>();
        for (int n = 0; n < 2 * SentenceClaimAligner.MAX_CANDIDATE_GROUPS; n++) {
            documents.add(filler(n));
        }
        documents.add(TestArticles.analyzed("courier", "Courier", "2026-03-02", null,
                "The council closed the bridge after inspectors found cracks in the steel cables."));
        documents.add(TestArticles.analyzed("times", "Times", "2026-03-02", null,
                "Inspectors found cracks in the steel cables, and the council closed the bridge."));
        documents.add(TestArticles.analyzed("wire", "Wire", "2026-03-03", null,
                "The bridge operator denied that inspectors found cracks in the steel cables."));

        List<Claim> claims = new SentenceClaimAligner().claims(documents, List.of());

        Claim cables = claims.stream().filter(c -> c.text().startsWith("The council closed the bridge")).findFirst().orElseThrow();
        assertThat(cables.documents()).containsExactly("courier", "times");
        assertThat(cables.status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(cables.disputedBy()).singleElement().satisfies(d -> assertThat(d.documents()).containsExactly("wire"));
        assertThat(claims).filteredOn(c -> c.text().startsWith("qa")).hasSize(2 * SentenceClaimAligner.MAX_CANDIDATE_GROUPS)
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(ClaimStatus.SINGLE_SOURCE));
    }
}
