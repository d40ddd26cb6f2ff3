package dev.storyline.nlp.quotes;

import dev.storyline.TestArticles;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import dev.storyline.model.QuoteAttribution;
import dev.storyline.model.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each speaker rule on its own, on the last quote of a few paragraphs, with no speaker carried in. */
class SpeakerSieveTest {

    private static final Entity RUIZ = new Entity("Ana Ruiz", EntityType.PERSON);
    private static final Entity VESK = new Entity("Oriana Vesk", EntityType.PERSON);
    private static final Entity HARBOUR_TRUST = new Entity("Harbour Trust", EntityType.ORGANIZATION);
    private static final Entity CORROWBY = new Entity("Corrowby", EntityType.LOCATION);
    private static final Entity PELLEY = new Entity("Lauren Pelley", EntityType.PERSON);
    private static final List<Entity> ENTITIES = List.of(RUIZ, VESK, HARBOUR_TRUST, CORROWBY, PELLEY);

    /** The sieve named {@code name}, from the lists the finder tries. */
    private static SpeakerSieve sieve(QuoteAttribution name) {
        return Stream.of(SpeakerSieve.CUED, SpeakerSieve.CARRIED_OVER, List.of(SpeakerSieve.PHRASE)).flatMap(List::stream)
                .filter(sieve -> sieve.attribution() == name).findFirst().orElseThrow();
    }

    /** What the sieve {@code name} says about the last quote of the last paragraph, as the finder would ask it. */
    private static Attributed attribute(QuoteAttribution name, String... paragraphs) {
        return carried(name, null, paragraphs);
    }

    /** As {@link #attribute(QuoteAttribution, String...)}, with {@code previousSpeaker} as the speaker so far. */
    private static Attributed carried(QuoteAttribution name, String previousSpeaker, String... paragraphs) {
        List<Sentence> sentences = TestArticles.analyzed("d", null, null, null, paragraphs).sentences();
        QuoteContext context = new QuoteContext(List.of(paragraphs), sentences, ENTITIES);
        int p = paragraphs.length - 1;
        Matcher m = CuePatterns.QUOTED.matcher(context.normalized(p));
        int previousClose = -1;
        QuotedSpan last = null;
        while (m.find()) {
            last = QuotedSpan.of(context, p, m, previousClose, previousClose < 0 ? null : previousSpeaker, previousSpeaker, null);
            previousClose = m.end();
        }
        return sieve(name).attribute(last, context);
    }

    @Test
    void aCueAfterTheQuoteNamesTheSpeakerAndAPronounThereIsRecordedAsSuch() {
        assertThat(attribute(QuoteAttribution.CUE_AFTER, "“We will rebuild the bridge,” Mayor Ana Ruiz said on Monday."))
                .isEqualTo(new Attributed("Ana Ruiz", QuoteAttribution.CUE_AFTER));
        assertThat(attribute(QuoteAttribution.CUE_AFTER, "Ana Ruiz toured the site.", "“We will rebuild the bridge,” she said."))
                .isEqualTo(new Attributed("Ana Ruiz", QuoteAttribution.PRONOUN));
        assertThat(attribute(QuoteAttribution.CUE_AFTER, "“We will rebuild the bridge.” The council met later.")).isNull();
    }

    @Test
    void aPronounNeverStandsForAnOrganisationOrAPlace() {
        assertThat(attribute(QuoteAttribution.CUE_AFTER, "She cited the Harbour Trust in Corrowby.",
                "“The bridge will be rebuilt within two years,” she said.")).isNull();
    }

    @Test
    void aSignatureAfterADashNamesTheSpeaker() {
        assertThat(attribute(QuoteAttribution.SIGNATURE, "“Every family will be heard before the summer.” ― Oriana Vesk"))
                .isEqualTo(new Attributed("Oriana Vesk", QuoteAttribution.SIGNATURE));
    }

    @Test
    void aCueBeforeTheQuoteNamesTheSpeakerButTheMediumOfAStatementDoesNot() {
        assertThat(attribute(QuoteAttribution.CUE_BEFORE, "Ruiz said: “We will rebuild the bridge within two years.”"))
                .isEqualTo(new Attributed("Ana Ruiz", QuoteAttribution.CUE_BEFORE));
        assertThat(attribute(QuoteAttribution.CUE_BEFORE,
                "Said Vesk, who grew up by the river, “We were all so proud of the old bridge.”"))
                .isEqualTo(new Attributed("Oriana Vesk", QuoteAttribution.CUE_BEFORE));
        assertThat(attribute(QuoteAttribution.CUE_BEFORE, "In a statement to the paper, the trust wrote: “The bridge is safe to use.”"))
                .extracting(Attributed::speaker).isEqualTo("the trust");
    }

