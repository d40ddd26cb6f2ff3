package dev.storyline.nlp;

/**
 * Where {@link EntityFinder} takes names and their types from. The choice was measured on a development split of the
 * openly licensed training data ({@code storyline bench train-ner} prints each one's scores) and on the speakers of
 * PolNeAR's train and dev quotes.
 */
public enum NameSource {
    /** Runs of proper nouns in the part-of-speech tags, typed by titles, keywords, prepositions and gazetteers. */
    RULES,
    /** The statistical name model's spans and types alone. */
    MODEL,
    /**
     * The rules' names where the rules are sure of them (a title before, a gazetteer entry, an organisation, place or
     * event word in it, a role before, a score after); elsewhere the model's names, gazetteer types over the model's.
     */
    SURE_RULES_THEN_MODEL,
    /** As {@link #SURE_RULES_THEN_MODEL}, then the rules' other names where neither found one. */
    SURE_RULES_THEN_MODEL_THEN_RULES;

    boolean usesModel() {
        return this != RULES;
    }

    boolean usesRules() {
        return this != MODEL;
    }

    /** Whether a gazetteer entry (a known place, organisation or nationality) overrides the model's type. */
    boolean gazetteerOverridesModel() {
        return this == SURE_RULES_THEN_MODEL || this == SURE_RULES_THEN_MODEL_THEN_RULES;
    }

    boolean addsOtherRuleNames() {
        return this == SURE_RULES_THEN_MODEL_THEN_RULES;
    }
}
