package dev.storyline.nlp.quotes;

import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The look-ups {@link QuoteFinder} makes through {@link NameIndex} give what scanning every entity and searching the
 * text gave, ties and word boundaries included; and {@link NameMatcher} finds every occurrence of every name.
 */
class NameIndexTest {

    private static final Entity ANA_RUIZ = new Entity("Ana Ruiz", EntityType.PERSON);
    private static final Entity CARLOS_RUIZ = new Entity("Carlos Ruiz", EntityType.PERSON);
    private static final Entity VESK = new Entity("Oriana Vesk", EntityType.PERSON);
    private static final Entity WATER_BOARD = new Entity("Harrel Water Board", EntityType.ORGANIZATION);
    private static final Entity MIRELA_HASK = new Entity("Mirela Hask", EntityType.OTHER);

    @Test
    void theMatcherFindsOverlappingAndNestedNamesInOnePass() {
        List<String> found = new ArrayList<>();
        new NameMatcher(List.of("he", "she", "his", "hers")).forEachMatch("ushers and this",
                (name, start, end) -> found.add(name + "@" + start + "-" + end));

        assertThat(found).containsExactlyInAnyOrder("1@1-4", "0@2-4", "3@2-6", "2@12-15");
    }

    @Test
    void theEntityANameEndsWithIsTheLongestAndTheFirstListedOnATie() {
        Entity evaRuiz = new Entity("Eva Ruiz", EntityType.PERSON);
        NameIndex names = new NameIndex(List.of(new Entity("Ruiz", EntityType.PERSON), ANA_RUIZ, evaRuiz, WATER_BOARD), "");

        assertThat(names.entityEndingIn("Shopkeeper Ana Ruiz")).isEqualTo("Ana Ruiz");
        assertThat(names.entityEndingIn("Ruiz")).as("two full names as long end with it: the first listed")
                .isEqualTo("Ana Ruiz");
        assertThat(names.entityEndingIn("Eva Ruiz")).isEqualTo("Eva Ruiz");
        assertThat(names.entityEndingIn("Water Board")).isEqualTo("Harrel Water Board");
        assertThat(names.entityEndingIn("Board of Trade")).isNull();
    }

    @Test
    void aSurnameStandsForAFullNameOnlyWhenOnePersonHasIt() {
        NameIndex names = new NameIndex(List.of(ANA_RUIZ, CARLOS_RUIZ, VESK, WATER_BOARD), "");

        assertThat(names.fullName("Vesk")).isEqualTo("Oriana Vesk");
        assertThat(names.fullName("Ruiz")).isEqualTo("Ruiz");
        assertThat(names.fullName("Board")).as("not a person").isEqualTo("Board");
        assertThat(names.isPerson("Oriana Vesk")).isTrue();
        assertThat(names.isPerson("Harrel Water Board")).isFalse();
    }

    @Test
    void theFirstPersonInAStretchIsFoundAsAnySubstringThatFitsInsideIt() {
        String text = "The Veskov plan. Ana Ruiz spoke, then Vesk.\nOriana Vesk left.";
        NameIndex names = new NameIndex(List.of(VESK, ANA_RUIZ), text);

        assertThat(names.firstPersonIn(0, text.length())).as("'Vesk' inside 'Veskov' counts, as indexOf did")
                .isEqualTo("Oriana Vesk");
        assertThat(names.firstPersonIn(text.indexOf("plan"), text.length())).isEqualTo("Ana Ruiz");
        assertThat(names.firstPersonIn(text.indexOf("Ruiz") + 1, text.indexOf("then Vesk") + 7))
                .as("a name cut by the end of the stretch does not count").isNull();
        assertThat(names.firstPersonIn(0, 0)).isNull();
    }

    @Test
    void theLastPersonBeforeAPointIsFoundByWholeWordsAndTheFirstListedWinsATie() {
        String text = "Carlos Ruiz arrived. Mirela Hask waved.\nThe Ruizes came. Vesk said nothing";
        NameIndex names = new NameIndex(List.of(CARLOS_RUIZ, ANA_RUIZ, VESK, MIRELA_HASK), text);

        assertThat(names.lastPersonBefore(text.indexOf(" waved"))).as("an untyped name is no person")
                .isEqualTo("Carlos Ruiz");
        assertThat(names.lastPersonBefore(text.indexOf("Mirela"))).as("same surname: the first listed")
                .isEqualTo("Carlos Ruiz");
        assertThat(names.lastPersonBefore(text.indexOf(" said"))).isEqualTo("Oriana Vesk");
        assertThat(names.lastPersonBefore(text.indexOf(" said") - 1)).as("'Ves' is not a whole 'Vesk'")
                .isEqualTo("Carlos Ruiz");
        assertThat(names.lastPersonBefore(3)).isNull();
    }

    @Test
    void aPronounFarIntoALongDocumentStillResolvesToThePersonNamedLongBefore() {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Mayor Oriana Vesk opened the session.");
        for (int i = 0; i < 2_000; i++) {
            paragraphs.add("The council discussed item " + i + " of the budget at length.");
        }
        paragraphs.add("\"We will rebuild the bridge within two years,\" she said.");

        List<dev.storyline.model.Quote> quotes = new QuoteFinder().find(paragraphs, List.of(), List.of(VESK), dev.storyline.util.Deadline.NONE);

        assertThat(quotes).singleElement().extracting(dev.storyline.model.Quote::speaker).isEqualTo("Oriana Vesk");
    }
}
