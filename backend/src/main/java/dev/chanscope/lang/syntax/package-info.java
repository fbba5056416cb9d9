/**
 * Go source text to syntax tree, and back to gofmt's text: the front of Chanscope's Go playground.
 *
 * <ul>
 *   <li>{@link dev.chanscope.lang.syntax.SourceFile}: bytes and positions (byte offsets; 1-based
 *       {@code line:column} with columns counting bytes, as Go reports them).
 *   <li>{@link dev.chanscope.lang.syntax.Scanner}: the spec's lexical elements with automatic
 *       semicolons; comments are kept.
 *   <li>{@link dev.chanscope.lang.syntax.Parser}: recursive descent after cmd/compile's syntax
 *       package, with its error messages, recovery and label/branch checks, building a tree of
 *       immutable records shaped after go/ast ({@link dev.chanscope.lang.syntax.Node}, {@link
 *       dev.chanscope.lang.syntax.Expr}, {@link dev.chanscope.lang.syntax.Stmt}, {@link
 *       dev.chanscope.lang.syntax.Decl}, {@link dev.chanscope.lang.syntax.Spec}) for the whole
 *       language, generics and goto included, so that later stages can refuse what they do not
 *       support by name and position. Nesting deeper than {@code ParserBase.MAX_NESTING} is refused.
 *   <li>{@link dev.chanscope.lang.syntax.ErrorList}: cmd/compile's rules for which errors are shown
 *       (one syntax error per line, at most ten, sorted, {@code //line} directives applied), shared
 *       with the type checker; {@link dev.chanscope.lang.syntax.GoBuildHeader}: what {@code go build}
 *       rejects before compiling (exit status 1).
 *   <li>{@link dev.chanscope.lang.syntax.GoFormatter}: gofmt's output, byte for byte.
 *   <li>For the later stages: {@link dev.chanscope.lang.syntax.Inspector} (go/ast.Inspect), {@link
 *       dev.chanscope.lang.syntax.ExprString} (expressions as compiler messages print them), {@link
 *       dev.chanscope.lang.syntax.CmdPos} (cmd/compile's position of a node), {@link
 *       dev.chanscope.lang.syntax.Literals} (values of string and rune literals).
 * </ul>
 *
 * <p>Plain Java: no Spring, no dependency on the rest of Chanscope. Nothing here throws on any
 * input; bad input is an error with a position.
 */
package dev.chanscope.lang.syntax;
