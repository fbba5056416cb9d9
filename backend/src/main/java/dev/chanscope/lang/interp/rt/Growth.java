package dev.chanscope.lang.interp.rt;

/**
 * Go 1.19's append growth (runtime.growslice): double small slices, grow large ones by about 1.25×
 * plus a constant, then round the byte size up to the allocator's size class, so len and cap after
 * every append are what real Go prints.
 */
public final class Growth {

    private static final int[] CLASS_TO_SIZE = {
        0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416,
        448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456,
        4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432,
        19072, 20480, 21760, 24576, 27264, 28672, 32768
    };

    private static final int MAX_SMALL_SIZE = 32768;
    private static final int PAGE_SIZE = 8192;

    private Growth() {}

    /** The capacity growslice picks when a slice of capacity {@code oldCap} must hold {@code needed}. */
    public static long newCap(long oldCap, long needed, long elemSize) {
        long newCap = oldCap;
        long doubleCap = newCap + newCap;
        if (needed > doubleCap) {
            newCap = needed;
        } else if (oldCap < 256) {
            newCap = doubleCap;
        } else {
            while (0 < newCap && newCap < needed) {
                newCap += (newCap + 3 * 256) / 4;
            }
            if (newCap <= 0) {
                newCap = needed;
            }
        }
        if (elemSize == 0) {
            return newCap;
        }
        long bytes = roundUpSize(newCap * elemSize);
        return bytes / elemSize;
    }

    /** runtime.roundupsize: the size class of a small allocation, whole pages for a large one. */
    public static long roundUpSize(long size) {
        if (size < MAX_SMALL_SIZE) {
            for (int s : CLASS_TO_SIZE) {
                if (s >= size) {
                    return s;
                }
            }
        }
        if (size + PAGE_SIZE < size) {
            return size;
        }
        return (size + PAGE_SIZE - 1) / PAGE_SIZE * PAGE_SIZE;
    }
}
