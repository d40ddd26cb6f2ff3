package dev.storyline.nlp;

import java.util.List;

/**
 * The extra features the name model sees at each token besides the words themselves: whether the tagger read it as a
 * proper noun, and whether a gazetteer lists the capitalized words it belongs to (a place, an organisation, a
 * nationality, a given name). The training recipe and {@link NameTagger} both build them here, so a model sees the
 * same features in training and in use. OpenNLP looks at them in a window of eight tokens either side, so they are
 * kept sparse: the other tags cost as much time again and the words around a token already say most of it.
 */
public final class NameContext {

    private static final String PROPER_NOUN = "PROPN";
    private static final String PROPER_NOUN_FEATURE = "p=PROPN";
    private static final String[] PROPER_NOUN_ONLY = {PROPER_NOUN_FEATURE};
    private static final String[] NOTHING = {};
    /** The longest gazetteer entry looked up, in tokens ("Federal Bureau of Investigation"). */
    private static final int LONGEST_ENTRY = 4;

    private NameContext() {
    }

    /** One array of features per token, for {@code NameFinderME.find(tokens, context)} and {@code NameSample}. */
    public static String[][] of(List<String> tokens, List<String> tags) {
        String[][] context = new String[tokens.size()][];
        String[] listed = new String[tokens.size()];
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            if (isCapitalized(tokens.get(i))) {
                for (int length = Math.min(LONGEST_ENTRY, tokens.size() - i); length >= 1 && matched == 0; length--) {
                    if (!isCapitalized(tokens.get(i + length - 1))) {
                        continue;
                    }
                    String kind = gazetteer(String.join(" ", tokens.subList(i, i + length)));
                    if (kind != null) {
                        for (int k = i; k < i + length; k++) {
                            listed[k] = kind;
                        }
                        matched = length;
                    }
                }
            }
            i += Math.max(matched, 1);
        }
        for (int t = 0; t < tokens.size(); t++) {
            boolean proper = PROPER_NOUN.equals(tags.get(t));
            if (listed[t] != null) {
                context[t] = proper ? new String[]{PROPER_NOUN_FEATURE, "g=" + listed[t]} : new String[]{"g=" + listed[t]};
            } else {
                context[t] = proper ? PROPER_NOUN_ONLY : NOTHING;
            }
        }
        return context;
    }

    private static String gazetteer(String words) {
        if (Gazetteers.isDemonym(words)) {
            return "nationality";
        }
        if (Gazetteers.isOrganization(words)) {
            return "organization";
        }
        if (Gazetteers.isPlace(words)) {
            return "place";
        }
        if (!words.contains(" ") && Gazetteers.isFirstName(words)) {
            return "given-name";
        }
        return null;
    }

    private static boolean isCapitalized(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
    }
}
