package dev.storyline.nlp;

import opennlp.tools.ml.model.MaxentModel;

import java.util.function.Predicate;

/**
 * One step of greedy decoding of an OpenNLP sequence model: the most probable outcome the sequence validator allows
 * after the outcomes chosen so far. The part-of-speech tagger and the name tagger both decode this way (a beam of
 * one), which returns what their beam search did at a third of the cost or less.
 */
final class GreedyDecoding {

    private GreedyDecoding() {
    }

    /** The most probable of {@code model}'s outcomes in {@code probabilities} that {@code allowed} accepts, or {@code none}. */
    static String best(MaxentModel model, double[] probabilities, Predicate<String> allowed, String none) {
        String best = none;
        double bestProbability = -1;
        for (int o = 0; o < probabilities.length; o++) {
            String outcome = model.getOutcome(o);
            if (probabilities[o] > bestProbability && allowed.test(outcome)) {
                best = outcome;
                bestProbability = probabilities[o];
            }
        }
        return best;
    }
}
