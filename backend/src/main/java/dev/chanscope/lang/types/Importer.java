package dev.chanscope.lang.types;

/** Finds the packages a program imports. */
public interface Importer {

    /** The checked package for {@code path}, or null when Chanscope does not provide it. */
    Package importPackage(String path);
}
