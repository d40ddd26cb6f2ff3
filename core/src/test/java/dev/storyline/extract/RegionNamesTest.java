package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class RegionNamesTest {

    @Test
    void everyUseHasWords() {
        for (RegionNames.Use use : RegionNames.Use.values()) {
            assertThat(RegionNames.words(use)).as(use.fileName()).isNotEmpty();
        }
    }

    @Test
    void oneWordServesSeveralUsesEachWithItsOwnForm() {
        assertThat(RegionNames.words(RegionNames.Use.FURNITURE)).contains(new RegionNames.Word("comment", false));
        assertThat(RegionNames.words(RegionNames.Use.SCORED_DOWN)).contains(new RegionNames.Word("comment", true));
        assertThat(RegionNames.words(RegionNames.Use.NO_DATES)).contains(new RegionNames.Word("comment", true));
        assertThat(RegionNames.words(RegionNames.Use.SCORED_DOWN)).contains(new RegionNames.Word("meta", false));
    }

    @Test
    void anAlternationGivesEachWordItsTail() {
        Pattern down = Pattern.compile("(?:^|[-_\\s])" + RegionNames.alternation("\\b", "", RegionNames.Use.SCORED_DOWN));

        assertThat(down.matcher("commentList").find()).isTrue();
        assertThat(down.matcher("entry-meta").find()).isTrue();
        assertThat(down.matcher("metadata").find()).isFalse();
        assertThat(down.matcher("promoted").find()).isFalse();
    }
}
