package dev.chanscope.lang.interp.std;

/**
 * Pattern-defeating quicksort as Go 1.19's sort package runs it (pdqsort with insertion sort below
 * 13 elements, ninther pivots, heap sort when the recursion budget runs out, a deterministic
 * xorshift to break patterns). The same sequence of Less and Swap calls as Go, so an unstable sort
 * leaves equal elements in exactly the order Go leaves them.
 */
final class Pdq {

    private static final int UNKNOWN = 0;
    private static final int INCREASING = 1;
    private static final int DECREASING = 2;

    private Pdq() {}

    /** sort.Sort: pdqsort over [0, n) with a recursion limit of bits.Len(n). */
    static void sort(SortData d, int n) {
        if (n <= 1) {
            return;
        }
        pdqsort(d, 0, n, 64 - Long.numberOfLeadingZeros(n));
    }

    static void insertionSort(SortData d, int a, int b) {
        for (int i = a + 1; i < b; i++) {
            for (int j = i; j > a && d.less(j, j - 1); j--) {
                d.swap(j, j - 1);
            }
        }
    }

    private static void siftDown(SortData d, int lo, int hi, int first) {
        int root = lo;
        while (true) {
            int child = 2 * root + 1;
            if (child >= hi) {
                return;
            }
            if (child + 1 < hi && d.less(first + child, first + child + 1)) {
                child++;
            }
            if (!d.less(first + root, first + child)) {
                return;
            }
            d.swap(first + root, first + child);
            root = child;
        }
    }

    private static void heapSort(SortData d, int a, int b) {
        int first = a;
        int hi = b - a;
        for (int i = (hi - 1) / 2; i >= 0; i--) {
            siftDown(d, i, hi, first);
        }
        for (int i = hi - 1; i >= 0; i--) {
            d.swap(first, first + i);
            siftDown(d, 0, i, first);
        }
    }

    private static void pdqsort(SortData d, int a, int b, int limit) {
        final int maxInsertion = 12;
        boolean wasBalanced = true;
        boolean wasPartitioned = true;
        while (true) {
            int length = b - a;
            if (length <= maxInsertion) {
                insertionSort(d, a, b);
                return;
            }
            if (limit == 0) {
                heapSort(d, a, b);
                return;
            }
            if (!wasBalanced) {
                breakPatterns(d, a, b);
                limit--;
            }
            long ph = choosePivot(d, a, b);
            int pivot = (int) (ph >> 2);
            int hint = (int) (ph & 3);
            if (hint == DECREASING) {
                reverseRange(d, a, b);
                pivot = (b - 1) - (pivot - a);
                hint = INCREASING;
            }
            if (wasBalanced && wasPartitioned && hint == INCREASING && partialInsertionSort(d, a, b)) {
                return;
            }
            if (a > 0 && !d.less(a - 1, pivot)) {
                a = partitionEqual(d, a, b, pivot);
                continue;
            }
            long part = partition(d, a, b, pivot);
            int mid = (int) (part >> 1);
            wasPartitioned = (part & 1) != 0;
            int leftLen = mid - a;
            int rightLen = b - mid;
            int balanceThreshold = length / 8;
            if (leftLen < rightLen) {
                wasBalanced = leftLen >= balanceThreshold;
                pdqsort(d, a, mid, limit);
                a = mid + 1;
            } else {
                wasBalanced = rightLen >= balanceThreshold;
                pdqsort(d, mid + 1, b, limit);
                b = mid;
            }
        }
    }

    /** The new pivot position shifted left by one, the low bit saying it was already partitioned. */
    private static long partition(SortData d, int a, int b, int pivot) {
        d.swap(a, pivot);
        int i = a + 1;
        int j = b - 1;
        while (i <= j && d.less(i, a)) {
            i++;
        }
        while (i <= j && !d.less(j, a)) {
            j--;
        }
        if (i > j) {
            d.swap(j, a);
            return (long) j << 1 | 1;
        }
        d.swap(i, j);
        i++;
        j--;
        while (true) {
            while (i <= j && d.less(i, a)) {
                i++;
            }
            while (i <= j && !d.less(j, a)) {
                j--;
            }
            if (i > j) {
                break;
            }
            d.swap(i, j);
            i++;
            j--;
        }
        d.swap(j, a);
        return (long) j << 1;
    }

    private static int partitionEqual(SortData d, int a, int b, int pivot) {
        d.swap(a, pivot);
        int i = a + 1;
        int j = b - 1;
        while (true) {
            while (i <= j && !d.less(a, i)) {
                i++;
            }
            while (i <= j && d.less(a, j)) {
                j--;
            }
            if (i > j) {
                break;
            }
            d.swap(i, j);
            i++;
            j--;
        }
        return i;
    }

    private static boolean partialInsertionSort(SortData d, int a, int b) {
        final int maxSteps = 5;
        final int shortestShifting = 50;
        int i = a + 1;
        for (int step = 0; step < maxSteps; step++) {
            while (i < b && !d.less(i, i - 1)) {
                i++;
            }
            if (i == b) {
                return true;
            }
            if (b - a < shortestShifting) {
                return false;
            }
            d.swap(i, i - 1);
            if (i - a >= 2) {
                for (int j = i - 1; j >= 1; j--) {
                    if (!d.less(j, j - 1)) {
                        break;
                    }
                    d.swap(j, j - 1);
                }
            }
            if (b - i >= 2) {
                for (int j = i + 1; j < b; j++) {
                    if (!d.less(j, j - 1)) {
                        break;
                    }
                    d.swap(j, j - 1);
                }
            }
        }
        return false;
    }

    private static void breakPatterns(SortData d, int a, int b) {
        int length = b - a;
        if (length >= 8) {
            long random = length;
            long modulus = 1L << (64 - Long.numberOfLeadingZeros(length));
            for (int idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
                random ^= random << 13;
                random ^= random >>> 17;
                random ^= random << 5;
                int other = (int) (random & (modulus - 1));
                if (other >= length) {
                    other -= length;
                }
                d.swap(idx, a + other);
            }
        }
    }

    /** The pivot shifted left by two, its sortedness hint in the low two bits. */
    private static long choosePivot(SortData d, int a, int b) {
        final int shortestNinther = 50;
        final int maxSwaps = 4 * 3;
        int l = b - a;
        int[] swaps = new int[1];
        int i = a + l / 4 * 1;
        int j = a + l / 4 * 2;
        int k = a + l / 4 * 3;
        if (l >= 8) {
            if (l >= shortestNinther) {
                i = median(d, i - 1, i, i + 1, swaps);
                j = median(d, j - 1, j, j + 1, swaps);
                k = median(d, k - 1, k, k + 1, swaps);
            }
            j = median(d, i, j, k, swaps);
        }
        int hint = swaps[0] == 0 ? INCREASING : swaps[0] == maxSwaps ? DECREASING : UNKNOWN;
        return (long) j << 2 | hint;
    }

    private static int median(SortData d, int a, int b, int c, int[] swaps) {
        if (d.less(b, a)) {
            swaps[0]++;
            int t = a;
            a = b;
            b = t;
        }
        if (d.less(c, b)) {
            swaps[0]++;
            int t = b;
            b = c;
            c = t;
        }
        if (d.less(b, a)) {
            swaps[0]++;
            int t = a;
            a = b;
            b = t;
        }
        return b;
    }

    private static void reverseRange(SortData d, int a, int b) {
        int i = a;
        int j = b - 1;
        while (i < j) {
            d.swap(i, j);
            i++;
            j--;
        }
    }
}
