package dev.chanscope.stream;

import java.nio.charset.StandardCharsets;

/**
 * A valid Go program of exactly the asked number of UTF-8 bytes: many small functions, each called once
 * from {@code main}, then a comment that pads to the size. Quotes, backslashes, tabs and newlines
 * throughout, so JSON has to escape much of it, and non-ASCII characters unless asked for ASCII only
 * (the most characters, so the longest JSON, a program of its size can have).
 *
 * @param source the program
 * @param output what it prints
 */
record LargeProgram(String source, String output) {

    private static final String HEADER = "package main\n\nimport \"fmt\"\n\n";
    private static final String MAIN_OPEN = "func main() {\n\ts := 0\n";
    private static final String MAIN_CLOSE = "\tfmt.Println(\"sum\", s, \"\\t\\\"done\\\"\")\n}\n";
    /** The shortest padding comment: "//\n". */
    private static final int MIN_PAD = 3;

    /** A program of exactly {@code bytes} bytes (at least a few hundred), with non-ASCII comments. */
    static LargeProgram of(int bytes) {
        return of(bytes, "\"é\" \\ ∑");
    }

    /** A program of exactly {@code bytes} bytes of ASCII: one character per byte. */
    static LargeProgram ascii(int bytes) {
        return of(bytes, "\"e\" \\ +");
    }

    private static LargeProgram of(int bytes, String comment) {
        StringBuilder funcs = new StringBuilder();
        StringBuilder calls = new StringBuilder();
        int used = utf8(HEADER) + utf8(MAIN_OPEN) + utf8(MAIN_CLOSE) + MIN_PAD;
        long sum = 0;
        for (int k = 0; ; k++) {
            String f = "func f" + k + "(x int) int {\n\treturn x + " + k + " // " + comment + "\n}\n\n";
            String call = "\ts = f" + k + "(s)\n";
            int more = utf8(f) + utf8(call);
            if (used + more > bytes) {
                break;
            }
            used += more;
            funcs.append(f);
            calls.append(call);
            sum += k;
        }
        String body = HEADER + funcs + MAIN_OPEN + calls + MAIN_CLOSE;
        int pad = bytes - utf8(body) - MIN_PAD;
        if (pad < 0) {
            throw new IllegalArgumentException(bytes + " bytes is too small for a program");
        }
        String source = body + "//" + "x".repeat(pad) + "\n";
        return new LargeProgram(source, "sum " + sum + " \t\"done\"\n");
    }

    private static int utf8(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
