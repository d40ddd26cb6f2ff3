package dev.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.model.ClaimStatus;
import dev.storyline.model.Claim;
import dev.storyline.model.Event;
import dev.storyline.model.Family;
import dev.storyline.model.Report;
import dev.storyline.model.SkippedInput;
import dev.storyline.model.Story;
import dev.storyline.pipeline.Pipeline;
import dev.storyline.store.StoreViews.DocumentListing;
import dev.storyline.store.StoreViews.DocumentPage;
import dev.storyline.store.StoreViews.SearchResult;
import dev.storyline.store.StoreViews.StoryListing;
import dev.storyline.store.StoreViews.StoryPage;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The embedded store of a growing corpus, in one directory: {@code storyline.db}, an SQLite file in WAL mode with
 * every document's analysis and the families, events and stories built from them, and {@code index/}, a Lucene
 * index of the documents' text for search.
 *
 * <p>Writes go through one connection, one batch per transaction, so a crash loses at most the batch under way.
 * Reads use their own connections and see the last committed state, also while a batch or a rebuild is written.
 * One process opens a store at a time (Lucene's write lock enforces it); other processes read through the server.
 */
public final class CorpusStore implements AutoCloseable {

    /** The store directory used when none is given. */
    public static final Path DEFAULT_DIRECTORY = Path.of("storyline-data");

    private static final int READERS = 8;
    /** Bumped when the tables change; a store of another version is refused rather than misread. */
    private static final int SCHEMA_VERSION = 1;
    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS documents(id TEXT PRIMARY KEY, source TEXT NOT NULL, content_hash TEXT NOT NULL,
                title TEXT, outlet TEXT, published TEXT, url TEXT, analysis TEXT NOT NULL, ingested TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS ingest_skipped(source TEXT PRIMARY KEY, reason TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS skipped(source TEXT NOT NULL, reason TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS stories(id TEXT PRIMARY KEY, position INTEGER NOT NULL, listing TEXT NOT NULL, page TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS events(id TEXT PRIMARY KEY, story TEXT, event TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS families(id TEXT PRIMARY KEY, family TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS memberships(document TEXT PRIMARY KEY, listing TEXT NOT NULL, story TEXT, article TEXT);
            CREATE TABLE IF NOT EXISTS quotes(story TEXT NOT NULL, position INTEGER NOT NULL, speaker TEXT, quote TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS claims(story TEXT NOT NULL, position INTEGER NOT NULL, status TEXT NOT NULL, claim TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            """;

    private final Path directory;
    private final Connection writer;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final DocumentIndex index;
    private final ObjectMapper json = StoreJson.mapper();

    private CorpusStore(Path directory, Connection writer, DocumentIndex index) {
        this.directory = directory;
        this.writer = writer;
        this.index = index;
    }

    /**
     * Opens the store in {@code directory}, creating it when missing. An index that missed the last committed batch
     * (the process died between the SQLite commit and the index commit) is rebuilt from the SQLite file.
     *
     * @throws StoreException when the directory cannot hold a store or another process has it open
     */
    public static CorpusStore open(Path directory) {
        Connection writer = null;
        try {
            Files.createDirectories(directory);
            writer = connect(directory, false);
            try (Statement statement = writer.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                int version = intResult(statement, "PRAGMA user_version");
                boolean empty = intResult(statement, "SELECT COUNT(*) FROM sqlite_master") == 0;
                if (!empty && version != SCHEMA_VERSION) {
                    throw new SQLException("the store has schema version " + version + ", this Storyline reads version "
                            + SCHEMA_VERSION + "; ingest into a new --data directory");
                }
                statement.execute("PRAGMA user_version=" + SCHEMA_VERSION);
                for (String sql : SCHEMA.split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
            }
            DocumentIndex index = new DocumentIndex(directory.resolve("index"));
            CorpusStore store = new CorpusStore(directory, writer, index);
            for (int i = 0; i < READERS; i++) {
                store.readers.add(connect(directory, true));
            }
            store.repairIndex();
            return store;
        } catch (SQLException | IOException e) {
            closeQuietly(writer);
            throw new StoreException(directory + ": cannot open the store: " + e.getMessage(), e);
        }
    }

    private static int intResult(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getInt(1) : 0;
        }
    }

    private static Connection connect(Path directory, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(30_000);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setReadOnly(readOnly);
        return config.createConnection("jdbc:sqlite:" + directory.resolve("storyline.db"));
    }

    public Path directory() {
        return directory;
    }

    // ---- writing ----

    /** Where a stored document came from and the SHA-256 of its bytes: what tells a re-ingested input apart. */
    record Fingerprint(String source, String contentHash) {
    }

    /** The fingerprint of the document stored under {@code id}, or empty when no document has that id. */
    synchronized Optional<Fingerprint> fingerprint(String id) {
        try (PreparedStatement select = writer.prepareStatement("SELECT source, content_hash FROM documents WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Fingerprint(row.getString(1), row.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read document " + id, e);
        }
    }

    /**
     * Stores one batch in one transaction: analyzed documents (added or replacing the same id) with their content
     * hashes, and inputs that were skipped. The stories are stale from then until {@link #rebuild}.
     */
    public synchronized void commit(List<AnalyzedDocument> documents, Map<String, String> hashes, List<SkippedInput> skipped) {
        long batch;
        try {
            writer.setAutoCommit(false);
            try (PreparedStatement upsert = writer.prepareStatement("INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement unskip = writer.prepareStatement("DELETE FROM ingest_skipped WHERE source = ?");
                 PreparedStatement skip = writer.prepareStatement("INSERT OR REPLACE INTO ingest_skipped VALUES (?, ?)")) {
                String now = Instant.now().toString();
                for (AnalyzedDocument document : documents) {
                    Article article = document.article();
                    upsert.setString(1, document.id());
                    upsert.setString(2, article.source());
                    upsert.setString(3, hashes.get(document.id()));
                    upsert.setString(4, article.title());
                    upsert.setString(5, article.outlet());
                    upsert.setString(6, article.published() == null ? null : article.published().toString());
                    upsert.setString(7, article.url());
                    upsert.setString(8, json.writeValueAsString(document));
                    upsert.setString(9, now);
                    upsert.addBatch();
                    unskip.setString(1, article.source());
                    unskip.addBatch();
                }
                for (SkippedInput input : skipped) {
                    skip.setString(1, input.source());
                    skip.setString(2, input.reason());
                    skip.addBatch();
                }
                upsert.executeBatch();
                unskip.executeBatch();
                skip.executeBatch();
            }
            batch = metaLong("batch") + 1;
            setMeta("batch", Long.toString(batch));
            setMeta("stale", "1");
            writer.commit();
        } catch (SQLException | JsonProcessingException e) {
            rollback();
            throw failure("store a batch of " + documents.size() + " documents", e);
        } finally {
            autoCommit();
        }
        try {
            index.commit(documents, batch);
        } catch (IOException e) {
            throw failure("index a batch of " + documents.size() + " documents", e);
        }
    }

    /** Whether documents were stored since the stories were last built. */
    public synchronized boolean isStale() {
        try {
            return metaLong("stale") == 1 || metaLong("batch") > 0 && metaLong("built") == 0;
        } catch (SQLException e) {
            throw failure("read the store's state", e);
        }
    }

    /**
     * Builds families, events and stories again from the stored analyses, with {@link Pipeline#build}, so they are
     * what a batch {@code analyze} of the same documents gives; nothing is extracted or analyzed again. Readers see
     * the old stories until the new ones are committed, all at once.
     */
    public synchronized Report rebuild(Pipeline pipeline) {
        List<AnalyzedDocument> documents = new ArrayList<>();
        List<SkippedInput> skipped = new ArrayList<>();
        Map<String, Article> storedArticles = new HashMap<>();
        try (Statement statement = writer.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT analysis FROM documents ORDER BY id")) {
                while (rows.next()) {
                    AnalyzedDocument document = json.readValue(rows.getString(1), AnalyzedDocument.class);
                    documents.add(document);
                    storedArticles.put(document.id(), document.article());
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT source, reason FROM ingest_skipped ORDER BY source")) {
                while (rows.next()) {
                    skipped.add(new SkippedInput(rows.getString(1), rows.getString(2)));
                }
            }
        } catch (SQLException | IOException e) {
            throw failure("read the stored analyses", e);
        }
        Report report = pipeline.build(documents, skipped);
        try {
            writer.setAutoCommit(false);
            writeReport(report, storedArticles);
            setMeta("stale", "0");
            setMeta("built", Long.toString(Math.max(1, metaLong("batch"))));
            writer.commit();
        } catch (SQLException | JsonProcessingException e) {
            rollback();
            throw failure("store the rebuilt stories", e);
        } finally {
            autoCommit();
        }
        return report;
    }

    /**
     * Replaces the derived tables with the report's. A document's article is stored again only when the build changed
     * it (lines recurring across articles removed); otherwise the stored analysis has it already.
     */
    private void writeReport(Report report, Map<String, Article> storedArticles) throws SQLException, JsonProcessingException {
        try (Statement statement = writer.createStatement()) {
            for (String table : List.of("skipped", "stories", "events", "families", "memberships", "quotes", "claims")) {
                statement.execute("DELETE FROM " + table);
            }
        }
        Map<String, DocumentListing> listings = listings(report);
        try (PreparedStatement insert = writer.prepareStatement("INSERT INTO memberships VALUES (?, ?, ?, ?)")) {
            for (AnalyzedDocument document : report.documents()) {
                DocumentListing listing = listings.get(document.id());
                boolean changed = !document.article().equals(storedArticles.get(document.id()));
                insert.setString(1, document.id());
                insert.setString(2, json.writeValueAsString(listing));
                insert.setString(3, listing.story());
                insert.setString(4, changed ? json.writeValueAsString(document.article()) : null);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<String, String> storyOfEvent = new HashMap<>();
        for (Story story : report.stories()) {
            for (String event : story.events()) {
                storyOfEvent.put(event, story.id());
            }
        }
        Map<String, Event> events = new HashMap<>();
        try (PreparedStatement insert = writer.prepareStatement("INSERT INTO events VALUES (?, ?, ?)")) {
            for (Event event : report.events()) {
                events.put(event.id(), event);
                insert.setString(1, event.id());
                insert.setString(2, storyOfEvent.get(event.id()));
                insert.setString(3, json.writeValueAsString(event));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<String, Family> families = new HashMap<>();
        try (PreparedStatement insert = writer.prepareStatement("INSERT INTO families VALUES (?, ?)")) {
            for (Family family : report.families()) {
                families.put(family.id(), family);
                insert.setString(1, family.id());
                insert.setString(2, json.writeValueAsString(family));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement stories = writer.prepareStatement("INSERT INTO stories VALUES (?, ?, ?, ?)");
             PreparedStatement quotes = writer.prepareStatement("INSERT INTO quotes VALUES (?, ?, ?, ?)");
             PreparedStatement claims = writer.prepareStatement("INSERT INTO claims VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (Story story : report.stories()) {
                List<Event> storyEvents = new ArrayList<>();
                for (String id : story.events()) {
                    storyEvents.add(events.get(id));
                }
                List<DocumentListing> storyDocuments = new ArrayList<>();
                Set<String> familyIds = new HashSet<>();
                List<Family> storyFamilies = new ArrayList<>();
                for (String id : story.documents()) {
                    DocumentListing listing = listings.get(id);
                    storyDocuments.add(listing);
                    if (familyIds.add(listing.family())) {
                        storyFamilies.add(families.get(listing.family()));
                    }
                }
                stories.setString(1, story.id());
                stories.setInt(2, position++);
                stories.setString(3, json.writeValueAsString(listing(story, storyDocuments, familyIds.size())));
                stories.setString(4, json.writeValueAsString(new StoryPage(story, storyEvents, storyDocuments, storyFamilies)));
                stories.addBatch();
                for (int q = 0; q < story.quotes().size(); q++) {
                    quotes.setString(1, story.id());
                    quotes.setInt(2, q);
                    quotes.setString(3, story.quotes().get(q).speaker());
                    quotes.setString(4, json.writeValueAsString(story.quotes().get(q)));
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
            }
            stories.executeBatch();
            quotes.executeBatch();
            claims.executeBatch();
        }
        try (PreparedStatement insert = writer.prepareStatement("INSERT INTO skipped VALUES (?, ?)")) {
            for (SkippedInput input : report.skipped()) {
                insert.setString(1, input.source());
                insert.setString(2, input.reason());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Map<String, DocumentListing> listings(Report report) {
        Map<String, String> familyOf = Family.byDocument(report.families());
        Map<String, String> eventOf = new HashMap<>();
        for (Event event : report.events()) {
            for (String id : event.documents()) {
                eventOf.put(id, event.id());
            }
        }
        Map<String, String> storyOf = new HashMap<>();
        for (Story story : report.stories()) {
            for (String id : story.documents()) {
                storyOf.put(id, story.id());
            }
        }
        Map<String, DocumentListing> listings = new LinkedHashMap<>();
        for (AnalyzedDocument document : report.documents()) {
            Article article = document.article();
            listings.put(document.id(), new DocumentListing(document.id(), article.title(), article.outlet(),
                    article.published(), article.url(), familyOf.get(document.id()), eventOf.get(document.id()),
                    storyOf.get(document.id())));
        }
        return listings;
    }

    private static StoryListing listing(Story story, List<DocumentListing> documents, int sources) {
        LocalDate first = null;
        LocalDate last = null;
        for (DocumentListing document : documents) {
            LocalDate published = document.published();
            if (published != null) {
                first = first == null || published.isBefore(first) ? published : first;
                last = last == null || published.isAfter(last) ? published : last;
            }
        }
        int disputed = 0;
        for (Claim claim : story.claims()) {
            if (claim.status() == ClaimStatus.DISPUTED) {
                disputed++;
            }
        }
        return new StoryListing(story.id(), story.title(), documents.size(), story.events().size(), sources, disputed, first, last);
    }

    // ---- reading ----

    /** How many documents are stored. */
    public int documentCount() {
        return read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM documents")) {
                return row.next() ? row.getInt(1) : 0;
            }
        });
    }

    /** The ids of every stored document, in id order. */
    public List<String> documentIds() {
        return read(connection -> {
            List<String> ids = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id FROM documents ORDER BY id")) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        });
    }

    /** The stories, largest first as the report orders them, at most {@code limit}. */
    public List<StoryListing> stories(int limit) {
        return read(connection -> {
            List<StoryListing> stories = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT listing FROM stories ORDER BY position LIMIT ?")) {
                select.setInt(1, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        stories.add(json.readValue(rows.getString(1), StoryListing.class));
                    }
                }
            }
            return stories;
        });
    }

    /** Everything the page of one story shows, or empty when no story has that id. */
    public Optional<StoryPage> story(String id) {
        Optional<byte[]> page = storyJson(id);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(page.get(), StoryPage.class));
        } catch (IOException e) {
            throw failure("read story " + id, e);
        }
    }

    /** The {@link StoryPage} of one story as the UTF-8 JSON it is stored as, for a server to send as it is. */
    public Optional<byte[]> storyJson(String id) {
        return read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT page FROM stories WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    /** One document with its clean text and removed lines, or empty when no document has that id. */
    public Optional<DocumentPage> document(String id) {
        return read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT d.analysis, m.listing, m.article FROM documents d LEFT JOIN memberships m ON m.document = d.id WHERE d.id = ?")) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    AnalyzedDocument analyzed = json.readValue(row.getString(1), AnalyzedDocument.class);
                    Article article = row.getString(3) == null ? analyzed.article() : json.readValue(row.getString(3), Article.class);
                    DocumentListing listing = row.getString(2) == null
                            ? new DocumentListing(id, article.title(), article.outlet(), article.published(), article.url(), null, null, null)
                            : json.readValue(row.getString(2), DocumentListing.class);
                    return Optional.of(new DocumentPage(listing, article, analyzed.entities(), analyzed.quotes()));
                }
            }
        });
    }

    /** Inputs that gave no document, with the reason, as of the last rebuild. */
    public List<SkippedInput> skipped() {
        return read(connection -> {
            List<SkippedInput> skipped = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT source, reason FROM skipped ORDER BY source")) {
                while (rows.next()) {
                    skipped.add(new SkippedInput(rows.getString(1), rows.getString(2)));
                }
            }
            return skipped;
        });
    }

    /**
     * The documents that best match a query, and their stories in order of their best document. A document stored
     * since the last rebuild is found, without a story yet.
     */
    public SearchResult search(String query, int limit) {
        List<String> ids;
        try {
            ids = index.search(query, limit);
        } catch (IOException e) {
            throw failure("search for " + query, e);
        }
        return read(connection -> {
            List<DocumentListing> documents = new ArrayList<>();
            Set<String> storyIds = new LinkedHashSet<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT m.listing, d.title, d.outlet, d.published, d.url "
                    + "FROM documents d LEFT JOIN memberships m ON m.document = d.id WHERE d.id = ?")) {
                for (String id : ids) {
                    select.setString(1, id);
                    try (ResultSet row = select.executeQuery()) {
                        if (row.next()) {
                            DocumentListing listing = row.getString(1) != null
                                    ? json.readValue(row.getString(1), DocumentListing.class)
                                    : new DocumentListing(id, row.getString(2), row.getString(3),
                                            row.getString(4) == null ? null : LocalDate.parse(row.getString(4)), row.getString(5), null, null, null);
                            documents.add(listing);
                            if (listing.story() != null) {
                                storyIds.add(listing.story());
                            }
                        }
                    }
                }
            }
            List<StoryListing> stories = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT listing FROM stories WHERE id = ?")) {
                for (String id : storyIds) {
                    select.setString(1, id);
                    try (ResultSet row = select.executeQuery()) {
                        if (row.next()) {
                            stories.add(json.readValue(row.getString(1), StoryListing.class));
                        }
                    }
                }
            }
            return new SearchResult(query, documents, stories);
        });
    }

    // ---- plumbing ----

    private interface Read<T> {
        T from(Connection connection) throws SQLException, IOException;
    }

    /** Runs a read in one transaction on a reader connection, so it sees a single committed state. */
    private <T> T read(Read<T> read) {
        Connection connection;
        try {
            connection = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to read the store", e);
        }
        try {
            connection.setAutoCommit(false);
            try {
                return read.from(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException | IOException e) {
            throw failure("read the store", e);
        } finally {
            readers.add(connection);
        }
    }

    /** Indexes every stored document again when the index missed the last committed batch. */
    private void repairIndex() throws SQLException, IOException {
        long batch = metaLong("batch");
        if (index.committedBatch() == batch) {
            return;
        }
        index.clear();
        List<AnalyzedDocument> chunk = new ArrayList<>();
        try (Statement statement = writer.createStatement();
             ResultSet rows = statement.executeQuery("SELECT analysis FROM documents")) {
            while (rows.next()) {
                chunk.add(json.readValue(rows.getString(1), AnalyzedDocument.class));
            }
        }
        index.commit(chunk, batch);
    }

    private long metaLong(String key) throws SQLException {
        try (PreparedStatement select = writer.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Long.parseLong(row.getString(1)) : 0;
            }
        }
    }

    private void setMeta(String key, String value) throws SQLException {
        try (PreparedStatement upsert = writer.prepareStatement("INSERT OR REPLACE INTO meta VALUES (?, ?)")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        }
    }

    private void rollback() {
        try {
            writer.rollback();
        } catch (SQLException ignored) {
            // the transaction failed already; the connection reports the first error
        }
    }

    private void autoCommit() {
        try {
            writer.setAutoCommit(true);
        } catch (SQLException ignored) {
            // only after a failure, which is reported
        }
    }

    private StoreException failure(String action, Exception e) {
        return new StoreException(directory + ": could not " + action + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing after a failure to open
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            index.close();
        } catch (IOException e) {
            throw failure("close the index", e);
        } finally {
            for (Connection reader : readers) {
                closeQuietly(reader);
            }
            closeQuietly(writer);
        }
    }
}
