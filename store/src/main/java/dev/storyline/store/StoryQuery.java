package dev.storyline.store;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What the story list asks the store for: one page of the stories, in an order, narrowed by filters. A null filter
 * narrows nothing.
 *
 * @param limit  the most stories on the page, at least 1
 * @param offset how many stories of the whole list come before the page
 * @param order  the order of the list
 * @param from   only stories with a document published on or after this day (and on or before {@code to})
 * @param to     only stories with a document published on or before this day (and on or after {@code from})
 * @param outlet only stories with a document from this outlet (case is ignored)
 * @param entity only stories naming this person, organisation or place, under any of its spellings (case is ignored)
 * @param words  only stories with a document that has each of these words (in the search's query syntax)
 */
public record StoryQuery(int limit, int offset, Order order, LocalDate from, LocalDate to, String outlet, String entity,
                         String words) {

    /** The order of the story list; every order breaks ties by the report's order. */
    public enum Order {
        /** Most documents first. */
        DOCUMENTS,
        /** The story with the latest document first; undated stories last. */
        LATEST,
        /** Most independent sources first. */
        SOURCES,
        /** Most disputed claims first. */
        DISPUTED,
        /** The order of the report: by the date of each story's first event. */
        REPORT;

        /** The name the API uses: "documents", "latest", "sources", "disputed", "report". */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The order named {@code label}.
         *
         * @throws IllegalArgumentException naming the orders there are, when none has that name
         */
        public static Order of(String label) {
            for (Order order : values()) {
                if (order.label().equals(label)) {
                    return order;
                }
            }
            throw new IllegalArgumentException("sort must be one of documents, latest, sources, disputed, report: " + label);
        }
    }

    public StoryQuery {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("a page needs a limit of at least 1 and an offset of at least 0");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the date range ends before it starts: " + from + " to " + to);
        }
        outlet = blankToNull(outlet);
        entity = blankToNull(entity);
        words = blankToNull(words);
    }

    /** The first {@code limit} stories in the report's order, unfiltered. */
    public static StoryQuery first(int limit) {
        return new StoryQuery(limit, 0, Order.REPORT, null, null, null, null, null);
    }

    /** The key a name is looked up by: trimmed and lower-cased, so that the filters ignore case. */
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
