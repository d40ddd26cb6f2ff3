package dev.storyline.dedup;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Family;

import java.util.List;

/** The dedup stage: folds near-duplicate copies (syndicated wire stories) into families. */
public interface Deduplicator {

    /** Families covering every document exactly once, singletons included, in order of their first member. */
    List<Family> families(List<AnalyzedDocument> documents);
}
