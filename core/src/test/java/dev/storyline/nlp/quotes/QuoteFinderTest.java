package dev.storyline.nlp.quotes;

import dev.storyline.TestArticles;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import dev.storyline.model.Quote;
import dev.storyline.model.QuoteKind;
import dev.storyline.model.Sentence;
import dev.storyline.util.Deadline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class QuoteFinderTest {

    private static final Entity SHOIGU = new Entity("Sergei Shoigu", EntityType.PERSON);
    private static final Entity VESK = new Entity("Oriana Vesk", EntityType.PERSON);
    private static final Entity TEBBE = new Entity("Joran Tebbe", EntityType.PERSON);
    private static final Entity KALLOWAY = new Entity("Idris Kalloway", EntityType.PERSON);

    private final QuoteFinder finder = new QuoteFinder();

    /** The quotes of paragraphs, with the analyzer's sentences as the finder gets them in the product. */
    private List<Quote> find(List<String> paragraphs, List<Entity> entities) {
        List<Sentence> sentences = TestArticles.analyzed("d", null, null, null, paragraphs.toArray(String[]::new)).sentences();
        return finder.find(paragraphs, sentences, entities, Deadline.NONE);
    }

    @Test
    void anUnnamedSourceKeepsItsDescriptionAndIsMarkedAnonymous() {
        List<Quote> quotes = find(List.of(
                "\"The president will not sign this bill in its current form,\" a source close to the president said."), List.of());

        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(quote.speaker()).isEqualTo("a source close to the president");
            assertThat(quote.anonymous()).isTrue();
        });
    }

    @Test
    void aNamedOrDefiniteSpeakerIsNotAnonymous() {
        List<Quote> quotes = find(List.of(
                "\"We will rebuild the bridge within two years,\" the minister said.",
                "\"Every family will be heard before the summer,\" said Corrowby's mayor, Tamsin Holloway."), List.of());

        assertThat(quotes).extracting(Quote::speaker).containsExactly("the minister", "Tamsin Holloway");
        assertThat(quotes).noneMatch(Quote::anonymous);
    }

    @Test
    void aQuoteWithoutACueTakesTheSpeakerNamedInTheSentenceBefore() {
        List<Quote> quotes = find(List.of(
                "Press secretary Josh Earnest spoke to reporters on Monday. Earnest said the talks would go on.",
                "\"We have seen a sustained commitment from both sides to keep talking.\""), List.of());

        assertThat(quotes).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT).singleElement()
                .extracting(Quote::speaker).isEqualTo("Earnest");
    }

    @Test
    void indirectSpeechAfterSaidThatKeepsTheStatementAndNamesTheSpeaker() {
        List<Quote> quotes = find(List.of(
                "Defence Minister Sergei Shoigu said that the strikes hit 20 targets in Syria."), List.of(SHOIGU));

        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
            assertThat(quote.text()).isEqualTo("the strikes hit 20 targets in Syria");
            assertThat(quote.speaker()).isEqualTo("Sergei Shoigu");
            assertThat(quote.anonymous()).isFalse();
        });
    }

    @Test
    void aCueAfterTheStatementNamesTheSpeakerOfIndirectSpeech() {
        List<Quote> quotes = find(List.of(
                "The city inspected the bridge in March, officials said.",
                "Two cars and a bus fell into the river, the emergency service said on Tuesday."), List.of());

        assertThat(quotes).extracting(Quote::kind, Quote::text, Quote::speaker, Quote::anonymous).containsExactly(
                tuple(QuoteKind.INDIRECT, "The city inspected the bridge in March", "officials", true),
                tuple(QuoteKind.INDIRECT, "Two cars and a bus fell into the river", "the emergency service", false));
    }

    @Test
    void accordingToNamesTheSourceAtTheStartOrTheEndOfTheSentence() {
        List<Quote> quotes = find(List.of(
                "According to the police, about 3,000 people marched to the town hall.",
                "The talks stalled over the price of gas, according to officials familiar with the talks."), List.of());

        assertThat(quotes).extracting(Quote::text, Quote::speaker, Quote::anonymous).containsExactly(
                tuple("about 3,000 people marched to the town hall", "the police", false),
                tuple("The talks stalled over the price of gas", "officials familiar with the talks", true));
        assertThat(quotes).allMatch(quote -> quote.kind() == QuoteKind.INDIRECT);
    }

    @Test
    void anUnnamedSourceOfIndirectSpeechKeepsItsDescriptionAndIsAnonymous() {
        List<Quote> quotes = find(List.of(
                "The president will veto the bill, according to a source close to the president."), List.of());

        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(quote.speaker()).isEqualTo("a source close to the president");
            assertThat(quote.anonymous()).isTrue();
        });
    }

    @Test
    void aPronounInIndirectSpeechStandsForThePersonNamedBefore() {
        List<Quote> quotes = find(List.of(
                "Mayor Oriana Vesk visited the collapsed bridge on Tuesday.",
                "She told reporters that the city would pay for temporary ferries."), List.of(VESK));

        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
            assertThat(quote.text()).isEqualTo("the city would pay for temporary ferries");
            assertThat(quote.speaker()).isEqualTo("Oriana Vesk");
        });
    }

    @Test
    void aSentenceWithADirectQuoteGivesNoIndirectSpeech() {
        List<Quote> quotes = find(List.of(
                "\"We will rebuild the bridge within two years,\" Vesk said, adding that the city would pay for it."),
                List.of(VESK));

        assertThat(quotes).extracting(Quote::kind, Quote::speaker).containsExactly(tuple(QuoteKind.DIRECT, "Oriana Vesk"));
    }

    @Test
    void aQuotedPhraseIsAttributedOnlyWhenItsSentenceNamesTheSpeaker() {
        List<Quote> quotes = find(List.of(
                "Union leader Joran Tebbe spoke after the vote. He called the plan \"a betrayal of farmers\".",
                "Minister Idris Kalloway called it \"a fair deal\".",
                "The so-called \"water war\" has divided the valley for a decade."), List.of(TEBBE, KALLOWAY));

        assertThat(quotes).extracting(Quote::kind, Quote::text, Quote::speaker).containsExactly(
                tuple(QuoteKind.PHRASE, "a betrayal of farmers", "Joran Tebbe"),
                tuple(QuoteKind.PHRASE, "a fair deal", "Idris Kalloway"),
                tuple(QuoteKind.PHRASE, "water war", null));
    }

    @Test
    void aStatementOpeningTheSentenceIsADirectQuoteButOneInsideTheWritersSentenceIsAPhraseOfIndirectSpeech() {
        List<Quote> quotes = find(List.of(
                "\"The canal will take months to repair,\" Kalloway said.",
                "Kalloway said the canal would \"take months to repair, perhaps even a year\"."), List.of(KALLOWAY));

        assertThat(quotes).extracting(Quote::kind, Quote::text, Quote::speaker).containsExactly(
                tuple(QuoteKind.DIRECT, "The canal will take months to repair,", "Idris Kalloway"),
                tuple(QuoteKind.INDIRECT, "the canal would \"take months to repair, perhaps even a year\"", "Idris Kalloway"),
                tuple(QuoteKind.PHRASE, "take months to repair, perhaps even a year", "Idris Kalloway"));
    }

    @Test
    void aReportThatSaysNothingOrAQuestionIsNotIndirectSpeech() {
        List<Quote> quotes = find(List.of(
                "The report said nothing about the cost of the repairs.",
                "Did the minister say that the bridge was safe?",
                "Has the ministry said that the bridge will reopen?"), List.of());

        assertThat(quotes).isEmpty();
    }

    @Test
    void aKnownSpeakerWithAnyVerbRightAfterTheQuoteIsTheSpeaker() {
        List<Quote> quotes = find(List.of(
                "\"We will not give up a single acre of the orchard,\" Vesk fumed."), List.of(VESK));

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Oriana Vesk");
    }

    @Test
    void aCueClosingTheWritersSentenceAfterAQuotedFragmentNamesTheSpeaker() {
        List<Quote> quotes = find(List.of(
                "\"The ferry will run again by June\" if the new engines arrive in time, Tebbe said."), List.of(TEBBE));

        assertThat(quotes).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT).singleElement()
                .extracting(Quote::speaker).isEqualTo("Joran Tebbe");
    }

    @Test
    void aNameUsedAsALabelBeforeAColonIsTheSpeaker() {
        List<Quote> quotes = find(List.of(
                "A second opinion - Oriana Vesk: \"The harvest figures tell a very different story this year.\""),
                List.of(VESK));

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Oriana Vesk");
    }

    @Test
    void theSubjectOfTheSentenceLeadingIntoAQuoteIsTheSpeakerWhenNoCueNamesOne() {
        List<Quote> quotes = find(List.of(
                "Kalloway posted the final count online on Friday, writing \"Every ballot was counted twice.\"",
                "Tebbe leaned towards the microphone and boomed: \"This valley will not be flooded.\""),
                List.of(KALLOWAY, TEBBE));

        assertThat(quotes).extracting(Quote::speaker).containsExactly("Idris Kalloway", "Joran Tebbe");
    }

    @Test
    void aCueLaterInTheLeadingSentenceOutranksItsSubject() {
        List<Quote> quotes = find(List.of(
                "Kalloway and Vesk will meet again next week, Tebbe said, adding, \"Nobody expects a deal before spring.\""),
                List.of(KALLOWAY, VESK, TEBBE));

        assertThat(quotes).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT).singleElement()
                .extracting(Quote::speaker).isEqualTo("Joran Tebbe");
    }

    @Test
    void aPossessiveIsNotTheSpeakerOfTheCueNounAfterIt() {
        List<Quote> quotes = find(List.of(
                "Tebbe was unmoved by Vesk's comments on Tuesday, telling reporters, \"Nobody here has changed their mind.\""),
                List.of(TEBBE, VESK));

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Joran Tebbe");
    }

    @Test
    void aDescriptionWithAKnownPersonInAppositionIsThatPerson() {
        List<Quote> quotes = find(List.of(
                "\"The strike will go ahead on Monday,\" the union's spokesman, Joran Tebbe, said."), List.of(TEBBE));

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Joran Tebbe");
    }

    @Test
    void anUnnamedSourceIntroducedWithOneOrAnotherIsAnonymous() {
        List<Quote> quotes = find(List.of(
                "\"The mayor has already made up her mind,\" one council aide said.",
                "\"Nobody has seen the final budget yet,\" another aide said."), List.of());

        assertThat(quotes).extracting(Quote::speaker, Quote::anonymous).containsExactly(
                tuple("one council aide", true), tuple("another aide", true));
    }

    @Test
    void aQuoteAloneInItsParagraphTakesWhatTheParagraphBeforeNamesAtItsEnd() {
        List<Quote> quotes = find(List.of(
                "Oriana Vesk is confident about the harvest.",
                "\"We have never seen the orchards look this good in spring.\"",
                "The ferry company is less sure. Continued Tebbe:",
                "\"Nobody can promise the river will stay this calm.\""), List.of(VESK, TEBBE));

        assertThat(quotes).filteredOn(quote -> quote.kind() == QuoteKind.DIRECT).extracting(Quote::speaker)
                .containsExactly("Oriana Vesk", "Joran Tebbe");
    }

    @Test
    void aNoBreakSpaceBeforeTheCueDoesNotHideIt() {
        List<Quote> quotes = find(List.of(
                "\"We wish the couple all the best in the years ahead,\" the company\u00a0said in a statement."), List.of());

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("the company");
    }
}
