package dev.chanscope.lang.interp.compile;

import dev.chanscope.lang.interp.exec.Methods;
import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.MethodTable;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.StructVal;
import dev.chanscope.lang.types.Interface;
import dev.chanscope.lang.types.Named;
import dev.chanscope.lang.types.Pointer;
import dev.chanscope.lang.types.Struct;
import dev.chanscope.lang.types.Type;
import dev.chanscope.lang.types.Var;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills the method tables of named types and their pointer types, as Go's method sets define them:
 * T has its value methods, *T all of them; methods promoted from embedded fields come in through
 * adapters that follow the embedding path (the shallowest method of a name wins, two at the same
 * depth cancel out, and a field of that name hides it).
 */
final class MethodSets {

    private final Unit u;

    MethodSets(Unit u) {
        this.u = u;
    }

    /** Fills every named type mapped so far, including those the filling itself maps. */
    void fillAll() {
        Set<Named> done = new HashSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Named n : new ArrayList<>(u.types.namedInOrder)) {
                if (done.add(n)) {
                    fill(n);
                    progress = true;
                }
            }
        }
    }

    private void fill(Named n) {
        RType t = u.types.map(n);
        if (t.isInterface()) {
            return;
        }
        RType p = u.types.types.pointer(t);
        String goName = t.toString();
        for (dev.chanscope.lang.types.Func m : n.methods()) {
            Func impl = u.value(m, m.pkg() == u.mainPackage ? m.pos() : -1);
            if (impl == null) {
                continue;
            }
            RType sig = u.types.signature(m.signature());
            boolean ptr = m.signature().recv().type() instanceof Pointer;
            if (!ptr) {
                t.methods.put(m.name(), sig, impl);
                p.methods.put(m.name(), sig, new Methods.ThroughPointer(impl, t, goName + "." + m.name()));
            } else {
                p.methods.put(m.name(), sig, impl);
            }
        }
        if (n.underlying() instanceof Struct s) {
            promote(n, s, t, p);
        }
    }

    /** A method found through embedding: where it is, and how deep. */
    private record Found(
            dev.chanscope.lang.types.Func method,
            List<Integer> path,
            List<Boolean> pointers,
            Type embedded,
            boolean viaPointer,
            int depth,
            boolean ambiguous) {}

    private void promote(Named n, Struct s, RType t, RType p) {
        Map<String, Found> found = new HashMap<>();
        Set<String> own = new HashSet<>();
        for (dev.chanscope.lang.types.Func m : n.methods()) {
            own.add(m.name());
        }
        collect(s, new ArrayList<>(), new ArrayList<>(), 1, found, own, new HashSet<>());
        for (Found f : found.values()) {
            if (f.ambiguous() || own.contains(f.method().name())) {
                continue;
            }
            dev.chanscope.lang.types.Func m = f.method();
            RType sig = u.types.signature(m.signature());
            int[] path = f.path().stream().mapToInt(Integer::intValue).toArray();
            boolean[] pointers = new boolean[f.pointers().size()];
            for (int i = 0; i < pointers.length; i++) {
                pointers[i] = f.pointers().get(i);
            }
            RType embedded = u.types.map(f.embedded());
            Func impl;
            boolean inValueSet;
            if (f.embedded().underlying() instanceof Interface) {
                impl = new ThroughEmbeddedInterface(path, m.name());
                inValueSet = true;
            } else {
                Func target = u.value(m, m.pkg() == u.mainPackage ? m.pos() : -1);
                if (target == null) {
                    continue;
                }
                boolean wantsPointer = m.signature().recv().type() instanceof Pointer;
                impl = new Methods.Promoted(target, path, pointers, wantsPointer, embedded);
                inValueSet = !wantsPointer || f.viaPointer();
            }
            if (inValueSet) {
                t.methods.put(m.name(), sig, impl);
            }
            p.methods.put(m.name(), sig, impl);
        }
    }

    private void collect(
            Struct s,
            List<Integer> path,
            List<Boolean> pointers,
            int depth,
            Map<String, Found> found,
            Set<String> names,
            Set<Type> seen) {
        List<Struct> next = new ArrayList<>();
        for (int i = 0; i < s.numFields(); i++) {
            Var f = s.field(i);
            if (!f.embedded()) {
                continue;
            }
            Type ft = f.type();
            boolean ptr = ft instanceof Pointer;
            Type base = ptr ? ((Pointer) ft).elem() : ft;
            if (!seen.add(base)) {
                continue;
            }
            List<Integer> here = new ArrayList<>(path);
            here.add(i);
            List<Boolean> herePtr = new ArrayList<>(pointers);
            herePtr.add(ptr);
            boolean viaPointer = ptr || pointers.contains(true);
            List<dev.chanscope.lang.types.Func> ms = new ArrayList<>();
            if (base instanceof Named bn) {
                ms.addAll(bn.methods());
            }
            if (base.underlying() instanceof Interface iface) {
                ms.addAll(iface.methods());
            }
            for (dev.chanscope.lang.types.Func m : ms) {
                Found prev = found.get(m.name());
                if (prev == null || prev.depth() > depth) {
                    found.put(m.name(), new Found(m, here, herePtr, base, viaPointer, depth, false));
                } else if (prev.depth() == depth && prev.method() != m) {
                    found.put(
                            m.name(),
                            new Found(
                                    prev.method(),
                                    prev.path(),
                                    prev.pointers(),
                                    prev.embedded(),
                                    prev.viaPointer(),
                                    depth,
                                    true));
                }
            }
            if (base.underlying() instanceof Struct inner) {
                collect(inner, here, herePtr, depth + 1, found, names, seen);
            }
        }
    }

    /** A method of an interface embedded in a struct: dispatches on the field's dynamic type. */
    static final class ThroughEmbeddedInterface extends Func {
        final int[] path;
        final String name;

        ThroughEmbeddedInterface(int[] path, String name) {
            this.path = path;
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Object call(GState g, Object[] args) {
            Object v = args[0];
            for (int i : path) {
                if (v == null) {
                    throw Panics.nilDeref();
                }
                v = ((StructVal) v).f[i];
            }
            Iface i = (Iface) v;
            if (i == null) {
                throw Panics.nilDeref();
            }
            MethodTable.Method m = i.type().methods.get(name);
            Object[] a = args.clone();
            a[0] = i.value();
            return m.impl().call(g, a);
        }
    }
}
