package dev.storyline.bench.clustering;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EcbPlusTest {

    private static final Path REAL = Path.of("/work/shared/data/ecbplus/ECB+.zip");

    @Test
    void rebuildsTextTitlesLabelsAndOrder(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("ECB+.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            add(out, "ECB+/2/2_1ecb.xml", "Quake hits", "Houses fell .");
            add(out, "ECB+/1/1_1ecbplus.xml",
                    "http : / / example . com / lohan",
                    "Lohan enters rehab",
                    "`` Ca n't stop , '' she said ( again ) .",
                    "Lohan ’ s lawyer paid $ 5 million ; it 's 20 % .");
            add(out, "ECB+/1/1_10ecb.xml", "Reid in rehab", "Tara Reid , 33 , checked in .");
            add(out, "ECB+/.DS_Store");
            add(out, "ECB+/1/1_2ecb.xml", "Reid has entered rehab , her rep said .");
        }

        List<LabeledDocument> docs = EcbPlus.read(zip);

        assertThat(docs).extracting(LabeledDocument::id).containsExactly("1_2ecb", "1_10ecb", "1_1ecbplus", "2_1ecb");
        LabeledDocument plus = docs.get(2);
        assertThat(plus.title()).isEqualTo("Lohan enters rehab");
        assertThat(plus.paragraphs()).containsExactly(
                "\"Can't stop,\" she said (again).",
                "Lohan’s lawyer paid $5 million; it's 20%.");
        assertThat(plus.event()).isEqualTo("1_ecbplus");
        assertThat(plus.story()).isEqualTo("1");
        assertThat(plus.date()).isNull();
        assertThat(docs.get(1).title()).isEqualTo("Reid in rehab");
        assertThat(docs.get(1).event()).isEqualTo("1_ecb");
        // A one-sentence document is all body.
        assertThat(docs.get(0).title()).isNull();
        assertThat(docs.get(0).paragraphs()).containsExactly("Reid has entered rehab, her rep said.");
        assertThat(EcbPlus.topic(docs.get(3))).isEqualTo(2);
    }

    @Test
    void readsTheRealCorpus() throws IOException {
        assumeTrue(Files.exists(REAL), "ECB+ data not available");

        List<LabeledDocument> docs = EcbPlus.read(REAL);

        Set<Integer> topics = new HashSet<>();
        Set<String> events = new HashSet<>();
        for (LabeledDocument doc : docs) {
            topics.add(EcbPlus.topic(doc));
            events.add(doc.event());
        }
        assertThat(docs).hasSize(982);
        assertThat(topics).hasSize(43);
        assertThat(events).hasSize(86);
    }

    /**
     * Writes a CAT-style document whose sentences are given as space-separated tokens. The token elements are written
     * last to first, so the reader has to restore the order from t_id.
     */
    private static void add(ZipOutputStream out, String name, String... sentences) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        if (name.endsWith(".xml")) {
            StringBuilder tokens = new StringBuilder();
            int id = 0;
            for (int s = 0; s < sentences.length; s++) {
                for (String token : sentences[s].split(" ")) {
                    id++;
                    String element = "<token t_id=\"" + id + "\" sentence=\"" + s + "\" number=\"0\">" + token + "</token>\n";
                    tokens.insert(0, element);
                }
            }
            String xml = "<Document doc_name=\"" + name + "\" doc_id=\"DOC1\">\n" + tokens
                    + "<Markables>\n<ACTION_OCCURRENCE m_id=\"1\"><token_anchor t_id=\"1\"/></ACTION_OCCURRENCE>\n</Markables>\n"
                    + "<Relations>\n</Relations>\n</Document>\n";
            out.write(xml.getBytes(StandardCharsets.UTF_8));
        } else {
            out.write(new byte[] {0, 1, 2});
        }
        out.closeEntry();
    }
}
