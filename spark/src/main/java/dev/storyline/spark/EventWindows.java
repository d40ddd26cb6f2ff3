package dev.storyline.spark;

import dev.storyline.cluster.ClusterInput;
import dev.storyline.cluster.Clustering;
import dev.storyline.cluster.ClusteringSettings;
import dev.storyline.cluster.OnlineEventClusterer;
import dev.storyline.model.Event;
import dev.storyline.model.Story;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Events and stories on the cluster, by the single-JVM online clusterer run inside time windows.
 *
 * <p>Window {@code k} owns the documents published in {@code [first + k·W, first + (k+1)·W)} days. It also reads, as
 * warm-up, the {@value #WARM_UP_DAYS} days before its start, so that its clusterer meets the events and stories its
 * own documents can still join: an event takes documents for {@code 14} days after its last one, and a story links
 * events for about {@code 50} (its time decay). Undated documents go to the last window, after the dated ones, as
 * they come last in the single-JVM order. Each window runs {@link OnlineEventClusterer} over its documents in time
 * order, in one task, so the windows run in parallel.
 *
 * <p>Stitching across window borders: a window's event that holds both its own documents and warm-up documents
 * continues the events those warm-up documents belong to in their own window, and the two are one event. A window's
 * story that holds its own documents continues the story of its latest warm-up document, and only that one: the
 * window rebuilt the older stories from a few weeks of warm-up, with less evidence than their own windows had, so it
 * may attach new events to an older story but never joins two older stories. Both are connected components ({@link ConnectedComponents}) over the links, so no
 * window's result is collected on the driver. A corpus within one window gets exactly the single-JVM events and
 * stories; across windows, a window's clusterer weighs terms by what it has read (its IDF), not the whole past, and
 * that is where the two can differ.
 */
final class EventWindows {

    /** Days of warm-up before each window: past the 50 days over which a quiet story can still take an event. */
    static final int WARM_UP_DAYS = 56;

    private static final long STORY_NODES = 1L << 62;

    /**
     * A document as the clusterer needs it, with its rank in time order, its family's earliest member, and the names
     * it mentions (which place it in time when it has no date).
     */
    record Placed(long rank, ClusterInput input, String family, List<String> names) implements Serializable {
    }

    /** Where a document is read: the window, and whether the window owns it or reads it as warm-up. */
    private record Visit(int window, boolean owned, Placed document) implements Serializable {
    }

    /** A document's event in a window: the event's node (window and local index) and its place in the event. */
    private record Assigned(String document, long rank, long node, int position) implements Serializable {
    }

    /** A window's event as it saw it, with how many of its documents the window owns. */
    private record LocalEvent(long node, String title, LocalDate date, int owned) implements Serializable {
    }

    /** What one window found. */
    private record WindowResult(List<Assigned> owned, List<Tuple2<String, Long>> eventLinks,
                                List<Tuple2<String, Long>> storyLinks, List<LocalEvent> events,
                                List<Tuple2<Long, Tuple2<Integer, String>>> stories) implements Serializable {
    }

    /** The events and stories: skeletons without summaries, and each document's event and story numbers. */
    record Grouping(JavaRDD<Event> events, JavaRDD<Story> stories, JavaPairRDD<String, Tuple2<Integer, Integer>> ofDocument) {
    }

    private EventWindows() {
    }

    static Grouping group(JavaRDD<Placed> documents, int windowDays, int partitions) {
        LocalDate first = documents.map(d -> d.input().published() == null ? LocalDate.MAX : d.input().published())
                .fold(LocalDate.MAX, (a, b) -> a.isBefore(b) ? a : b);
        LocalDate last = documents.map(d -> d.input().published() == null ? LocalDate.MIN : d.input().published())
                .fold(LocalDate.MIN, (a, b) -> a.isAfter(b) ? a : b);
        int lastWindow = first.equals(LocalDate.MAX) ? 0 : windowOf(last, first, windowDays);

        JavaPairRDD<String, Integer> undatedWindow = undatedWindows(documents, first, windowDays, partitions);
        JavaPairRDD<Integer, Visit> visits = documents.keyBy(d -> d.input().id()).leftOuterJoin(undatedWindow)
                .flatMapToPair(d -> visits(d._2()._1(), d._2()._2().orElse(lastWindow), first, windowDays, lastWindow).iterator());
        JavaRDD<WindowResult> windows = visits.groupByKey(Math.max(1, Math.min(partitions, lastWindow + 1)))
                .map(window -> cluster(window._1(), window._2()));
        windows.persist(StorageLevel.MEMORY_AND_DISK_SER());

        // Events: a window's event that reads warm-up documents is one with their events in their own windows.
        JavaPairRDD<String, Assigned> owned = windows.flatMap(w -> w.owned().iterator()).keyBy(Assigned::document);
        owned.persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Long, Long> eventEdges = windows.flatMapToPair(w -> w.eventLinks().iterator())
                .join(owned).mapToPair(link -> new Tuple2<>(link._2()._1(), link._2()._2().node()));
        JavaPairRDD<Long, Long> eventOfNode = ConnectedComponents.of(eventEdges);
        JavaPairRDD<Long, LocalEvent> localEvents = windows.flatMap(w -> w.events().iterator()).keyBy(LocalEvent::node);
        JavaPairRDD<Long, Long> labelOfNode = localEvents.leftOuterJoin(eventOfNode)
                .mapToPair(e -> new Tuple2<>(e._1(), e._2()._2().orElse(e._1())));
        JavaPairRDD<String, Long> eventLabelOfDocument = owned.mapToPair(a -> new Tuple2<>(a._2().node(), a._1()))
                .join(labelOfNode).mapToPair(p -> new Tuple2<>(p._2()._1(), p._2()._2()));
        eventLabelOfDocument.persist(StorageLevel.MEMORY_AND_DISK_SER());

        // Event skeletons, numbered in time order: by first date, then window, then place in the window.
        JavaPairRDD<Long, Tuple2<LocalEvent, Long>> eventParts = localEvents.join(labelOfNode)
                .mapToPair(e -> new Tuple2<>(e._2()._2(), new Tuple2<>(e._2()._1(), e._1())));
        JavaPairRDD<Long, Iterable<Assigned>> eventMembers = owned.values().keyBy(Assigned::node).join(labelOfNode)
                .mapToPair(p -> new Tuple2<>(p._2()._2(), p._2()._1())).groupByKey(partitions);
        JavaPairRDD<Long, Event> unnumbered = eventParts.groupByKey(partitions).join(eventMembers)
                .mapValues(e -> skeleton(e._1(), e._2()));
        JavaPairRDD<Long, Integer> eventNumber = unnumbered
                .mapToPair(e -> new Tuple2<>(new EventOrder(e._2().date(), e._1()), e._1()))
                .sortByKey(true, partitions).values().zipWithIndex()
                .mapToPair(p -> new Tuple2<>(p._1(), (int) (p._2() + 1)));
        JavaPairRDD<Long, Event> events = unnumbered.join(eventNumber).mapToPair(e -> new Tuple2<>(e._1(),
                new Event("e" + e._2()._2(), e._2()._1().title(), e._2()._1().date(), e._2()._1().documents(), List.of())));
        events.persist(StorageLevel.MEMORY_AND_DISK_SER());

        // Stories: a window's story links the events of every document it holds; the components are the stories.
        JavaPairRDD<Long, Long> storyEdges = windows.flatMapToPair(w -> w.storyLinks().iterator())
                .join(eventLabelOfDocument).mapToPair(p -> new Tuple2<>(p._2()._1(), p._2()._2()));
        JavaPairRDD<Long, Long> storyOfNode = ConnectedComponents.of(storyEdges);
        JavaPairRDD<Long, Long> storyOfEvent = events.mapValues(e -> 0L).leftOuterJoin(storyOfNode)
                .mapToPair(p -> new Tuple2<>(p._1(), p._2()._2().orElse(p._1())));
        JavaPairRDD<Long, Tuple2<Integer, String>> storyTitles = windows.flatMapToPair(w -> w.stories().iterator())
                .join(storyOfNode).mapToPair(p -> new Tuple2<>(p._2()._2(), p._2()._1()))
                .reduceByKey((a, b) -> a._1() >= b._1() ? a : b);
        JavaPairRDD<Long, Story> unnumberedStories = storyOfEvent.join(events)
                .mapToPair(p -> new Tuple2<>(p._2()._1(), p._2()._2()))
                .groupByKey(partitions).leftOuterJoin(storyTitles)
                .mapValues(s -> storySkeleton(s._1(), s._2().isPresent() ? s._2().get()._2() : null));
        JavaPairRDD<Long, Integer> storyNumber = unnumberedStories
                .mapToPair(s -> new Tuple2<>(numberOf(s._2().events().get(0)), s._1()))
                .sortByKey(true, partitions).values().zipWithIndex()
                .mapToPair(p -> new Tuple2<>(p._1(), (int) (p._2() + 1)));
        JavaPairRDD<Long, Story> stories = unnumberedStories.join(storyNumber).mapToPair(s -> new Tuple2<>(s._1(),
                renamed(s._2()._1(), "s" + s._2()._2())));
        stories.persist(StorageLevel.MEMORY_AND_DISK_SER());

        JavaPairRDD<String, Tuple2<Integer, Integer>> ofDocument = stories.flatMapToPair(s -> {
            List<Tuple2<String, Tuple2<Integer, Integer>>> out = new ArrayList<>();
            for (String eventId : s._2().events()) {
                out.add(new Tuple2<>(eventId, new Tuple2<>(numberOf(eventId), numberOf(s._2().id()))));
            }
            return out.iterator();
        }).join(events.mapToPair(e -> new Tuple2<>(e._2().id(), e._2().documents())))
                .flatMapToPair(p -> {
                    List<Tuple2<String, Tuple2<Integer, Integer>>> out = new ArrayList<>();
                    for (String document : p._2()._2()) {
                        out.add(new Tuple2<>(document, p._2()._1()));
                    }
                    return out.iterator();
                });
        ofDocument.persist(StorageLevel.MEMORY_AND_DISK_SER());
        ofDocument.count();
        windows.unpersist(false);
        owned.unpersist(false);
        eventLabelOfDocument.unpersist(false);
        return new Grouping(events.values(), stories.values(), ofDocument);
    }

    /** Events in time order: by first date (undated last), then by their smallest node, which is window then place. */
    record EventOrder(LocalDate date, long node) implements Comparable<EventOrder>, Serializable {
        @Override
        public int compareTo(EventOrder other) {
            if (date == null || other.date == null) {
                if (date != other.date) {
                    return date == null ? 1 : -1;
                }
            } else if (!date.equals(other.date)) {
                return date.compareTo(other.date);
            }
            return Long.compare(node, other.node);
        }
    }

    static int windowOf(LocalDate date, LocalDate first, int windowDays) {
        return (int) (ChronoUnit.DAYS.between(first, date) / windowDays);
    }

    /**
     * The window of each undated document that names people, organisations or places: the one whose dated documents
     * share its names the most, each shared name weighing the share of its dated documents that fall in the window.
     * The single-JVM clusterer compares an undated document with events of any age; this finds the window where
     * those events are, by a join on names rather than a scan. Ties go to the later window.
     */
    private static JavaPairRDD<String, Integer> undatedWindows(JavaRDD<Placed> documents, LocalDate first, int windowDays,
                                                               int partitions) {
        JavaPairRDD<String, Tuple2<Integer, Integer>> windowsOfName = documents
                .filter(d -> d.input().published() != null)
                .flatMapToPair(d -> {
                    int window = windowOf(d.input().published(), first, windowDays);
                    return new HashSet<>(d.names()).stream().map(name -> new Tuple2<>(new Tuple2<>(name, window), 1)).iterator();
                })
                .reduceByKey(Integer::sum, partitions)
                .mapToPair(c -> new Tuple2<>(c._1()._1(), new Tuple2<>(c._1()._2(), c._2())));
        JavaPairRDD<String, Integer> datedWithName = windowsOfName.mapValues(Tuple2::_2).reduceByKey(Integer::sum, partitions);
        JavaPairRDD<String, String> undatedNames = documents
                .filter(d -> d.input().published() == null)
                .flatMapToPair(d -> new HashSet<>(d.names()).stream().map(name -> new Tuple2<>(name, d.input().id())).iterator());
        return undatedNames.join(windowsOfName.join(datedWithName), partitions)
                .mapToPair(p -> new Tuple2<>(new Tuple2<>(p._2()._1(), p._2()._2()._1()._1()),
                        (double) p._2()._2()._1()._2() / p._2()._2()._2()))
                .reduceByKey(Double::sum, partitions)
                .mapToPair(p -> new Tuple2<>(p._1()._1(), new Tuple2<>(p._1()._2(), p._2())))
                .reduceByKey((a, b) -> a._2() > b._2() || (a._2().equals(b._2()) && a._1() > b._1()) ? a : b, partitions)
                .mapValues(Tuple2::_1);
    }

    /** The window that owns a document, and the later windows that read it as warm-up. */
    private static List<Tuple2<Integer, Visit>> visits(Placed document, int undatedWindow, LocalDate first, int windowDays,
                                                       int lastWindow) {
        LocalDate date = document.input().published();
        List<Tuple2<Integer, Visit>> out = new ArrayList<>();
        if (date == null || first.equals(LocalDate.MAX)) {
            out.add(new Tuple2<>(undatedWindow, new Visit(undatedWindow, true, document)));
            return out;
        }
        int owner = windowOf(date, first, windowDays);
        out.add(new Tuple2<>(owner, new Visit(owner, true, document)));
        for (int k = owner + 1; k <= lastWindow; k++) {
            LocalDate start = first.plusDays((long) k * windowDays);
            if (date.isBefore(start.minusDays(WARM_UP_DAYS))) {
                break;
            }
            out.add(new Tuple2<>(k, new Visit(k, false, document)));
        }
        return out;
    }

    /** Runs the online clusterer over one window's documents in time order. */
    private static WindowResult cluster(int window, Iterable<Visit> visits) {
        List<Visit> sorted = new ArrayList<>();
        visits.forEach(sorted::add);
        sorted.sort((a, b) -> Long.compare(a.document().rank(), b.document().rank()));
        OnlineEventClusterer clusterer = new OnlineEventClusterer(ClusteringSettings.DEFAULTS);
        Map<String, Visit> byId = new HashMap<>();
        for (Visit visit : sorted) {
            clusterer.add(visit.document().input(), visit.document().family());
            byId.put(visit.document().input().id(), visit);
        }
        Clustering clustering = clusterer.result();
        Map<String, Long> nodeOfEvent = new HashMap<>();
        List<Assigned> owned = new ArrayList<>();
        List<Tuple2<String, Long>> eventLinks = new ArrayList<>();
        List<LocalEvent> events = new ArrayList<>();
        for (int i = 0; i < clustering.events().size(); i++) {
            Event event = clustering.events().get(i);
            long node = ((long) window << 32) | i;
            nodeOfEvent.put(event.id(), node);
            List<String> warm = new ArrayList<>();
            int ownedCount = 0;
            for (int position = 0; position < event.documents().size(); position++) {
                Visit visit = byId.get(event.documents().get(position));
                if (visit.owned()) {
                    owned.add(new Assigned(visit.document().input().id(), visit.document().rank(), node, position));
                    ownedCount++;
                } else {
                    warm.add(visit.document().input().id());
                }
            }
            if (ownedCount > 0) {
                for (String document : warm) {
                    eventLinks.add(new Tuple2<>(document, node));
                }
                events.add(new LocalEvent(node, event.title(), event.date(), ownedCount));
            }
        }
        List<Tuple2<String, Long>> storyLinks = new ArrayList<>();
        List<Tuple2<Long, Tuple2<Integer, String>>> stories = new ArrayList<>();
        for (int j = 0; j < clustering.stories().size(); j++) {
            Story story = clustering.stories().get(j);
            long node = STORY_NODES | ((long) window << 32) | j;
            int ownedCount = 0;
            Visit latestWarmUp = null;
            for (String document : story.documents()) {
                Visit visit = byId.get(document);
                if (visit.owned()) {
                    ownedCount++;
                    storyLinks.add(new Tuple2<>(document, node));
                } else if (latestWarmUp == null || visit.document().rank() > latestWarmUp.document().rank()) {
                    latestWarmUp = visit;
                }
            }
            if (ownedCount > 0) {
                if (latestWarmUp != null) {
                    storyLinks.add(new Tuple2<>(latestWarmUp.document().input().id(), node));
                }
                stories.add(new Tuple2<>(node, new Tuple2<>(ownedCount, story.title())));
            }
        }
        return new WindowResult(owned, eventLinks, storyLinks, events, stories);
    }

    /**
     * One event from the window events stitched into it: the title of the part with the most owned documents, the
     * earliest date, and the documents in the window's order when it is one window's event, else in time order.
     */
    private static Event skeleton(Iterable<Tuple2<LocalEvent, Long>> parts, Iterable<Assigned> members) {
        LocalEvent main = null;
        LocalDate date = null;
        boolean undated = false;
        Set<Long> nodes = new HashSet<>();
        for (Tuple2<LocalEvent, Long> part : parts) {
            LocalEvent event = part._1();
            nodes.add(event.node());
            if (main == null || event.owned() > main.owned() || (event.owned() == main.owned() && event.node() < main.node())) {
                main = event;
            }
            if (event.date() == null) {
                undated = true;
            } else if (date == null || event.date().isBefore(date)) {
                date = event.date();
            }
        }
        List<Assigned> sorted = new ArrayList<>();
        members.forEach(sorted::add);
        if (nodes.size() == 1) {
            sorted.sort((a, b) -> Integer.compare(a.position(), b.position()));
        } else {
            sorted.sort((a, b) -> Long.compare(a.rank(), b.rank()));
        }
        List<String> ids = new ArrayList<>();
        for (Assigned member : sorted) {
            ids.add(member.document());
        }
        return new Event("", main.title(), date == null && undated ? null : date, ids, List.of());
    }

    /** A story over its events, in their time order; its documents in their events' order. */
    private static Story storySkeleton(Iterable<Event> members, String title) {
        List<Event> events = new ArrayList<>();
        members.forEach(events::add);
        events.sort((a, b) -> Integer.compare(numberOf(a.id()), numberOf(b.id())));
        List<String> eventIds = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        for (Event event : events) {
            eventIds.add(event.id());
            documents.addAll(event.documents());
        }
        return new Story("", title == null ? events.get(0).title() : title, eventIds, documents, List.of(), List.of(), List.of());
    }

    private static Story renamed(Story story, String id) {
        return new Story(id, story.title(), story.events(), story.documents(), List.of(), List.of(), List.of());
    }

    /** The number in an id such as {@code e12}, {@code s3} or {@code f7}: the place in time order, from 1. */
    static int numberOf(String id) {
        return Integer.parseInt(id.substring(1));
    }
}
