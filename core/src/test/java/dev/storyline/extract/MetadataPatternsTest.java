package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataPatternsTest {

    @Test
    void aByLineNamesPeopleAndMayAddAnAffiliation() {
        assertThat(MetadataPatterns.bylineIn("By Ana Ruiz")).isEqualTo("Ana Ruiz");
        assertThat(MetadataPatterns.bylineIn("By Ana Ruiz, Reuters")).isEqualTo("Ana Ruiz");
        assertThat(MetadataPatterns.bylineIn("By Ana Ruiz and Ben Ode | Staff Writers")).isEqualTo("Ana Ruiz and Ben Ode");
        assertThat(MetadataPatterns.bylineIn("Reporting by Ana Ruiz; Editing by Ben Ode")).isEqualTo("Ana Ruiz");
        assertThat(MetadataPatterns.bylineIn("By The Associated Press")).isEqualTo("The Associated Press");
    }

    @Test
    void frenchAndGermanBylines() {
        assertThat(MetadataPatterns.bylineIn("Par Jean Dupont avec AFP")).isEqualTo("Jean Dupont");
        assertThat(MetadataPatterns.bylineIn("Par Jean Dupont le 12 mars 2024 à 10h15")).isEqualTo("Jean Dupont");
        assertThat(MetadataPatterns.bylineIn("Par AFP")).isEqualTo("AFP");
        assertThat(MetadataPatterns.bylineIn("Von Eva Roth, dpa")).isEqualTo("Eva Roth");
        assertThat(MetadataPatterns.bylineIn("Von Ursula von der Leyen")).isEqualTo("Ursula von der Leyen");
    }

    @Test
    void aSentenceOpeningWithByIsNotAByline() {
        assertThat(MetadataPatterns.bylineIn("By Monday, Ms. Lauten had resigned from the board and left the city.")).isNull();
        assertThat(MetadataPatterns.bylineIn("By Friday, it was over.")).isNull();
        assertThat(MetadataPatterns.bylineIn("By Trump's count, the crowd was the largest ever.")).isNull();
        assertThat(MetadataPatterns.bylineIn("Von Berlin aus fahren die Züge nach Hamburg.")).isNull();
        assertThat(MetadataPatterns.bylineIn("Par ailleurs, le ministre a démissionné.")).isNull();
    }

    @Test
    void aSignatureClosesAParagraphAfterADash() {
        assertThat(MetadataPatterns.signatureIn(
                "Coalition air strikes in Syria have continued despite the Russian presence. – Jake Nelson")).isEqualTo("Jake Nelson");
        assertThat(MetadataPatterns.signatureIn("He said it would be discussed over the next month, Lavrov said.-Reuters"))
                .isEqualTo("Reuters");
        assertThat(MetadataPatterns.signatureIn("The talks – held in Geneva – ended without a deal.")).isNull();
        assertThat(MetadataPatterns.withoutSignature("The strikes went on. – Jake Nelson")).isEqualTo("The strikes went on.");
    }

    @Test
    void anAgencyIsAnOrganisationAPersonIsNot() {
        assertThat(MetadataPatterns.namesOrganisation("AFP")).isTrue();
        assertThat(MetadataPatterns.namesOrganisation("Reuters")).isTrue();
        assertThat(MetadataPatterns.namesOrganisation("Jean Dupont")).isFalse();
    }

    @Test
    void aCreditLineNamesAPersonAndAnOrganisation() {
        assertThat(MetadataPatterns.creditBylineIn("Annabelle Liang, The Associated Press")).isEqualTo("Annabelle Liang");
        assertThat(MetadataPatterns.creditBylineIn("Ana Ruiz, AFP")).isEqualTo("Ana Ruiz");
        assertThat(MetadataPatterns.creditBylineIn("Paris, Texas")).isNull();
        assertThat(MetadataPatterns.creditBylineIn("New Delhi, India")).isNull();
    }
}
