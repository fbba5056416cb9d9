package dev.chanscope.lang.interp.std;

/**
 * sort.Stable as Go 1.19 does it: insertion sort of blocks of 20, then SymMerge rounds with
 * rotations made of swaps, so the calls made on the data are Go's.
 */
final class StableSort {

    private StableSort() {}

    static void sort(SortData d, int n) {
        int blockSize = 20;
        int a = 0;
        int b = blockSize;
        while (b <= n) {
            Pdq.insertionSort(d, a, b);
            a = b;
            b += blockSize;
        }
        Pdq.insertionSort(d, a, n);
        while (blockSize < n) {
            a = 0;
            b = 2 * blockSize;
            while (b <= n) {
                symMerge(d, a, a + blockSize, b);
                a = b;
                b += 2 * blockSize;
            }
            int m = a + blockSize;
            if (m < n) {
                symMerge(d, a, m, n);
            }
            blockSize *= 2;
        }
    }

    private static void symMerge(SortData d, int a, int m, int b) {
        if (m - a == 1) {
            int i = m;
            int j = b;
            while (i < j) {
                int h = (i + j) >>> 1;
                if (d.less(h, a)) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for (int k = a; k < i - 1; k++) {
                d.swap(k, k + 1);
            }
            return;
        }
        if (b - m == 1) {
            int i = a;
            int j = m;
            while (i < j) {
                int h = (i + j) >>> 1;
                if (!d.less(m, h)) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for (int k = m; k > i; k--) {
                d.swap(k, k - 1);
            }
            return;
        }
        int mid = (a + b) >>> 1;
        int n = mid + m;
        int start;
        int r;
        if (m > mid) {
            start = n - b;
            r = mid;
        } else {
            start = a;
            r = m;
        }
        int p = n - 1;
        while (start < r) {
            int c = (start + r) >>> 1;
            if (!d.less(p - c, c)) {
                start = c + 1;
            } else {
                r = c;
            }
        }
        int end = n - start;
        if (start < m && m < end) {
            rotate(d, start, m, end);
        }
        if (a < start && start < mid) {
            symMerge(d, a, start, mid);
        }
        if (mid < end && end < b) {
            symMerge(d, mid, end, b);
        }
    }

    private static void swapRange(SortData d, int a, int b, int n) {
        for (int i = 0; i < n; i++) {
            d.swap(a + i, b + i);
        }
    }

    private static void rotate(SortData d, int a, int m, int b) {
        int i = m - a;
        int j = b - m;
        while (i != j) {
            if (i > j) {
                swapRange(d, m - i, m, j);
                i -= j;
            } else {
                swapRange(d, m - i, m + j - i, i);
                j -= i;
            }
        }
        swapRange(d, m - i, m, i);
    }
}
