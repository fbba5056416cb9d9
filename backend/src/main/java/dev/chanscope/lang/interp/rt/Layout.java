package dev.chanscope.lang.interp.rt;

/**
 * Sizes and alignments on amd64 (what unsafe.Sizeof says), used for allocation accounting and for
 * append's growth, which rounds to the allocator's size classes in bytes.
 */
final class Layout {

    private Layout() {}

    static void compute(RType t) {
        switch (t.kind) {
            case BOOL, INT8, UINT8 -> t.setLayout(1, 1);
            case INT16, UINT16 -> t.setLayout(2, 2);
            case INT32, UINT32, FLOAT32 -> t.setLayout(4, 4);
            case INT, INT64, UINT, UINT64, UINTPTR, FLOAT64, POINTER, UNSAFE_POINTER, MAP, CHAN, FUNC ->
                t.setLayout(8, 8);
            case COMPLEX64 -> t.setLayout(8, 4);
            case COMPLEX128 -> t.setLayout(16, 8);
            case STRING, INTERFACE -> t.setLayout(16, 8);
            case SLICE -> t.setLayout(24, 8);
            case ARRAY -> {
                t.setLayout(0, 1); // a recursive array type is invalid Go; this only stops a loop
                long n = t.len * t.elem.size();
                t.setLayout(n, t.elem.align());
            }
            case STRUCT -> struct(t);
        }
    }

    private static void struct(RType t) {
        t.setLayout(0, 1);
        long offset = 0;
        long align = 1;
        long lastSize = -1;
        for (RType.Field f : t.fields) {
            long a = f.type().align();
            offset = alignUp(offset, a);
            offset += f.type().size();
            lastSize = f.type().size();
            align = Math.max(align, a);
        }
        if (lastSize == 0 && offset > 0) {
            offset++; // a final zero-size field gets a byte, so a pointer to it stays inside the struct
        }
        t.setLayout(alignUp(offset, align), align);
    }

    static long alignUp(long n, long a) {
        return (n + a - 1) / a * a;
    }
}
