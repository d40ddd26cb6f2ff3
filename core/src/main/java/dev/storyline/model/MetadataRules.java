package dev.storyline.model;

import java.io.Serializable;

/**
 * The names of the rules that chose an article's metadata, one per field, so a reader can see why a title, outlet,
 * byline or date was read, as {@link RemovedText#reason()} says why a line was left out. A field is null when no
 * rule chose a value (the field itself is then null).
 *
 * @param title     the rule that chose {@link Article#title()}, such as {@code visible headline agreeing with og:title}
 * @param outlet    the rule that chose {@link Article#outlet()}, such as {@code og:site_name}
 * @param byline    the rule that chose {@link Article#byline()}, such as {@code JSON-LD author}
 * @param published the rule that chose {@link Article#published()}, such as {@code json-ld}
 */
public record MetadataRules(String title, String outlet, String byline, String published) implements Serializable {

    /** No field was chosen by a rule. */
    public static final MetadataRules NONE = new MetadataRules(null, null, null, null);
}
