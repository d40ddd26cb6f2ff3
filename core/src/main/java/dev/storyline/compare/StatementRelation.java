package dev.storyline.compare;

/**
 * How two statements from different sources relate, as the claim aligner sees them.
 *
 * @param overlap     Dice coefficient of their content-word stems, 0 to 1
 * @param sameClaim   they state the same claim: enough words in common, the same polarity and no other numbers
 * @param contradicts one denies what the other states, or they give different numbers for the same thing
 * @param reason      why they contradict ("denial", "negation", "different number: 14 were injured against nineteen
 *                    people were injured"), or null
 */
public record StatementRelation(double overlap, boolean sameClaim, boolean contradicts, String reason) {
}
