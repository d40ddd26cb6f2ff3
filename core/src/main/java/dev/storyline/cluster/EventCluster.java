package dev.storyline.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An event while it grows: its members in arrival order, their summed profile, and the terms it is indexed under. */
final class EventCluster implements Serializable {

    private static final long serialVersionUID = 1L;

    final int number;
    final List<DocumentVectors> members = new ArrayList<>();
    final Profile profile = new Profile();
    final Set<Integer> indexedTerms = new HashSet<>();
    EventCluster mergedInto;
    /** Counts the changes to the members, so that a result computed from them can tell it is still current. */
    int version;

    EventCluster(int number) {
        this.number = number;
    }

    void add(DocumentVectors document) {
        members.add(document);
        profile.add(document);
        version++;
    }

    void absorb(EventCluster other) {
        members.addAll(other.members);
        profile.add(other.profile);
        other.mergedInto = this;
        version++;
    }

    /** The event this one now lives in, after merges. */
    EventCluster current() {
        EventCluster cluster = this;
        while (cluster.mergedInto != null) {
            cluster = cluster.mergedInto;
        }
        return cluster;
    }
}
