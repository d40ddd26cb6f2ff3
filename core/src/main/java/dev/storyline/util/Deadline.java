package dev.storyline.util;

import java.time.Duration;

/**
 * When the work on one document must stop: the time budget of one document, started when its analysis starts.
 *
 * <p>Java cannot stop a thread, so the stages stop themselves: they call {@link #check()} between steps and in their
 * loops over lines, paragraphs and sentences, and it throws {@link Exceeded} once the budget is spent. The work
 * between two checks is one line, paragraph or sentence, so a document stops soon after its budget, and the caller
 * skips it with {@link Exceeded#reason()} and goes on with the next one.
 */
public final class Deadline {

    /** No budget: {@link #check()} never throws. */
    public static final Deadline NONE = new Deadline(Duration.ZERO, 0);

    private final Duration budget;
    private final long endNanos;

    private Deadline(Duration budget, long endNanos) {
        this.budget = budget;
        this.endNanos = endNanos;
    }

    /** A deadline {@code budget} from now; {@link #NONE} when the budget is null, zero or negative. */
    public static Deadline after(Duration budget) {
        if (budget == null || budget.isZero() || budget.isNegative()) {
            return NONE;
        }
        return new Deadline(budget, System.nanoTime() + budget.toNanos());
    }

    /** Whether there is a budget at all. */
    public boolean isSet() {
        return this != NONE;
    }

    /** The budget this deadline was started with; zero for none. */
    public Duration budget() {
        return budget;
    }

    /** Whether the budget is spent. */
    public boolean hasPassed() {
        return isSet() && System.nanoTime() - endNanos > 0;
    }

    /** Throws {@link Exceeded} when the budget is spent; costs one clock read otherwise. */
    public void check() {
        if (hasPassed()) {
            throw new Exceeded(budget);
        }
    }

    /** Thrown by {@link #check()}: the document took longer than its budget. */
    public static final class Exceeded extends RuntimeException {

        private final Duration budget;

        public Exceeded(Duration budget) {
            super(reason(budget), null, false, false);
            this.budget = budget;
        }

        /** The budget that was exceeded. */
        public Duration budget() {
            return budget;
        }

        /** Why the document was skipped, as a skipped input's reason. */
        public String reason() {
            return getMessage();
        }

        /** The reason given for a document that took longer than {@code budget}. */
        public static String reason(Duration budget) {
            return "took longer than the " + seconds(budget) + " analysis budget per document (--document-timeout); skipped";
        }

        private static String seconds(Duration budget) {
            long millis = budget.toMillis();
            return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.3f s", millis / 1000.0);
        }
    }
}
