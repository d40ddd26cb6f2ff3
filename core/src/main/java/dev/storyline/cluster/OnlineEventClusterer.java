package dev.storyline.cluster;

import dev.storyline.model.Event;
import dev.storyline.model.Explanation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.zip.CRC32;

/**
 * Online event clustering: documents arrive one at a time, in time order, and each either joins the event it most
 * probably reports or opens a new one.
 *
 * <p>For each document, candidate events come from an inverted index of the terms events were indexed under (never a
 * scan of all events), limited to events active in the last {@value #ACTIVE_DAYS} days. Each candidate gets the
 * {@link ClusteringSettings#eventModel()} probability over {@link LinkFeatures}, times a time decay: 1 within
 * {@value #SAME_DAYS} days, then falling by a factor e every {@value #DECAY_DAYS} days. The document joins the best
 * candidate at or above the join threshold. After a join, each other candidate that the document also fits (at or
 * above the join threshold) is compared, as a whole event, with the grown event and merged with it at or above the
 * merge threshold: the document bridges events that arrival order split. A document whose
 * near-duplicate family already sits in an event joins that event.
 *
 * <p>{@link #result()} may be called at any time, and links into stories again only the events that new documents can
 * still reach or that changed ({@link StoryLinker}); {@link #cluster} runs a whole batch in time order, so batch and
 * incremental use give the same result.
 */
public final class OnlineEventClusterer implements Serializable {

    private static final long serialVersionUID = 1L;

    static final long SAME_DAYS = 2;
    static final double DECAY_DAYS = 3.0;
    static final long ACTIVE_DAYS = 14;
    static final int QUERY_TERMS = 12;
    static final int INDEX_TERMS = 10;
    static final int INDEX_NAMES = 5;
    static final int MAX_CANDIDATES = 12;

    private final ClusteringSettings settings;
    private final Vectorizer vectorizer;
    private final List<EventCluster> clusters = new ArrayList<>();
    private final Map<Integer, List<EventCluster>> postings = new HashMap<>();
    private final Map<String, EventCluster> clusterOfFamily = new HashMap<>();
    private final List<Arrival> arrivals = new ArrayList<>();
    /** Each document's vectors in arrival order: what a {@link #checkpoint} shares with later states instead of copying. */
    private final List<DocumentVectors> arrived = new ArrayList<>();
    private final StoryLinker linker;
    private LocalDate latest;
    /** The last {@link #checkpoint} taken or restored, whose bytes the next one shares for unchanged events. */
    private transient ClusteringCheckpoint lastCheckpoint;
    /** The arrival number of the first {@code numbered} documents' vectors, by identity, for writing checkpoints. */
    private transient Map<Object, Integer> arrivalNumbers;
    private transient int numbered;

    /** Why a document joined its event (by number), and its family: what never changes once it arrived. */
    private record Arrival(String document, int cluster, String family, String decision, double score,
                           Map<String, Double> features) implements Serializable {
    }

    private record Candidate(EventCluster cluster, double score, double[] features) {
    }

    public OnlineEventClusterer() {
        this(ClusteringSettings.DEFAULTS);
    }

    public OnlineEventClusterer(ClusteringSettings settings) {
        this(settings, new Vectorizer());
    }

    private OnlineEventClusterer(ClusteringSettings settings, Vectorizer vectorizer) {
        this.settings = settings;
        this.vectorizer = vectorizer;
        this.linker = new StoryLinker(settings);
    }

    /**
     * Writes the clusterer's state, so that another process can go on adding documents where this one stopped
     * without adding the earlier ones again. {@link #read} refuses a state written by other clustering code.
     */
    public void write(ObjectOutputStream out) throws IOException {
        out.writeLong(codeFingerprint());
        out.writeObject(this);
    }

