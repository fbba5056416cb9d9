package dev.chanscope.room;

import java.util.List;

/** The answers to one question: how many members chose each option, and how many answered at all. */
public record Tally(String questionId, List<Integer> counts, int answered) {

    public Tally {
        counts = List.copyOf(counts);
    }

    /** Counts the chosen option indexes (those outside {@code 0..options-1} are ignored). */
    public static Tally of(String questionId, int options, Iterable<Integer> choices) {
        int[] n = new int[options];
        int answered = 0;
        for (int c : choices) {
            if (c >= 0 && c < options) {
                n[c]++;
                answered++;
            }
        }
        return new Tally(questionId, java.util.Arrays.stream(n).boxed().toList(), answered);
    }
}
