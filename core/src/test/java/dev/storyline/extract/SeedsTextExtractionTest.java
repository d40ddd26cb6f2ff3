package dev.storyline.extract;

import dev.storyline.model.Article;
import dev.storyline.model.DeclaredMetadata;
import dev.storyline.model.MediaType;
import dev.storyline.model.RawDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The five seed pages in {@code ../shared/seeds}: every body paragraph is kept, and nothing else. */
class SeedsTextExtractionTest {

    private static final Path SEEDS = Path.of("..").toAbsolutePath().normalize().resolve("../shared/seeds").normalize();

    private static Article extract(String prefix) throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "the seeds are in ../shared/seeds");
        Path file;
        try (Stream<Path> files = Files.list(SEEDS)) {
            file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        return new TextArticleExtractor().extract(new RawDocument(prefix, file.toString(), null, MediaType.TEXT, bytes,
                StandardCharsets.UTF_8, null, DeclaredMetadata.NONE));
    }

    @Test
    void theMoscowTimesPageKeepsItsElevenParagraphsAndNoneOfTheAppeal() throws IOException {
        Article article = extract("000_");

        assertThat(article.paragraphs()).hasSize(11);
        assertThat(article.paragraphs().get(0)).startsWith("Four Russian warships in the Caspian Sea launched 26 rockets");
        assertThat(article.paragraphs().get(10))
                .isEqualTo("Shoigu also said Russia was ready to agree a document with the United States to coordinate actions in Syria.");
        assertThat(article.outlet()).isEqualTo("The Moscow Times");
    }

    @Test
    void theWireCopyKeepsItsSixParagraphs() throws IOException {
        assertThat(extract("001_").paragraphs()).hasSize(6);
    }

    @Test
    void theSignedPageKeepsItsLastParagraphAndReadsTheSignatureAsTheByline() throws IOException {
        Article article = extract("002_");

        assertThat(article.paragraphs()).hasSize(11);
        assertThat(article.paragraphs().get(10))
                .isEqualTo("Coalition air strikes in Syria have continued despite the Russian presence. – Jake Nelson");
        assertThat(article.byline()).isEqualTo("Jake Nelson");
    }

    @Test
    void thePageUnderABannerKeepsItsTwentyParagraphs() throws IOException {
        Article article = extract("003_");

        assertThat(article.paragraphs()).hasSize(20);
        assertThat(article.paragraphs().get(0)).startsWith("Russia said it launched air strikes against Islamic State");
        assertThat(article.paragraphs().get(19)).endsWith("Lavrov said.-Reuters");
    }

    @Test
    void thePageUnderAnAdvertKeepsItsParagraphsAndSubheadings() throws IOException {
        Article article = extract("004_");

        assertThat(article.paragraphs()).hasSize(29).contains("– US-Russian military talks –", "– ‘Ultimatums unrealistic’ –");
        assertThat(article.paragraphs().get(0)).startsWith("Russian warplanes unleashed a new wave of strikes");
        assertThat(article.paragraphs().get(28)).startsWith("“Life has shown that it is unrealistic");
    }
}
