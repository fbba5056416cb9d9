package dev.chanscope.lang.syntax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks cmd/compile's parser makes on the labels and branch statements of each function body
 * (its branches.go): break and continue outside a loop, switch or select, fallthrough out of place,
 * undefined, unused and duplicate labels, invalid break and continue targets, and gotos that jump
 * into a block or over a variable declaration. Run on a body that parsed without errors.
 */
final class Branches {

    private record Targets(Stmt breaks, Stmt continues, int caseIndex) {}

    private record Block(Block parent, int start, Stmt.Labeled lstmt) {}

    private static final class Label {
        final Block parent;
        final Stmt.Labeled lstmt;
        boolean used;

        Label(Block parent, Stmt.Labeled lstmt) {
            this.parent = parent;
            this.lstmt = lstmt;
        }
    }

    /** Stands for a label that exists but does not label an enclosing statement. */
    private static final Stmt.Labeled INVALID = new Stmt.Labeled(new Expr.Ident(0, "_"), 0, new Stmt.Empty(0, true));

    private final SourceFile file;
    private final ErrorList errors;
    /** Insertion-ordered, so that reports do not depend on hashing. */
    private final Map<String, Label> labels = new LinkedHashMap<>();

    private Branches(SourceFile file, ErrorList errors) {
        this.file = file;
        this.errors = errors;
    }

    static void check(Stmt.Block body, SourceFile file, ErrorList errors) {
        Branches ls = new Branches(file, errors);
        List<Stmt.Branch> fwdGotos = ls.blockBranches(null, new Targets(null, null, -1), null, body.pos(), body.list());
        for (Stmt.Branch fwd : fwdGotos) {
            String name = fwd.label().name();
            Label l = ls.labels.get(name);
            if (l != null) {
                l.used = true;
                ls.err(
                        fwd.label().pos(),
                        "goto " + name + " jumps into block starting at " + errors.position(l.parent.start));
            } else {
                ls.err(fwd.label().pos(), "label " + name + " not defined");
            }
        }
        for (Label l : ls.labels.values()) {
            if (!l.used) {
                Expr.Ident id = l.lstmt.label();
                ls.err(id.pos(), "label " + id.name() + " defined and not used");
            }
        }
    }

    private void err(int pos, String message) {
        errors.add(pos, message);
    }

    private Label declare(Block b, Stmt.Labeled s) {
        String name = s.label().name();
        Label alt = labels.get(name);
        if (alt != null) {
            err(
                    s.label().pos(),
                    "label " + name + " already defined at "
                            + errors.position(alt.lstmt.label().pos()));
            return alt;
        }
        Label l = new Label(b, s);
        labels.put(name, l);
        return l;
    }

    private Stmt.Labeled gotoTarget(Block b, String name) {
        Label l = labels.get(name);
        if (l != null) {
            l.used = true;
            for (; b != null; b = b.parent) {
                if (l.parent == b) {
                    return l.lstmt;
                }
            }
        }
        return null;
    }

    private Stmt.Labeled enclosingTarget(Block b, String name) {
        Label l = labels.get(name);
        if (l == null) {
            return null;
        }
        l.used = true;
        for (; b != null; b = b.parent) {
            if (l.lstmt == b.lstmt) {
                return l.lstmt;
            }
        }
        return INVALID;
    }

    /** State of one block while its statements are walked. */
    private final class Walk {
        final Block b;
        int varPos = SourceFile.NO_POS;
        String varName;
        final List<Stmt.Branch> fwdGotos = new ArrayList<>();
        final List<Stmt.Branch> badGotos = new ArrayList<>();

        Walk(Block b) {
            this.b = b;
        }

        void recordVarDecl(int pos, String name) {
            varPos = pos;
            varName = name;
            badGotos.clear();
            badGotos.addAll(fwdGotos);
        }

        boolean jumpsOverVarDecl(Stmt.Branch fwd) {
            return varPos != SourceFile.NO_POS && badGotos.stream().anyMatch(g -> g == fwd);
        }

        void inner(Targets ctxt, Stmt.Labeled lstmt, int start, List<Stmt> body) {
            fwdGotos.addAll(blockBranches(b, ctxt, lstmt, start, body));
        }
    }

    private List<Stmt.Branch> blockBranches(
            Block parent, Targets ctxt, Stmt.Labeled lstmt, int start, List<Stmt> body) {
        Walk w = new Walk(new Block(parent, start, lstmt));
        List<Stmt> list = trimTrailingEmpty(body);
        for (int i = 0; i < list.size(); i++) {
            Stmt stmt = list.get(i);
            lstmt = null;
            while (stmt instanceof Stmt.Labeled s) {
                String name = s.label().name();
                if (!name.equals("_")) {
                    Label l = declare(w.b, s);
                    List<Stmt.Branch> rest = new ArrayList<>();
                    for (Stmt.Branch fwd : w.fwdGotos) {
                        if (fwd.label().name().equals(name)) {
                            l.used = true;
                            if (w.jumpsOverVarDecl(fwd)) {
                                err(
                                        fwd.label().pos(),
                                        "goto " + name + " jumps over declaration of " + w.varName + " at "
                                                + errors.position(w.varPos));
                            }
                        } else {
                            rest.add(fwd);
                        }
                    }
                    w.fwdGotos.clear();
                    w.fwdGotos.addAll(rest);
                    lstmt = s;
                }
                stmt = s.stmt();
            }
            statement(w, ctxt, lstmt, stmt, i, list.size());
        }
        return w.fwdGotos;
    }

