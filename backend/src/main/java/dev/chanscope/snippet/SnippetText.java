package dev.chanscope.snippet;

/**
 * What text a program may be, to be saved as a snippet or carried in a link: not empty, at most
 * {@value #MAX_BYTES} bytes of UTF-8 (Chanscope's limit on a program's source), and text — Unicode
 * without unpaired surrogates (which have no UTF-8 form) and without NUL, which Go refuses in source.
 * Positions are Go's: 1-based line, and column counted in bytes from the line's start.
 */
public final class SnippetText {

    public static final int MAX_BYTES = 64 * 1024;

    private SnippetText() {}

    /**
     * What is wrong with {@code text} as a program, worded to follow its name ("source is empty"), or
     * null when it is fine apart from its size (see {@link #utf8Length}).
     */
    public static String problem(String text) {
        if (text.isEmpty()) {
            return "is empty";
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == 0) {
                return "has a NUL character at line " + line + ", column " + column + " (Go source cannot hold one)";
            }
            if (Character.isSurrogate((char) cp) && cp < 0x10000) {
                return "has an unpaired surrogate (U+" + Integer.toHexString(cp).toUpperCase() + ") at line " + line
                        + ", column " + column + ", which is not text (it has no UTF-8 form)";
            }
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column += utf8Bytes(cp);
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /** The length of {@code text} in UTF-8, for text without unpaired surrogates. */
    public static long utf8Length(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            n += utf8Bytes(cp);
            i += Character.charCount(cp);
        }
        return n;
    }

    private static int utf8Bytes(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}
