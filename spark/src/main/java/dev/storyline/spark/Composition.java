package dev.storyline.spark;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Event;
import dev.storyline.model.Family;
import dev.storyline.model.Story;
import dev.storyline.pipeline.StoryComposer;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader sees of each event and story, composed from its own documents only ({@link StoryComposer}), one
 * event or one story per task: summaries first, then each story's summary, timeline, claims, entities and
 * who-said-what over its summarized events.
 */
final class Composition {

    private static final ThreadLocal<StoryComposer> COMPOSER = ThreadLocal.withInitial(StoryComposer::standard);

    private Composition() {
    }

    /**
     * Events with their summaries.
     *
     * @param members each event's number with one of its documents and that document's family id
     */
    static JavaPairRDD<Integer, Event> events(JavaRDD<Event> skeletons, JavaPairRDD<Integer, Tuple2<AnalyzedDocument, String>> members,
                                              int partitions) {
        return skeletons.keyBy(event -> EventWindows.numberOf(event.id()))
                .join(members.groupByKey(partitions))
                .mapValues(e -> {
                    Map<String, AnalyzedDocument> byId = new HashMap<>();
                    Map<String, String> familyOf = new HashMap<>();
                    for (Tuple2<AnalyzedDocument, String> member : e._2()) {
                        byId.put(member._1().id(), member._1());
                        familyOf.put(member._1().id(), member._2());
                    }
                    List<AnalyzedDocument> ordered = new ArrayList<>();
                    for (String id : e._1().documents()) {
                        ordered.add(byId.get(id));
                    }
                    return COMPOSER.get().summarize(e._1(), ordered, familyOf);
                });
    }

    /**
     * Stories composed.
     *
     * @param events    each story's number with one of its summarized events
     * @param documents each story's number with one of its documents
     * @param families  each story's number with a family one of its documents belongs to
     */
    static JavaPairRDD<Integer, Story> stories(JavaRDD<Story> skeletons, JavaPairRDD<Integer, Event> events,
                                               JavaPairRDD<Integer, AnalyzedDocument> documents,
                                               JavaPairRDD<Integer, Family> families, int partitions) {
        return skeletons.keyBy(story -> EventWindows.numberOf(story.id()))
                .cogroup(events, documents, families, partitions)
                .mapValues(parts -> {
                    Story skeleton = parts._1().iterator().next();
                    Map<String, Event> eventsById = new HashMap<>();
                    parts._2().forEach(event -> eventsById.put(event.id(), event));
                    List<Event> storyEvents = new ArrayList<>();
                    for (String id : skeleton.events()) {
                        storyEvents.add(eventsById.get(id));
                    }
                    Map<String, AnalyzedDocument> members = new HashMap<>();
                    parts._3().forEach(document -> members.put(document.id(), document));
                    List<Family> storyFamilies = new ArrayList<>();
                    parts._4().forEach(storyFamilies::add);
                    storyFamilies.sort(Comparator.comparingInt(f -> EventWindows.numberOf(f.id())));
                    return COMPOSER.get().compose(inTimeOrder(skeleton, members), storyEvents, members, storyFamilies);
                });
    }

    /**
     * The story's documents by publication date, undated last, keeping the order of its events among equals: the
     * order of the single-JVM story linker.
     */
    private static Story inTimeOrder(Story story, Map<String, AnalyzedDocument> members) {
        List<String> documents = new ArrayList<>(story.documents());
        documents.sort(Comparator.comparing((String id) -> members.get(id).article().published(),
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())));
        return new Story(story.id(), story.title(), story.events(), documents, List.of(), List.of(), List.of());
    }
}
