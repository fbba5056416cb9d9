package dev.chanscope.lang.syntax;

/**
 * The last stage of printing (go/printer's trimmer): removes the escape bytes that protected
 * literals and comments from the {@link TabWriter}, drops spaces and tabs at the end of lines, and
 * turns vertical tabs into tabs and formfeeds into newlines. Escaped text passes unchanged.
 */
final class Trimmer {

    private Trimmer() {}

    static byte[] trim(byte[] data, int length) {
        ByteBuf out = new ByteBuf();
        ByteBuf space = new ByteBuf();
        final int inSpace = 0;
        final int inEscape = 1;
        final int inText = 2;
        int state = inSpace;
        int m = 0;
        for (int n = 0; n < length; n++) {
            byte b = data[n];
            if (b == 0x0B) {
                b = '\t';
            }
            switch (state) {
                case inSpace -> {
                    switch (b) {
                        case '\t', ' ' -> space.add(b);
                        case '\n', '\f' -> {
                            space.truncate(0);
                            out.add((byte) '\n');
                        }
                        case TabWriter.ESCAPE -> {
                            out.add(space.array(), 0, space.size());
                            state = inEscape;
                            m = n + 1;
                        }
                        default -> {
                            out.add(space.array(), 0, space.size());
                            state = inText;
                            m = n;
                        }
                    }
                }
                case inEscape -> {
                    if (b == TabWriter.ESCAPE) {
                        out.add(data, m, n);
                        space.truncate(0);
                        state = inSpace;
                    }
                }
                default -> {
                    switch (b) {
                        case '\t', ' ' -> {
                            out.add(data, m, n);
                            space.truncate(0);
                            state = inSpace;
                            space.add(b);
                        }
                        case '\n', '\f' -> {
                            out.add(data, m, n);
                            space.truncate(0);
                            state = inSpace;
                            out.add((byte) '\n');
                        }
                        case TabWriter.ESCAPE -> {
                            out.add(data, m, n);
                            state = inEscape;
                            m = n + 1;
                        }
                        default -> {}
                    }
                }
            }
        }
        if (state != inSpace) {
            out.add(data, m, length);
        }
        return out.toArray();
    }
}
