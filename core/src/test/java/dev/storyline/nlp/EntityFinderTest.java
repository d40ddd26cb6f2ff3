package dev.storyline.nlp;

import dev.storyline.model.EntityType;
import org.junit.jupiter.api.Test;
import org.assertj.core.groups.Tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EntityFinderTest {

    private final OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer();
    private final EntityFinder finder = new EntityFinder();
    private final EntityFinder withModel = new EntityFinder(NameSource.SURE_RULES_THEN_MODEL, NameModel.shipped());

    @Test
    void gazetteersTypeNamesThatHaveNoTitleOrKeyword() {
        Map<String, EntityType> types = types("Officials in Germany said Siemens would open a plant near Munich .");

        assertThat(types).containsEntry("Germany", EntityType.LOCATION)
                .containsEntry("Siemens", EntityType.ORGANIZATION)
                .containsEntry("Munich", EntityType.LOCATION);
    }

    @Test
    void aCityBeforeAScoreIsAClubButACountryStaysAPlace() {
        Map<String, EntityType> types = types("Barcelona 3 Valencia 1 , while Italy 2 Norway 0 .");

        assertThat(types).containsEntry("Barcelona", EntityType.ORGANIZATION).containsEntry("Valencia", EntityType.ORGANIZATION)
                .containsEntry("Italy", EntityType.LOCATION).containsEntry("Norway", EntityType.LOCATION);
    }

    @Test
    void aPersonOfACountryIsTwoNamesAndACompetitionIsNone() {
        Map<String, EntityType> types = types("Ambassador Paolo Fulci of Italy spoke before the World Cup final .");

        assertThat(types).containsEntry("Paolo Fulci", EntityType.PERSON).containsEntry("Italy", EntityType.LOCATION);
        assertThat(types.get("World Cup")).isIn(null, EntityType.OTHER);
    }

    @Test
    void aRunOfTwoUnknownCapitalizedWordsReadsAsAPersonAndASurnameFollowsIt() {
        List<String> first = List.of("Nadim", "Ladki", "scored", "twice", ".");
        List<String> second = List.of("Ladki", "was", "substituted", "late", ".");

        List<EntityMention> mentions = finder.mentions(List.of(analyzer.tagged(first), analyzer.tagged(second)));

        assertThat(mentions).extracting(EntityMention::name, EntityMention::type).contains(
                Tuple.tuple("Nadim Ladki", EntityType.PERSON),
                Tuple.tuple("Ladki", EntityType.PERSON));
        assertThat(mentions.get(0).start()).isZero();
        assertThat(mentions.get(0).end()).isEqualTo(2);
    }

    @Test
    void aPersonAndACompanyNoGazetteerListsAreTypedAsAReaderWouldType() {
        Map<String, EntityType> types = types(withModel, "Tomasz Wrzesniewski , a spokesman for Kelvara Holdings , said the plant would close .");

        assertThat(Gazetteers.isOrganization("Kelvara Holdings")).isFalse();
        assertThat(Gazetteers.isFirstName("Tomasz")).isFalse();
        assertThat(types).containsEntry("Tomasz Wrzesniewski", EntityType.PERSON)
                .containsEntry("Kelvara Holdings", EntityType.ORGANIZATION);
    }

    @Test
    void aGazetteerEntryOverridesTheModelsType() {
        Map<String, EntityType> types = types(withModel, "Shares of Siemens rose after Germany cut taxes .");

        assertThat(types).containsEntry("Siemens", EntityType.ORGANIZATION).containsEntry("Germany", EntityType.LOCATION);
    }

    @Test
    void aTitleStaysOutOfThePersonsNameWithTheModelAsWithoutIt() {
        List<String> tokens = List.of("President", "Halvard", "Moensted", "met", "reporters", "in", "Oslo", ".");
        for (EntityFinder each : List.of(finder, withModel)) {
            List<EntityMention> mentions = each.mentions(List.of(analyzer.tagged(tokens)));

            assertThat(mentions).extracting(EntityMention::name, EntityMention::type)
                    .contains(Tuple.tuple("Halvard Moensted", EntityType.PERSON))
                    .doesNotContain(Tuple.tuple("President Halvard Moensted", EntityType.PERSON));
        }
    }

    @Test
    void theProductsFinderWidensANameTheModelCutShortAndTakesWhoAsAPersonsMark() {
        assertThat(types(finder, "A spokesman for the inspectorate , Emil Vorst , said the survey was done in September ."))
                .containsEntry("Emil Vorst", EntityType.PERSON).doesNotContainKey("Emil");
        assertThat(types(finder, "Ruta Penner , who keeps 600 pear trees east of the town , brought her grandchildren ."))
                .containsEntry("Ruta Penner", EntityType.PERSON);
        assertThat(types(finder, "Mayor Oriana Vesk met the Mayor of Corrowby .")).doesNotContainKey("Mayor");
    }

    @Test
    void aModelIsRequiredByTheSourcesThatUseOne() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EntityFinder(NameSource.MODEL, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new EntityFinder(NameSource.RULES, null).mentions(List.of(analyzer.tagged(List.of("Paris", "."))))).isNotNull();
    }

    private Map<String, EntityType> types(String tokenizedSentence) {
        return types(finder, tokenizedSentence);
    }

    private Map<String, EntityType> types(EntityFinder finder, String tokenizedSentence) {
        List<String> tokens = new ArrayList<>(List.of(tokenizedSentence.split(" ")));
        Map<String, EntityType> types = new LinkedHashMap<>();
        for (EntityMention mention : finder.mentions(List.of(analyzer.tagged(tokens)))) {
            types.put(mention.name(), mention.type());
        }
        return types;
    }
}
