package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateLineClassifierTest {

    @Test
    void newsAboutDonationsIsNotADonationAppeal() {
        assertThat(BoilerplateLineClassifier.classify(
                "The United States will purchase and donate 500 million doses of the vaccine to 92 poorer countries.")).isNull();
        assertThat(BoilerplateLineClassifier.classify(
                "Donations to the campaign rose sharply after the debate, according to filings.")).isNull();
        assertThat(BoilerplateLineClassifier.classify(
                "Germany pledged an annual contribution of two billion euros, and France a one-off gift of 500 million.")).isNull();
        assertThat(BoilerplateLineClassifier.classify(
                "Der Verein leistet mit einer Spende von 5000 Euro einen Beitrag zur Sanierung der Schule.")).isNull();
    }

    @Test
    void aQuestionAboutSupportIsNotADonationAppeal() {
        assertThat(BoilerplateLineClassifier.classify("Do you fully support the president's decision to withdraw the troops?"))
                .isNull();
    }

    @Test
    void donationAppealsAreRecognisedByTheirShapeInThreeLanguages() {
        assertThat(BoilerplateLineClassifier.classify("Support The Lantern Times!")).isEqualTo("donation appeal");
        assertThat(BoilerplateLineClassifier.classify(
                "If you value our reporting, please consider making a donation. Every contribution helps.")).isEqualTo("donation appeal");
        assertThat(BoilerplateLineClassifier.classify("Donate now")).isEqualTo("donation appeal");
        assertThat(BoilerplateLineClassifier.classify("Unterstützen Sie uns mit einer Spende ab 5 Euro.")).isEqualTo("donation appeal");
        assertThat(BoilerplateLineClassifier.classify("Vous aimez notre travail ? Soutenez-nous avec un don mensuel."))
                .isEqualTo("donation appeal");
    }

    @Test
    void quotesAndReportedSpeechAreNotAppealsToReaders() {
        assertThat(BoilerplateLineClassifier.classify(
                "“We need your support, and we ask you to give what you can to keep our clinic open,” the director told donors."))
                .isNull();
        assertThat(BoilerplateLineClassifier.classify(
                "“Our volunteers rely on people like you, and we ask you to support us through the winter."))
                .as("a quote that goes on into the next paragraph").isNull();
    }

    @Test
    void aColumnistsWeAndYouWithoutAppealWordsIsProse() {
        assertThat(BoilerplateLineClassifier.classify(
                "In our last column we mocked the candidates, and if you don't like it, you can tell us so.")).isNull();
    }

    @Test
    void theSiteSpeakingOfItsJournalismToTheReaderIsAnAppeal() {
        assertThat(BoilerplateLineClassifier.classify(
                "We are facing unprecedented pressure. Our journalists are at risk, and we need you to stand with our work."))
                .isEqualTo("appeal to readers");
    }

    @Test
    void newsletterBoxesAreInvitationsNotSubscriberCounts() {
        assertThat(BoilerplateLineClassifier.classify("Sign up for our morning newsletter")).isEqualTo("newsletter box");
        assertThat(BoilerplateLineClassifier.classify("Inscrivez-vous à notre newsletter")).isEqualTo("newsletter box");
        assertThat(BoilerplateLineClassifier.classify("The streaming service added 8 million subscribers in the quarter.")).isNull();
        assertThat(BoilerplateLineClassifier.classify("Thousands of volunteers sign up for the program every year.")).isNull();
    }

    @Test
    void cookieNoticesSpeakToTheReaderNewsAboutCookiesDoesNot() {
        assertThat(BoilerplateLineClassifier.classify("We use cookies to improve your experience. By continuing you agree."))
                .isEqualTo("cookie notice");
        assertThat(BoilerplateLineClassifier.classify("Alle Cookies akzeptieren")).isEqualTo("cookie notice");
        assertThat(BoilerplateLineClassifier.classify(
                "The new rules require websites to ask users before they accept cookies from advertisers.")).isNull();
    }

    @Test
    void shareButtonsCommentsAndCreditsAreWholeLinesOfTheirKind() {
        assertThat(BoilerplateLineClassifier.classify("Share on Facebook")).isEqualTo("share buttons");
        assertThat(BoilerplateLineClassifier.classify("Artikel teilen")).isEqualTo("share buttons");
        assertThat(BoilerplateLineClassifier.classify("Facebook shares fell 3 percent on Tuesday.")).isNull();
        assertThat(BoilerplateLineClassifier.classify("12 comments")).isEqualTo("comments");
        assertThat(BoilerplateLineClassifier.classify("Photo by Ana Ruiz on Unsplash")).isEqualTo("credit line");
        assertThat(BoilerplateLineClassifier.classify("Ana Ruiz/AFP via Getty Images")).isEqualTo("credit line");
    }

    @Test
    void proseForCorpusEvidenceHasSeveralClausesAndDoesNotAddressTheReader() {
        assertThat(BoilerplateLineClassifier.readsAsProse("The council, which met on Monday, voted to close the old library."))
                .isTrue();
        assertThat(BoilerplateLineClassifier.readsAsProse("Independent journalism needs readers like you to keep going every day."))
                .isFalse();
        assertThat(BoilerplateLineClassifier.readsAsProse("Follow the author on Twitter")).isFalse();
    }

    @Test
    void normalizingKeepsLettersAndNumbersOfAnyScriptSingleSpaced() {
        assertThat(BoilerplateLineClassifier.normalize("  „Wir dekorieren“ – die Titanic!  ")).isEqualTo("wir dekorieren die titanic");
        assertThat(BoilerplateLineClassifier.normalize("武汉的声音：有英勇的你 ½ Ⅻ 𝟘")).isEqualTo("武汉的声音 有英勇的你 ½ ⅻ 𝟘");
        assertThat(BoilerplateLineClassifier.normalize("--")).isEmpty();
    }
}
