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
import dev.storyline.pipeline.CorpusBuilder;
import dev.storyline.pipeline.CorpusBuilder.BuildStatistics;
import dev.storyline.pipeline.Pipeline;
import dev.storyline.report.Coverage;
import dev.storyline.store.StoreViews.Activity;
import dev.storyline.store.StoreViews.DocumentListing;
import dev.storyline.store.StoreViews.DocumentPage;
import dev.storyline.store.StoreViews.EntityPage;
import dev.storyline.store.StoreViews.OutletListing;
import dev.storyline.store.StoreViews.StoryList;
import dev.storyline.store.StoreViews.SearchResult;
import dev.storyline.store.StoreViews.StoryListing;
import dev.storyline.store.StoreViews.StoryPage;
import org.sqlite.SQLiteConfig;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded store of a growing corpus, in one directory: {@code storyline.db}, an SQLite file in WAL mode with
 * every document's analysis and the families, events and stories built from them, {@code index/}, a Lucene
 * index of the documents' text for search, and {@code grouping.state}, the clustering state kept between processes.
 *
 * <p>Writes go through one connection, one batch per transaction, so a crash loses at most the batch under way.
 * Reads use their own connections and see the last committed state, also while a batch or a build is written.
 * One process opens a store at a time (Lucene's write lock enforces it); other processes read through the server.
 */
public final class CorpusStore implements AutoCloseable {

    /** The store directory used when none is given. */
    public static final Path DEFAULT_DIRECTORY = Path.of("storyline-data");

    private static final int READERS = 8;
    private static final String GROUPING_STATE = "grouping.state";
    /** Stored analyses read back and parsed at a time, on every core, when a process first builds. */
    private static final int PARSED_TOGETHER = 1_000;
    /** Bumped when the tables change; a store of another version is refused rather than misread. */
    private static final int SCHEMA_VERSION = 3;
    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS documents(id TEXT PRIMARY KEY, source TEXT NOT NULL, content_hash TEXT NOT NULL,
                title TEXT, outlet TEXT, published TEXT, url TEXT, analysis TEXT NOT NULL, ingested TEXT NOT NULL,
                batch INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE IF NOT EXISTS ingest_skipped(source TEXT PRIMARY KEY, reason TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS skipped(source TEXT NOT NULL, reason TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS stories(id TEXT PRIMARY KEY, position INTEGER NOT NULL, page TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS stories_by_position ON stories(position);
            CREATE TABLE IF NOT EXISTS story_list(id TEXT PRIMARY KEY, position INTEGER NOT NULL, title TEXT, first_day TEXT, listing TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS story_outlets(outlet_key TEXT NOT NULL, story TEXT NOT NULL, outlet TEXT NOT NULL,
                documents INTEGER NOT NULL, PRIMARY KEY(outlet_key, story));
            CREATE INDEX IF NOT EXISTS story_outlets_by_story ON story_outlets(story);
            CREATE TABLE IF NOT EXISTS story_names(name_key TEXT NOT NULL, story TEXT NOT NULL, entity TEXT NOT NULL,
                spelling TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, PRIMARY KEY(name_key, story, entity));
            CREATE INDEX IF NOT EXISTS story_names_by_story ON story_names(story);
            CREATE TABLE IF NOT EXISTS events(id TEXT PRIMARY KEY, story TEXT, event TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS families(id TEXT PRIMARY KEY, family TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS memberships(document TEXT PRIMARY KEY, listing TEXT NOT NULL, story TEXT, analysis TEXT);
            CREATE TABLE IF NOT EXISTS quotes(story TEXT NOT NULL, position INTEGER NOT NULL, speaker TEXT, speaker_entity TEXT,
                said TEXT, quote TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS claims(story TEXT NOT NULL, position INTEGER NOT NULL, status TEXT NOT NULL, claim TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS quotes_by_story ON quotes(story);
            CREATE INDEX IF NOT EXISTS claims_by_story ON claims(story);
            CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            """;

    private final Path directory;
    private final Connection writer;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final DocumentIndex index;
    private final ObjectMapper json = StoreJson.mapper();
    private final StoryFinder finder = new StoryFinder(json);
    /** How many builds this process has committed: a story list loaded before the last one is not kept. */
    private final AtomicLong builds = new AtomicLong();
    /** The story list of the last build, or null until it is first asked for. */
    private volatile StoryCatalog catalog;
    private final Object catalogLoad = new Object();
    /** The builder that keeps families, events and stories up to date; made at the first update of this process. */
    private CorpusBuilder builder;
    /** The rows the derived tables hold, as of the last build; null when unknown. */
    private Tables built;

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
                if (!empty && version == 1) {
                    migrateFromVersion1(statement);
                }
                if (!empty && (version == 1 || version == 2)) {
                    migrateFromVersion2(statement);
                } else if (!empty && version != SCHEMA_VERSION) {
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

    /** Version 1 kept no batch per document and a cleaned article rather than a cleaned analysis: stories are built again. */
    private static void migrateFromVersion1(Statement statement) throws SQLException {
        statement.execute("ALTER TABLE documents ADD COLUMN batch INTEGER NOT NULL DEFAULT 0");
        statement.execute("DROP TABLE memberships");
        statement.execute("INSERT OR REPLACE INTO meta VALUES ('built', '0')");
    }

    /** Version 2 kept no table to filter and sort the story list by: the stories are built again. */
    private static void migrateFromVersion2(Statement statement) throws SQLException {
        statement.execute("DROP TABLE IF EXISTS stories");
        statement.execute("DROP TABLE IF EXISTS quotes");
        statement.execute("INSERT OR REPLACE INTO meta VALUES ('built', '0')");
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
     * hashes, and inputs that were skipped. The stories are stale from then until {@link #update}.
     */
    public void commit(List<AnalyzedDocument> documents, Map<String, String> hashes, List<SkippedInput> skipped) {
        commit(documents, hashes, skipped, List.of());
    }

    /**
     * Stores one batch in one transaction, as {@link #commit(List, Map, List)} does, and first forgets the skipped
     * rows earlier runs left for the inputs in {@code reread} (a source {@code s} and its parts {@code s#...}): they
     * were read again, so what this run found about them is what holds. A source that now gives a document loses its
     * skipped row too. When there is nothing to store and no row to forget, nothing is written.
     */
    public synchronized void commit(List<AnalyzedDocument> documents, Map<String, String> hashes, List<SkippedInput> skipped,
                                    Collection<String> reread) {
        long batch;
        try {
            writer.setAutoCommit(false);
            batch = metaLong("batch") + 1;
            try (PreparedStatement forget = writer.prepareStatement(
                         "DELETE FROM ingest_skipped WHERE source = ?1 OR substr(source, 1, length(?1) + 1) = ?1 || '#'");
                 PreparedStatement upsert = writer.prepareStatement("INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement unskip = writer.prepareStatement("DELETE FROM ingest_skipped WHERE source = ?");
                 PreparedStatement skip = writer.prepareStatement("INSERT OR REPLACE INTO ingest_skipped VALUES (?, ?)")) {
                int forgotten = 0;
                for (String source : reread) {
                    forget.setString(1, source);
                    forgotten += forget.executeUpdate();
                }
                if (documents.isEmpty() && skipped.isEmpty() && forgotten == 0) {
                    writer.rollback();
                    return;
                }
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
                    upsert.setLong(10, batch);
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
            setMeta("batch", Long.toString(batch));
            setMeta("stale", "1");
            writer.commit();
        } catch (SQLException | JsonProcessingException e) {
            rollback();
            throw failure("store a batch of " + documents.size() + " documents", e);
        } finally {
            autoCommit();
        }
        if (builder != null) {
            for (AnalyzedDocument document : documents) {
                builder.put(document);
            }
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
     * Brings families, events and stories up to date with the documents stored since they were last built, through a
     * {@link CorpusBuilder}: the result equals a batch {@code analyze} of the stored documents, and the work done
     * follows what changed (see {@link CorpusBuilder}). Nothing is extracted or analyzed again, except documents whose
     * recurring lines changed. Only changed rows are written, in one transaction: readers see the old stories until
     * the new ones are committed, all at once.
     *
     * <p>The first update in a process reads the stored documents and the last build back, and resumes grouping from
     * the state the last process kept when it closed the store; without one (a crash, another version), it groups
     * the documents again from the first one. Later updates continue in memory.
     *
     * @return what the build did
     */
    public synchronized BuildStatistics update() {
        try {
            if (builder == null) {
                loadBuilder();
            }
            Report report = builder.build(ingestSkipped());
            Tables tables = new Tables(report);
            writer.setAutoCommit(false);
            writeChanges(report, tables);
            setMeta("stale", "0");
            setMeta("built", Long.toString(Math.max(1, metaLong("batch"))));
            writer.commit();
            synchronized (builds) {
                builds.incrementAndGet();
                catalog = null;
            }
            built = tables;
            return builder.statistics();
        } catch (SQLException | IOException | RuntimeException e) {
            rollback();
            builder = null;
            built = null;
            throw failure("build the stories", e);
        } finally {
            autoCommit();
        }
    }

    /**
     * Starts the builder with every stored document and, when stories were built before, with that build as the
     * tables hold it, so that only documents stored since are new to it.
     */
    private void loadBuilder() throws SQLException, IOException {
        CorpusBuilder loaded = CorpusBuilder.growing(Pipeline.standard());
        long builtBatch = metaLong("built");
        Map<String, AnalyzedDocument> stored = new HashMap<>();
        Set<String> changedSince = new HashSet<>();
        try (Statement statement = writer.createStatement();
             ResultSet rows = statement.executeQuery("SELECT analysis, batch FROM documents ORDER BY id")) {
            List<String> analyses = new ArrayList<>();
            List<Long> batches = new ArrayList<>();
            boolean more = true;
            while (more) {
                more = rows.next();
                if (more) {
                    analyses.add(rows.getString(1));
                    batches.add(rows.getLong(2));
                }
                if (analyses.size() == PARSED_TOGETHER || !more && !analyses.isEmpty()) {
                    List<AnalyzedDocument> parsed = parse(analyses);
                    for (int i = 0; i < parsed.size(); i++) {
                        AnalyzedDocument document = parsed.get(i);
                        loaded.put(document);
                        stored.put(document.id(), document);
                        if (batches.get(i) > builtBatch) {
                            changedSince.add(document.id());
                        }
                    }
                    analyses.clear();
                    batches.clear();
                }
            }
        }
        if (builtBatch > 0) {
            Report last = readBuild(stored);
            loaded.restore(last, changedSince);
            built = new Tables(last);
            resumeGrouping(loaded, builtBatch);
        } else {
            built = null;
        }
        builder = loaded;
    }

    /** Parses stored analyses on every core, in their order. */
    private List<AnalyzedDocument> parse(List<String> analyses) throws IOException {
        try {
            return analyses.parallelStream().map(analysis -> {
                try {
                    return json.readValue(analysis, AnalyzedDocument.class);
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Resumes the builder's grouping from the state the last process left, when it belongs to the build the tables
     * hold; otherwise the next build groups every document again, which gives the same stories, only slower.
     */
    private void resumeGrouping(CorpusBuilder loaded, long builtBatch) {
        Path state = directory.resolve(GROUPING_STATE);
        if (!Files.exists(state)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(state)))) {
            if (in.readLong() == builtBatch) {
                loaded.resumeGrouping(in);
            }
        } catch (IOException | RuntimeException e) {
            // a state that cannot be read is only a lost shortcut
        }
    }

    /** Keeps the builder's grouping state for the next process, written aside and then moved into place. */
    private void saveGrouping() throws IOException, SQLException {
        Path state = directory.resolve(GROUPING_STATE);
        Path written = directory.resolve(GROUPING_STATE + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(written)))) {
            out.writeLong(metaLong("built"));
            if (!builder.saveGrouping(out)) {
                out.close();
                Files.delete(written);
                return;
            }
        }
        Files.move(written, state, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The last build as the tables hold it; documents are the stored analyses, or their cleaned analyses. Every event
     * and family belongs to one story, so the story pages hold them all.
     */
    private Report readBuild(Map<String, AnalyzedDocument> stored) throws SQLException, IOException {
        List<AnalyzedDocument> documents = new ArrayList<>();
        List<Family> families = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        try (Statement statement = writer.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT document, analysis FROM memberships")) {
                while (rows.next()) {
                    String cleaned = rows.getString(2);
                    AnalyzedDocument document = cleaned == null ? stored.get(rows.getString(1)) : json.readValue(cleaned, AnalyzedDocument.class);
                    if (document != null) {
                        documents.add(document);
                    }
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT page FROM stories ORDER BY position")) {
                while (rows.next()) {
                    StoryPage page = json.readValue(rows.getBytes(1), StoryPage.class);
                    stories.add(page.story());
                    events.addAll(page.events());
                    families.addAll(page.families());
                }
            }
        }
        return new Report(Instant.now(), List.of(), documents, families, events, stories);
    }

    private List<SkippedInput> ingestSkipped() throws SQLException {
        List<SkippedInput> skipped = new ArrayList<>();
        try (Statement statement = writer.createStatement();
             ResultSet rows = statement.executeQuery("SELECT source, reason FROM ingest_skipped ORDER BY source")) {
            while (rows.next()) {
                skipped.add(new SkippedInput(rows.getString(1), rows.getString(2)));
            }
        }
        return skipped;
    }

    /** The rows a build turns into, kept to tell which rows the next build changes. */
    private static final class Tables {
        final Map<String, DocumentListing> listings;
        final Map<String, AnalyzedDocument> documents = new HashMap<>();
        final Map<String, Event> events = new LinkedHashMap<>();
        final Map<String, String> storyOfEvent = new HashMap<>();
        final Map<String, Family> families = new LinkedHashMap<>();
        final Map<String, StoryPage> pages = new LinkedHashMap<>();
        final Map<String, Integer> positions = new HashMap<>();

        Tables(Report report) {
            listings = listings(report);
            for (AnalyzedDocument document : report.documents()) {
                documents.put(document.id(), document);
            }
            for (Event event : report.events()) {
                events.put(event.id(), event);
            }
            for (Family family : report.families()) {
                families.put(family.id(), family);
            }
            for (Story story : report.stories()) {
                List<Event> storyEvents = new ArrayList<>();
                for (String id : story.events()) {
                    storyEvents.add(events.get(id));
                    storyOfEvent.put(id, story.id());
                }
                List<DocumentListing> storyDocuments = new ArrayList<>();
                Set<String> familyIds = new LinkedHashSet<>();
                for (String id : story.documents()) {
                    DocumentListing listing = listings.get(id);
                    storyDocuments.add(listing);
                    familyIds.add(listing.family());
                }
                List<Family> storyFamilies = new ArrayList<>();
                for (String id : familyIds) {
                    storyFamilies.add(families.get(id));
                }
                positions.put(story.id(), positions.size());
                pages.put(story.id(), new StoryPage(story, storyEvents, storyDocuments, storyFamilies));
            }
        }
    }

    /**
     * Writes the rows of {@code tables} that differ from the last build's, and deletes those it no longer has. A
     * document's analysis is stored again only when the build cleaned it (lines recurring across articles removed).
     */
    private void writeChanges(Report report, Tables tables) throws SQLException, JsonProcessingException {
        Tables last = built;
        if (last == null) {
            try (Statement statement = writer.createStatement()) {
                for (String table : List.of("stories", "story_list", "story_outlets", "story_names", "events", "families", "memberships", "quotes", "claims")) {
                    statement.execute("DELETE FROM " + table);
                }
            }
        }
        try (PreparedStatement upsert = writer.prepareStatement("INSERT OR REPLACE INTO memberships VALUES (?, ?, ?, ?)");
             PreparedStatement delete = writer.prepareStatement("DELETE FROM memberships WHERE document = ?")) {
            for (DocumentListing listing : tables.listings.values()) {
                AnalyzedDocument document = tables.documents.get(listing.id());
                if (last == null || !listing.equals(last.listings.get(listing.id())) || document != last.documents.get(listing.id())) {
                    upsert.setString(1, listing.id());
                    upsert.setString(2, json.writeValueAsString(listing));
                    upsert.setString(3, listing.story());
                    upsert.setString(4, builder.isCleaned(listing.id()) ? json.writeValueAsString(document) : null);
                    upsert.addBatch();
                }
            }
            upsert.executeBatch();
            deleteMissing(delete, last == null ? null : last.listings.keySet(), tables.listings.keySet());
        }
        try (PreparedStatement upsert = writer.prepareStatement("INSERT OR REPLACE INTO events VALUES (?, ?, ?)");
             PreparedStatement delete = writer.prepareStatement("DELETE FROM events WHERE id = ?")) {
            for (Event event : tables.events.values()) {
                String story = tables.storyOfEvent.get(event.id());
                if (last == null || !event.equals(last.events.get(event.id())) || !story.equals(last.storyOfEvent.get(event.id()))) {
                    upsert.setString(1, event.id());
                    upsert.setString(2, story);
                    upsert.setString(3, json.writeValueAsString(event));
                    upsert.addBatch();
                }
            }
            upsert.executeBatch();
            deleteMissing(delete, last == null ? null : last.events.keySet(), tables.events.keySet());
        }
        try (PreparedStatement upsert = writer.prepareStatement("INSERT OR REPLACE INTO families VALUES (?, ?)");
             PreparedStatement delete = writer.prepareStatement("DELETE FROM families WHERE id = ?")) {
            for (Family family : tables.families.values()) {
                if (last == null || !family.equals(last.families.get(family.id()))) {
                    upsert.setString(1, family.id());
                    upsert.setString(2, json.writeValueAsString(family));
                    upsert.addBatch();
                }
            }
            upsert.executeBatch();
            deleteMissing(delete, last == null ? null : last.families.keySet(), tables.families.keySet());
        }
        try (PreparedStatement upsert = writer.prepareStatement("INSERT OR REPLACE INTO stories VALUES (?, ?, ?)");
             PreparedStatement list = writer.prepareStatement("INSERT OR REPLACE INTO story_list VALUES (?, ?, ?, ?, ?)");
             PreparedStatement move = writer.prepareStatement("UPDATE stories SET position = ?1 WHERE id = ?2");
             PreparedStatement moveInList = writer.prepareStatement("UPDATE story_list SET position = ?1 WHERE id = ?2");
             StoryRows rows = new StoryRows(writer, json)) {
            for (StoryPage page : tables.pages.values()) {
                Story story = page.story();
                int position = tables.positions.get(story.id());
                if (last != null && page.equals(last.pages.get(story.id()))) {
                    if (position != last.positions.get(story.id())) {
                        for (PreparedStatement statement : List.of(move, moveInList)) {
                            statement.setInt(1, position);
                            statement.setString(2, story.id());
                            statement.addBatch();
                        }
                    }
                    continue;
                }
                upsert.setString(1, story.id());
                upsert.setInt(2, position);
                upsert.setString(3, json.writeValueAsString(page));
                upsert.addBatch();
                StoryListing listing = listing(story, page.documents(), page.families().size());
                list.setString(1, story.id());
                list.setInt(2, position);
                list.setString(3, listing.title());
                list.setString(4, listing.first() == null ? null : listing.first().toString());
                list.setString(5, json.writeValueAsString(listing));
                list.addBatch();
                rows.replace(page);
            }
            if (last != null) {
                for (String id : last.pages.keySet()) {
                    if (!tables.pages.containsKey(id)) {
                        rows.delete(id);
                    }
                }
            }
            rows.executeDeletes();
            for (PreparedStatement statement : List.of(move, moveInList, upsert, list)) {
                statement.executeBatch();
            }
            rows.executeInserts();
        }
        try (Statement statement = writer.createStatement()) {
            statement.execute("DELETE FROM skipped");
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

    /** Deletes the rows whose key was in the last build ({@code before}, null when none) and is not in this one. */
    private static void deleteMissing(PreparedStatement delete, Set<String> before, Set<String> now) throws SQLException {
        if (before == null) {
            return;
        }
        for (String key : before) {
            if (!now.contains(key)) {
                delete.setString(1, key);
                delete.addBatch();
            }
        }
        delete.executeBatch();
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
        List<Coverage.Item> items = new ArrayList<>();
        for (DocumentListing document : documents) {
            LocalDate published = document.published();
            if (published != null) {
                first = first == null || published.isBefore(first) ? published : first;
                last = last == null || published.isAfter(last) ? published : last;
            }
            items.add(new Coverage.Item(published, document.outlet()));
        }
        int disputed = 0;
        for (Claim claim : story.claims()) {
            if (claim.status() == ClaimStatus.DISPUTED) {
                disputed++;
            }
        }
        return new StoryListing(story.id(), story.title(), documents.size(), story.events().size(), sources, disputed,
                first, last, activity(Coverage.of(items, List.of())));
    }

    /** The coverage's documents per period, all outlets together; null when no document is dated. */
    private static Activity activity(Coverage coverage) {
        if (coverage.periods().isEmpty()) {
            return null;
        }
        List<Integer> counts = new ArrayList<>();
        for (int p = 0; p < coverage.periods().size(); p++) {
            counts.add(coverage.total(p));
        }
        return new Activity(coverage.unit().name().toLowerCase(Locale.ROOT), coverage.periods().get(0), counts);
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

    /** The stories in the report's order (by the date of their first event), at most {@code limit}. */
    public List<StoryListing> stories(int limit) {
        return stories(StoryQuery.first(limit)).stories();
    }

    /**
     * One page of the story list as {@code query} orders and filters it, with how many stories match in all. A word
     * filter keeps the stories with a document that has every word (in the search's syntax). The
     * list is paged in memory ({@link StoryCatalog}), loaded once per build: only the words need an index.
     *
     * @throws IllegalArgumentException when the words are too long to search at a bounded cost (the message says why)
     */
    public StoryList stories(StoryQuery query) {
        List<String> matched = List.of();
        if (query.words() != null) {
            try {
                matched = index.matchingEveryWord(query.words());
            } catch (IOException e) {
                throw failure("search for " + query.words(), e);
            }
        }
        StoryCatalog snapshot = catalog();
        return snapshot.page(query, query.words() == null ? null : snapshot.documentRows(matched));
    }

    /**
     * The story list of the last build, read from the tables the first time it is asked for after a build, by one
     * thread while the others wait for it. A load that a build overtook is used once and not kept.
     */
    private StoryCatalog catalog() {
        StoryCatalog current = catalog;
        if (current != null) {
            return current;
        }
        synchronized (catalogLoad) {
            current = catalog;
            if (current != null) {
                return current;
            }
            long build = builds.get();
            StoryCatalog loaded = read(connection -> StoryCatalog.load(connection, json));
            synchronized (builds) {
                if (builds.get() == build) {
                    catalog = loaded;
                }
            }
            return loaded;
        }
    }

    /** Every outlet of the built stories with its documents and stories, most documents first. */
    public List<OutletListing> outlets() {
        return read(finder::outlets);
    }

    /**
     * The page of a person, organisation or place, found by any name a story gives it (case is ignored): the stories
     * naming it, earliest first, and what it said, in time order, at most {@code limit} of each. Empty when no story
     * names it.
     */
    public Optional<EntityPage> entity(String name, int limit) {
        return read(connection -> finder.entity(connection, name, limit));
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
                    "SELECT d.analysis, m.listing, m.analysis FROM documents d LEFT JOIN memberships m ON m.document = d.id WHERE d.id = ?")) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    AnalyzedDocument analyzed = json.readValue(row.getString(row.getString(3) == null ? 1 : 3), AnalyzedDocument.class);
                    Article article = analyzed.article();
                    DocumentListing listing = row.getString(2) == null
                            ? new DocumentListing(id, article.title(), article.outlet(), article.published(), article.url(), null, null, null)
                            : json.readValue(row.getString(2), DocumentListing.class);
                    return Optional.of(new DocumentPage(listing, article, analyzed.entities(), analyzed.quotes()));
                }
            }
        });
    }

    /** Inputs that gave no document, with the reason, as of the last build. */
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
     * since the last build is found, without a story yet.
     *
     * @throws IllegalArgumentException when the query is too long to run at a bounded cost (the message says why)
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
            try (PreparedStatement select = connection.prepareStatement("SELECT listing FROM story_list WHERE id = ?")) {
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

    /**
     * Closes the store. When stories were built in this process, their grouping state is kept in {@code
     * grouping.state} first, so that the next process adds its documents to it rather than grouping every document
     * again (see {@link #update}).
     */
    @Override
    public synchronized void close() {
        try {
            if (builder != null) {
                saveGrouping();
            }
        } catch (IOException | SQLException e) {
            // without the state the next process groups every document again: slower, not wrong
        }
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
