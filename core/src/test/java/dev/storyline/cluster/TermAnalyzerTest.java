package dev.storyline.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TermAnalyzerTest {

    private final TermAnalyzer analyzer = new TermAnalyzer();

    @Test
    void inflectionsOfOneWordShareAStem() {
        TermAnalyzer.Terms terms = analyzer.analyze("Strike strikes striking");

        assertThat(terms.stems()).hasSize(3).containsOnly(terms.stems().get(0));
    }

    @Test
    void stopwordsAndReportingVerbsAreDropped() {
        TermAnalyzer.Terms terms = analyzer.analyze("The mayor said the bridge was closed");

        assertThat(terms.stems()).containsExactly("mayor", "bridg", "close");
    }

    @Test
    void aCapitalizedWordInsideASentenceIsANameButASentenceOpenerIsNot() {
        TermAnalyzer.Terms terms = analyzer.analyze("Police said Shoigu left. Troops stayed.");

        assertThat(terms.names()).containsExactly("shoigu");
        assertThat(terms.stems()).contains("polic", "troop");
    }

    @Test
    void aYearIsANameEvenWhenItOpensTheSentence() {
        assertThat(analyzer.analyze("2013 brought floods").names()).containsExactly("2013");
        assertThat(analyzer.analyze("floods in 1500 and 2013").names()).containsExactly("2013");
    }

    @Test
    void aNameAfterAnAbbreviatedTitleAndAnAcronymThatSpellsAStopwordAreNames() {
        TermAnalyzer.Terms terms = analyzer.analyze("Talks with Mr. Shoigu ended. The WHO and the US agreed.");

        assertThat(terms.names()).containsExactly("shoigu", "who", "us");
    }

    @Test
    void aPossessiveKeepsOnlyTheOwner() {
        TermAnalyzer.Terms terms = analyzer.analyze("troops crossed Russia's border");

        assertThat(terms.names()).containsExactly("russia");
        assertThat(terms.stems()).contains("russia").doesNotContain("russia's", "s");
    }
}
