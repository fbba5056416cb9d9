package dev.chanscope.lang.interp.rt;

import java.util.List;

/**
 * A Go type at run time: what fmt, type switches, assertions, equality, hashing and method calls need.
 * Two types are identical exactly when their descriptors are the same object: unnamed types are
 * interned by {@link Types}, a named type has one descriptor per declaration.
 *
 * <p>The Java representation of a value follows from its type's kind: integers {@code Long}
 * (normalised to the width, unsigned 64-bit as raw bits), floats {@code Double} (float32 values are
 * exactly representable floats), bool {@code Boolean}, string {@code String} holding Go's bytes one per
 * char (Latin-1), arrays a Java array owned by one location ({@link Arrays}), structs a {@link
 * StructVal} owned by one location, slices a {@link Slice}, maps a {@link GoMap}, pointers the {@link
 * StructVal} or array pointed to or a {@link Ref}, functions a {@link Func}, channels the engine's
 * channel, interfaces an {@link Iface}. Nil pointers, slices, maps, channels, functions and
 * interfaces are {@code null}.
 *
 * <p>A named type's structure is filled in once its declaration is resolved ({@link #define}), so
 * recursive types can refer to themselves.
 */
public final class RType {

    public enum ChanDir {
        BOTH,
        SEND,
        RECV
    }

    /** A struct field; {@code pkg} is set for unexported fields (it is part of their identity). */
    public record Field(String name, RType type, boolean embedded, String tag, String pkg) {
        public boolean exported() {
            return pkg == null;
        }
    }

    /** An interface method: its name and signature (a func type without receiver). */
    public record IMethod(String name, RType type, String pkg) {}

    Kind kind;
    final String pkg;
    final String name;
    final int id;

    RType elem;
    RType key;
    long len;
    ChanDir dir = ChanDir.BOTH;
    Field[] fields = new Field[0];
    RType[] params = new RType[0];
    RType[] results = new RType[0];
    boolean variadic;
    IMethod[] imethods = new IMethod[0];

    private String string;
    private long size = -1;
    private long align;

    /** Methods declared on this named type or promoted into it; filled by the interpreter. */
    public final MethodTable methods = new MethodTable();

    RType(Kind kind, String pkg, String name, int id) {
        this.kind = kind;
        this.pkg = pkg;
        this.name = name;
        this.id = id;
    }

    /** A named type's structure: its underlying type's. Called once, before any value of it exists. */
    public void define(RType underlying) {
        kind = underlying.kind;
        elem = underlying.elem;
        key = underlying.key;
        len = underlying.len;
        dir = underlying.dir;
        fields = underlying.fields;
        params = underlying.params;
        results = underlying.results;
        variadic = underlying.variadic;
        imethods = underlying.imethods;
        size = -1;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isNamed() {
        return name != null;
    }

    public String name() {
        return name;
    }

    /** The package path of a named type ("main", "time", … ; "" for predeclared types). */
    public String pkg() {
        return pkg;
    }

    public RType elem() {
        return elem;
    }

    public RType key() {
        return key;
    }

    public long len() {
        return len;
    }

    public ChanDir dir() {
        return dir;
    }

    public Field[] fields() {
        return fields;
    }

    public List<Field> fieldList() {
        return List.of(fields);
    }

    public RType[] params() {
        return params;
    }

    public RType[] results() {
        return results;
    }

    public boolean variadic() {
        return variadic;
    }

    public IMethod[] imethods() {
        return imethods;
    }

    public boolean isInterface() {
        return kind == Kind.INTERFACE;
    }

    /** Whether == is defined on values of this type (and they may be map keys). */
    public boolean comparable() {
        return switch (kind) {
            case SLICE, MAP, FUNC -> false;
            case ARRAY -> elem.comparable();
            case STRUCT -> {
                for (Field f : fields) {
                    if (!f.type.comparable()) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> true;
        };
    }

    /** reflect.Type's String(): "int", "main.T", "[]*main.T", "map[string]int", "func(int) error", … */
    @Override
    public String toString() {
        if (string == null) {
            string = TypeNames.of(this);
        }
        return string;
    }

    /** unsafe.Sizeof on amd64: what allocation accounting and append growth use. */
    public long size() {
        if (size < 0) {
            Layout.compute(this);
        }
        return size;
    }

    public long align() {
        if (size < 0) {
            Layout.compute(this);
        }
        return align;
    }

    /** The byte offset of field {@code i} of a struct (where a nil dereference through it faults). */
    public long fieldOffset(int i) {
        long offset = 0;
        for (int k = 0; k <= i; k++) {
            offset = Layout.alignUp(offset, fields[k].type().align());
            if (k < i) {
                offset += fields[k].type().size();
            }
        }
        return offset;
    }

    void setLayout(long size, long align) {
        this.size = size;
        this.align = align;
    }
}
