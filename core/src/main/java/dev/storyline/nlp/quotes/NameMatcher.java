package dev.storyline.nlp.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;

/**
 * Every occurrence of any of a set of names in a text, found in one pass whatever the number of names (the
 * Aho-Corasick automaton): searching the text once per name would cost the number of names times the length of the
 * text, and a long document has both many names and much text.
 */
final class NameMatcher {

    /** Called once per occurrence, in order of end offset: which name, and where it starts and ends. */
    interface Match {
        void found(int name, int start, int end);
    }

    private static final int ROOT = 0;

    /** Per state: the characters it moves on, sorted, and the state each leads to. */
    private final List<char[]> labels = new ArrayList<>();
    private final List<int[]> targets = new ArrayList<>();
    private int[] fallback;
    /** Per state: the nearest state on its fallback chain (itself included) that ends a name, or -1. */
    private int[] nearestEnd;
    /** Per state: the names ending there. */
    private final List<int[]> endsHere = new ArrayList<>();
    private final int[] lengths;

    /** @param names the names to find, none empty; a name's number is its index here */
    NameMatcher(List<String> names) {
        lengths = new int[names.size()];
        addState();
        for (int n = 0; n < names.size(); n++) {
            String name = names.get(n);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("an empty name matches everywhere");
            }
            lengths[n] = name.length();
            int state = ROOT;
            for (int i = 0; i < name.length(); i++) {
                int next = next(state, name.charAt(i));
                if (next < 0) {
                    next = addState();
                    link(state, name.charAt(i), next);
                }
                state = next;
            }
            int[] ending = endsHere.get(state);
            int[] grown = Arrays.copyOf(ending, ending.length + 1);
            grown[ending.length] = n;
            endsHere.set(state, grown);
        }
        buildFallbacks();
    }

    /** Calls {@code match} for every occurrence of every name in {@code text}, overlapping ones included. */
    void forEachMatch(CharSequence text, Match match) {
        int state = ROOT;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int next = next(state, c);
            while (next < 0 && state != ROOT) {
                state = fallback[state];
                next = next(state, c);
            }
            state = next < 0 ? ROOT : next;
            for (int end = nearestEnd[state]; end >= 0; end = nearestEnd[fallback[end]]) {
                for (int name : endsHere.get(end)) {
                    match.found(name, i + 1 - lengths[name], i + 1);
                }
            }
        }
    }

    private int addState() {
        labels.add(new char[0]);
        targets.add(new int[0]);
        endsHere.add(new int[0]);
        return labels.size() - 1;
    }

    private int next(int state, char c) {
        int at = Arrays.binarySearch(labels.get(state), c);
        return at < 0 ? -1 : targets.get(state)[at];
    }

    private void link(int state, char c, int next) {
        char[] chars = labels.get(state);
        int[] states = targets.get(state);
        int at = -Arrays.binarySearch(chars, c) - 1;
        char[] grownChars = new char[chars.length + 1];
        int[] grownStates = new int[states.length + 1];
        System.arraycopy(chars, 0, grownChars, 0, at);
        System.arraycopy(states, 0, grownStates, 0, at);
        grownChars[at] = c;
        grownStates[at] = next;
        System.arraycopy(chars, at, grownChars, at + 1, chars.length - at);
        System.arraycopy(states, at, grownStates, at + 1, states.length - at);
        labels.set(state, grownChars);
        targets.set(state, grownStates);
    }

    /** Breadth first: a state falls back to the longest proper suffix of its path that is also a path. */
    private void buildFallbacks() {
        int states = labels.size();
        fallback = new int[states];
        nearestEnd = new int[states];
        nearestEnd[ROOT] = -1;
        Queue<Integer> queue = new ArrayDeque<>();
        for (int child : targets.get(ROOT)) {
            fallback[child] = ROOT;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int state = queue.remove();
            nearestEnd[state] = endsHere.get(state).length > 0 ? state : nearestEnd[fallback[state]];
            char[] chars = labels.get(state);
            int[] children = targets.get(state);
            for (int k = 0; k < chars.length; k++) {
                int child = children[k];
                int back = fallback[state];
                int next = next(back, chars[k]);
                while (next < 0 && back != ROOT) {
                    back = fallback[back];
                    next = next(back, chars[k]);
                }
                fallback[child] = next < 0 || next == child ? ROOT : next;
                queue.add(child);
            }
        }
    }
}
