package dev.chanscope.lang.syntax;

import java.util.IdentityHashMap;

/**
 * Prints a file (through the {@link TabWriter} and {@link Trimmer}, as gofmt does) or, to measure
 * it, any node on its own (raw, with the comments attached to its fields and specs).
 */
final class GoPrinter extends DeclPrinter {

    private GoPrinter(LineTable lines, IdentityHashMap<Node, Integer> nodeSizes) {
        super(lines, nodeSizes);
    }

    static byte[] printFile(GoFile file, LineTable lines) {
        GoPrinter p = new GoPrinter(lines, new IdentityHashMap<>());
        p.comments = file.comments().isEmpty() ? null : file.comments();
        p.useNodeComments = p.comments == null;
        p.nextComment();
        p.file(file);
        p.finish();
        byte[] aligned = TabWriter.format(p.output.array(), p.output.size());
        return Trimmer.trim(aligned, aligned.length);
    }

    /** Prints outstanding comments: the end of the file acts like a newline. */
    private void finish() {
        impliedSemi = false;
        flush(new Pos(INFINITY, INFINITY, 0), Token.EOF);
    }

    @Override
    int nodeSize(Node n, int maxSize) {
        Integer known = nodeSizes.get(n);
        if (known != null) {
            return known;
        }
        int size = maxSize + 1; // assume n does not fit, also while it is being measured
        nodeSizes.put(n, size);
        GoPrinter p = new GoPrinter(lines, nodeSizes);
        p.useNodeComments = true;
        p.nextComment();
        switch (n) {
            case Expr e -> p.expr(e);
            case Stmt s -> {
                if (s instanceof Stmt.Labeled) {
                    p.indent = 1;
                }
                p.stmt(s, false);
            }
            case Decl d -> p.decl(d);
            case Spec s -> p.spec(s, 1, false);
            default ->
                throw new IllegalArgumentException(
                        "cannot measure " + n.getClass().getSimpleName());
        }
        p.finish();
        byte[] text = Trimmer.trim(p.output.array(), p.output.size());
        if (text.length <= maxSize) {
            for (byte b : text) {
                if (b == '\n' || b == '\f') {
                    return size;
                }
            }
            size = text.length;
            nodeSizes.put(n, size);
        }
        return size;
    }
}
