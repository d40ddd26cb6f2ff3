package dev.storyline.dedup;

import dev.storyline.TestArticles;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.ChangedParagraph;
import dev.storyline.model.CopyAlignment;
import dev.storyline.model.WordEdit;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PassageAlignerTest {

    private static final String LEAD =
            "Russian jets struck targets near the city of Homs on Wednesday, the first air strikes of Moscow's campaign in Syria.";
    private static final String TARGETS =
            "Moscow said the strikes hit Islamic State positions, but the U.S. Defense Secretary said they hit other rebels.";
    private static final String QUOTE =
            "\"We are deeply concerned,\" a State Department spokesman told reporters in Washington.";
    private static final String TALKS =
            "Diplomats from both countries agreed to hold talks to keep their aircraft apart over Syria.";
    private static final String BACKGROUND =
            "The civil war in Syria has killed more than 250,000 people since it began in 2011, according to the United Nations.";

    private static final AnalyzedDocument WIRE =
            TestArticles.analyzed("wire", "Wire", "2015-10-01", "Russia strikes Syria", LEAD, TARGETS, QUOTE, TALKS, BACKGROUND);

    private final PassageAligner aligner = new PassageAligner();

    @Test
    void copyThatDiffersOnlyInTypographyAndCaseSharesEveryParagraph() {
        AnalyzedDocument copy = TestArticles.analyzed("copy", "Gazette", "2015-10-01", null,
                LEAD.replace("Moscow's", "Moscow’s"), TARGETS.toUpperCase(Locale.ROOT),
                "“We are deeply concerned,” a State Department spokesman told reporters in Washington.",
                TALKS.replace(" to keep", "  to keep"), BACKGROUND.replace("250,000", "250 000"));

        CopyAlignment alignment = aligner.align(WIRE, copy);

        assertThat(alignment.document()).isEqualTo("copy");
        assertThat(alignment.shared()).isEqualTo(5);
        assertThat(alignment.added()).isEmpty();
        assertThat(alignment.dropped()).isEmpty();
        assertThat(alignment.changed()).isEmpty();
        assertThat(alignment.reordered()).isFalse();
        assertThat(alignment.isVerbatim()).isTrue();
    }

    @Test
    void paragraphsTheCopyPrintsAsOneAreOneChangedParagraphNotDroppedText() {
        AnalyzedDocument copy = TestArticles.analyzed("copy", "Gazette", "2015-10-01", null,
                LEAD, TARGETS.replace("Islamic State", "ISIS") + " " + QUOTE, TALKS, BACKGROUND);

        CopyAlignment alignment = aligner.align(WIRE, copy);

        assertThat(alignment.shared()).isEqualTo(3);
        assertThat(alignment.added()).isEmpty();
        assertThat(alignment.dropped()).isEmpty();
        assertThat(alignment.changed()).singleElement().satisfies(changed -> {
            assertThat(changed.canonical()).isEqualTo(TARGETS + " " + QUOTE);
            assertThat(changed.edits()).containsExactly(new WordEdit("Islamic State", "ISIS"));
        });
    }

    @Test
    void aParagraphTheCopySplitsInTwoIsOneChangedParagraph() {
        String[] halves = TARGETS.split(", but ");
        AnalyzedDocument copy = TestArticles.analyzed("copy", "Gazette", "2015-10-01", null,
                LEAD, halves[0] + ".", "But " + halves[1], QUOTE, TALKS, BACKGROUND);

        CopyAlignment alignment = aligner.align(WIRE, copy);

        assertThat(alignment.shared()).isEqualTo(4);
        assertThat(alignment.added()).isEmpty();
        assertThat(alignment.dropped()).isEmpty();
        assertThat(alignment.changed()).singleElement()
                .satisfies(changed -> assertThat(changed.copy()).isEqualTo(halves[0] + ". But " + halves[1]));
    }

    @Test
    void copyThatDropsOneParagraphAndAddsAnother() {
        String local = "Local councillors in Leeds said they would raise the strikes with the city's member of parliament.";
        AnalyzedDocument copy = TestArticles.analyzed("copy", "Gazette", "2015-10-02", null, LEAD, TARGETS, QUOTE, local, TALKS);

        CopyAlignment alignment = aligner.align(WIRE, copy);

        assertThat(alignment.shared()).isEqualTo(4);
        assertThat(alignment.added()).containsExactly(local);
        assertThat(alignment.dropped()).containsExactly(BACKGROUND);
        assertThat(alignment.changed()).isEmpty();
        assertThat(alignment.reordered()).isFalse();
    }

    @Test
    void changedParagraphListsTheWordEditsExactly() {
        String edited = "Moscow said the strikes hit ISIS positions, but the U.S. Defence Secretary said they hit other rebels.";
        AnalyzedDocument copy = TestArticles.analyzed("copy", "Gazette", "2015-10-02", null, LEAD, edited, QUOTE, TALKS, BACKGROUND);

        CopyAlignment alignment = aligner.align(WIRE, copy);

        assertThat(alignment.shared()).isEqualTo(4);
        assertThat(alignment.added()).isEmpty();
        assertThat(alignment.dropped()).isEmpty();
        assertThat(alignment.changed()).containsExactly(new ChangedParagraph(TARGETS, edited,
                List.of(new WordEdit("Islamic State", "ISIS"), new WordEdit("Defense", "Defence"))));
    }

    @Test
    void insertedAndDeletedWordsHaveAnEmptySide() {
        String edited = "Russian jets struck targets near Homs on Wednesday, the first air strikes of Moscow's military campaign in Syria.";
        AnalyzedDocument copy = TestArticles.analyzed("copy", "Gazette", "2015-10-02", null, edited, TARGETS, QUOTE, TALKS, BACKGROUND);

        CopyAlignment alignment = aligner.align(WIRE, copy);

        assertThat(alignment.changed()).hasSize(1);
        assertThat(alignment.changed().get(0).edits())
                .containsExactly(new WordEdit("the city of", ""), new WordEdit("", "military"));
        assertThat(alignment.changed().get(0).edits().get(0).isDeletion()).isTrue();
        assertThat(alignment.changed().get(0).edits().get(1).isInsertion()).isTrue();
    }

    @Test
    void swappedParagraphsAreSharedButReordered() {
        AnalyzedDocument copy = TestArticles.analyzed("copy", "Gazette", "2015-10-02", null, LEAD, QUOTE, TARGETS, TALKS, BACKGROUND);

        CopyAlignment alignment = aligner.align(WIRE, copy);

        assertThat(alignment.shared()).isEqualTo(5);
        assertThat(alignment.reordered()).isTrue();
        assertThat(alignment.isVerbatim()).isFalse();
    }

    @Test
    void allEditsTogether() {
        String edited = "Moscow said the strikes hit ISIS positions, but the U.S. Defence Secretary said they hit other rebels.";
        String local = "Local councillors in Leeds said they would raise the strikes with the city's member of parliament.";
        AnalyzedDocument copy = TestArticles.analyzed("copy", "Gazette", "2015-10-02", null,
                LEAD.replace("Moscow's", "Moscow’s"), TALKS, edited, local);

        CopyAlignment alignment = aligner.align(WIRE, copy);

        assertThat(alignment.shared()).isEqualTo(2);
        assertThat(alignment.added()).containsExactly(local);
        assertThat(alignment.dropped()).containsExactly(QUOTE, BACKGROUND);
        assertThat(alignment.changed()).extracting(ChangedParagraph::copy).containsExactly(edited);
        assertThat(alignment.changed().get(0).edits())
                .containsExactly(new WordEdit("Islamic State", "ISIS"), new WordEdit("Defense", "Defence"));
        assertThat(alignment.reordered()).isTrue();
    }

    @Test
    void unrelatedParagraphsAreAddedAndDroppedRatherThanChanged() {
        String other = "Oil prices rose on Thursday as traders weighed supply cuts against weak demand in Asia.";
        AnalyzedDocument copy = TestArticles.analyzed("copy", "Gazette", "2015-10-02", null, LEAD, TARGETS, QUOTE, TALKS, other);

        CopyAlignment alignment = aligner.align(WIRE, copy);

        assertThat(alignment.changed()).isEmpty();
        assertThat(alignment.added()).containsExactly(other);
        assertThat(alignment.dropped()).containsExactly(BACKGROUND);
    }

    @Test
    void foldingMakesTypographicVariantsEqual() {
        assertThat(PassageAligner.fold("’")).isEqualTo(PassageAligner.fold("'"));
        assertThat(PassageAligner.fold("“")).isEqualTo(PassageAligner.fold("\""));
        assertThat(PassageAligner.fold("—")).isEqualTo(PassageAligner.fold("-"));
        assertThat(PassageAligner.fold("Defense")).isEqualTo("defense");
    }
}