    /**
     * The clusterer {@link #write} wrote, or empty when other clustering code or other settings wrote it, since
     * going on from such a state would not give what a batch gives. The caller sets the stream's class filter.
     */
    public static Optional<OnlineEventClusterer> read(ObjectInputStream in, ClusteringSettings settings)
            throws IOException, ClassNotFoundException {
        if (in.readLong() != codeFingerprint()) {
            return Optional.empty();
        }
        OnlineEventClusterer clusterer = (OnlineEventClusterer) in.readObject();
        return clusterer.settings.equals(settings) ? Optional.of(clusterer) : Optional.empty();
    }

    /**
     * The state after the documents added so far, for {@link #restore} to go back to once more documents were added:
     * how a growing corpus takes a document dated among those already added without adding every earlier one again.
     * Events unchanged since this clusterer's previous checkpoint share its bytes ({@link ClusteringCheckpoint}).
     */
    public ClusteringCheckpoint checkpoint() {
        ToIntFunction<Object> numberOf = arrivalNumbers()::get;
        byte[][] events = new byte[clusters.size()][];
        int[] stamps = new int[clusters.size()];
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (EventCluster cluster : clusters) {
            int number = cluster.number;
            stamps[number] = cluster.stamp;
            if (lastCheckpoint != null && number < lastCheckpoint.events.length && lastCheckpoint.stamps[number] == cluster.stamp) {
                events[number] = lastCheckpoint.events[number];
                continue;
            }
            bytes.reset();
            try {
                cluster.write(new DataOutputStream(bytes), numberOf);
            } catch (IOException e) {
                throw new UncheckedIOException("could not write an event in memory", e);
            }
            events[number] = bytes.toByteArray();
        }
        lastCheckpoint = new ClusteringCheckpoint(arrived.size(), vectorizer.vocabularySize(), latest, events, stamps);
        return lastCheckpoint;
    }

    /**
     * The clusterer as it was at {@code checkpoint}, which {@code later} or a clusterer it went on from took: the
     * documents' vectors and arrivals up to the checkpoint are shared with {@code later}, the vocabulary is rewound
     * by the documents counted since, the events are read back, and the index of events by term is rebuilt from them.
     * {@code later} is left unchanged.
     */
    public static OnlineEventClusterer restore(ClusteringCheckpoint checkpoint, OnlineEventClusterer later) {
        int documents = checkpoint.documents;
        OnlineEventClusterer restored = new OnlineEventClusterer(later.settings,
                later.vectorizer.rewound(checkpoint.vocabularySize, documents, later.arrived.subList(documents, later.arrived.size())));
        restored.arrived.addAll(later.arrived.subList(0, documents));
        restored.arrivals.addAll(later.arrivals.subList(0, documents));
        restored.latest = checkpoint.latest;
        int[] mergedInto = new int[checkpoint.events.length];
        try {
            for (int number = 0; number < checkpoint.events.length; number++) {
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(checkpoint.events[number]));
                restored.clusters.add(EventCluster.read(in, number, restored.arrived::get, mergedInto));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read an event of a checkpoint in memory", e);
        }
        for (EventCluster cluster : restored.clusters) {
            if (mergedInto[cluster.number] >= 0) {
                cluster.mergedInto = restored.clusters.get(mergedInto[cluster.number]);
            } else {
                for (int term : cluster.indexedTerms) {
                    restored.postings.computeIfAbsent(term, t -> new ArrayList<>()).add(cluster);
                }
            }
        }
        for (Arrival arrival : restored.arrivals) {
            if (arrival.family() != null) {
                restored.clusterOfFamily.putIfAbsent(arrival.family(), restored.clusters.get(arrival.cluster()));
            }
        }
        restored.lastCheckpoint = checkpoint;
        return restored;
    }

    /** The arrival number of each document's vectors and of its whole-text vector, by identity. */
    private Map<Object, Integer> arrivalNumbers() {
        if (arrivalNumbers == null) {
            arrivalNumbers = new IdentityHashMap<>();
            numbered = 0;
        }
        for (; numbered < arrived.size(); numbered++) {
            DocumentVectors document = arrived.get(numbered);
            arrivalNumbers.put(document, numbered);
            arrivalNumbers.putIfAbsent(document.allTerms(), numbered);
        }
        return arrivalNumbers;
    }

