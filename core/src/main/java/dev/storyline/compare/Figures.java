package dev.storyline.compare;

import dev.storyline.model.Quantity;
import dev.storyline.nlp.ContentWords;

import java.util.List;

/**
 * Compares the numbers two statements give. Two quantities are about the same thing when they count the same word
 * (compared by stem: "injuring 14", "14 were injured") in the same unit. Such quantities agree when their numbers are
 * equal or their bounds allow both ("more than 50" and "60"; "about 3,000" and "3,200"); they conflict otherwise, as
 * long as the numbers are within a factor of {@value #MAX_CONFLICT_RATIO} (figures further apart measure different
 * things: "30,000 vehicles a day" and "three vehicles").
 */
final class Figures {

    static final double MAX_CONFLICT_RATIO = 3;
    static final double ABOUT_TOLERANCE = 0.2;

    /** Two quantities about the same thing whose numbers cannot both be right. */
    record Conflict(Quantity one, Quantity other) {
    }

    private Figures() {
    }

    /** The first conflicting pair, one from each list, or null. */
    static Conflict conflict(List<Quantity> a, List<Quantity> b) {
        for (Quantity x : a) {
            for (Quantity y : b) {
                if (sameThing(x, y) && !compatible(x, y) && !compatible(y, x) && closeEnough(x.value(), y.value())) {
                    return new Conflict(x, y);
                }
            }
        }
        return null;
    }

    /** How many quantities of {@code a} have one in {@code b} with the same number for the same thing. */
    static int shared(List<Quantity> a, List<Quantity> b) {
        int shared = 0;
        for (Quantity x : a) {
            for (Quantity y : b) {
                if (sameThing(x, y) && x.value() == y.value()) {
                    shared++;
                    break;
                }
            }
        }
        return shared;
    }

    private static boolean sameThing(Quantity x, Quantity y) {
        if (x.counted() == null || y.counted() == null) {
            return false;
        }
        String stem = ContentWords.stemOf(x.counted());
        return stem != null && stem.equals(ContentWords.stemOf(y.counted()))
                && (x.unit() == null ? y.unit() == null : x.unit().equals(y.unit()));
    }

    /** Whether {@code y}'s number fits within what {@code x} says. */
    private static boolean compatible(Quantity x, Quantity y) {
        return switch (x.bound()) {
            case "more" -> y.value() >= x.value();
            case "less" -> y.value() <= x.value();
            case "about" -> Math.abs(y.value() - x.value()) <= ABOUT_TOLERANCE * x.value();
            default -> y.value() == x.value();
        };
    }

    private static boolean closeEnough(double x, double y) {
        return Math.min(x, y) > 0 && Math.max(x, y) / Math.min(x, y) <= MAX_CONFLICT_RATIO;
    }
}
