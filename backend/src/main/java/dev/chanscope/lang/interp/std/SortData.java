package dev.chanscope.lang.interp.std;

/** What the sorting algorithms see of a collection: comparing and swapping by index. */
interface SortData {

    boolean less(int i, int j);

    void swap(int i, int j);
}
