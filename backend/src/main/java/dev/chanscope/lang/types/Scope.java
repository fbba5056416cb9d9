package dev.chanscope.lang.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lexical scope: universe, package, file, function and block scopes, each mapping names to the
 * objects declared in it, in declaration order. {@link #lookupParent} follows Go's rule that a local
 * name is visible only after its declaration ends ({@code pos}).
 */
public final class Scope {

    private final Scope parent;
    private final List<Scope> children = new ArrayList<>();
    private final Map<String, Obj> elems = new LinkedHashMap<>();
    private final int pos;
    private final int end;
    private final String comment;
    /** Where each local name becomes visible (byte offset); absent for package-level objects. */
    private final Map<String, Integer> visibleFrom = new LinkedHashMap<>();

    public Scope(Scope parent, int pos, int end, String comment) {
        this.parent = parent;
        this.pos = pos;
        this.end = end;
        this.comment = comment;
        // The universe is shared by every check: it does not keep the package scopes made under
        // it (that would grow without bound and race between concurrent checks).
        if (parent != null && !"universe".equals(parent.comment)) {
            parent.children.add(this);
        }
    }

    public Scope parent() {
        return parent;
    }

    public List<Scope> children() {
        return Collections.unmodifiableList(children);
    }

    /** What it is for: "universe", "package main", "file", "function", "block", "if", "for", "case", …. */
    public String comment() {
        return comment;
    }

    public int pos() {
        return pos;
    }

    public int end() {
        return end;
    }

    /** The objects declared here, in declaration order. */
    public Map<String, Obj> elems() {
        return Collections.unmodifiableMap(elems);
    }

    public Obj lookup(String name) {
        return elems.get(name);
    }

    /**
     * Inserts {@code obj} unless its name is taken here; returns the object already there (the
     * insertion did not happen) or null.
     */
    public Obj insert(Obj obj) {
        Obj old = elems.putIfAbsent(obj.name(), obj);
        if (old != null) {
            return old;
        }
        if (obj.parent() == null) {
            obj.setParent(this);
        }
        return null;
    }

    /** Inserts a local object visible from byte offset {@code from} on. */
    Obj insertVisibleFrom(Obj obj, int from) {
        Obj old = insert(obj);
        if (old == null) {
            visibleFrom.put(obj.name(), from);
        }
        return old;
    }

    /**
     * The object {@code name} refers to at byte offset {@code at}, searching this scope and its
     * parents; null when undeclared. A negative {@code at} ignores visibility positions.
     */
    public Obj lookupParent(String name, int at) {
        for (Scope s = this; s != null; s = s.parent) {
            Obj o = s.elems.get(name);
            if (o != null) {
                Integer from = s.visibleFrom.get(name);
                if (at < 0 || from == null || from <= at) {
                    return o;
                }
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return comment + " scope " + elems.keySet();
    }
}
