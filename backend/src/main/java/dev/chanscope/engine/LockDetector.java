package dev.chanscope.engine;

import dev.chanscope.engine.event.DiagnosticKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two lock detectors.
 *
 * <p><b>Lock order</b>: whenever a goroutine asks for lock B while holding lock A, the edge A→B joins
 * a graph of observed orders. An edge that closes a cycle with edges taken by another goroutine is a
 * lock-order inversion: those goroutines can deadlock under some other schedule, even if this run did
 * not.
 *
 * <p><b>Deadlock cycles</b>: when a goroutine blocks on a lock, follow "waits for a lock held by" from
 * it; arriving back at it means the goroutines on the way are deadlocked, whatever else keeps running.
 */
final class LockDetector {

    /** Holders of a lock, for following wait-for edges. */
    interface Lock {
        List<Goroutine> holders();

        SyncObject object();
    }

    private record Edge(int g, int label) {}

    private final Sim sim;
    private final Map<Integer, Map<Integer, Edge>> order = new LinkedHashMap<>();
    private final Set<String> reportedOrders = new HashSet<>();
    private final Set<String> reportedCycles = new HashSet<>();

    LockDetector(Sim sim) {
        this.sim = sim;
    }

    /**
     * Called when {@code g} asks for {@code lock} (before it may block): records the order edges from
     * every lock it holds, so an inversion is seen even when the second request never succeeds.
     */
    void requested(Goroutine g, Lock lock, int label) {
        SyncObject b = lock.object();
        for (SyncObject a : g.held) {
            if (a == b) {
                continue;
            }
            Map<Integer, Edge> out = order.computeIfAbsent(a.id, k -> new LinkedHashMap<>());
            if (out.putIfAbsent(b.id, new Edge(g.id, label)) == null) {
                checkInversion(g, a, b, label);
            }
        }
    }

    void acquired(Goroutine g, Lock lock) {
        g.held.add(lock.object());
    }

    void released(Goroutine g, SyncObject lock) {
        g.held.remove(lock);
    }

    private void checkInversion(Goroutine g, SyncObject a, SyncObject b, int label) {
        List<int[]> path = pathFrom(b.id, a.id, new HashSet<>());
        if (path == null) {
            return;
        }
        Edge first = order.get(path.getFirst()[0]).get(path.getFirst()[1]);
        if (path.stream().allMatch(e -> order.get(e[0]).get(e[1]).g() == g.id)) {
            return; // one goroutine taking its own locks in two orders cannot deadlock with itself
        }
        String key = a.id < b.id ? a.id + "-" + b.id : b.id + "-" + a.id;
        if (!reportedOrders.add(key)) {
            return;
        }
        Goroutine other = sim.registry().goroutines().get(first.g());
        String message = "lock-order inversion: " + g.describe() + " acquired " + b.name + " while holding " + a.name
                + ", but " + other.describe() + " acquired " + a.name + " after " + b.name
                + "; under another schedule they can deadlock";
        List<String> labels = new ArrayList<>();
        addLabel(labels, label);
        addLabel(labels, first.label());
        sim.report(DiagnosticKind.LOCK_ORDER, message, List.of(g.id, other.id), List.of(a.id, b.id), labels);
    }

    /** Edges of a path from lock {@code from} to lock {@code to} in the order graph, or null. */
    private List<int[]> pathFrom(int from, int to, Set<Integer> seen) {
        if (!seen.add(from)) {
            return null;
        }
        Map<Integer, Edge> out = order.get(from);
        if (out == null) {
            return null;
        }
        for (int next : out.keySet()) {
            if (next == to) {
                List<int[]> path = new ArrayList<>();
                path.add(new int[] {from, next});
                return path;
            }
            List<int[]> rest = pathFrom(next, to, seen);
            if (rest != null) {
                rest.addFirst(new int[] {from, next});
                return rest;
            }
        }
        return null;
    }

    /** Called when {@code g} has just blocked on {@code lock}: report a wait-for cycle through it. */
    void blocked(Goroutine g, Lock lock) {
        List<Goroutine> cycle = new ArrayList<>();
        if (!reaches(g, lock, cycle, new HashSet<>())) {
            return;
        }
        cycle.addFirst(g);
        List<Integer> ids = cycle.stream().map(x -> x.id).sorted().toList();
        if (!reportedCycles.add(ids.toString())) {
            return;
        }
        StringBuilder m = new StringBuilder("deadlock: ");
        List<Integer> objs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < cycle.size(); i++) {
            Goroutine x = cycle.get(i);
            if (i > 0) {
                m.append("; ");
            }
            m.append(x.describe()).append(" waits for ").append(x.blockedOn.name);
            String held = x.held.stream()
                    .map(o -> o.name)
                    .reduce((p, q) -> p + ", " + q)
                    .orElse(null);
            if (held != null) {
                m.append(" while holding ").append(held);
            }
            objs.add(x.blockedOn.id);
            addLabel(labels, x.blockLabel);
        }
        sim.report(
                DiagnosticKind.DEADLOCK,
                m.toString(),
                cycle.stream().map(x -> x.id).toList(),
                objs,
                labels);
    }

    private boolean reaches(Goroutine start, Lock lock, List<Goroutine> path, Set<Goroutine> seen) {
        for (Goroutine h : lock.holders()) {
            if (h == start) {
                return true;
            }
            if (!seen.add(h) || !(h.blockedOn instanceof Lock next) || h.state != Goroutine.State.BLOCKED) {
                continue;
            }
            path.add(h);
            if (reaches(start, next, path, seen)) {
                return true;
            }
            path.removeLast();
        }
        return false;
    }

    private void addLabel(List<String> labels, int label) {
        String t = sim.labelText(label);
        if (t != null) {
            labels.add(t);
        }
    }
}
