package dev.storyline.dedup;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Family;

import java.util.List;

/** The dedup stage: folds near-duplicate copies (syndicated wire stories) into families. */
public interface Deduplicator {

    /** Families covering every document exactly once, singletons included, in order of their first member. */
    default List<Family> families(List<AnalyzedDocument> documents) {
        Families families = start();
        families.addAll(documents);
        return families.families();
    }

    /**
     * An empty set of families that documents join one at a time, in time order: what a growing corpus keeps, so
     * that new documents are compared with the stored ones without hashing those again.
     */
    Families start();

    /** Families growing one document at a time; adding documents in a given order always gives the same families. */
    interface Families {

        void add(AnalyzedDocument document);

        /** Adds documents in their order, as {@link #add} one at a time would; the hashing may use every core. */
        default void addAll(List<AnalyzedDocument> documents) {
            documents.forEach(this::add);
        }

        /**
         * The id of the earliest added document in the family of {@code documentId}: a name for the family that later
         * documents keep, unless one of them joins two families into one.
         */
        String earliestMember(String documentId);

        /** The families so far, as {@link Deduplicator#families(List)} gives them for the documents added. */
        List<Family> families();

        /**
         * New families holding only the first {@code count} documents added, as if no other had been: what a growing
         * corpus goes back to when a document arrives dated among those already added. Nothing is hashed again, not
         * even the later documents when they are added back.
         */
        Families prefix(int count);
    }
}
