package dev.storyline.compare;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.model.CitedText;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import dev.storyline.model.Quote;
import dev.storyline.model.StoryQuote;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteAlignerTest {

    private static AnalyzedDocument quoting(String id, List<Entity> entities, Quote... quotes) {
        Article article = new Article(id, id + ".txt", null, null, null, null, null, List.of("text"), List.of());
        return new AnalyzedDocument(article, List.of(), entities, List.of(quotes));
    }

    private static List<StoryQuote> align(AnalyzedDocument... documents) {
        EntityMerger.Result entities = new EntityMerger().merge(List.of(documents), "s1-n");
        return new QuoteAligner().align(List.of(documents), entities);
    }

    @Test
    void theSameWordsCutShortOrRewordedByAnotherOutletAreOneQuoteWithVariants() {
        List<Entity> vesk = List.of(new Entity("Oriana Vesk", EntityType.PERSON));
        List<StoryQuote> quotes = align(
                quoting("a", vesk, new Quote("This is the darkest night our city has known in a generation.", "Oriana Vesk")),
                quoting("b", List.of(new Entity("Vesk", EntityType.PERSON)),
                        new Quote("This is the darkest night our city has known in a generation. We will find out why.", "Vesk")),
                quoting("c", vesk, new Quote("This is the darkest night our city has known in a generation!", "Oriana Vesk")),
                quoting("d", vesk, new Quote("Tonight is the darkest night our town has known for a generation.", "Oriana Vesk")));
        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(quote.speakerId()).isEqualTo("s1-n1");
            assertThat(quote.variants()).extracting(CitedText::documents)
                    .containsExactly(List.of("a", "c"), List.of("b"), List.of("d"));
        });
    }

    @Test
    void differentSpeakersOrDifferentStatementsStayApart() {
        List<StoryQuote> quotes = align(
                quoting("a", List.of(new Entity("Oriana Vesk", EntityType.PERSON)),
                        new Quote("We will rebuild the bridge.", "Oriana Vesk"),
                        new Quote("The families deserve answers before the summer.", "Oriana Vesk")),
                quoting("b", List.of(), new Quote("We will rebuild the bridge.", "a city official", true)));
        assertThat(quotes).hasSize(3);
        assertThat(quotes.get(2).speakerId()).isNull();
        assertThat(quotes.get(2).anonymous()).isTrue();
    }

    @Test
    void aSpeakerQuotedOnManyOtherThingsStillHasARepeatedStatementJoinedToItsFirstWording() {
        List<Entity> vesk = List.of(new Entity("Oriana Vesk", EntityType.PERSON));
        List<AnalyzedDocument> documents = new ArrayList<>();
        documents.add(quoting("first", vesk, new Quote("The inspectorate ignored every warning about the cables.", "Oriana Vesk")));
        for (int n = 0; n < 2 * QuoteAligner.MAX_COMPARED_STATEMENTS; n++) {
            String unique = "" + (char) ('a' + n % 26) + (char) ('a' + n / 26 % 26);
            documents.add(quoting("other-" + n, vesk, new Quote("Qa" + unique + " qb" + unique + " every qc" + unique
                    + " qd" + unique + " qe" + unique + ".", "Oriana Vesk")));
        }
        documents.add(quoting("later", vesk, new Quote("The inspectorate ignored every single warning about those cables.", "Oriana Vesk")));
        documents.add(quoting("unattributed", List.of(), new Quote("The inspectorate ignored every warning about the cables.", null)));

        EntityMerger.Result entities = new EntityMerger().merge(documents, "s1-n");
        List<StoryQuote> quotes = new QuoteAligner().align(documents, entities);

        assertThat(quotes).hasSize(2 + 2 * QuoteAligner.MAX_COMPARED_STATEMENTS);
        assertThat(quotes.get(0).variants()).extracting(CitedText::documents)
                .containsExactly(List.of("first"), List.of("later"));
        assertThat(quotes.get(quotes.size() - 1).speaker()).isNull();
    }
}