    @Test
    void aKnownNameWithAnyVerbAfterTheQuoteIsTheSpeaker() {
        assertThat(attribute(QuoteAttribution.NAME_THEN_VERB, "“Nobody asked the families what they wanted,” Vesk fumed."))
                .isEqualTo(new Attributed("Oriana Vesk", QuoteAttribution.NAME_THEN_VERB));
    }

    @Test
    void theCueClosingTheWritersSentenceNamesTheSpeakerOfAFragment() {
        assertThat(attribute(QuoteAttribution.CUE_CLOSING_SENTENCE,
                "The plan is “a betrayal of everyone who lives along the river” if it passes, Ruiz said."))
                .isEqualTo(new Attributed("Ana Ruiz", QuoteAttribution.CUE_CLOSING_SENTENCE));
    }

    @Test
    void aKnownNameAsALabelBeforeAColonIsTheSpeaker() {
        assertThat(attribute(QuoteAttribution.LABEL, "Oriana Vesk: “We will hold the vote again next spring.”"))
                .isEqualTo(new Attributed("Oriana Vesk", QuoteAttribution.LABEL));
    }

    @Test
    void theSubjectLeadingIntoTheQuoteIsTheSpeakerButNeverAPlaceOrADateline() {
        assertThat(attribute(QuoteAttribution.INTRODUCING_SUBJECT,
                "Ruiz shared the news on Friday, writing: “The bridge opens again in May.”"))
                .isEqualTo(new Attributed("Ana Ruiz", QuoteAttribution.INTRODUCING_SUBJECT));
        assertThat(attribute(QuoteAttribution.INTRODUCING_SUBJECT,
                "Corrowby voted on Friday, and the result read: “The bridge opens again in May.”")).isNull();
        assertThat(attribute(QuoteAttribution.INTRODUCING_SUBJECT,
                "The timing was awkward for everyone at the meeting: “The bridge should open again in May.”")).isNull();
    }

    @Test
    void aQuoteWithoutACueContinuesTheParagraphsPreviousSpeaker() {
        assertThat(carried(QuoteAttribution.CONTINUATION, "Ana Ruiz",
                "“We will rebuild the bridge,” Ruiz said. “It will take two years and every cent we have.”"))
                .isEqualTo(new Attributed("Ana Ruiz", QuoteAttribution.CONTINUATION));
    }

    @Test
    void aQuoteOpeningAParagraphTakesTheVoiceThatClosedThePreviousOne() {
        assertThat(carried(QuoteAttribution.PREVIOUS_PARAGRAPH, "Ana Ruiz", "“It will take two years and every cent we have.”"))
                .isEqualTo(new Attributed("Ana Ruiz", QuoteAttribution.PREVIOUS_PARAGRAPH));
    }

    @Test
    void aQuoteAfterASentenceWithACueTakesItsSpeaker() {
        assertThat(attribute(QuoteAttribution.SENTENCE_BEFORE, "Vesk spoke to reporters on Monday. Vesk said the talks would go on.",
                "“We have seen a sustained commitment from both sides to keep talking.”"))
                .isEqualTo(new Attributed("Oriana Vesk", QuoteAttribution.SENTENCE_BEFORE));
    }

    @Test
    void aPhraseTakesTheSubjectOfItsSentenceWithAVerbThatFramesIt() {
        assertThat(attribute(QuoteAttribution.PHRASE_SUBJECT, "Ruiz called the plan “a fair deal” on Monday."))
                .isEqualTo(new Attributed("Ana Ruiz", QuoteAttribution.PHRASE_SUBJECT));
    }

    @Test
    void aPhotoCreditIsNeverASpeaker() {
        assertThat(attribute(QuoteAttribution.CUE_AFTER, "Ana Ruiz opened the bridge.",
                "(Lauren Pelley / CBC News) “We will rebuild the bridge within two years,” she said."))
                .extracting(Attributed::speaker).isEqualTo("Ana Ruiz");
        assertThat(attribute(QuoteAttribution.SENTENCE_BEFORE, "Ana Ruiz opened the bridge.", "Photo: Lauren Pelley / CBC News",
                "“We will rebuild the bridge within two years.”")).extracting(Attributed::speaker).isEqualTo("Ana Ruiz");
        assertThat(PhotoCredits.blanked("The crowd at the bridge (Lauren Pelley / CBC News) cheered."))
                .isEqualTo("The crowd at the bridge " + " ".repeat("(Lauren Pelley / CBC News)".length()) + " cheered.");
        assertThat(PhotoCredits.blanked("Photo: Ana Ruiz/Reuters")).isBlank();
    }
}
