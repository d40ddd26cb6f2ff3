package dev.storyline.cluster;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * The summed sub-vectors and the date span of a group of documents: one document, an event or a story. Two profiles
 * are compared feature by feature in {@link LinkFeatures}.
 */
final class Profile implements Serializable {

    private static final long serialVersionUID = 1L;

    final Centroid title;
    final Centroid lead;
    final Centroid body;
    final Centroid text;
    final Centroid names;
    private float[] embedding;
    private int size;
    /** The whole-text vectors of the latest {@value #RECENT} members, for the nearest-member feature. */
    private final ArrayDeque<SparseVector> recent;
    static final int RECENT = 16;
    private LocalDate first;
    private LocalDate last;

    Profile() {
        title = new Centroid();
        lead = new Centroid();
        body = new Centroid();
        text = new Centroid();
        names = new Centroid();
        recent = new ArrayDeque<>();
    }

    private Profile(Profile other) {
        title = other.title.copy();
        lead = other.lead.copy();
        body = other.body.copy();
        text = other.text.copy();
        names = other.names.copy();
        embedding = other.embedding == null ? null : other.embedding.clone();
        size = other.size;
        recent = new ArrayDeque<>(other.recent);
        first = other.first;
        last = other.last;
    }

    private Profile(Centroid title, Centroid lead, Centroid body, Centroid text, Centroid names) {
        this.title = title;
        this.lead = lead;
        this.body = body;
        this.text = text;
        this.names = names;
        this.recent = new ArrayDeque<>();
    }

    /**
     * Writes the state for {@link #read}; each recent member's vector is written as the number {@code numberOf}
     * gives it, since those vectors are kept elsewhere and never change.
     */
    void write(DataOutput out, ToIntFunction<SparseVector> numberOf) throws IOException {
        for (Centroid centroid : List.of(title, lead, body, text, names)) {
            centroid.write(out);
        }
        out.writeInt(embedding == null ? -1 : embedding.length);
        if (embedding != null) {
            for (float value : embedding) {
                out.writeFloat(value);
            }
        }
        out.writeInt(size);
        out.writeInt(recent.size());
        for (SparseVector vector : recent) {
            out.writeInt(numberOf.applyAsInt(vector));
        }
        out.writeLong(first == null ? Long.MIN_VALUE : first.toEpochDay());
        out.writeLong(last == null ? Long.MIN_VALUE : last.toEpochDay());
    }

    /** The profile {@link #write} wrote, the recent members' vectors found by their numbers. */
    static Profile read(DataInput in, IntFunction<SparseVector> vectorOf) throws IOException {
        Profile profile = new Profile(Centroid.read(in), Centroid.read(in), Centroid.read(in), Centroid.read(in), Centroid.read(in));
        int dimensions = in.readInt();
        if (dimensions >= 0) {
            profile.embedding = new float[dimensions];
            for (int i = 0; i < dimensions; i++) {
                profile.embedding[i] = in.readFloat();
            }
        }
        profile.size = in.readInt();
        int recent = in.readInt();
        for (int i = 0; i < recent; i++) {
            profile.recent.addLast(vectorOf.apply(in.readInt()));
        }
        long first = in.readLong();
        long last = in.readLong();
        profile.first = first == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(first);
        profile.last = last == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(last);
        return profile;
    }

    /** An independent copy that compares and grows exactly as this profile would. */
    Profile copy() {
        return new Profile(this);
    }

    static Profile of(DocumentVectors document) {
        Profile profile = new Profile();
        profile.add(document);
        return profile;
    }

    void add(DocumentVectors document) {
        title.add(document.titleTerms());
        lead.add(document.leadTerms());
        body.add(document.bodyTerms());
        text.add(document.allTerms());
        names.add(document.names());
        addEmbedding(document.embedding());
        addDate(document.published());
        size++;
        remember(document.allTerms());
    }

    void add(Profile other) {
        title.add(other.title);
        lead.add(other.lead);
        body.add(other.body);
        text.add(other.text);
        names.add(other.names);
        addEmbedding(other.embedding);
        addDate(other.first);
        addDate(other.last);
        size += other.size;
        for (SparseVector vector : other.recent) {
            remember(vector);
        }
    }

    /** The highest whole-text cosine of a document with one of the recent members. */
    double nearestMember(SparseVector vector) {
        double best = 0;
        for (SparseVector member : recent) {
            best = Math.max(best, member.dot(vector));
        }
        return best;
    }

    /** The highest whole-text cosine between recent members of the two profiles. */
    double nearestMember(Profile other) {
        double best = 0;
        for (SparseVector member : recent) {
            best = Math.max(best, other.nearestMember(member));
        }
        return best;
    }

    private void remember(SparseVector vector) {
        recent.addLast(vector);
        if (recent.size() > RECENT) {
            recent.removeFirst();
        }
    }

    /** The number of documents summed. */
    int size() {
        return size;
    }

    /** Average embedding cosine of a document with the members, or 0 when either has none. */
    double averageEmbeddingCosine(float[] vector) {
        if (embedding == null || vector == null) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < embedding.length; i++) {
            dot += embedding[i] * vector[i];
        }
        return dot / size;
    }

    /** Average embedding cosine over all pairs of members, or 0 when either side has none. */
    double averageEmbeddingCosine(Profile other) {
        if (embedding == null || other.embedding == null) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < embedding.length; i++) {
            dot += embedding[i] * other.embedding[i];
        }
        return dot / ((double) size * other.size);
    }

    /** Cosine of the two summed embeddings, or 0 when either side has none. */
    double embeddingCosine(Profile other) {
        if (embedding == null || other.embedding == null) {
            return 0;
        }
        double dot = 0;
        double self = 0;
        double theirs = 0;
        for (int i = 0; i < embedding.length; i++) {
            dot += embedding[i] * other.embedding[i];
            self += embedding[i] * embedding[i];
            theirs += other.embedding[i] * other.embedding[i];
        }
        return self == 0 || theirs == 0 ? 0 : dot / Math.sqrt(self * theirs);
    }

    /** Days between the two date spans: 0 when they overlap, and 0 when either is undated. */
    long daysApart(Profile other) {
        if (first == null || other.first == null) {
            return 0;
        }
        if (other.first.isAfter(last)) {
            return ChronoUnit.DAYS.between(last, other.first);
        }
        if (first.isAfter(other.last)) {
            return ChronoUnit.DAYS.between(other.last, first);
        }
        return 0;
    }

    /** Days between a date and a profile's span, 0 when either is undated. */
    static long daysApart(LocalDate date, Profile profile) {
        if (date == null || profile.first == null) {
            return 0;
        }
        if (date.isBefore(profile.first)) {
            return ChronoUnit.DAYS.between(date, profile.first);
        }
        return date.isAfter(profile.last) ? ChronoUnit.DAYS.between(profile.last, date) : 0;
    }

    /** The earliest date, or null when undated. */
    LocalDate first() {
        return first;
    }

    /** The latest date, or null when undated. */
    LocalDate last() {
        return last;
    }

    private void addEmbedding(float[] vector) {
        if (vector == null) {
            return;
        }
        if (embedding == null) {
            embedding = new float[vector.length];
        }
        for (int i = 0; i < vector.length; i++) {
            embedding[i] += vector[i];
        }
    }

    private void addDate(LocalDate date) {
        if (date == null) {
            return;
        }
        if (first == null || date.isBefore(first)) {
            first = date;
        }
        if (last == null || date.isAfter(last)) {
            last = date;
        }
    }
}
