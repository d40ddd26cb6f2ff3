package dev.storyline.store;

import dev.storyline.model.AnalyzedDocument;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The full-text index of the stored documents (title and clean text), kept beside the SQLite file. Each commit
 * records the store's batch number, so that a store opened after a crash can tell whether the index saw the last
 * committed batch.
 */
final class DocumentIndex implements AutoCloseable {

    private static final String ID = "id";
    /** The id again, as doc values: read per hit far cheaper than the stored field, which older indexes only have. */
    private static final String ID_VALUE = "id_value";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final String BATCH = "batch";

    private final FSDirectory directory;
    private final IndexWriter writer;
    /** The longest search accepted, in characters. */
    static final int MAX_QUERY_CHARACTERS = 1000;
    /** The most words a search may have: two fields each, well under Lucene's 1,024 clauses. */
    static final int MAX_QUERY_WORDS = 64;

    private final SearcherManager searchers;
    private final SimpleQueryParser parser;
    /** The same syntax, every word required: a filter narrows as words are added. */
    private final SimpleQueryParser everyWord;

    DocumentIndex(Path path) throws IOException {
        directory = FSDirectory.open(path);
        StandardAnalyzer analyzer = new StandardAnalyzer();
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        searchers = new SearcherManager(writer, null);
        parser = new SimpleQueryParser(analyzer, Map.of(TITLE, 2f, TEXT, 1f));
        everyWord = new SimpleQueryParser(analyzer, Map.of(TITLE, 1f, TEXT, 1f));
        everyWord.setDefaultOperator(BooleanClause.Occur.MUST);
    }

    /** The batch number of the last commit, or 0 for a new index. */
    long committedBatch() {
        String batch = writer.getLiveCommitData() == null ? null : liveCommitValue(BATCH);
        return batch == null ? 0 : Long.parseLong(batch);
    }

    private String liveCommitValue(String key) {
        for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
            if (entry.getKey().equals(key)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** Adds or replaces documents, and makes them durable and searchable under {@code batch}. */
    void commit(List<AnalyzedDocument> documents, long batch) throws IOException {
        for (AnalyzedDocument document : documents) {
            writer.updateDocument(new Term(ID, document.id()), toLucene(document));
        }
        writer.setLiveCommitData(Map.of(BATCH, Long.toString(batch)).entrySet());
        writer.commit();
        searchers.maybeRefresh();
    }

    /** Drops everything, for a rebuild from the SQLite file. */
    void clear() throws IOException {
        writer.deleteAll();
    }

    /**
     * Ids of the documents that best match a query typed by a user (quotes, {@code +}, {@code -} and {@code *} work).
     *
     * @throws IllegalArgumentException when the query is longer than {@link #MAX_QUERY_CHARACTERS} characters or
     *                                  {@link #MAX_QUERY_WORDS} words: each word is a clause per field, and a query's
     *                                  cost grows with its clauses
     */
    List<String> search(String query, int limit) throws IOException {
        Query parsed = parse(parser, query);
        if (parsed == null) {
            return List.of();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            return ids(searcher, searcher.search(parsed, limit).scoreDocs);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyTerms(e);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Ids of every document that has each word of a query typed by a user (in the syntax and within the bounds of
     * {@link #search}), in no order: the documents a filter by words keeps. Nothing is scored.
     */
    List<String> matchingEveryWord(String query) throws IOException {
        Query parsed = parse(everyWord, query);
        if (parsed == null) {
            return List.of();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            List<String> ids = new ArrayList<>();
            searcher.search(parsed, new SimpleCollector() {
                private LeafReaderContext leaf;
                private SortedDocValues values;

                @Override
                protected void doSetNextReader(LeafReaderContext context) throws IOException {
                    leaf = context;
                    values = DocValues.getSorted(context.reader(), ID_VALUE);
                }

                @Override
                public void collect(int doc) throws IOException {
                    ids.add(values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString()
                            : leaf.reader().storedFields().document(doc).get(ID));
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            return ids;
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyTerms(e);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The query, refused when it is too long to run at a bounded cost; null when it has no word. */
    private static Query parse(SimpleQueryParser parser, String query) {
        if (query.length() > MAX_QUERY_CHARACTERS) {
            throw new IllegalArgumentException("the search is " + query.length() + " characters long; at most "
                    + MAX_QUERY_CHARACTERS + " are allowed");
        }
        long words = query.codePoints().filter(Character::isWhitespace).count() + 1;
        if (words > MAX_QUERY_WORDS) {
            throw new IllegalArgumentException("the search has more than " + MAX_QUERY_WORDS + " words: use fewer");
        }
        return parser.parse(query);
    }

    private static IllegalArgumentException tooManyTerms(IndexSearcher.TooManyClauses e) {
        return new IllegalArgumentException("the search expands to too many terms: make it more precise", e);
    }

    /**
     * The ids of {@code hits}, in their order. Doc values are read leaf by leaf in document order, as they must be; a
     * document indexed before they were kept falls back to the stored field.
     */
    private static List<String> ids(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        Integer[] inDocumentOrder = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            inDocumentOrder[i] = i;
        }
        Arrays.sort(inDocumentOrder, Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        String[] ids = new String[hits.length];
        int leaf = -1;
        SortedDocValues values = null;
        for (int i : inDocumentOrder) {
            int doc = hits[i].doc;
            int next = ReaderUtil.subIndex(doc, leaves);
            if (next != leaf) {
                leaf = next;
                values = DocValues.getSorted(leaves.get(leaf).reader(), ID_VALUE);
            }
            ids[i] = values.advanceExact(doc - leaves.get(leaf).docBase) ? values.lookupOrd(values.ordValue()).utf8ToString()
                    : searcher.storedFields().document(doc).get(ID);
        }
        return List.of(ids);
    }

    private static Document toLucene(AnalyzedDocument analyzed) {
        Document document = new Document();
        document.add(new StringField(ID, analyzed.id(), Field.Store.YES));
        document.add(new SortedDocValuesField(ID_VALUE, new BytesRef(analyzed.id())));
        String title = analyzed.article().title();
        document.add(new TextField(TITLE, title == null ? "" : title, Field.Store.NO));
        document.add(new TextField(TEXT, analyzed.article().text(), Field.Store.NO));
        return document;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
