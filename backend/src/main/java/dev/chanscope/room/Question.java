package dev.chanscope.room;

import java.util.List;

/**
 * A predict-then-reveal question: a prompt and 2..8 options. Open until the teacher reveals it (then
 * every member sees the histogram and no answer is taken any more) and then closes it. Only one
 * question exists in a room at a time.
 *
 * @param id {@code q} + the room revision that opened it; unique within the room
 * @param kind {@code choice} (free options) or {@code goroutine} (options are goroutines of the run,
 *     with their ids in {@code goroutines}, so pages can point at them)
 * @param goroutines goroutine ids, one per option, for kind {@code goroutine}; empty otherwise
 */
public record Question(
        String id, String prompt, String kind, List<String> options, List<Long> goroutines, boolean revealed) {

    public static final String CHOICE = "choice";
    public static final String GOROUTINE = "goroutine";
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 8;
    public static final int MAX_PROMPT = 500;
    public static final int MAX_OPTION = 80;

    public Question {
        options = List.copyOf(options);
        goroutines = List.copyOf(goroutines);
    }

    Question asRevealed() {
        return new Question(id, prompt, kind, options, goroutines, true);
    }
}
