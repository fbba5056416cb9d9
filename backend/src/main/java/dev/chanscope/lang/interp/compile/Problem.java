package dev.chanscope.lang.interp.compile;

/** A construct the interpreter cannot run, reported as a compile error at byte offset {@code pos}. */
public record Problem(int pos, String message) {}
