package dev.storyline.report;

import dev.storyline.model.QuoteAttribution;

import java.util.Locale;
import java.util.Map;

/** How the Markdown and HTML reports word an explanation of a document's event or an event's story, or of a quote's speaker. */
final class ExplanationText {

    static final int SHOWN_FEATURES = 3;
    private static final int QUOTE_OPENING = 80;

    private ExplanationText() {
    }

    /** The decision with its score, e.g. "joined (0.91)". */
    static String decision(String decision, double score) {
        return String.format(Locale.ROOT, "%s (%.2f)", decision, score);
    }

    /** The features with the largest shares of the score, e.g. "names +9.6, nearest +6.4, body -11.7". */
    static String topFeatures(Map<String, Double> features) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (Map.Entry<String, Double> feature : features.entrySet()) {
            if (shown++ == SHOWN_FEATURES) {
                break;
            }
            text.append(text.isEmpty() ? "" : ", ").append(feature.getKey())
                    .append(String.format(Locale.ROOT, " %+.1f", feature.getValue()));
        }
        return text.toString();
    }

    /** The rule that credited a quote to its speaker, e.g. "cue-after: a said-type cue with a name right after the quote". */
    static String attribution(QuoteAttribution attribution) {
        return attribution.label() + ": " + attribution.description();
    }

    /** The first words of a quote, for a table row. */
    static String opening(String text) {
        return text.length() <= QUOTE_OPENING ? text : text.substring(0, QUOTE_OPENING) + "…";
    }
}
