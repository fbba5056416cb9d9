/**
 * Go's type checker for Chanscope's playground, modelled on go/types and cmd/compile's types2 (Go
 * 1.19's error wording, Go 1.22's language): every rule of the spec for programs without
 * user-declared generics.
 *
 * <h2>Entry points</h2>
 *
 * <ul>
 *   <li>{@link dev.chanscope.lang.types.Checker#check(String)}: parse and check {@code prog.go}
 *       (on a {@link dev.chanscope.lang.types.DeepStack} thread), or {@link
 *       dev.chanscope.lang.types.Checker#check(dev.chanscope.lang.syntax.GoFile,
 *       dev.chanscope.lang.syntax.ErrorList)} for a file parsed without syntax errors. The {@link
 *       dev.chanscope.lang.types.CheckResult} holds the {@link dev.chanscope.lang.types.Package},
 *       its {@link dev.chanscope.lang.types.Info} and the compile errors as {@code go build} prints
 *       them ({@code prog.go:L:C: message}, sorted, at most ten then {@code too many errors}).
 *       Nothing throws on any input.
 *   <li>{@link dev.chanscope.lang.types.StdLibrary}: the std packages, declared in Go under
 *       {@code resources/dev/chanscope/lang/std/<import path>.go} and checked on first import. A
 *       function without body is native: the interpreter binds it by {@link
 *       dev.chanscope.lang.types.Func#fullName()} ({@code strings.Contains}, {@code
 *       (*sync.Mutex).Lock}); functions with bodies run as Go. Generic std functions (slices, maps,
 *       cmp) have type parameters; calls infer their type arguments ({@link
 *       dev.chanscope.lang.types.Info#instances()}). User code cannot declare type parameters.
 * </ul>
 *
 * <h2>The model</h2>
 *
 * Types ({@link dev.chanscope.lang.types.Type}: Basic with untyped kinds, Named, Pointer, Slice,
 * Array, MapType, Chan, Signature, Struct, Interface, Tuple, TypeParam), objects ({@link
 * dev.chanscope.lang.types.Obj}: Var, Const, TypeName, Func, PkgName, Builtin, Label, Nil) in
 * {@link dev.chanscope.lang.types.Scope}s (universe, package, file, function, block), exact
 * constants ({@link dev.chanscope.lang.types.Constant}: BigInteger integers, exact rationals for
 * floats, strings as Go's bytes). Identity, assignability, convertibility, comparability and
 * representability follow the spec ({@link dev.chanscope.lang.types.Types}).
 *
 * <h2>What {@link dev.chanscope.lang.types.Info} provides to the interpreter</h2>
 *
 * Types and constant values of every expression (untyped constants with the type their context
 * gave them), Defs, Uses, Implicits (type-switch clause variables, unnamed imports), Selections
 * (field paths through embedded fields, method values and expressions, indirection, automatic
 * {@code &x}), Scopes, InitOrder (package variables, dependencies first), for each function literal
 * the variables it captures, the set of local variables that must live in a cell (captured or
 * address taken), and generic std instantiations.
 *
 * <h2>Not supported (compile errors naming the construct)</h2>
 *
 * Type parameters in user code, {@code goto}, {@code import "unsafe"}, cgo, dot imports, complex
 * numbers (imaginary literals, complex64/complex128, complex/real/imag), and any import path outside
 * {@link dev.chanscope.lang.types.StdLibrary#PATHS}.
 *
 * <p>The checker is split into a chain of classes, one concern each ({@code CheckerBase} →
 * TypeLiterals → TypeExprs → Untyped → Assignability → Comparisons → Operators → Conversions →
 * Indexing → Selectors → CompositeLits → Builtins → Instantiation → Calls → Exprs → Assignments →
 * Switches → RangeStmts → Stmts → Decls → LocalDecls → Resolver → Checker), as
 * go/types spreads one {@code Checker} over files. Plain Java: no Spring; depends only on {@code
 * lang.syntax}.
 */
package dev.chanscope.lang.types;
