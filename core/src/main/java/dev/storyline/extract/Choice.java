package dev.storyline.extract;

/** A metadata value read from a page and the name of the rule that chose it. */
record Choice(String value, String rule) {

    /** The value of a choice that may be null. */
    static String valueOf(Choice choice) {
        return choice == null ? null : choice.value();
    }

    /** The rule of a choice that may be null. */
    static String ruleOf(Choice choice) {
        return choice == null ? null : choice.rule();
    }
}