    /** A checksum of the bytecode of the classes whose behaviour a written state depends on. */
    private static long codeFingerprint() throws IOException {
        CRC32 checksum = new CRC32();
        for (Class<?> type : List.of(OnlineEventClusterer.class, Vectorizer.class, Vocabulary.class, TermAnalyzer.class,
                EventCluster.class, Profile.class, HappeningDate.class, Centroid.class, SparseVector.class, DocumentVectors.class,
                LinkFeatures.class, LinkModel.class, StoryLinker.class, StoryFeatures.class, Headlines.class, ClusterInput.class,
                ClusteringCheckpoint.class)) {
            try (InputStream bytes = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                if (bytes == null) {
                    throw new IOException("no bytecode found for " + type.getName());
                }
                checksum.update(bytes.readAllBytes());
            }
        }
        return checksum.getValue();
    }

    /** Clusters a batch: sorts it into time order ({@link #inTimeOrder}), adds every document, returns the result. */
    public static Clustering cluster(List<ClusterInput> documents, Map<String, String> familyOf, ClusteringSettings settings) {
        OnlineEventClusterer clusterer = new OnlineEventClusterer(settings);
        for (ClusterInput document : inTimeOrder(documents)) {
            clusterer.add(document, familyOf.get(document.id()));
        }
        return clusterer.result();
    }

    /**
     * Adds one document.
     *
     * @param family the id of the document's near-duplicate family, or null
     */
    public void add(ClusterInput input, String family) {
        DocumentVectors document = vectorizer.vectorize(input);
        if (input.published() != null && (latest == null || input.published().isAfter(latest))) {
            latest = input.published();
        }
        EventCluster familyCluster = family == null ? null : clusterOfFamily.get(family);
        if (familyCluster != null) {
            EventCluster target = familyCluster.current();
            target.add(document);
            index(target, document);
            repost(target);
            arrived.add(document);
            arrivals.add(new Arrival(input.id(), target.number, family, "family", 1, Map.of()));
            return;
        }
        List<EventCluster> nearby = candidates(document);
        List<double[]> features = new ArrayList<>();
        for (EventCluster cluster : nearby) {
            features.add(LinkFeatures.between(document, cluster.profile));
        }
        if (input.published() == null && settings.timeDecay()) {
            document = withHappeningDate(document, input, nearby, features);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < nearby.size(); i++) {
            EventCluster cluster = nearby.get(i);
            candidates.add(new Candidate(cluster, score(features.get(i), document.published(), cluster.profile), features.get(i)));
        }
        candidates.sort((a, b) -> Double.compare(b.score(), a.score()));
        Candidate best = candidates.isEmpty() ? null : candidates.get(0);
        EventCluster target;
        if (best != null && best.score() >= settings.joinThreshold()) {
            target = best.cluster();
            target.add(document);
            arrivals.add(new Arrival(input.id(), target.number, family, "joined", best.score(),
                    settings.eventModel().contributions(best.features(), LinkFeatures.NAMES)));
        } else {
            target = new EventCluster(clusters.size());
            clusters.add(target);
            target.add(document);
            arrivals.add(new Arrival(input.id(), target.number, family, "new", best == null ? 0 : best.score(),
                    best == null ? Map.of() : settings.eventModel().contributions(best.features(), LinkFeatures.NAMES)));
        }
        index(target, document);
        arrived.add(document);
        if (family != null) {
            clusterOfFamily.put(family, target);
        }
        if (settings.merge() && target.members.size() > 1) {
            mergeInto(target, candidates);
        }
    }

    /**
     * An undated document dated by the day its text tells of ({@link HappeningDate}), read against the last date of
     * the dated event it most probably reports; the same document when it has no dated candidate or says nothing.
     */
    private DocumentVectors withHappeningDate(DocumentVectors document, ClusterInput input, List<EventCluster> nearby,
                                              List<double[]> features) {
        EventCluster neighbour = null;
        double best = -1;
        for (int i = 0; i < nearby.size(); i++) {
            double probability = settings.eventModel().probability(features.get(i));
            if (nearby.get(i).profile.last() != null && probability > best) {
                neighbour = nearby.get(i);
                best = probability;
            }
        }
        if (neighbour == null) {
            return document;
        }
        return HappeningDate.of(input.paragraphs(), neighbour.profile.last()).map(document::withPublished).orElse(document);
    }

