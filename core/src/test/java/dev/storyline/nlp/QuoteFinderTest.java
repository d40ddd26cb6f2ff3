package dev.storyline.nlp;

import dev.storyline.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder();

    @Test
    void anUnnamedSourceKeepsItsDescriptionAndIsMarkedAnonymous() {
        List<Quote> quotes = finder.find(List.of(
                "\"The president will not sign this bill in its current form,\" a source close to the president said."), List.of());

        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(quote.speaker()).isEqualTo("a source close to the president");
            assertThat(quote.anonymous()).isTrue();
        });
    }

    @Test
    void aNamedOrDefiniteSpeakerIsNotAnonymous() {
        List<Quote> quotes = finder.find(List.of(
                "\"We will rebuild the bridge within two years,\" the minister said.",
                "\"Every family will be heard before the summer,\" said Corrowby's mayor, Tamsin Holloway."), List.of());

        assertThat(quotes).extracting(Quote::speaker).containsExactly("the minister", "Tamsin Holloway");
        assertThat(quotes).noneMatch(Quote::anonymous);
    }

    @Test
    void aQuoteWithoutACueTakesTheSpeakerNamedInTheSentenceBefore() {
        List<Quote> quotes = finder.find(List.of(
                "Press secretary Josh Earnest spoke to reporters on Monday. Earnest said the talks would go on.",
                "\"We have seen a sustained commitment from both sides to keep talking.\""), List.of());

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Earnest");
    }
}
