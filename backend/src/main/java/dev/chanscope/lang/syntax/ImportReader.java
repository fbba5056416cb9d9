package dev.chanscope.lang.syntax;

/**
 * How {@code go build} reads a file's header before compiling it (go/build's importReader): the
 * package clause and the import declarations, skipping spaces, semicolons and comments, by bytes.
 * It finds where the header ends, whether it looked malformed (then the whole file is handed to the
 * header parse, see {@link GoBuildHeader}), and whether it met a NUL byte.
 */
final class ImportReader {

    private final byte[] src;
    private final int start;
    private int read;
    private int peek = -1;
    boolean syntaxError;
    boolean nul;
    boolean eof;

    ImportReader(byte[] src) {
        this.src = src;
        this.start = src.length >= 3 && (src[0] & 0xFF) == 0xEF && (src[1] & 0xFF) == 0xBB && (src[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        this.read = start;
    }

    /** Offset where the file's text starts (after a byte order mark). */
    int start() {
        return start;
    }

    /**
     * Reads the header and returns where it ends: after the last import, or the end of the file when
     * the header was malformed.
     */
    int readHeader() {
        readKeyword("package");
        readIdent();
        while (peekByte(true) == 'i') {
            readKeyword("import");
            if (peekByte(true) == '(') {
                nextByte(false);
                while (peekByte(true) != ')' && !failed()) {
                    readImport();
                }
                nextByte(false);
            } else {
                readImport();
            }
        }
        if (syntaxError && !nul) {
            // The whole file is read then (and a NUL anywhere in it is reported).
            for (int i = read; i < src.length; i++) {
                if (src[i] == 0) {
                    nul = true;
                }
            }
            return src.length;
        }
        return !failed() && !eof ? read - 1 : read;
    }

    private boolean failed() {
        return syntaxError || nul;
    }

    private static boolean isIdent(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c >= 0x80;
    }

    private int readByte() {
        if (read >= src.length) {
            eof = true;
            return 0;
        }
        int c = src[read++] & 0xFF;
        if (c == 0) {
            nul = true;
        }
        return c;
    }

    private int peekByte(boolean skipSpace) {
        if (failed()) {
            return 0;
        }
        int c = peek >= 0 ? peek : readByte();
        while (!failed() && !eof) {
            if (skipSpace) {
                if (c == ' ' || c == '\f' || c == '\t' || c == '\r' || c == '\n' || c == ';') {
                    c = readByte();
                    continue;
                }
                if (c == '/') {
                    c = readByte();
                    if (c == '/') {
                        while (c != '\n' && !failed() && !eof) {
                            c = readByte();
                        }
                    } else if (c == '*') {
                        int c1 = 0;
                        while ((c != '*' || c1 != '/') && !failed()) {
                            if (eof) {
                                syntaxError = true;
                            }
                            c = c1;
                            c1 = readByte();
                        }
                    } else {
                        syntaxError = true;
                    }
                    c = readByte();
                    continue;
                }
            }
            break;
        }
        peek = c;
        return c;
    }

    private int nextByte(boolean skipSpace) {
        int c = peekByte(skipSpace);
        peek = -1;
        return c;
    }

    private void readKeyword(String kw) {
        peekByte(true);
        for (int i = 0; i < kw.length(); i++) {
            if (nextByte(false) != kw.charAt(i)) {
                syntaxError = true;
                return;
            }
        }
        if (isIdent(peekByte(false))) {
            syntaxError = true;
        }
    }

    private void readIdent() {
        int c = peekByte(true);
        if (!isIdent(c)) {
            syntaxError = true;
            return;
        }
        while (isIdent(peekByte(false))) {
            peek = -1;
        }
    }

    private void readString() {
        switch (nextByte(true)) {
            case '`' -> {
                while (!failed()) {
                    if (nextByte(false) == '`') {
                        break;
                    }
                    if (eof) {
                        syntaxError = true;
                    }
                }
            }
            case '"' -> {
                while (!failed()) {
                    int c = nextByte(false);
                    if (c == '"') {
                        break;
                    }
                    if (eof || c == '\n') {
                        syntaxError = true;
                    }
                    if (c == '\\') {
                        nextByte(false);
                    }
                }
            }
            default -> syntaxError = true;
        }
    }

    private void readImport() {
        int c = peekByte(true);
        if (c == '.') {
            peek = -1;
        } else if (isIdent(c)) {
            readIdent();
        }
        readString();
    }
}
