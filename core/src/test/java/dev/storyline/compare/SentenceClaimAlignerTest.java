package dev.storyline.compare;

import dev.storyline.TestArticles;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Claim;
import dev.storyline.model.ClaimStatus;
import dev.storyline.model.Family;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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
}
