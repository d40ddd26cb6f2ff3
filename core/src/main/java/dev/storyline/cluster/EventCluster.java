package dev.storyline.cluster;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/** An event while it grows: its members in arrival order, their summed profile, and the terms it is indexed under. */
final class EventCluster implements Serializable {

    private static final long serialVersionUID = 1L;

    final int number;
    final List<DocumentVectors> members = new ArrayList<>();
    final Profile profile;
    final Set<Integer> indexedTerms = new HashSet<>();
    EventCluster mergedInto;
    /** Counts the changes to the members, so that a result computed from them can tell it is still current. */
    int version;
    /**
     * Counts every change, a new indexed term and a merge into another event included, so that a checkpoint can
     * share the written form of an event that did not change since the last one ({@link ClusteringCheckpoint}).
     */
    int stamp;

    EventCluster(int number) {
        this(number, new Profile());
    }

    private EventCluster(int number, Profile profile) {
        this.number = number;
        this.profile = profile;
    }

    void add(DocumentVectors document) {
        members.add(document);
        profile.add(document);
        version++;
        stamp++;
    }

    void absorb(EventCluster other) {
        members.addAll(other.members);
        profile.add(other.profile);
        other.mergedInto = this;
        other.stamp++;
        version++;
        stamp++;
    }

    /** Indexes the event under a term; false when it was already. */
    boolean indexUnder(int term) {
        if (!indexedTerms.add(term)) {
            return false;
        }
        stamp++;
        return true;
    }

    /** The event this one now lives in, after merges. */
    EventCluster current() {
        EventCluster cluster = this;
        while (cluster.mergedInto != null) {
            cluster = cluster.mergedInto;
        }
        return cluster;
    }

    /**
     * Writes the event for {@link #read}: members by the arrival number {@code numberOf} gives their vectors (the
     * vectors themselves are kept elsewhere and never change), and the event it was merged into by its number.
     */
    void write(DataOutput out, ToIntFunction<Object> numberOf) throws IOException {
        out.writeInt(members.size());
        for (DocumentVectors member : members) {
            out.writeInt(numberOf.applyAsInt(member));
        }
        profile.write(out, numberOf::applyAsInt);
        out.writeInt(indexedTerms.size());
        for (int term : indexedTerms) {
            out.writeInt(term);
        }
        out.writeInt(mergedInto == null ? -1 : mergedInto.number);
        out.writeInt(version);
        out.writeInt(stamp);
    }

    /**
     * The event {@link #write} wrote, numbered {@code number}, its members found by arrival number. The event it was
     * merged into is left for the caller to set: its number is returned through {@code mergedInto[number]}.
     */
    static EventCluster read(DataInput in, int number, IntFunction<DocumentVectors> documents, int[] mergedInto) throws IOException {
        int size = in.readInt();
        List<DocumentVectors> members = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            members.add(documents.apply(in.readInt()));
        }
        EventCluster cluster = new EventCluster(number, Profile.read(in, n -> documents.apply(n).allTerms()));
        cluster.members.addAll(members);
        int terms = in.readInt();
        for (int i = 0; i < terms; i++) {
            cluster.indexedTerms.add(in.readInt());
        }
        mergedInto[number] = in.readInt();
        cluster.version = in.readInt();
        cluster.stamp = in.readInt();
        return cluster;
    }
}
