package dev.storyline.nlp;

import dev.storyline.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameTaggerTest {

    private final OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer();

    @Test
    void trainingLabelsMapToOurTypesAndTheRestIsOther() {
        assertThat(NameTagger.typeOf("PER")).isEqualTo(EntityType.PERSON);
        assertThat(NameTagger.typeOf("ORG")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(NameTagger.typeOf("LOC")).isEqualTo(EntityType.LOCATION);
        assertThat(NameTagger.typeOf("MISC")).isEqualTo(EntityType.OTHER);
        assertThat(NameTagger.typeOf(null)).isEqualTo(EntityType.OTHER);
    }

    @Test
    void theShippedModelFindsAPersonByContextAlone() {
        List<String> tokens = List.of("\"", "We", "will", "appeal", ",", "\"", "said", "Ingrid", "Vasquez-Holm", ",", "who",
                "led", "the", "protest", ".");
        NameTagger tagger = NameModel.shipped().newTagger();

        List<NameTagger.TypedSpan> names = tagger.find(tokens, analyzer.tagged(tokens).tags());

        assertThat(names).contains(new NameTagger.TypedSpan(7, 9, EntityType.PERSON));
    }

    @Test
    void aSentenceWithoutNamesGivesNone() {
        List<String> tokens = List.of("the", "price", "of", "bread", "rose", "again", "this", "week", ".");
        NameTagger tagger = NameModel.shipped().newTagger();

        assertThat(tagger.find(tokens, analyzer.tagged(tokens).tags())).isEmpty();
    }
}
