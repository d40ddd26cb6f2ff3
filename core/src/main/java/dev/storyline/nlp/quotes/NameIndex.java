package dev.storyline.nlp.quotes;

import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A document's entities and where the names of its people occur in its text, for the look-ups {@link QuoteFinder}
 * makes at every quote and sentence: which entity a name ends with, the full name a surname stands for, the first
 * person named in a stretch of text and the last person named before a point.
 *
 * <p>Why: asked by scanning every entity and searching the text read so far, these look-ups cost the number of
 * entities times the length of the text for each quote, and both grow with the document, so a long document took
 * time that grows with the square of its length. Here the names are looked up in hash maps, and every occurrence of
 * every person's name is found in one pass over the text (Aho-Corasick) and kept sorted by position, so each look-up
 * costs a binary search. The answers are those of the scans they replace, ties included (the entity listed first
 * wins).
 */
final class NameIndex {

    private final List<Entity> entities;
    /** For a name and each part of it after a space: the longest entity name that is it or ends with " " + it. */
    private final Map<String, Integer> longestEndingWith = new HashMap<>();
    /** Every entity name, with the index of its first entity. */
    private final Map<String, Integer> firstIndexOfName = new HashMap<>();
    private final Set<String> people = new HashSet<>();
    /** For each part of a person's name after a space: the distinct person names ending with " " + it. */
    private final Map<String, Set<String>> peopleEndingWith = new HashMap<>();
    /** Person names and surnames anywhere in the text, sorted by start: see {@link #firstPersonIn}. */
    private final Occurrences anyMentions;
    /** Surnames of people as whole words: see {@link #lastPersonBefore}. */
    private final Occurrences wholeWordSurnames;

    /**
     * @param entities the document's entities, in the order the scans this replaces went through them
     * @param text     the document's text all offsets given to this index refer to
     */
    NameIndex(List<Entity> entities, String text) {
        this.entities = List.copyOf(entities);
        Map<String, List<Integer>> anyPatterns = new LinkedHashMap<>();
        Map<String, List<Integer>> surnamePatterns = new LinkedHashMap<>();
        for (int e = 0; e < this.entities.size(); e++) {
            Entity entity = this.entities.get(e);
            String name = entity.name();
            firstIndexOfName.putIfAbsent(name, e);
            for (String suffix : wordSuffixes(name, true)) {
                Integer best = longestEndingWith.get(suffix);
                if (best == null || name.length() > this.entities.get(best).name().length()) {
                    longestEndingWith.put(suffix, e);
                }
            }
            String[] parts = name.split(" ");
            String surname = parts.length == 0 ? "" : parts[parts.length - 1];
            if (entity.type() == EntityType.PERSON) {
                people.add(name);
                for (String suffix : wordSuffixes(name, false)) {
                    peopleEndingWith.computeIfAbsent(suffix, s -> new HashSet<>()).add(name);
                }
                anyPatterns.computeIfAbsent(name, n -> new ArrayList<>()).add(e);
                anyPatterns.computeIfAbsent(surname, n -> new ArrayList<>()).add(e);
            }
            if (entity.type() == EntityType.PERSON) {
                surnamePatterns.computeIfAbsent(surname, n -> new ArrayList<>()).add(e);
            }
        }
        anyMentions = Occurrences.of(text, anyPatterns, false);
        wholeWordSurnames = Occurrences.of(text, surnamePatterns, true);
    }

    /** The entities, in their order. */
    List<Entity> entities() {
        return entities;
    }

    /**
     * The longest entity name that is {@code name}, ends with " " + {@code name}, or is the end of {@code name} after
     * a space ("Shopkeeper Edvin Strahl" is "Edvin Strahl"); the first listed among equally long ones; null for none.
     */
    String entityEndingIn(String name) {
        int best = longestEndingWith.getOrDefault(name, -1);
        for (String suffix : wordSuffixes(name, false)) {
            Integer known = firstIndexOfName.get(suffix);
            if (known != null && isBetter(known, best)) {
                best = known;
            }
        }
        return best < 0 ? null : entities.get(best).name();
    }

    private boolean isBetter(int candidate, int best) {
        if (best < 0) {
            return true;
        }
        int length = entities.get(candidate).name().length();
        int bestLength = entities.get(best).name().length();
        return length > bestLength || length == bestLength && candidate < best;
    }

