package dev.storyline.pipeline;

import dev.storyline.cluster.ClusteringCheckpoint;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The event clusterer's state at day boundaries of the documents grouped, so that a document dated among them makes
 * grouping restart from the boundary before its date rather than from the first document.
 *
 * <p>Which boundaries are kept depends on their age, counted back from the latest document's date: every one in the
 * last {@value #DAILY_DAYS} days (a crawl's late articles are mostly days late), the first of each ISO week in the
 * last {@value #WEEKLY_DAYS} days, and the first of each month before that. A year of daily news keeps about 60.
 * Each checkpoint holds only what changed since the one before ({@link ClusteringCheckpoint}). Not thread-safe.
 */
final class GroupingCheckpoints {

    static final long DAILY_DAYS = 31;
    static final long WEEKLY_DAYS = 183;

    /**
     * The clusterer's state before the document at {@code position} in time order, the first dated {@code date};
     * the documents before it are dated {@code before} at the latest.
     */
    record Checkpoint(int position, LocalDate before, LocalDate date, ClusteringCheckpoint clusterer) {
    }

    private final TreeMap<Integer, Checkpoint> byPosition = new TreeMap<>();

    /** Whether a boundary between documents dated {@code before} and {@code date} is worth a checkpoint. */
    static boolean wanted(LocalDate before, LocalDate date, LocalDate latest) {
        if (before == null || date == null || !date.isAfter(before)) {
            return false;
        }
        long age = ChronoUnit.DAYS.between(date, latest);
        if (age <= DAILY_DAYS) {
            return true;
        }
        if (age <= WEEKLY_DAYS) {
            return before.get(IsoFields.WEEK_BASED_YEAR) != date.get(IsoFields.WEEK_BASED_YEAR)
                    || before.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        }
        return before.getYear() != date.getYear() || before.getMonth() != date.getMonth();
    }

    boolean has(int position) {
        return byPosition.containsKey(position);
    }

    void add(Checkpoint checkpoint) {
        byPosition.put(checkpoint.position(), checkpoint);
    }

    /** The latest checkpoint at or before {@code position}, or null. */
    Checkpoint atOrBefore(int position) {
        Map.Entry<Integer, Checkpoint> entry = byPosition.floorEntry(position);
        return entry == null ? null : entry.getValue();
    }

    /** Forgets the checkpoints after {@code position}: the documents after it are grouped again. */
    void dropAfter(int position) {
        byPosition.tailMap(position, false).clear();
    }

    /** Forgets the checkpoints no longer {@linkplain #wanted wanted} now that the latest date is {@code latest}. */
    void retain(LocalDate latest) {
        byPosition.values().removeIf(checkpoint -> !wanted(checkpoint.before(), checkpoint.date(), latest));
    }

    /** The memory the checkpoints take, in bytes, what they share counted once. */
    long bytes() {
        Set<Object> counted = Collections.newSetFromMap(new IdentityHashMap<>());
        long bytes = 0;
        for (Checkpoint checkpoint : byPosition.values()) {
            bytes += checkpoint.clusterer().bytesBeyond(counted);
        }
        return bytes;
    }

    /** Writes the checkpoints into one object stream, so that what they share is written once. */
    void write(ObjectOutputStream out) throws IOException {
        out.writeInt(byPosition.size());
        for (Checkpoint checkpoint : byPosition.values()) {
            out.writeInt(checkpoint.position());
            out.writeObject(checkpoint.before());
            out.writeObject(checkpoint.date());
            out.writeObject(checkpoint.clusterer());
        }
    }

    /** Replaces the checkpoints by those {@link #write} wrote. */
    void read(ObjectInputStream in) throws IOException, ClassNotFoundException {
        byPosition.clear();
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            add(new Checkpoint(in.readInt(), (LocalDate) in.readObject(), (LocalDate) in.readObject(),
                    (ClusteringCheckpoint) in.readObject()));
        }
    }
}
