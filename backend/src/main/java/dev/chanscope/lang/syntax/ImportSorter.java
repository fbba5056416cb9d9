package dev.chanscope.lang.syntax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * gofmt's import sorting (go/ast.SortImports): within each run of import specs not separated by a
 * blank line, specs are sorted by path, then name, then comment, and exact duplicates removed.
 * Specs keep the source slots (positions) they are moved into, and their comments move with them,
 * so the printer lays the sorted block out like the original.
 */
final class ImportSorter {

    private final LineTable lines;
    /** Comment groups given new positions, by the group they replace. */
    private final Map<CommentGroup, CommentGroup> moved = new IdentityHashMap<>();

    private List<CommentGroup> comments;

    private ImportSorter(LineTable lines, List<CommentGroup> comments) {
        this.lines = lines;
        this.comments = new ArrayList<>(comments);
    }

    static GoFile sort(GoFile file, LineTable lines) {
        ImportSorter s = new ImportSorter(lines, file.comments());
        List<Decl> decls = new ArrayList<>(file.decls());
        for (int k = 0; k < decls.size(); k++) {
            if (!(decls.get(k) instanceof Decl.GenDecl d) || d.tok() != Token.IMPORT) {
                break;
            }
            if (!d.grouped()) {
                continue;
            }
            decls.set(k, s.sortDecl(d));
        }
        if (s.moved.isEmpty() && decls.equals(file.decls())) {
            return file;
        }
        List<Spec.ImportSpec> imports = new ArrayList<>();
        for (Decl d : decls) {
            if (d instanceof Decl.GenDecl g && g.tok() == Token.IMPORT) {
                g.specs().forEach(sp -> imports.add((Spec.ImportSpec) sp));
            }
        }
        return new GoFile(file.source(), file.doc(), file.packagePos(), file.name(), decls, imports, s.comments);
    }

    private Decl.GenDecl sortDecl(Decl.GenDecl d) {
        List<Spec> in = d.specs();
        List<Spec> specs = new ArrayList<>();
        int i = 0;
        for (int j = 0; j < in.size(); j++) {
            if (j > i
                    && lines.line(in.get(j).pos())
                            > 1 + lines.line(in.get(j - 1).end())) {
                specs.addAll(sortSpecs(in.subList(i, j)));
                i = j;
            }
        }
        specs.addAll(sortSpecs(in.subList(i, in.size())));
        if (!specs.isEmpty()) {
            int lastLine = lines.line(specs.getLast().pos());
            int rparenLine = lines.line(d.rparen());
            while (rparenLine > lastLine + 1) {
                rparenLine--;
                lines.mergeLine(rparenLine);
            }
        }
        return new Decl.GenDecl(d.doc(), d.tokPos(), d.tok(), d.lparen(), specs, d.rparen());
    }

    private record Slot(int start, int end) {}

    private record Attached(boolean left, CommentGroup group) {}

    private List<Spec> sortSpecs(List<Spec> in) {
        if (in.size() <= 1) {
            return new ArrayList<>(in);
        }
        List<Slot> slots = new ArrayList<>();
        for (Spec s : in) {
            slots.add(new Slot(s.pos(), s.end()));
        }
        int begSpecs = slots.getFirst().start();
        int endSpecs = slots.getLast().end();
        int beg = lines.lineStart(lines.line(begSpecs));
        int endLine = lines.line(endSpecs);
        int end = endLine == lines.lineCount() ? endSpecs : lines.lineStart(endLine + 1);

        // The comments in the lines of these specs, each attached to the spec it belongs to.
        int first = comments.size();
        int last = -1;
        for (int k = 0; k < comments.size(); k++) {
            CommentGroup g = comments.get(k);
            if (g.end() >= end) {
                break;
            }
            if (beg <= g.pos()) {
                first = Math.min(first, k);
                last = Math.max(last, k);
            }
        }
        Map<Spec, List<Attached>> attached = new IdentityHashMap<>();
        int specIndex = 0;
        for (int k = first; k <= last; k++) {
            CommentGroup g = comments.get(k);
            while (specIndex + 1 < in.size() && slots.get(specIndex + 1).start() <= g.pos()) {
                specIndex++;
            }
            boolean left = false;
            if (specIndex == 0 && slots.get(specIndex).start() > g.pos()) {
                left = true;
            } else if (specIndex + 1 < in.size()
                    && lines.line(slots.get(specIndex).start()) + 1 == lines.line(g.pos())) {
                specIndex++;
                left = true;
            }
            attached.computeIfAbsent(in.get(specIndex), x -> new ArrayList<>()).add(new Attached(left, g));
        }

        List<Spec> specs = new ArrayList<>(in);
        specs.sort(Comparator.comparing((Spec s) -> path(s))
                .thenComparing(ImportSorter::name)
                .thenComparing(ImportSorter::commentText));
        List<Spec> deduped = new ArrayList<>();
        for (int k = 0; k < specs.size(); k++) {
            Spec s = specs.get(k);
            if (k == specs.size() - 1 || !collapse(s, specs.get(k + 1))) {
                deduped.add(s);
            } else {
                lines.mergeLine(lines.line(s.pos()));
            }
        }

        List<Spec> out = new ArrayList<>();
        for (int k = 0; k < deduped.size(); k++) {
            Spec.ImportSpec s = (Spec.ImportSpec) deduped.get(k);
            Slot slot = slots.get(k);
            for (Attached a : attached.getOrDefault(s, List.of())) {
                int at = a.left ? slot.start() - 1 : slot.end();
                List<Comment> list = new ArrayList<>();
                for (Comment c : a.group.list()) {
                    list.add(new Comment(at, c.text()));
                }
                moved.put(a.group, new CommentGroup(list));
            }
            Expr.Ident name = s.name() == null
                    ? null
                    : new Expr.Ident(slot.start(), s.name().name());
            Expr.BasicLit path =
                    new Expr.BasicLit(slot.start(), s.path().kind(), s.path().value());
            out.add(new Spec.ImportSpec(movedGroup(s.doc()), name, path, movedGroup(s.comment()), slot.end()));
        }
        if (last >= first) {
            List<CommentGroup> range = new ArrayList<>();
            for (int k = first; k <= last; k++) {
                range.add(movedGroup(comments.get(k)));
            }
            range.sort(Comparator.comparingInt(CommentGroup::pos));
            for (int k = first; k <= last; k++) {
                comments.set(k, range.get(k - first));
            }
        }
        return out;
    }

    private CommentGroup movedGroup(CommentGroup g) {
        return g == null ? null : moved.getOrDefault(g, g);
    }

    private static String path(Spec s) {
        String p = Literals.unquote(((Spec.ImportSpec) s).path().value());
        return p == null ? "" : p;
    }

    private static String name(Spec s) {
        Expr.Ident n = ((Spec.ImportSpec) s).name();
        return n == null ? "" : n.name();
    }

    private static String commentText(Spec s) {
        CommentGroup c = ((Spec.ImportSpec) s).comment();
        if (c == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (Comment x : c.list()) {
            b.append(x.text()).append('\n');
        }
        return b.toString();
    }

    private static boolean collapse(Spec prev, Spec next) {
        return path(next).equals(path(prev))
                && name(next).equals(name(prev))
                && ((Spec.ImportSpec) prev).comment() == null;
    }
}
