package dev.storyline.util;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineTest {

    @Test
    void noBudgetNeverPasses() {
        assertThat(Deadline.after(Duration.ZERO)).isSameAs(Deadline.NONE);
        assertThat(Deadline.after(Duration.ofSeconds(-1))).isSameAs(Deadline.NONE);
        assertThat(Deadline.after(null)).isSameAs(Deadline.NONE);
        assertThat(Deadline.NONE.isSet()).isFalse();
        assertThat(Deadline.NONE.hasPassed()).isFalse();
        Deadline.NONE.check();
    }

    @Test
    void aSpentBudgetThrowsWithTheReasonNamingIt() throws InterruptedException {
        Deadline deadline = Deadline.after(Duration.ofMillis(1));
        Thread.sleep(5);

        assertThat(deadline.hasPassed()).isTrue();
        assertThatThrownBy(deadline::check).isInstanceOf(Deadline.Exceeded.class)
                .hasMessage("took longer than the 0.001 s analysis budget per document (--document-timeout); skipped");
    }

    @Test
    void aBudgetNotYetSpentLetsTheWorkGoOn() {
        Deadline deadline = Deadline.after(Duration.ofHours(1));

        assertThat(deadline.isSet()).isTrue();
        assertThat(deadline.hasPassed()).isFalse();
        deadline.check();
        assertThat(Deadline.Exceeded.reason(Duration.ofSeconds(60)))
                .isEqualTo("took longer than the 60 s analysis budget per document (--document-timeout); skipped");
    }
}
