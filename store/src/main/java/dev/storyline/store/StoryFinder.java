package dev.storyline.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.model.EntityType;
import dev.storyline.model.StoryQuote;
import dev.storyline.store.StoreViews.EntityPage;
import dev.storyline.store.StoreViews.OutletListing;
import dev.storyline.store.StoreViews.SpokenQuote;
import dev.storyline.store.StoreViews.StoryListing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The store's queries over the built stories in the database: the outlets, a pass over {@code story_outlets}, and
 * an entity's page, looked up in {@code story_names}. The story list itself is paged in memory ({@link StoryCatalog}).
 */
final class StoryFinder {

    private final ObjectMapper json;

    StoryFinder(ObjectMapper json) {
        this.json = json;
    }

    /** Every outlet of the built stories, most documents first. */
    List<OutletListing> outlets(Connection connection) throws SQLException {
        List<OutletListing> outlets = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT MIN(outlet), SUM(documents), COUNT(*) FROM story_outlets "
                + "GROUP BY outlet_key ORDER BY SUM(documents) DESC, MIN(outlet)");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                outlets.add(new OutletListing(rows.getString(1), rows.getInt(2), rows.getInt(3)));
            }
        }
        return outlets;
    }

    /**
     * The page of the person, organisation or place a story calls {@code name} (any spelling, any case): the stories
     * naming it, earliest first, and the quotes it is the speaker of, in time order, at most {@code limit} of each.
     * Empty when no story names it.
     */
    Optional<EntityPage> entity(Connection connection, String name, int limit) throws SQLException, IOException {
        String key = StoryQuery.key(name);
        Map<String, Integer> names = new HashMap<>();
        Map<String, Integer> types = new HashMap<>();
        Set<String> spellings = new LinkedHashSet<>();
        int storyCount = 0;
        try (PreparedStatement select = connection.prepareStatement("SELECT n.name, n.type, n.spelling, n.story FROM story_names m "
                + "JOIN story_names n ON n.story = m.story AND n.entity = m.entity WHERE m.name_key = ? ORDER BY n.story, n.rowid")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                Set<String> stories = new LinkedHashSet<>();
                while (rows.next()) {
                    names.merge(rows.getString(1), 1, Integer::sum);
                    types.merge(rows.getString(2), 1, Integer::sum);
                    spellings.add(rows.getString(3));
                    stories.add(rows.getString(4));
                }
                storyCount = stories.size();
            }
        }
        if (storyCount == 0) {
            return Optional.empty();
        }
        String shown = mostFrequent(names);
        spellings.removeIf(spelling -> StoryQuery.key(spelling).equals(StoryQuery.key(shown)));
        List<StoryListing> stories = listings(connection, "SELECT listing FROM story_list WHERE id IN "
                + "(SELECT story FROM story_names WHERE name_key = ?) ORDER BY first_day IS NULL, first_day, position LIMIT ?", List.<Object>of(key, limit));
        String spoken = " FROM quotes q JOIN story_names n ON n.story = q.story AND n.entity = q.speaker_entity"
                + " JOIN story_list s ON s.id = q.story WHERE n.name_key = ?";
        int quoteCount;
        try (PreparedStatement count = prepare(connection, "SELECT COUNT(*)" + spoken, List.of(key));
             ResultSet row = count.executeQuery()) {
            quoteCount = row.next() ? row.getInt(1) : 0;
        }
        List<SpokenQuote> quotes = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, "SELECT q.story, s.title, q.said, q.quote" + spoken
                + " ORDER BY q.said IS NULL, q.said, s.position, q.position LIMIT ?", List.<Object>of(key, limit));
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                quotes.add(new SpokenQuote(rows.getString(1), rows.getString(2),
                        rows.getString(3) == null ? null : LocalDate.parse(rows.getString(3)),
                        json.readValue(rows.getString(4), StoryQuote.class)));
            }
        }
        return Optional.of(new EntityPage(shown, EntityType.valueOf(mostFrequent(types)), List.copyOf(spellings),
                storyCount, stories, quoteCount, quotes));
    }

    private List<StoryListing> listings(Connection connection, String sql, List<?> parameters) throws SQLException, IOException {
        List<StoryListing> stories = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql, parameters); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                stories.add(json.readValue(rows.getString(1), StoryListing.class));
            }
        }
        return stories;
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<?> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    /** The value counted most often; a tie goes to the first by name. */
    private static String mostFrequent(Map<String, Integer> counts) {
        String best = null;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (best == null || entry.getValue() > counts.get(best)
                    || entry.getValue().equals(counts.get(best)) && entry.getKey().compareTo(best) < 0) {
                best = entry.getKey();
            }
        }
        return best;
    }
}
