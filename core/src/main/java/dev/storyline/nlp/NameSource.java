package dev.storyline.nlp;

/**
 * Where {@link EntityFinder} takes names and their types from. The choice was measured on a development split of the
 * openly licensed training data ({@code storyline bench train-ner} prints each one's scores).
 */
public enum NameSource {
    /** Runs of proper nouns in the part-of-speech tags, typed by titles, keywords, prepositions and gazetteers. */
    RULES,
    /** The statistical name model's spans and types alone. */
    MODEL,
    /** The model's spans and types, then the rules' names where the model found none. */
    MODEL_THEN_RULES,
    /** As {@link #MODEL_THEN_RULES}, but a gazetteer entry (a known place, organisation or nationality) overrides the model's type. */
    MODEL_THEN_RULES_GAZETTEER_TYPES,
    /**
     * The rules' names, typed by the model where it found an overlapping name and no title or gazetteer settles the
     * type; then the model's names the rules missed (titles cut from them, gazetteer types over the model's).
     */
    RULE_SPANS_MODEL_TYPES,
    /**
     * The rules' names where the rules are sure of them (a title before, a gazetteer entry, an organisation, place or
     * event word in it, a role before, a score after); elsewhere the model's names, gazetteer types over the model's.
     */
    SURE_RULES_THEN_MODEL,
    /** As {@link #SURE_RULES_THEN_MODEL}, then the rules' other names where neither found one. */
    SURE_RULES_THEN_MODEL_THEN_RULES,
    /**
     * As {@link #SURE_RULES_THEN_MODEL}, but the model runs only on sentences with a name the rules are unsure of (or
     * none): a sentence whose names the rules are all sure of keeps them, at a fraction of the model's cost.
     */
    SURE_RULES_MODEL_WHERE_UNSURE;

    boolean usesModel() {
        return this != RULES;
    }

    boolean usesRules() {
        return this != MODEL;
    }

    boolean gazetteerOverridesModel() {
        return this == MODEL_THEN_RULES_GAZETTEER_TYPES || this == RULE_SPANS_MODEL_TYPES || sureRulesFirst();
    }

    boolean sureRulesFirst() {
        return this == SURE_RULES_THEN_MODEL || this == SURE_RULES_THEN_MODEL_THEN_RULES || this == SURE_RULES_MODEL_WHERE_UNSURE;
    }

    boolean modelOnlyWhereUnsure() {
        return this == SURE_RULES_MODEL_WHERE_UNSURE;
    }

    boolean addsOtherRuleNames() {
        return this == MODEL_THEN_RULES || this == MODEL_THEN_RULES_GAZETTEER_TYPES || this == SURE_RULES_THEN_MODEL_THEN_RULES;
    }

    boolean ruleSpansFirst() {
        return this == RULE_SPANS_MODEL_TYPES;
    }
}
