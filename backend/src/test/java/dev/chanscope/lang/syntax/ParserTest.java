package dev.chanscope.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {

    private static GoFile parse(String src) {
        ParseResult r = Parser.parse(src);
        assertThat(r.errors()).as("errors in %s", src).isEmpty();
        return r.file();
    }

    /** The statements of the body of the file's last function. */
    private static List<Stmt> body(String stmts) {
        GoFile f = parse("package main\nfunc main() {\n" + stmts + "\n}\n");
        return ((Decl.FuncDecl) f.decls().getLast()).body().list();
    }

    private static Expr expr(String x) {
        return ((Stmt.ExprStmt) body("_ = 0\n" + x).getLast()).x();
    }

    @Test
    void rangeLoopsTakeZeroOneOrTwoVariables() {
        List<Stmt> s = body("for range ch {}\nfor i := range 10 {}\nfor k, v = range m {}");
        assertThat(s.get(0)).isInstanceOfSatisfying(Stmt.Range.class, r -> {
            assertThat(r.key()).isNull();
            assertThat(r.tok()).isEqualTo(Token.ILLEGAL);
        });
        assertThat(s.get(1)).isInstanceOfSatisfying(Stmt.Range.class, r -> {
            assertThat(r.key()).isEqualTo(new Expr.Ident(r.key().pos(), "i"));
            assertThat(r.value()).isNull();
            assertThat(r.tok()).isEqualTo(Token.DEFINE);
            assertThat(r.x()).isInstanceOf(Expr.BasicLit.class);
        });
        assertThat(s.get(2))
                .isInstanceOfSatisfying(
                        Stmt.Range.class, r -> assertThat(r.tok()).isEqualTo(Token.ASSIGN));
    }

    @Test
    void aThreeClauseLoopHasInitConditionAndPost() {
        Stmt.For f = (Stmt.For) body("for i := 0; i < 3; i++ {}").getFirst();
        assertThat(f.init()).isInstanceOf(Stmt.Assign.class);
        assertThat(f.cond()).isInstanceOf(Expr.Binary.class);
        assertThat(f.post()).isInstanceOf(Stmt.IncDec.class);
    }

    @Test
    void aTypeSwitchMayBindAVariableAfterAnInitStatement() {
        Stmt.TypeSwitch t = (Stmt.TypeSwitch) body("switch x := f(); v := x.(type) {\ncase int, string:\ndefault:\n}")
                .getFirst();
        assertThat(t.init()).isInstanceOf(Stmt.Assign.class);
        assertThat(t.assign())
                .isInstanceOfSatisfying(
                        Stmt.Assign.class,
                        a -> assertThat(a.rhs().getFirst())
                                .isInstanceOfSatisfying(
                                        Expr.TypeAssert.class,
                                        ta -> assertThat(ta.type()).isNull()));
        assertThat(t.body().list()).hasSize(2);
        assertThat(((Stmt.CaseClause) t.body().list().get(1)).isDefault()).isTrue();
    }

    @Test
    void aCompositeLiteralInAnIfConditionNeedsParentheses() {
        Stmt.If s = (Stmt.If) body("if x == (T{}) {\n}").getFirst();
        assertThat(((Expr.Binary) s.cond()).y()).isInstanceOf(Expr.Paren.class);
        ParseResult r = Parser.parse("package main\nfunc main() {\n\tif x == T{} {\n\t}\n}\n");
        assertThat(r.errors()).isNotEmpty();
    }

    @Test
    void receiveArrowsBindChannelTypesToTheLeft() {
        Expr.ChanType c =
                (Expr.ChanType) ((Spec.ValueSpec) ((Decl.GenDecl) parse("package p\nvar c <-chan <-chan int\n")
                                        .decls()
                                        .getFirst())
                                .specs()
                                .getFirst())
                        .type();
        assertThat(c.dir()).isEqualTo(ChanDir.RECV);
        assertThat(((Expr.ChanType) c.value()).dir()).isEqualTo(ChanDir.RECV);
        Expr.ChanType send =
                (Expr.ChanType) ((Spec.ValueSpec) ((Decl.GenDecl) parse("package p\nvar c chan<- chan int\n")
                                        .decls()
                                        .getFirst())
                                .specs()
                                .getFirst())
                        .type();
        assertThat(send.dir()).isEqualTo(ChanDir.SEND);
        assertThat(((Expr.ChanType) send.value()).dir()).isEqualTo(ChanDir.BOTH);
    }

    @Test
    void binaryOperatorsGroupByGoPrecedence() {
        Expr e = expr("a || b && c == d + e * f");
        assertThat(ExprString.of(e)).isEqualTo("a || b && c == d + e * f");
        Expr.Binary or = (Expr.Binary) e;
        assertThat(or.op()).isEqualTo(Token.LOR);
        Expr.Binary and = (Expr.Binary) or.y();
        Expr.Binary eq = (Expr.Binary) and.y();
        Expr.Binary plus = (Expr.Binary) eq.y();
        assertThat(((Expr.Binary) plus.y()).op()).isEqualTo(Token.MUL);
        assertThat(((Expr.Binary) expr("a - b - c")).x()).isInstanceOf(Expr.Binary.class);
    }

    @Test
    void slicesMayHaveThreeIndices() {
        Expr.Slice s = (Expr.Slice) expr("s[1:2:3]");
        assertThat(s.slice3()).isTrue();
        assertThat(((Expr.Slice) expr("s[:]")).low()).isNull();
    }

    @Test
    void primaryExpressionsChain() {
        assertThat(ExprString.of(expr("pkg.T{}.m(x...)[i].(U)"))).isEqualTo("pkg.T{}.m(x...)[i].(U)");
        assertThat(((Expr.Call) expr("f(x...)")).hasEllipsis()).isTrue();
        assertThat(expr("[]byte(s)"))
                .isInstanceOfSatisfying(
                        Expr.Call.class, c -> assertThat(c.fun()).isInstanceOf(Expr.ArrayType.class));
        assertThat(expr("(*T).m")).isInstanceOf(Expr.Selector.class);
        assertThat(expr("func(x int) int { return x }(1)")).isInstanceOf(Expr.Call.class);
    }

    @Test
    void structsKeepTagsEmbeddedFieldsAndSharedTypes() {
        Spec.TypeSpec t = (Spec.TypeSpec)
                ((Decl.GenDecl) parse("package p\ntype T struct {\n\tsync.Mutex\n\t*Base\n\ta, b int `json:\"a\"`\n}\n")
                                .decls()
                                .getFirst())
                        .specs()
                        .getFirst();
        List<Field> fields = ((Expr.StructType) t.type()).fields().list();
        assertThat(fields).hasSize(3);
        assertThat(fields.get(0).names()).isEmpty();
        assertThat(fields.get(1).type()).isInstanceOf(Expr.Star.class);
        assertThat(fields.get(2).names()).extracting(Expr.Ident::name).containsExactly("a", "b");
        assertThat(fields.get(2).tag().value()).isEqualTo("`json:\"a\"`");
    }

    @Test
    void interfacesHoldMethodsAndEmbeddedInterfaces() {
        Spec.TypeSpec t = (Spec.TypeSpec) ((Decl.GenDecl)
                        parse("package p\ntype RW interface {\n\tio.Reader\n\tWrite(p []byte) (n int, err error)\n}\n")
                                .decls()
                                .getFirst())
                .specs()
                .getFirst();
        List<Field> methods = ((Expr.InterfaceType) t.type()).methods().list();
        assertThat(methods.get(0).names()).isEmpty();
        assertThat(methods.get(1).names().getFirst().name()).isEqualTo("Write");
        Expr.FuncType sig = (Expr.FuncType) methods.get(1).type();
        assertThat(sig.results().numFields()).isEqualTo(2);
    }

    @Test
    void parametersSharingATypeFormOneField() {
        Decl.FuncDecl f = (Decl.FuncDecl) parse("package p\nfunc f(a, b int, c ...string) (int, error) {}\n")
                .decls()
                .getFirst();
        assertThat(f.type().params().list()).hasSize(2);
        assertThat(f.type().params().list().get(1).type()).isInstanceOf(Expr.Ellipsis.class);
        assertThat(f.type().results().list()).hasSize(2);
        assertThat(f.type().results().list().getFirst().names()).isEmpty();
    }

    @Test
    void constGroupsKeepImplicitRepetitionForTheChecker() {
        Decl.GenDecl d = (Decl.GenDecl)
                parse("package p\nconst (\n\tA = iota\n\tB\n\tC\n)\n").decls().getFirst();
        assertThat(d.grouped()).isTrue();
        assertThat(d.specs()).hasSize(3);
        Spec.ValueSpec b = (Spec.ValueSpec) d.specs().get(1);
        assertThat(b.type()).isNull();
        assertThat(b.values()).isEmpty();
    }

    @Test
    void aliasesAndGenericsParseSoTheCheckerCanNameThem() {
        GoFile f = parse(
                "package p\ntype A = int\ntype L[T any] struct{ v T }\nfunc M[K comparable, V any](m map[K]V) {}\n");
        assertThat(((Spec.TypeSpec) ((Decl.GenDecl) f.decls().get(0)).specs().getFirst()).isAlias())
                .isTrue();
        assertThat(((Spec.TypeSpec) ((Decl.GenDecl) f.decls().get(1)).specs().getFirst()).typeParams())
                .isNotNull();
        assertThat(((Decl.FuncDecl) f.decls().get(2)).type().typeParams().numFields())
                .isEqualTo(2);
        assertThat(((Spec.TypeSpec) ((Decl.GenDecl) parse("package p\ntype A [N]int\n")
                                        .decls()
                                        .getFirst())
                                .specs()
                                .getFirst())
                        .type())
                .isInstanceOf(Expr.ArrayType.class);
    }

    @Test
    void labelsGotoAndSelectParse() {
        List<Stmt> s =
                body("L:\n\tfor {\n\t\tselect {\n\t\tcase v, ok := <-ch:\n\t\t\t_, _ = v, ok\n\t\tcase ch <- 1:\n"
                        + "\t\tdefault:\n\t\t\tbreak L\n\t\t}\n\t}\n\tgoto L");
        assertThat(s.get(0)).isInstanceOf(Stmt.Labeled.class);
        Stmt.Select sel = (Stmt.Select)
                ((Stmt.For) ((Stmt.Labeled) s.get(0)).stmt()).body().list().getFirst();
        assertThat(((Stmt.CommClause) sel.body().list().get(0)).comm()).isInstanceOf(Stmt.Assign.class);
        assertThat(((Stmt.CommClause) sel.body().list().get(1)).comm()).isInstanceOf(Stmt.Send.class);
        assertThat(((Stmt.CommClause) sel.body().list().get(2)).isDefault()).isTrue();
        assertThat(s.get(1)).isEqualTo(new Stmt.Branch(s.get(1).pos(), Token.GOTO, ((Stmt.Branch) s.get(1)).label()));
    }

    @Test
    void docAndLineCommentsAttachAsInGoParser() {
        GoFile f = parse("// Package p does things.\npackage p\n\n// T is a type.\ntype T struct {\n"
                + "\t// a is first\n\ta int // trailing\n\tb int\n}\n\nconst (\n\tX = 1 // one\n)\n");
        assertThat(f.doc().list().getFirst().text()).isEqualTo("// Package p does things.");
        Decl.GenDecl t = (Decl.GenDecl) f.decls().get(0);
        assertThat(t.doc().list().getFirst().text()).isEqualTo("// T is a type.");
        Field a = ((Expr.StructType) ((Spec.TypeSpec) t.specs().getFirst()).type())
                .fields()
                .list()
                .getFirst();
        assertThat(a.doc().list().getFirst().text()).isEqualTo("// a is first");
        assertThat(a.comment().list().getFirst().text()).isEqualTo("// trailing");
        Spec.ValueSpec x =
                (Spec.ValueSpec) ((Decl.GenDecl) f.decls().get(1)).specs().getFirst();
        assertThat(x.comment().list().getFirst().text()).isEqualTo("// one");
        assertThat(f.comments()).hasSize(5);
    }

    @Test
    void positionsAreByteOffsetsOfTheSource() {
        GoFile f = parse("package main\n\nfunc main() {\n\tx := 1\n}\n");
        Stmt.Assign a = (Stmt.Assign)
                ((Decl.FuncDecl) f.decls().getFirst()).body().list().getFirst();
        assertThat(f.source().position(a.pos())).isEqualTo("prog.go:4:2");
        assertThat(f.source().position(a.tokPos())).isEqualTo("prog.go:4:4");
        assertThat(f.source().position(a.end())).isEqualTo("prog.go:4:8");
    }

    @Test
    void aBrokenPackageClauseGivesNoFile() {
        ParseResult r = Parser.parse("func main() {}");
        assertThat(r.file()).isNull();
        assertThat(r.errors())
                .extracting(SourceError::toString)
                .containsExactly("prog.go:1:1: syntax error: package statement must be first");
    }
}
