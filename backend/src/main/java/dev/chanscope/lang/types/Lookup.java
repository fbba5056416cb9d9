package dev.chanscope.lang.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field and method lookup through embedded fields (go/types' lookup.go): breadth-first by
 * embedding depth, so a shallower name hides deeper ones and two at the same depth are ambiguous.
 */
final class Lookup {

    private Lookup() {}

    /**
     * What {@code x.name} finds: the object (null when nothing or ambiguous), its index path, whether
     * a pointer was followed, and whether the method exists but needs an addressable receiver.
     */
    record Result(Obj obj, List<Integer> index, boolean indirect, boolean ambiguous, boolean needsAddress) {
        static final Result NONE = new Result(null, List.of(), false, false, false);

        boolean found() {
            return obj != null && !needsAddress;
        }
    }

    private record Candidate(Type type, List<Integer> index, boolean indirect, boolean multiples) {}

    static Result lookup(Type t, boolean addressable, Package pkg, String name) {
        return lookup(t, addressable, pkg, name, false);
    }

    static Result lookup(Type t, boolean addressable, Package pkg, String name, boolean foldCase) {
        if (name.equals("_") || t == null) {
            return Result.NONE;
        }
        Type typ = t;
        boolean indirect = false;
        if (t instanceof Pointer p) {
            if (p.elem().underlying() instanceof Interface) {
                return Result.NONE;
            }
            typ = p.elem();
            indirect = true;
        } else if (!(t instanceof Named)
                && t.underlying() instanceof Pointer p
                && !(p.elem().underlying() instanceof Interface)) {
            // A pointer-typed defined type's fields are reachable (not its base's methods).
            Result r = lookupIn(p.elem(), true, pkg, name, foldCase);
            return r.obj() instanceof Var ? r : Result.NONE;
        }
        if (t instanceof Named n && n.underlying() instanceof Pointer p) {
            Result r = lookupIn(p.elem(), true, pkg, name, foldCase);
            return r.obj() instanceof Var ? r : Result.NONE;
        }
        Result r = lookupIn(typ, indirect, pkg, name, foldCase);
        if (r.obj() instanceof Func f && !r.ambiguous()) {
            Signature sig = f.signature();
            boolean ptrRecv = sig != null && sig.recv() != null && sig.recv().type() instanceof Pointer;
            if (ptrRecv && !r.indirect() && !addressable) {
                return new Result(f, r.index(), r.indirect(), false, true);
            }
        }
        return r;
    }

    private static boolean matches(Obj o, Package pkg, String name, boolean foldCase) {
        if (foldCase) {
            return o.name().equalsIgnoreCase(name) && (o.exported() || o.pkg() == pkg || o.pkg() == null);
        }
        return o.sameId(pkg, name);
    }

    private static Result lookupIn(Type start, boolean startIndirect, Package pkg, String name, boolean foldCase) {
        List<Candidate> current = List.of(new Candidate(start, List.of(), startIndirect, false));
        Map<Named, Boolean> seen = new IdentityHashMap<>();
        while (!current.isEmpty()) {
            List<Candidate> next = new ArrayList<>();
            Obj found = null;
            List<Integer> foundIndex = null;
            boolean foundIndirect = false;
            int count = 0;
            for (Candidate c : current) {
                Type typ = c.type();
                if (typ instanceof Named n) {
                    if (seen.put(n, Boolean.TRUE) != null) {
                        continue;
                    }
                    for (int i = 0; i < n.numMethods(); i++) {
                        Func m = n.method(i);
                        if (matches(m, pkg, name, foldCase)) {
                            count += c.multiples() ? 2 : 1;
                            found = m;
                            foundIndex = append(c.index(), i);
                            foundIndirect = c.indirect();
                            break;
                        }
                    }
                    typ = n.underlying();
                }
                if (typ instanceof Struct s) {
                    for (int i = 0; i < s.numFields(); i++) {
                        Var f = s.field(i);
                        if (matches(f, pkg, name, foldCase)) {
                            count += c.multiples() ? 2 : 1;
                            found = f;
                            foundIndex = append(c.index(), i);
                            foundIndirect = c.indirect();
                            continue;
                        }
                        if (f.embedded()) {
                            Type ft = f.type();
                            boolean ptr = false;
                            if (ft instanceof Pointer p) {
                                ft = p.elem();
                                ptr = true;
                            }
                            next.add(new Candidate(ft, append(c.index(), i), c.indirect() || ptr, c.multiples()));
                        }
                    }
                } else if (typ instanceof Interface it) {
                    List<Func> ms = it.methods();
                    for (int i = 0; i < ms.size(); i++) {
                        if (matches(ms.get(i), pkg, name, foldCase)) {
                            count += c.multiples() ? 2 : 1;
                            found = ms.get(i);
                            foundIndex = append(c.index(), i);
                            foundIndirect = c.indirect();
                            break;
                        }
                    }
                }
            }
            if (count > 1) {
                return new Result(null, foundIndex, false, true, false);
            }
            if (found != null) {
                return new Result(found, foundIndex, foundIndirect, false, false);
            }
            current = consolidate(next);
        }
        return Result.NONE;
    }

    /** Merges candidates of the same named type at one depth, marking them as reachable several ways. */
    private static List<Candidate> consolidate(List<Candidate> list) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : list) {
            int at = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).type() == c.type() && c.type() instanceof Named) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                out.add(c);
            } else {
                Candidate o = out.get(at);
                out.set(at, new Candidate(o.type(), o.index(), o.indirect(), true));
            }
        }
        return out;
    }

    private static List<Integer> append(List<Integer> index, int i) {
        List<Integer> out = new ArrayList<>(index.size() + 1);
        out.addAll(index);
        out.add(i);
        return out;
    }

    /** The outcome of {@link #missingMethod}: the interface method not (properly) implemented and the method found instead. */
    record Missing(Func method, Func wrong) {}

    /** The first method of interface {@code t} that {@code v} lacks (or has with another type), or null. */
    static Missing missingMethod(Type v, Interface t, boolean isStatic) {
        List<Func> want = t.methods();
        if (want.isEmpty()) {
            return null;
        }
        if (v.underlying() instanceof Interface vi && !(v instanceof TypeParam)) {
            for (Func m : want) {
                Func f = vi.method(m.pkg(), m.name());
                if (f == null) {
                    if (!isStatic) {
                        continue;
                    }
                    return new Missing(m, null);
                }
                if (!Types.identical(f.type(), m.type())) {
                    return new Missing(m, f);
                }
            }
            return null;
        }
        for (Func m : want) {
            Result r = lookup(v, false, m.pkg(), m.name());
            boolean found = r.obj() != null && !r.needsAddress() && !r.ambiguous();
            Obj obj = found ? r.obj() : null;
            if (!found) {
                Result rp = lookup(new Pointer(v), false, m.pkg(), m.name());
                obj = rp.ambiguous() ? null : rp.obj();
                if (obj == null) {
                    Result rf = lookup(v, false, m.pkg(), m.name(), true);
                    obj = rf.ambiguous() ? null : rf.obj();
                }
            }
            if (!(obj instanceof Func f)) {
                return new Missing(m, null);
            }
            if (!found || !Types.identical(f.type(), m.type())) {
                return new Missing(m, f);
            }
        }
        return null;
    }

    /** Why {@code v} does not implement {@code t}, in types2's words: {@code (missing M method)}. */
    static String missingReason(Type v, Type t, Missing miss, Package current) {
        Func m = miss.method();
        Func wrong = miss.wrong();
        String mname = m.name() + " method";
        if (wrong != null) {
            if (Types.identical(m.type(), wrong.type())) {
                if (m.name().equals(wrong.name())) {
                    return "(" + mname + " has pointer receiver)";
                }
                return "(missing " + mname + ")\n\t\thave " + wrong.name() + sig(wrong, current) + "\n\t\twant "
                        + m.name() + sig(m, current);
            }
            return "(wrong type for " + mname + ")\n\t\thave " + wrong.name() + sig(wrong, current) + "\n\t\twant "
                    + m.name() + sig(m, current);
        }
        if (isInterfacePtr(v)) {
            return "(type " + TypeString.of(v, current) + " is pointer to interface, not interface)";
        }
        return "(missing " + mname + ")";
    }

    private static String sig(Func f, Package current) {
        return TypeString.of(f.signature(), current).substring("func".length());
    }

    static boolean isInterfacePtr(Type t) {
        return t.underlying() instanceof Pointer p && p.elem().underlying() instanceof Interface;
    }
}
