package dev.storyline.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.store.StoreViews.StoryList;
import dev.storyline.store.StoreViews.StoryListing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The story list of one build, held in memory: every story's line, each order of the list, the stories of each
 * outlet and of each entity name, and the story of each document. A page of the list, however filtered, is then one pass over at most every
 * story, with no query to the database: the list is the page a browser asks for most, and the store changes only when
 * stories are built. Snapshots are immutable; the store loads a new one after each build.
 */
final class StoryCatalog {

    /** Stories in the report's order. */
    private final List<StoryListing> rows;
    /** For each order, the rows in that order. */
    private final Map<StoryQuery.Order, int[]> orders = new EnumMap<>(StoryQuery.Order.class);
    /** The rows of each outlet, by {@link StoryQuery#key}. */
    private final Map<String, BitSet> byOutlet;
    /** The rows naming each entity, by the {@link StoryQuery#key} of each of its names, in row order. */
    private final Map<String, int[]> byName;
    private final Map<String, Integer> rowOfDocument;
    /** For each row, the days its documents were published (epoch days, sorted); the undated are left out. */
    private final long[][] published;

    private StoryCatalog(List<StoryListing> rows, Map<String, BitSet> byOutlet, Map<String, int[]> byName,
                         Map<String, Integer> rowOfDocument, long[][] published) {
        this.rows = List.copyOf(rows);
        this.byOutlet = byOutlet;
        this.byName = byName;
        this.rowOfDocument = rowOfDocument;
        this.published = published;
        for (StoryQuery.Order order : StoryQuery.Order.values()) {
            orders.put(order, sorted(comparator(order)));
        }
    }

    /** Reads the catalog of the last build from {@code connection}, in the transaction it is in. */
    static StoryCatalog load(Connection connection, ObjectMapper json) throws SQLException, IOException {
        List<StoryListing> rows = new ArrayList<>();
        Map<String, Integer> rowOfStory = new HashMap<>();
        Map<String, BitSet> byOutlet = new HashMap<>();
        Map<String, int[]> byName = new HashMap<>();
        Map<String, Integer> rowOfDocument = new HashMap<>();
        Map<Integer, List<Long>> days = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet result = statement.executeQuery("SELECT listing FROM story_list ORDER BY position")) {
                while (result.next()) {
                    StoryListing listing = json.readValue(result.getString(1), StoryListing.class);
                    rowOfStory.put(listing.id(), rows.size());
                    rows.add(listing);
                }
            }
            try (ResultSet result = statement.executeQuery("SELECT outlet_key, story FROM story_outlets")) {
                while (result.next()) {
                    Integer row = rowOfStory.get(result.getString(2));
                    if (row != null) {
                        byOutlet.computeIfAbsent(result.getString(1), key -> new BitSet()).set(row);
                    }
                }
            }
            try (ResultSet result = statement.executeQuery("SELECT DISTINCT name_key, story FROM story_names ORDER BY name_key")) {
                String key = null;
                List<Integer> named = new ArrayList<>();
                boolean more = true;
                while (more) {
                    more = result.next();
                    if (key != null && (!more || !key.equals(result.getString(1)))) {
                        byName.put(key, named.stream().mapToInt(Integer::intValue).sorted().toArray());
                        named.clear();
                    }
                    if (more) {
                        key = result.getString(1);
                        Integer row = rowOfStory.get(result.getString(2));
                        if (row != null) {
                            named.add(row);
                        }
                    }
                }
            }
            try (ResultSet result = statement.executeQuery("SELECT m.document, m.story, d.published FROM memberships m "
                    + "JOIN documents d ON d.id = m.document WHERE m.story IS NOT NULL")) {
                while (result.next()) {
                    Integer row = rowOfStory.get(result.getString(2));
                    if (row != null) {
                        rowOfDocument.put(result.getString(1), row);
                        if (result.getString(3) != null) {
                            days.computeIfAbsent(row, r -> new ArrayList<>()).add(LocalDate.parse(result.getString(3)).toEpochDay());
                        }
                    }
                }
            }
        }
        long[][] published = new long[rows.size()][];
        for (int row = 0; row < rows.size(); row++) {
            published[row] = days.getOrDefault(row, List.of()).stream().mapToLong(Long::longValue).sorted().toArray();
        }
        return new StoryCatalog(rows, byOutlet, byName, rowOfDocument, published);
    }

    /** The rows of the stories these documents belong to; a document without a story yet is ignored. */
    BitSet documentRows(Collection<String> documentIds) {
        BitSet selected = new BitSet(rows.size());
        for (String id : documentIds) {
            Integer row = rowOfDocument.get(id);
            if (row != null) {
                selected.set(row);
            }
        }
        return selected;
    }

    /**
     * The page {@code query} asks for. The words filter needs the full-text index: its stories come as {@code
     * wordRows} ({@link #documentRows}), null when the query has no words.
     */
    StoryList page(StoryQuery query, BitSet wordRows) {
        BitSet outletRows = query.outlet() == null ? null : byOutlet.getOrDefault(StoryQuery.key(query.outlet()), new BitSet());
        BitSet entityRows = null;
        if (query.entity() != null) {
            entityRows = new BitSet(rows.size());
            for (int row : byName.getOrDefault(StoryQuery.key(query.entity()), new int[0])) {
                entityRows.set(row);
            }
        }
        List<StoryListing> page = new ArrayList<>();
        int total = 0;
        for (int row : orders.get(query.order())) {
            StoryListing story = rows.get(row);
            if (outletRows != null && !outletRows.get(row) || entityRows != null && !entityRows.get(row)
                    || wordRows != null && !wordRows.get(row) || !publishedWithin(row, query.from(), query.to())) {
                continue;
            }
            if (total >= query.offset() && page.size() < query.limit()) {
                page.add(story);
            }
            total++;
        }
        return new StoryList(total, query.offset(), query.limit(), query.order().label(), page);
    }

    /** Whether a document of the row's story was published within the range (either end may be open). */
    private boolean publishedWithin(int row, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return true;
        }
        long[] days = published[row];
        long start = from == null ? Long.MIN_VALUE : from.toEpochDay();
        int low = 0;
        int high = days.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (days[middle] < start) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low < days.length && (to == null || days[low] <= to.toEpochDay());
    }

    private int[] sorted(Comparator<Integer> order) {
        List<Integer> indices = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            indices.add(row);
        }
        indices.sort(order.thenComparingInt(row -> row));
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The order's comparator over rows; the report's order (the row number) breaks ties. */
    private Comparator<Integer> comparator(StoryQuery.Order order) {
        return switch (order) {
            case DOCUMENTS -> descending(StoryListing::documents);
            case SOURCES -> descending(StoryListing::sources);
            case DISPUTED -> descending(StoryListing::disputed);
            case LATEST -> Comparator.comparing((Integer row) -> rows.get(row).last(), Comparator.nullsLast(Comparator.reverseOrder()));
            case REPORT -> Comparator.comparingInt(row -> row);
        };
    }

    private Comparator<Integer> descending(ToIntFunction<StoryListing> key) {
        return Comparator.comparingInt((Integer row) -> -key.applyAsInt(rows.get(row)));
    }
}
