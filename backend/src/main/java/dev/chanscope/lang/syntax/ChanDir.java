package dev.chanscope.lang.syntax;

/** The direction of a channel type: {@code chan T}, {@code chan<- T} or {@code <-chan T}. */
public enum ChanDir {
    BOTH,
    SEND,
    RECV
}
