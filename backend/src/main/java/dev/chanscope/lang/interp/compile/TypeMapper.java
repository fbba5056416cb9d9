package dev.chanscope.lang.interp.compile;

import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Types;
import dev.chanscope.lang.types.Array;
import dev.chanscope.lang.types.Basic;
import dev.chanscope.lang.types.Chan;
import dev.chanscope.lang.types.Func;
import dev.chanscope.lang.types.Interface;
import dev.chanscope.lang.types.MapType;
import dev.chanscope.lang.types.Named;
import dev.chanscope.lang.types.Pointer;
import dev.chanscope.lang.types.Signature;
import dev.chanscope.lang.types.Slice;
import dev.chanscope.lang.types.Struct;
import dev.chanscope.lang.types.Tuple;
import dev.chanscope.lang.types.Type;
import dev.chanscope.lang.types.Universe;
import dev.chanscope.lang.types.Var;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The checker's types as run-time descriptors: one {@link RType} per named type (error is the
 * shared predeclared one), unnamed types interned by structure, so identical types map to one
 * descriptor and a type switch or assertion compares descriptors by identity.
 */
final class TypeMapper {

    final Types types = new Types();
    private final Map<Named, RType> named = new IdentityHashMap<>();
    /** Named types whose method tables still need filling (see MethodSets). */
    final java.util.List<Named> namedInOrder = new java.util.ArrayList<>();

    RType map(Type t) {
        return switch (t) {
            case Basic b -> basic(b);
            case Named n -> named(n);
            case Pointer p -> types.pointer(map(p.elem()));
            case Slice s -> types.slice(map(s.elem()));
            case Array a -> types.array(a.len(), map(a.elem()));
            case MapType m -> types.map(map(m.key()), map(m.elem()));
            case Chan c ->
                types.chan(
                        switch (c.dir()) {
                            case SEND -> RType.ChanDir.SEND;
                            case RECV -> RType.ChanDir.RECV;
                            default -> RType.ChanDir.BOTH;
                        },
                        map(c.elem()));
            case Signature s -> signature(s);
            case Struct s -> struct(s);
            case Interface i -> iface(i);
            case Tuple tu -> throw new IllegalArgumentException("a tuple is not a value type: " + tu);
            default -> throw new IllegalArgumentException("no run-time form for type " + t);
        };
    }

    private static RType basic(Basic b) {
        return switch (b.kind()) {
            case BOOL, UNTYPED_BOOL -> Types.BOOL;
            case INT, UNTYPED_INT -> Types.INT;
            case INT8 -> Types.INT8;
            case INT16 -> Types.INT16;
            case INT32, UNTYPED_RUNE -> Types.INT32;
            case INT64 -> Types.INT64;
            case UINT -> Types.UINT;
            case UINT8 -> Types.UINT8;
            case UINT16 -> Types.UINT16;
            case UINT32 -> Types.UINT32;
            case UINT64 -> Types.UINT64;
            case UINTPTR -> Types.UINTPTR;
            case FLOAT32 -> Types.FLOAT32;
            case FLOAT64, UNTYPED_FLOAT -> Types.FLOAT64;
            case COMPLEX64 -> Types.COMPLEX64;
            case COMPLEX128, UNTYPED_COMPLEX -> Types.COMPLEX128;
            case STRING, UNTYPED_STRING -> Types.STRING;
            case UNTYPED_NIL -> Types.EMPTY_INTERFACE;
            case INVALID -> throw new IllegalArgumentException("invalid type");
        };
    }

    private RType named(Named n) {
        if (n == Universe.error()) {
            return Types.ERROR;
        }
        RType r = named.get(n);
        if (r != null) {
            return r;
        }
        String pkg = n.obj().pkg() == null ? "" : n.obj().pkg().path();
        r = types.named(pkg, n.obj().name());
        named.put(n, r);
        namedInOrder.add(n);
        r.define(map(n.underlying()));
        return r;
    }

    RType signature(Signature s) {
        RType[] params = tuple(s.params());
        RType[] results = tuple(s.results());
        return types.func(params, results, s.variadic());
    }

    private RType[] tuple(Tuple t) {
        RType[] out = new RType[t.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = map(t.type(i));
        }
        return out;
    }

    private RType struct(Struct s) {
        RType.Field[] fields = new RType.Field[s.numFields()];
        for (int i = 0; i < fields.length; i++) {
            Var f = s.field(i);
            String pkg = f.exported() || f.pkg() == null ? null : f.pkg().path();
            String tag = s.tag(i);
            fields[i] = new RType.Field(f.name(), map(f.type()), f.embedded(), tag.isEmpty() ? null : tag, pkg);
        }
        return types.struct(fields);
    }

    private RType iface(Interface i) {
        java.util.List<Func> ms = i.methods();
        RType.IMethod[] methods = new RType.IMethod[ms.size()];
        for (int k = 0; k < methods.length; k++) {
            Func m = ms.get(k);
            String pkg = m.exported() || m.pkg() == null ? null : m.pkg().path();
            methods[k] = new RType.IMethod(m.name(), signature(m.signature()), pkg);
        }
        return types.iface(methods);
    }

    /** Whether values of the type are held in a long slot (integers, floats, bools). */
    static boolean inLongSlot(RType t) {
        Kind k = t.kind();
        return k.isInteger() || k.isFloat() || k == Kind.BOOL;
    }
}