    /** The events so far, the stories they form, and why each document joined its event. */
    public Clustering result() {
        List<EventCluster> alive = events();
        Map<EventCluster, Event> events = new IdentityHashMap<>();
        List<Event> ordered = new ArrayList<>();
        for (EventCluster cluster : alive) {
            List<String> ids = new ArrayList<>();
            List<DocumentVectors> members = new ArrayList<>(cluster.members);
            members.sort(DocumentVectors.IN_TIME_ORDER);
            for (DocumentVectors member : members) {
                ids.add(member.id());
            }
            Event event = new Event("e" + (ordered.size() + 1), Headlines.mostCentral(cluster.members, cluster.profile),
                    cluster.profile.first(), ids, List.of());
            events.put(cluster, event);
            ordered.add(event);
        }
        List<Explanation> explanations = new ArrayList<>();
        for (Arrival arrival : arrivals) {
            explanations.add(new Explanation(arrival.document(), events.get(clusters.get(arrival.cluster()).current()).id(),
                    arrival.decision(), arrival.score(), arrival.features()));
        }
        LocalDate settledBefore = settings.timeDecay() && latest != null ? latest.minusDays(ACTIVE_DAYS) : null;
        StoryLinker.Linking linking = linker.stories(alive, events, settledBefore);
        return new Clustering(ordered, linking.stories(), explanations, linking.explanations());
    }

