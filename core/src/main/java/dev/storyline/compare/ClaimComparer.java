package dev.storyline.compare;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Claim;
import dev.storyline.model.Family;

import java.util.List;

/**
 * The compare stage: aligns the statements of a story's documents and says how the sources stand on each. The
 * pipeline calls it for several stories at once, so implementations keep no state between calls.
 */
public interface ClaimComparer {

    /**
     * The claims of one story.
     *
     * @param documents the story's documents
     * @param families  near-duplicate families; copies of one family count as one source
     */
    List<Claim> claims(List<AnalyzedDocument> documents, List<Family> families);
}
