package dev.storyline.bench.nlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NerOpenDataTest {

    @Test
    void wikiGoldReadsIob1WithBSeparatingTwoNamesOfOneType(@TempDir Path dir) throws IOException {
        Path file = write(dir, "wikigold.conll.txt", """
                -DOCSTART- O

                John I-PER
                Smith I-PER
                Jane B-PER
                met O
                Acme I-ORG
                in O
                Paris I-LOC
                """);

        List<Conll2003.Document> documents = NerOpenData.wikiGold(file);

        assertThat(documents).hasSize(1);
        assertThat(documents.get(0).entities()).containsExactly(
                new Conll2003.Span(0, 0, 2, "PER"), new Conll2003.Span(0, 2, 3, "PER"),
                new Conll2003.Span(0, 4, 5, "ORG"), new Conll2003.Span(0, 6, 7, "LOC"));
    }

    @Test
    void wnutTypesAreMappedToOursAndEachPostIsADocument(@TempDir Path dir) throws IOException {
        Path file = write(dir, "wnut.conll", """
                Obama\tB-person
                visits\tO
                New\tB-location
                York\tI-location

                Google\tB-corporation
                and\tO
                the\tO
                Beatles\tB-group
                play\tO
                Minecraft\tB-product
                """);

        List<Conll2003.Document> documents = NerOpenData.twitter(file, NerOpenData.TwitterMarkup.KEEP);

        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).entities()).containsExactly(
                new Conll2003.Span(0, 0, 1, "PER"), new Conll2003.Span(0, 2, 4, "LOC"));
        assertThat(documents.get(1).entities()).containsExactly(new Conll2003.Span(0, 0, 1, "ORG"),
                new Conll2003.Span(0, 3, 4, "ORG"), new Conll2003.Span(0, 5, 6, "MISC"));
    }

    @Test
    void droppingTwitterMarkupRemovesHandlesAndLinksAndTheHashOfAHashtag(@TempDir Path dir) throws IOException {
        Path file = write(dir, "btc.conll", """
                @bbcnews\tB-ORG
                Storm\tO
                hits\tO
                #Leeds\tB-LOC
                http://t.co/x\tO
                """);

        Conll2003.Document kept = NerOpenData.twitter(file, NerOpenData.TwitterMarkup.KEEP).get(0);
        Conll2003.Document dropped = NerOpenData.twitter(file, NerOpenData.TwitterMarkup.DROP).get(0);

        assertThat(kept.sentences().get(0)).hasSize(5);
        assertThat(dropped.sentences().get(0)).containsExactly("Storm", "hits", "Leeds");
        assertThat(dropped.entities()).containsExactly(new Conll2003.Span(0, 2, 3, "LOC"));
    }

    @Test
    void gumNamesAreProperNounRunsAroundTheHeadWithoutTitlesOrClauses(@TempDir Path dir) throws IOException {
        String conllu = String.join("\n",
                "# newdoc id = GUM_news_test",
                "# text = Professor Ann Lee, who runs the Bank of Leeds, met the board.",
                row(1, "Professor", "PROPN", "Entity=(1-person-new-sssss-cf1-1,2,3-coref"),
                row(2, "Ann", "PROPN", "_"),
                row(3, "Lee", "PROPN", "_"),
                row(4, ",", "PUNCT", "_"),
                row(5, "who", "PRON", "_"),
                row(6, "runs", "VERB", "_"),
                row(7, "the", "DET", "Entity=(2-organization-new-sssss-cf2-2-coref"),
                row(8, "Bank", "PROPN", "_"),
                row(9, "of", "ADP", "_"),
                row(10, "Leeds", "PROPN", "Entity=(3-place-new-sssss-cf3-1-coref-Leeds)2)1)"),
                row(11, "met", "VERB", "_"),
                row(12, "the", "DET", "Entity=(4-organization-new-sssss-cf4-2-coref"),
                row(13, "board", "NOUN", "Entity=4)"),
                row(14, ".", "PUNCT", "_"),
                "", "");
        Files.createDirectories(dir.resolve("gum"));
        write(dir.resolve("gum"), "GUM_news_test.conllu", conllu);
        write(dir.resolve("gum"), "GUM_bio_other.conllu", "");

        List<Conll2003.Document> documents = NerOpenData.gum(dir.resolve("gum"), Set.of("GUM_news_test"));

        assertThat(documents).hasSize(1);
        assertThat(documents.get(0).entities()).containsExactly(
                new Conll2003.Span(0, 1, 3, "PER"), new Conll2003.Span(0, 7, 10, "ORG"));
    }

    @Test
    void gumDevDocumentsAreTheOnesListedUnderDev(@TempDir Path dir) throws IOException {
        Path splits = write(dir, "splits.md", """
                # Splits

                ## dev

                  * GUM_news_a
                  * GUM_bio_b

                ## test

                  * GUM_news_c
                """);

        assertThat(NerOpenSplit.gumDevDocuments(splits)).containsExactly("GUM_news_a", "GUM_bio_b");
    }

    private static String row(int id, String form, String upos, String misc) {
        return String.join("\t", String.valueOf(id), form, form, upos, "_", "_", "0", "dep", "_", misc);
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
