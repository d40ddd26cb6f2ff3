package dev.storyline.ingest;

import dev.storyline.model.RawDocument;
import dev.storyline.model.SkippedInput;

/**
 * Wraps the caller's sink so that what it throws reaches {@link Ingester#ingest} as a {@link Failure}, which the
 * readers and the per-input error handling let through: a store that cannot write a batch must stop the run, not be
 * reported as an unreadable input.
 */
final class GuardedSink implements IngestSink {

    /** What the caller's sink threw, carried past the catch blocks meant for the inputs. */
    static final class Failure extends RuntimeException {
        Failure(Throwable cause) {
            super(cause.toString(), cause, false, false);
        }

        /** Throws the sink's own exception or error again, unwrapped. */
        RuntimeException rethrow() {
            if (getCause() instanceof RuntimeException e) {
                throw e;
            }
            if (getCause() instanceof Error e) {
                throw e;
            }
            return this;
        }
    }

    private final IngestSink sink;

    GuardedSink(IngestSink sink) {
        this.sink = sink;
    }

    @Override
    public void accept(RawDocument document) {
        try {
            sink.accept(document);
        } catch (RuntimeException | Error e) {
            throw new Failure(e);
        }
    }

    @Override
    public void skip(SkippedInput skipped) {
        try {
            sink.skip(skipped);
        } catch (RuntimeException | Error e) {
            throw new Failure(e);
        }
    }

    @Override
    public void inputStarted(String source) {
        try {
            sink.inputStarted(source);
        } catch (RuntimeException | Error e) {
            throw new Failure(e);
        }
    }
}
