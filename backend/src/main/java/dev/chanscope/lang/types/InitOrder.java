package dev.chanscope.lang.types;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which package-level variables are initialized (go/types' initorder.go): a
 * dependency graph over package-level objects (functions and methods contracted away, so that a
 * variable depends on what the functions it calls refer to), emptied repeatedly by taking the node
 * with fewest remaining dependencies, earliest declared first.
 */
final class InitOrder {

    private static final class Node {
        final Obj obj;
        final Set<Node> succ = new LinkedHashSet<>(); // nodes this one depends on
        final Set<Node> pred = new LinkedHashSet<>(); // nodes depending on this one
        int ndeps;

        Node(Obj obj) {
            this.obj = obj;
        }
    }

    private InitOrder() {}

    /** Appends the initializers to {@code info} in order; reports initialization cycles through {@code check}. */
    static void compute(Map<Obj, DeclInfo> objMap, Info info, Resolver check) {
        Map<Obj, Node> nodes = new IdentityHashMap<>();
        List<Node> list = new ArrayList<>();
        for (Obj o : objMap.keySet()) {
            if (o instanceof Var || o instanceof Const || o instanceof Func) {
                Node n = new Node(o);
                nodes.put(o, n);
                list.add(n);
            }
        }
        for (Node n : list) {
            for (Obj d : objMap.get(n.obj).deps) {
                Node m = nodes.get(d);
                if (m != null) {
                    n.succ.add(m);
                    m.pred.add(n);
                }
            }
        }
        // contract functions: connect each predecessor with each successor
        List<Node> values = new ArrayList<>();
        for (Node n : list) {
            if (n.obj instanceof Func) {
                for (Node p : n.pred) {
                    if (p == n) {
                        continue;
                    }
                    for (Node s : n.succ) {
                        if (s != n) {
                            p.succ.add(s);
                            s.pred.add(p);
                        }
                    }
                    p.succ.remove(n);
                }
                for (Node s : n.succ) {
                    s.pred.remove(n);
                }
            } else {
                values.add(n);
            }
        }
        for (Node n : values) {
            n.succ.removeIf(s -> s.obj instanceof Func);
            n.pred.removeIf(p -> p.obj instanceof Func);
            n.ndeps = n.succ.size();
        }
        Set<DeclInfo> emitted = new HashSet<>();
        List<Node> queue = new ArrayList<>(values);
        while (!queue.isEmpty()) {
            Node n = queue.getFirst();
            for (Node m : queue) {
                if (m.ndeps < n.ndeps || m.ndeps == n.ndeps && m.obj.order() < n.obj.order()) {
                    n = m;
                }
            }
            queue.remove(n);
            if (n.ndeps > 0) {
                List<Obj> cycle = findPath(objMap, n.obj, n.obj, new HashSet<>());
                if (cycle != null) {
                    reportCycle(cycle, check);
                }
            }
            for (Node p : n.pred) {
                p.ndeps--;
            }
            if (!(n.obj instanceof Var v)) {
                continue;
            }
            DeclInfo d = objMap.get(v);
            if (d.init == null || !emitted.add(d)) {
                continue;
            }
            info.addInitializer(new Initializer(d.lhs != null ? d.lhs : List.of(v), d.init));
        }
    }

    private static List<Obj> findPath(Map<Obj, DeclInfo> objMap, Obj from, Obj to, Set<Obj> seen) {
        if (!seen.add(from)) {
            return null;
        }
        DeclInfo d = objMap.get(from);
        if (d == null) {
            return null;
        }
        for (Obj dep : d.deps) {
            if (dep == to) {
                List<Obj> path = new ArrayList<>();
                path.add(dep);
                return path;
            }
            List<Obj> p = findPath(objMap, dep, to, seen);
            if (p != null) {
                p.add(dep);
                return p;
            }
        }
        return null;
    }

    private static void reportCycle(List<Obj> cycle, Resolver check) {
        Obj obj = cycle.getFirst();
        StringBuilder msg = new StringBuilder("initialization loop for " + obj.name());
        Obj o = obj;
        for (int i = cycle.size() - 1; i >= 0; i--) {
            msg.append("\n\t")
                    .append(check.position(o.pos()))
                    .append(": ")
                    .append(o.name())
                    .append(" refers to");
            o = cycle.get(i);
        }
        msg.append("\n\t").append(check.position(o.pos())).append(": ").append(o.name());
        check.error(obj.pos(), msg.toString());
    }
}
