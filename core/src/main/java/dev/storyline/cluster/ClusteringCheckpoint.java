package dev.storyline.cluster;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * The state of an {@link OnlineEventClusterer} after a number of documents, for {@link
 * OnlineEventClusterer#restore} to go back to: each event written on its own, the size of the vocabulary and the
 * latest date. What never changes once made (each document's vectors, why it joined its event) is not copied but
 * taken from the clusterer that restores it, and an event unchanged since the clusterer's previous checkpoint shares
 * that checkpoint's bytes: a day's checkpoint costs about what the day changed.
 */
public final class ClusteringCheckpoint implements Serializable {

    private static final long serialVersionUID = 1L;

    final int documents;
    final int vocabularySize;
    final LocalDate latest;
    /** Each event's written form, by event number. */
    final byte[][] events;
    /** Each event's {@link EventCluster#stamp} when written. */
    final int[] stamps;

    ClusteringCheckpoint(int documents, int vocabularySize, LocalDate latest, byte[][] events, int[] stamps) {
        this.documents = documents;
        this.vocabularySize = vocabularySize;
        this.latest = latest;
        this.events = events;
        this.stamps = stamps;
    }

    /** The number of documents added before the checkpoint. */
    public int documents() {
        return documents;
    }

    /**
     * The bytes this checkpoint holds that are not in {@code counted} (compared by identity), which it joins: the
     * memory a set of checkpoints takes, bytes shared between checkpoints counted once.
     */
    public long bytesBeyond(Set<Object> counted) {
        long bytes = 0;
        if (counted.add(stamps)) {
            bytes += 16 + 4L * stamps.length + 16 + 8L * events.length;
        }
        for (byte[] event : events) {
            if (counted.add(event)) {
                bytes += 16 + event.length;
            }
        }
        return bytes;
    }
}
