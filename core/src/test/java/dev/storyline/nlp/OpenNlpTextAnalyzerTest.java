package dev.storyline.nlp;

import dev.storyline.TestArticles;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.model.Sentence;
import dev.storyline.pipeline.ReportAssertions;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import dev.storyline.model.Quote;
import dev.storyline.model.QuoteKind;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OpenNlpTextAnalyzerTest {

    /** The analyzer's shortcuts (words tokenized alone and remembered, greedy tags) against stock OpenNLP. */
    @Test
    void givesStockOpenNlpTokensAndTagsOnTheDemoCorpus() throws IOException {
        TokenizerME tokenizer = new TokenizerME(OpenNlpModels.tokenizer());
        POSTaggerME tagger = new POSTaggerME(OpenNlpModels.tagger());
        OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer();
        int compared = 0;
        try (Stream<Path> files = Files.list(ReportAssertions.PROJECT.resolve("examples/corpus"))) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    Article article = new Article("d", "d.txt", null, null, null, null, null, List.of(line), List.of());
                    for (Sentence sentence : analyzer.analyze(article).sentences()) {
                        String[] tokens = tokenizer.tokenize(sentence.text());
                        assertThat(sentence.tokens()).containsExactly(tokens);
                        assertThat(sentence.tags()).containsExactly(tagger.tag(tokens));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(300);
    }

    @Test
    void splitsSentencesAndTokensPerParagraph() {
        AnalyzedDocument document = TestArticles.analyzed("d", null, null, null,
                "The mayor spoke first. Then the council voted.", "Dr. Lena Ortiz left early.");

        assertThat(document.sentences()).extracting(s -> s.text(), s -> s.paragraph()).containsExactly(
                tuple("The mayor spoke first.", 0), tuple("Then the council voted.", 0), tuple("Dr. Lena Ortiz left early.", 1));
        assertThat(document.sentences().get(0).tokens()).containsExactly("The", "mayor", "spoke", "first", ".");
        assertThat(document.sentences().get(0).tags()).hasSize(5);
    }

    @Test
    void sentencesAndTokensKeepWhereTheyStandInTheirParagraph() {
        String paragraph = "The mayor spoke first.   Then the council voted 7-2.";
        AnalyzedDocument document = TestArticles.analyzed("d", null, null, null, paragraph);

        Sentence second = document.sentences().get(1);
        assertThat(second.start()).isEqualTo(25);
        assertThat(paragraph.substring(second.start(), second.end())).isEqualTo(second.text());
        int council = second.tokens().indexOf("council");
        assertThat(paragraph.substring(second.start() + second.tokenStart(council), second.start() + second.tokenEnd(council)))
                .isEqualTo("council");
        assertThat(second.covered(council, council + 1)).isEqualTo("council voted");
    }

    @Test
    void findsQuotesAndNamesTheirSpeakerFromTheCue() {
        AnalyzedDocument document = TestArticles.analyzed("d", null, null, null,
                "\"We will rebuild the bridge within two years,\" Mayor Oriel Vance said on Monday.",
                "Transport Minister Kaspar Dunn was more careful. He said: \u201cNo date can be promised before the survey is done.\u201d",
                "\u201cThe river is still too high for divers,\u201d said fire chief Hanna Lorre. \u201cWe will try again when it falls.\u201d",
                "\"Nobody told us anything about the closure,\" a resident of the east bank said.",
                "Vance said the city would pay for temporary ferries, calling them \"the only fair option\".");

        assertThat(document.quotes()).filteredOn(q -> q.kind() == QuoteKind.DIRECT).extracting(Quote::text, Quote::speaker).containsExactly(
                tuple("We will rebuild the bridge within two years,", "Oriel Vance"),
                tuple("No date can be promised before the survey is done.", "Kaspar Dunn"),
                tuple("The river is still too high for divers,", "Hanna Lorre"),
                tuple("We will try again when it falls.", "Hanna Lorre"),
                tuple("Nobody told us anything about the closure,", "a resident of the east bank"));
        assertThat(document.quotes()).filteredOn(q -> q.kind() != QuoteKind.DIRECT)
                .extracting(Quote::kind, Quote::speaker)
                .containsExactly(tuple(QuoteKind.INDIRECT, "Oriel Vance"), tuple(QuoteKind.PHRASE, "Oriel Vance"));
    }

    @Test
    void pronounCueIsResolvedToThePersonNamedBefore() {
        AnalyzedDocument document = TestArticles.analyzed("d", null, null, null,
                "Prime Minister Ada Korhonen met the strikers on Friday.",
                "\"I have heard every one of your demands today,\" she said.");

        assertThat(document.quotes()).extracting(Quote::speaker).containsExactly("Ada Korhonen");
    }

    @Test
    void findsPeopleOrganisationsAndPlaces() {
        AnalyzedDocument document = TestArticles.analyzed("d", null, null, null,
                "Defence Minister Sergei Shoigu told the Foreign Ministry that ships in the Caspian Sea were ready.",
                "Shoigu later flew to Damascus.");

        assertThat(document.entities()).contains(
                new Entity("Sergei Shoigu", EntityType.PERSON),
                new Entity("Foreign Ministry", EntityType.ORGANIZATION),
                new Entity("Caspian Sea", EntityType.LOCATION),
                new Entity("Damascus", EntityType.LOCATION));
        assertThat(document.entities()).extracting(Entity::name).doesNotContain("Shoigu");
    }
}
