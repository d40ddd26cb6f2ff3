package dev.storyline.pipeline;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.TreeMap;

/**
 * The event clusterer's state at day boundaries of the documents grouped, so that a document dated among them makes
 * grouping restart from the boundary before its date rather than from the first document.
 *
 * <p>Which boundaries are kept depends on their age, counted back from the latest document's date: every one in the
 * last {@value #DAILY_DAYS} days (a crawl's late articles are mostly days late), the first of each ISO week in the
 * last {@value #WEEKLY_DAYS} days, and the first of each month before that. A year of daily news keeps about 60.
 * Each checkpoint holds only what changes as documents arrive; the documents' vectors are shared ({@link
 * dev.storyline.cluster.OnlineEventClusterer#checkpoint}). Not thread-safe.
 */
final class GroupingCheckpoints {

    static final long DAILY_DAYS = 31;
    static final long WEEKLY_DAYS = 183;

    /**
     * The clusterer's state before the document at {@code position} in time order, the first dated {@code date};
     * the documents before it are dated {@code before} at the latest.
     */
    record Checkpoint(int position, LocalDate before, LocalDate date, byte[] clusterer) {
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

    /** The memory the checkpoints take, in bytes. */
    long bytes() {
        long bytes = 0;
        for (Checkpoint checkpoint : byPosition.values()) {
            bytes += checkpoint.clusterer().length;
        }
        return bytes;
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(byPosition.size());
        for (Checkpoint checkpoint : byPosition.values()) {
            out.writeInt(checkpoint.position());
            out.writeLong(checkpoint.before().toEpochDay());
            out.writeLong(checkpoint.date().toEpochDay());
            out.writeInt(checkpoint.clusterer().length);
            out.write(checkpoint.clusterer());
        }
    }

    void read(DataInput in) throws IOException {
        byPosition.clear();
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            int position = in.readInt();
            LocalDate before = LocalDate.ofEpochDay(in.readLong());
            LocalDate date = LocalDate.ofEpochDay(in.readLong());
            byte[] clusterer = new byte[in.readInt()];
            in.readFully(clusterer);
            add(new Checkpoint(position, before, date, clusterer));
        }
    }
}
