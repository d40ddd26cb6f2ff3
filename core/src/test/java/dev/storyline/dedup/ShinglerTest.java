package dev.storyline.dedup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShinglerTest {

    private final Shingler shingler = new Shingler(3);

    @Test
    void typographyCaseAndAccentsAreNotEdits() {
        long[] plain = shingler.shingles("The minister's \"final\" offer - a cafe deal - was rejected.");
        long[] typeset = shingler.shingles("THE MINISTER’S “FINAL” OFFER — A CAFÉ DEAL — WAS REJECTED");
        assertThat(typeset).isEqualTo(plain);
    }

    @Test
    void wordOrderAndWordsDoCount() {
        assertThat(shingler.shingles("the strike began on monday"))
                .isNotEqualTo(shingler.shingles("on monday the strike began"))
                .isNotEqualTo(shingler.shingles("the strike ended on monday"));
    }

    @Test
    void givesDistinctShinglesAndOneForAShortText() {
        assertThat(shingler.shingles("one two three one two three")).hasSize(3);
        assertThat(shingler.shingles("two words")).hasSize(1);
        assertThat(shingler.shingles(" -- ")).isEmpty();
    }
}