    private void statement(Walk w, Targets ctxt, Stmt.Labeled lstmt, Stmt stmt, int index, int count) {
        switch (stmt) {
            case Stmt.DeclStmt d -> {
                if (d.decl().tok() == Token.VAR
                        && !d.decl().specs().isEmpty()
                        && d.decl().specs().getFirst() instanceof Spec.ValueSpec v) {
                    w.recordVarDecl(v.pos(), v.names().getFirst().name());
                }
            }
            case Stmt.Branch s -> branch(w, ctxt, s, index, count);
            case Stmt.Assign s -> {
                if (s.tok() == Token.DEFINE) {
                    w.recordVarDecl(s.tokPos(), ExprString.list(s.lhs()));
                }
            }
            case Stmt.Block s -> w.inner(new Targets(ctxt.breaks, ctxt.continues, -1), lstmt, s.pos(), s.list());
            case Stmt.If s -> {
                Targets inner = new Targets(ctxt.breaks, ctxt.continues, -1);
                w.inner(inner, lstmt, s.body().pos(), s.body().list());
                if (s.els() != null) {
                    w.inner(inner, lstmt, s.els().pos(), List.of(s.els()));
                }
            }
            case Stmt.For s ->
                w.inner(new Targets(s, s, -1), lstmt, s.body().pos(), s.body().list());
            case Stmt.Range s ->
                w.inner(new Targets(s, s, -1), lstmt, s.body().pos(), s.body().list());
            case Stmt.Switch s -> clauses(w, s, ctxt, lstmt, s.body());
            case Stmt.TypeSwitch s -> clauses(w, s, ctxt, lstmt, s.body());
            case Stmt.Select s -> {
                Targets inner = new Targets(s, ctxt.continues, -1);
                for (Stmt c : s.body().list()) {
                    if (c instanceof Stmt.CommClause cc) {
                        w.inner(inner, lstmt, cc.pos(), cc.body());
                    }
                }
            }
            default -> {}
        }
    }

    private void clauses(Walk w, Stmt sw, Targets ctxt, Stmt.Labeled lstmt, Stmt.Block body) {
        for (int i = 0; i < body.list().size(); i++) {
            if (body.list().get(i) instanceof Stmt.CaseClause cc) {
                w.inner(new Targets(sw, ctxt.continues, i), lstmt, cc.pos(), cc.body());
            }
        }
    }

    private void branch(Walk w, Targets ctxt, Stmt.Branch s, int index, int count) {
        if (s.label() == null) {
            switch (s.tok()) {
                case BREAK -> {
                    if (ctxt.breaks == null) {
                        err(s.pos(), "break is not in a loop, switch, or select");
                    }
                }
                case CONTINUE -> {
                    if (ctxt.continues == null) {
                        err(s.pos(), "continue is not in a loop");
                    }
                }
                case FALLTHROUGH -> fallthrough(ctxt, s, index, count);
                default -> {}
            }
            return;
        }
        String name = s.label().name();
        switch (s.tok()) {
            case BREAK -> {
                Stmt.Labeled t = enclosingTarget(w.b, name);
                if (t == null) {
                    err(s.label().pos(), "break label not defined: " + name);
                } else if (!(t != INVALID && isLoopSwitchOrSelect(t.stmt()))) {
                    err(s.label().pos(), "invalid break label " + name);
                }
            }
            case CONTINUE -> {
                Stmt.Labeled t = enclosingTarget(w.b, name);
                if (t == null) {
                    err(s.label().pos(), "continue label not defined: " + name);
                } else if (!(t != INVALID && (t.stmt() instanceof Stmt.For || t.stmt() instanceof Stmt.Range))) {
                    err(s.label().pos(), "invalid continue label " + name);
                }
            }
            case GOTO -> {
                if (gotoTarget(w.b, name) == null) {
                    w.fwdGotos.add(s);
                }
            }
            default -> {}
        }
    }

    private void fallthrough(Targets ctxt, Stmt.Branch s, int index, int count) {
        String msg = "fallthrough statement out of place";
        if (ctxt.breaks instanceof Stmt.TypeSwitch) {
            msg = "cannot fallthrough in type switch";
        } else if (ctxt.breaks instanceof Stmt.Switch sw && ctxt.caseIndex >= 0 && index + 1 >= count) {
            if (ctxt.caseIndex + 1 == sw.body().list().size()) {
                msg = "cannot fallthrough final case in switch";
            } else {
                return; // a valid fallthrough
            }
        }
        err(s.pos(), msg);
    }

    private static boolean isLoopSwitchOrSelect(Stmt s) {
        return s instanceof Stmt.For
                || s instanceof Stmt.Range
                || s instanceof Stmt.Switch
                || s instanceof Stmt.TypeSwitch
                || s instanceof Stmt.Select;
    }

    private static List<Stmt> trimTrailingEmpty(List<Stmt> list) {
        int n = list.size();
        while (n > 0 && list.get(n - 1) instanceof Stmt.Empty) {
            n--;
        }
        return list.subList(0, n);
    }
}