    /** Whether a person entity has exactly this name. */
    boolean isPerson(String name) {
        return people.contains(name);
    }

    /** The type of the entity named exactly {@code name} (the first listed), or null when no entity has that name. */
    EntityType typeOf(String name) {
        Integer e = name == null ? null : firstIndexOfName.get(name);
        return e == null ? null : entities.get(e).type();
    }

    /** The one person name that ends with " " + {@code name}; {@code name} itself when there is none or several. */
    String fullName(String name) {
        Set<String> names = peopleEndingWith.get(name);
        return names != null && names.size() == 1 ? names.iterator().next() : name;
    }

    /**
     * The person whose name or surname occurs first (as any substring) within {@code [start, end)} of the text; the
     * first listed on a tie; null for none.
     */
    String firstPersonIn(int start, int end) {
        int e = anyMentions.first(start, end);
        return e < 0 ? null : entities.get(e).name();
    }

    /**
     * The person whose surname occurs last as a whole word in the text before {@code end}; the first listed on a tie;
     * null for none. Only entities typed as people count: a pronoun never stands for an organisation, a place, a date
     * or a work ("Christmas Day", "Home Alone").
     */
    String lastPersonBefore(int end) {
        int e = wholeWordSurnames.last(end);
        return e < 0 ? null : entities.get(e).name();
    }

    /** The parts of a name after each space, and with {@code self} the name itself. */
    private static List<String> wordSuffixes(String name, boolean self) {
        List<String> suffixes = new ArrayList<>();
        if (self) {
            suffixes.add(name);
        }
        for (int i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) {
            suffixes.add(name.substring(i + 1));
        }
        return suffixes;
    }

    /** Occurrences of names in a text, each with the entity it names, sorted by start and then by entity. */
    private static final class Occurrences {
        private final int[] starts;
        private final int[] ends;
        private final int[] entityOf;

        private Occurrences(int[] starts, int[] ends, int[] entityOf) {
            this.starts = starts;
            this.ends = ends;
            this.entityOf = entityOf;
        }

        static Occurrences of(String text, Map<String, List<Integer>> patterns, boolean wholeWords) {
            List<String> names = new ArrayList<>(patterns.keySet());
            names.removeIf(String::isEmpty);
            List<long[]> found = new ArrayList<>();
            new NameMatcher(names).forEachMatch(text, (pattern, start, end) -> {
                if (wholeWords && !isWholeWord(text, start, end)) {
                    return;
                }
                for (int entity : patterns.get(names.get(pattern))) {
                    found.add(new long[] {start, end, entity});
                }
            });
            found.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[2], b[2]));
            int[] starts = new int[found.size()];
            int[] ends = new int[found.size()];
            int[] entityOf = new int[found.size()];
            for (int i = 0; i < found.size(); i++) {
                starts[i] = (int) found.get(i)[0];
                ends[i] = (int) found.get(i)[1];
                entityOf[i] = (int) found.get(i)[2];
            }
            return new Occurrences(starts, ends, entityOf);
        }

        private static boolean isWholeWord(String text, int start, int end) {
            return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
        }

        /** The entity of the earliest occurrence lying within {@code [from, to)}, the lowest on a tie; -1 for none. */
        int first(int from, int to) {
            int bestStart = -1;
            int best = -1;
            for (int i = firstStartingAt(from); i < starts.length && starts[i] < to
                    && (bestStart < 0 || starts[i] == bestStart); i++) {
                if (ends[i] <= to && (best < 0 || entityOf[i] < best)) {
                    best = entityOf[i];
                    bestStart = starts[i];
                }
            }
            return best;
        }

        /** The entity of the latest-starting occurrence ending at or before {@code to}, the lowest on a tie; -1 for none. */
        int last(int to) {
            int bestStart = -1;
            int best = -1;
            for (int i = firstStartingAt(to) - 1; i >= 0 && (bestStart < 0 || starts[i] == bestStart); i--) {
                if (ends[i] <= to && (best < 0 || entityOf[i] < best)) {
                    best = entityOf[i];
                    bestStart = starts[i];
                }
            }
            return best;
        }

        /** The index of the first occurrence starting at or after {@code position}. */
        private int firstStartingAt(int position) {
            int low = 0;
            int high = starts.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (starts[middle] < position) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}
