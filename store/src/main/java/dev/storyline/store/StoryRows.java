package dev.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.model.Claim;
import dev.storyline.model.CitedText;
import dev.storyline.model.Story;
import dev.storyline.model.StoryEntity;
import dev.storyline.model.StoryQuote;
import dev.storyline.store.StoreViews.DocumentListing;
import dev.storyline.store.StoreViews.StoryPage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows a story has besides its own, batched for one build's write: its quotes (with the entity who spoke and the
 * day each was first reported), its claims, its outlets and the names of its entities. The last two are what the
 * story list filters by outlet and entity, and what an entity page finds its stories and quotes by.
 */
final class StoryRows implements AutoCloseable {

    private static final List<String> TABLES = List.of("stories", "story_list", "quotes", "claims", "story_outlets", "story_names");
    /** The tables whose rows are the story itself; the others point to it. */
    private static final List<String> KEYED_BY_ID = List.of("stories", "story_list");

    private final ObjectMapper json;
    private final List<PreparedStatement> deletes = new ArrayList<>();
    private final PreparedStatement quotes;
    private final PreparedStatement claims;
    private final PreparedStatement outlets;
    private final PreparedStatement names;

    StoryRows(Connection writer, ObjectMapper json) throws SQLException {
        this.json = json;
        for (String table : TABLES) {
            deletes.add(writer.prepareStatement("DELETE FROM " + table + " WHERE " + (KEYED_BY_ID.contains(table) ? "id" : "story") + " = ?"));
        }
        quotes = writer.prepareStatement("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?)");
        claims = writer.prepareStatement("INSERT INTO claims VALUES (?, ?, ?, ?)");
        outlets = writer.prepareStatement("INSERT INTO story_outlets VALUES (?, ?, ?, ?)");
        names = writer.prepareStatement("INSERT OR IGNORE INTO story_names VALUES (?, ?, ?, ?, ?, ?)");
    }

    /** Deletes every row of story {@code id}, its own and its list line included. */
    void delete(String id) throws SQLException {
        for (PreparedStatement delete : deletes) {
            delete.setString(1, id);
            delete.addBatch();
        }
    }

    /** Deletes the rows the story had and adds those it has now (its own rows are written by the caller). */
    void replace(StoryPage page) throws SQLException, JsonProcessingException {
        Story story = page.story();
        delete(story.id());
        Map<String, LocalDate> published = new HashMap<>();
        Map<String, String> outletKeys = new LinkedHashMap<>();
        Map<String, Integer> perOutlet = new HashMap<>();
        for (DocumentListing document : page.documents()) {
            if (document.published() != null) {
                published.put(document.id(), document.published());
            }
            if (document.outlet() != null && !document.outlet().isBlank()) {
                String key = StoryQuery.key(document.outlet());
                outletKeys.putIfAbsent(key, document.outlet().strip());
                perOutlet.merge(key, 1, Integer::sum);
            }
        }
        for (int q = 0; q < story.quotes().size(); q++) {
            StoryQuote quote = story.quotes().get(q);
            LocalDate said = firstReported(quote, published);
            quotes.setString(1, story.id());
            quotes.setInt(2, q);
            quotes.setString(3, quote.speaker());
            quotes.setString(4, quote.speakerId());
            quotes.setString(5, said == null ? null : said.toString());
            quotes.setString(6, json.writeValueAsString(quote));
            quotes.addBatch();
        }
        for (int c = 0; c < story.claims().size(); c++) {
            Claim claim = story.claims().get(c);
            claims.setString(1, story.id());
            claims.setInt(2, c);
            claims.setString(3, claim.status().name());
            claims.setString(4, json.writeValueAsString(claim));
            claims.addBatch();
        }
        for (Map.Entry<String, String> outlet : outletKeys.entrySet()) {
            outlets.setString(1, outlet.getKey());
            outlets.setString(2, story.id());
            outlets.setString(3, outlet.getValue());
            outlets.setInt(4, perOutlet.get(outlet.getKey()));
            outlets.addBatch();
        }
        for (StoryEntity entity : story.entities()) {
            List<String> spellings = new ArrayList<>();
            spellings.add(entity.name());
            spellings.addAll(entity.aliases());
            for (String spelling : spellings) {
                names.setString(1, StoryQuery.key(spelling));
                names.setString(2, story.id());
                names.setString(3, entity.id());
                names.setString(4, spelling);
                names.setString(5, entity.name());
                names.setString(6, entity.type().name());
                names.addBatch();
            }
        }
    }

    /** The earliest publication date of the documents that carry {@code quote}, or null when none is dated. */
    private static LocalDate firstReported(StoryQuote quote, Map<String, LocalDate> published) {
        LocalDate first = null;
        for (CitedText variant : quote.variants()) {
            for (String id : variant.documents()) {
                LocalDate date = published.get(id);
                if (date != null && (first == null || date.isBefore(first))) {
                    first = date;
                }
            }
        }
        return first;
    }

    void executeDeletes() throws SQLException {
        for (PreparedStatement delete : deletes) {
            delete.executeBatch();
        }
    }

    void executeInserts() throws SQLException {
        for (PreparedStatement insert : List.of(quotes, claims, outlets, names)) {
            insert.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        List<PreparedStatement> all = new ArrayList<>(deletes);
        all.addAll(List.of(quotes, claims, outlets, names));
        for (PreparedStatement statement : all) {
            statement.close();
        }
    }
}
