package dev.chanscope.lang.syntax;

/**
 * A node of the syntax tree. Nodes are immutable records; every position is a byte offset into the
 * {@link SourceFile} ({@link SourceFile#NO_POS} when absent), shaped after go/ast so that the
 * formatter can reproduce gofmt and the type checker can report at Go's positions.
 *
 * <p>Nodes compare by value (they are records), so side tables keyed by a node must use identity
 * ({@link java.util.IdentityHashMap}), as go/types' {@code Info} does.
 */
public sealed interface Node permits Expr, Stmt, Decl, Spec, Field, FieldList, Comment, CommentGroup, GoFile {

    /** Offset of the node's first byte. */
    int pos();

    /** Offset just after the node's last byte. */
    int end();

    /** Byte length of a string's UTF-8 encoding (names and literals may hold any letters). */
    static int utf8Length(String s) {
        int n = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                n += c < 0x800 ? 1 : Character.isSurrogate(c) ? 1 : 2;
            }
        }
        return n;
    }
}
