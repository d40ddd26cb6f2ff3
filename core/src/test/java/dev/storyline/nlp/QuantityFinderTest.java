package dev.storyline.nlp;

import dev.storyline.TestArticles;
import dev.storyline.model.Quantity;
import dev.storyline.model.Sentence;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class QuantityFinderTest {

    private final QuantityFinder finder = new QuantityFinder();

    private List<Quantity> find(String... paragraphs) {
        return finder.find(TestArticles.analyzed("q", null, null, null, paragraphs).sentences());
    }

    @Test
    void readsBoundNumberAndCountedNounAsWritten() {
        List<Quantity> quantities = find("More than 50 aircraft flew 1,500 kilometres at 5:40 p.m. on Wednesday.");

        assertThat(quantities).extracting(Quantity::text, Quantity::value, Quantity::unit, Quantity::counted,
                Quantity::bound).containsExactly(
                tuple("More than 50 aircraft", 50.0, null, "aircraft", "more"),
                tuple("1,500 kilometres", 1500.0, "km", null, "exact"));
    }

    @Test
    void normalizesBoundPhrases() {
        List<Quantity> quantities = find("An estimated 10,000 people fled, upwards of 300 tanks moved, "
                + "fewer than 20 shops opened and nearly 40 percent voted.");

        assertThat(quantities).extracting(Quantity::value, Quantity::bound).containsExactly(
                tuple(10_000.0, "about"), tuple(300.0, "more"), tuple(20.0, "less"), tuple(40.0, "about"));
    }

    @Test
    void resolvesScaleWordsCurrenciesAndPercentages() {
        List<Quantity> quantities = find("The fund paid $5bn, €3.5 million and 120 million crowns, "
                + "reaching 31% of capacity, or 31 per cent.");

        assertThat(quantities).extracting(Quantity::value, Quantity::unit, Quantity::counted).containsExactly(
                tuple(5e9, "$", null), tuple(3.5e6, "€", null), tuple(1.2e8, "crowns", null),
                tuple(31.0, "%", "capacity"), tuple(31.0, "%", null));
        assertThat(quantities.get(0).text()).isEqualTo("$5bn");
    }

    @Test
    void readsNumberWords() {
        List<Quantity> quantities = find("Nineteen soldiers, twenty-six missiles, a dozen drones and "
                + "one hundred and twenty tanks were counted.");

        assertThat(quantities).extracting(Quantity::value, Quantity::counted).containsExactly(
                tuple(19.0, "soldiers"), tuple(26.0, "missiles"), tuple(12.0, "drones"), tuple(120.0, "tanks"));
    }

    @Test
    void countsTheHeadNounOrTheParticipleAfterAGenericNoun() {
        List<Quantity> quantities = find("Three people were killed and 14 were injured when 26 Kalibr cruise "
                + "missiles and 50 Russian warplanes struck; 10,000 people fled.");

        assertThat(quantities).extracting(Quantity::value, Quantity::counted).containsExactly(
                tuple(3.0, "killed"), tuple(14.0, "injured"), tuple(26.0, "missiles"), tuple(50.0, "warplanes"),
                tuple(10_000.0, "people"));
        assertThat(quantities.get(0).text()).isEqualTo("Three people were killed");
    }

    @Test
    void leavesOutYearsClockTimesDatesOrdinalsScoresAndAges() {
        List<Quantity> quantities = find("In 1971, at 5:40 p.m. and again at 10 p.m. on April 14, "
                + "the 14th convoy of the G7 crossed, a 55-year-old man said after the 84-61 vote. "
                + "Call +44 20 7946 0958. It began three days ago.");

        assertThat(quantities).isEmpty();
    }

    @Test
    void leavesOutALoneOneThatCountsNothing() {
        assertThat(find("No one came, and one of them left.")).isEmpty();
        assertThat(find("One soldier was hurt.")).extracting(Quantity::counted).containsExactly("soldier");
    }

    @Test
    void reportsTheSentenceIndex() {
        List<Quantity> quantities = find("Nothing happened.", "Then 40 targets were hit.");

        assertThat(quantities).singleElement().extracting(Quantity::sentence).isEqualTo(1);
    }

    @Test
    void worksOnUntaggedWhitespaceTokens() {
        String text = "at least 7 trucks and about 2 km";
        Sentence sentence = new Sentence(text, 0, Arrays.asList(text.split(" ")), List.of());

        assertThat(finder.find(List.of(sentence))).extracting(Quantity::text, Quantity::value, Quantity::unit,
                Quantity::counted, Quantity::bound).containsExactly(
                tuple("at least 7 trucks", 7.0, null, "trucks", "more"),
                tuple("about 2 km", 2.0, "km", null, "about"));
    }
}
