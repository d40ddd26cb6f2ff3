package dev.storyline.bench.clustering;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Timeline17Test {

    @Test
    void detokenizesQuotesAndPunctuation() {
        assertThat(Timeline17.detokenize("Dr Hay told me : `` It looks ominous , one has to say . '' "))
                .isEqualTo("Dr Hay told me: \"It looks ominous, one has to say.\"");
    }

    @Test
    void detokenizesBracketsClitics() {
        assertThat(Timeline17.detokenize(
                "The doctor 's clinic -LRB- DEA -RRB- was n't raided ; costs rose 5 % to $ 853 -LSB- sic -RSB- ."))
                .isEqualTo("The doctor's clinic (DEA) wasn't raided; costs rose 5% to $853 [sic].");
        assertThat(Timeline17.detokenize("They 're here , I 've seen , we 'll go , he 'd say , I 'm sure !"))
                .isEqualTo("They're here, I've seen, we'll go, he'd say, I'm sure!");
        assertThat(Timeline17.detokenize("WE DO N'T KNOW WHAT IT 'S FOR ?")).isEqualTo("WE DON'T KNOW WHAT IT'S FOR?");
    }

    @Test
    void detokenizesEscapesBracesAndSingleQuotes() {
        assertThat(Timeline17.detokenize("Rated \\*\\* by -LCB- critics -RCB- after 9\\/11 ..."))
                .isEqualTo("Rated ** by {critics} after 9/11...");
        assertThat(Timeline17.detokenize("the players ' union said ` no ' ."))
                .isEqualTo("the players' union said 'no'.");
        assertThat(Timeline17.detokenize("   ")).isEmpty();
    }

    @Test
    void readsArticlesSkippingEmptyBlankAndRepeatedTexts(@TempDir Path dir) throws IOException {
        write(dir, Timeline17.ARTICLES,
                article("bp/2010-04-21/1.txt", "bpoil", "2010-04-21",
                        "BP 's rig exploded . \\nOil is leaking -LRB- fast -RRB- . \\n", false),
                article("bp/2010-04-22/2.txt", "bpoil", "2010-04-22", "", true),
                article("bp/2010-04-23/3.txt", "bpoil", "2010-04-23", "  \\n ", false),
                article("bp/2010-04-24/4.txt", "bpoil", "2010-04-24",
                        "BP 's rig exploded . \\nOil is leaking -LRB- fast -RRB- . \\n", false),
                article("mj/2009-06-27/5.txt", "mj", "2009-06-27", "Jackson died . \\n", false));

        List<LabeledDocument> docs = Timeline17.articles(dir);

        assertThat(docs).extracting(LabeledDocument::id).containsExactly("bp/2010-04-21/1.txt", "mj/2009-06-27/5.txt");
        LabeledDocument first = docs.get(0);
        assertThat(first.paragraphs()).containsExactly("BP's rig exploded.", "Oil is leaking (fast).");
        assertThat(first.title()).isNull();
        assertThat(first.date()).isEqualTo(LocalDate.of(2010, 4, 21));
        assertThat(first.story()).isEqualTo("bpoil");
        assertThat(first.event()).isNull();
        assertThat(docs.get(1).story()).isEqualTo("mj");
    }

    @Test
    void readsTimelinesSortedMergedAndWithoutTheMalformedDate(@TempDir Path dir) throws IOException {
        write(dir, Timeline17.TIMELINES,
                "{\"topic\": \"mj\", \"collection\": \"MJ_bbc\", \"timeline\": \"bbc.co.uk\", \"source_file\": \"x\","
                        + " \"entries\": ["
                        + "{\"date\": \"2011-05-02\", \"sentences\": [\"The trial is delayed again . \"]},"
                        + "{\"date\": \"2011-03-03\", \"sentences\": [\"The trial is delayed . \"]},"
                        + "{\"date\": \"2011-04-0\", \"date_malformed\": true, \"sentences\": [\"Jury selection begins . \"]},"
                        + "{\"date\": \"2011-03-03\", \"sentences\": [\"Both sides `` need time '' . \", \" \"]}]}",
                "{\"topic\": \"mj\", \"collection\": \"MJ_bbc\", \"timeline\": \"fixed\", \"source_file\": \"y\","
                        + " \"entries\": ["
                        + "{\"date\": \"2011-04-0\", \"date_malformed\": \"2011-04-02\", \"sentences\": [\"Jury selection begins . \"]}]}");

        List<Timeline17.GoldTimeline> timelines = Timeline17.timelines(dir);

        assertThat(timelines).hasSize(2);
        Timeline17.GoldTimeline bbc = timelines.get(0);
        assertThat(bbc.topic()).isEqualTo("mj");
        assertThat(bbc.collection()).isEqualTo("MJ_bbc");
        assertThat(bbc.name()).isEqualTo("bbc.co.uk");
        assertThat(bbc.entries()).containsExactly(
                new Timeline17.GoldTimeline.Entry(LocalDate.of(2011, 3, 3),
                        List.of("The trial is delayed.", "Both sides \"need time\".")),
                new Timeline17.GoldTimeline.Entry(LocalDate.of(2011, 5, 2), List.of("The trial is delayed again.")));
        assertThat(bbc.byDate()).containsOnlyKeys(LocalDate.of(2011, 3, 3), LocalDate.of(2011, 5, 2));
        assertThat(timelines.get(1).entries()).containsExactly(
                new Timeline17.GoldTimeline.Entry(LocalDate.of(2011, 4, 2), List.of("Jury selection begins.")));
    }

    @Test
    void refusesAnUnflaggedMalformedDate(@TempDir Path dir) throws IOException {
        write(dir, Timeline17.TIMELINES,
                "{\"topic\": \"mj\", \"collection\": \"MJ_bbc\", \"timeline\": \"bbc\", \"entries\": ["
                        + "{\"date\": \"2011-04-0\", \"sentences\": [\"Jury selection begins . \"]}]}");

        assertThatThrownBy(() -> Timeline17.timelines(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("2011-04-0");
    }

    private static String article(String id, String topic, String date, String jsonText, boolean empty) {
        return "{\"id\": \"" + id + "\", \"topic\": \"" + topic + "\", \"collection\": \"c\", \"date\": \"" + date
                + "\", \"text\": \"" + jsonText + "\", \"empty\": " + empty + "}";
    }

    private static void write(Path dir, String name, String... lines) throws IOException {
        Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