    /** Events by first date, undated ones last, then in the order they opened. */
    static final Comparator<EventCluster> IN_TIME_ORDER = Comparator.comparing((EventCluster c) -> c.profile.first(),
            Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparingInt(c -> c.number);

    /** The events so far, merged ones left out, in time order: by first date, then in the order they opened. */
    List<EventCluster> events() {
        List<EventCluster> alive = new ArrayList<>();
        for (EventCluster cluster : clusters) {
            if (cluster.mergedInto == null) {
                alive.add(cluster);
            }
        }
        alive.sort(IN_TIME_ORDER);
        return alive;
    }

    private List<EventCluster> candidates(DocumentVectors document) {
        Map<EventCluster, Double> overlap = new LinkedHashMap<>();
        LocalDate date = document.published() != null ? document.published() : latest;
        collect(document.bodyTerms(), QUERY_TERMS, date, overlap);
        collect(document.names(), INDEX_NAMES, date, overlap);
        collect(document.titleTerms(), INDEX_NAMES, date, overlap);
        List<Map.Entry<EventCluster, Double>> ranked = new ArrayList<>(overlap.entrySet());
        ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        List<EventCluster> top = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_CANDIDATES, ranked.size()); i++) {
            top.add(ranked.get(i).getKey());
        }
        return top;
    }

    private void collect(SparseVector vector, int terms, LocalDate date, Map<EventCluster, Double> overlap) {
        int[] top = vector.topTerms(terms);
        for (int term : top) {
            List<EventCluster> posted = postings.get(term);
            if (posted == null) {
                continue;
            }
            double weight = weightOf(vector, term);
            posted.removeIf(cluster -> cluster.mergedInto != null || isInactive(cluster, date));
            for (EventCluster cluster : posted) {
                overlap.merge(cluster, weight, Double::sum);
            }
        }
    }

    private static double weightOf(SparseVector vector, int term) {
        int i = java.util.Arrays.binarySearch(vector.terms, term);
        return i >= 0 ? vector.weights[i] : 0;
    }

    private boolean isInactive(EventCluster cluster, LocalDate date) {
        if (!settings.timeDecay()) {
            return false;
        }
        LocalDate last = cluster.profile.last();
        return date != null && last != null && ChronoUnit.DAYS.between(last, date) > ACTIVE_DAYS;
    }

    private double score(double[] features, LocalDate date, Profile event) {
        double decay = settings.timeDecay() ? decay(Profile.daysApart(date, event)) : 1;
        return settings.eventModel().probability(features) * decay;
    }

    /**
     * Merges into {@code target} the other candidate events that the document joining it also fits (at or above the
     * join threshold), when the two events together reach the merge threshold: the document bridges a split.
     */
    private void mergeInto(EventCluster target, List<Candidate> candidates) {
        for (Candidate candidate : candidates) {
            EventCluster other = candidate.cluster().current();
            if (candidate.score() < settings.joinThreshold()) {
                break;
            }
            if (other == target) {
                continue;
            }
            double[] features = LinkFeatures.between(target.profile, other.profile);
            double decay = settings.timeDecay() ? decay(target.profile.daysApart(other.profile)) : 1;
            if (settings.eventModel().probability(features) * decay >= settings.mergeThreshold()) {
                target.absorb(other);
                for (DocumentVectors member : other.members) {
                    index(target, member);
                }
            }
        }
    }

    private void index(EventCluster cluster, DocumentVectors document) {
        post(cluster, document.bodyTerms().topTerms(INDEX_TERMS));
        post(cluster, document.names().topTerms(INDEX_NAMES));
        post(cluster, document.titleTerms().topTerms(INDEX_NAMES));
    }

    private void post(EventCluster cluster, int[] terms) {
        for (int term : terms) {
            if (cluster.indexUnder(term)) {
                insert(cluster, postings.computeIfAbsent(term, t -> new ArrayList<>()));
            }
        }
    }

    /**
     * Posts an event that took a copy of one of its documents again under every term it is indexed under: it may
     * have been inactive, and left out of some postings, before the copy made it active again. With every posting
     * kept in event-number order, the postings then hold every live event that is active, in the order an index
     * rebuilt from the events has ({@link #restore}); the events left out are those a query skips anyway.
     */
    private void repost(EventCluster cluster) {
        for (int term : cluster.indexedTerms) {
            insert(cluster, postings.computeIfAbsent(term, t -> new ArrayList<>()));
        }
    }

    /** Inserts an event into a posting in event-number order, unless it is there. */
    private static void insert(EventCluster cluster, List<EventCluster> posting) {
        int low = 0;
        int high = posting.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            int number = posting.get(middle).number;
            if (number == cluster.number) {
                return;
            }
            if (number < cluster.number) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        posting.add(low, cluster);
    }

    static double decay(long daysApart) {
        return daysApart <= SAME_DAYS ? 1 : Math.exp(-(daysApart - SAME_DAYS) / DECAY_DAYS);
    }

    /**
     * Dated documents by date, then undated ones that name a day ({@link HappeningDate#namesADay}), then the other
     * undated ones, each group in the order given.
     */
    public static List<ClusterInput> inTimeOrder(List<ClusterInput> documents) {
        List<ClusterInput> sorted = new ArrayList<>(documents);
        sorted.sort(timeOrder(ClusterInput::published, ClusterInput::paragraphs));
        return sorted;
    }

    /**
     * A key whose natural (string) order is the order of {@link #timeOrder}, for an engine that sorts by key rather than
     * by comparator: the ISO date, or for an undated document a mark that sorts after every date and puts the
     * documents that name a day first. Append a separator below every character, then the id, to break ties by id.
     */
    public static String timeKey(LocalDate published, List<String> paragraphs) {
        if (published != null) {
            return published.toString();
        }
        return HappeningDate.namesADay(paragraphs) ? "~0" : "~1";
    }

    /**
     * The order of {@link #inTimeOrder} for any kind of document: by publication date, then undated ones that name a
     * day before the other undated ones. Whether a document names a day is read once per document and remembered, so
     * use a new comparator for each sort.
     */
    public static <T> Comparator<T> timeOrder(Function<T, LocalDate> published, Function<T, List<String>> paragraphs) {
        Map<T, Boolean> namesADay = new IdentityHashMap<>();
        return Comparator.comparing(published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(document -> published.apply(document) == null
                        && !namesADay.computeIfAbsent(document, d -> HappeningDate.namesADay(paragraphs.apply(d))));
    }
}
