package dev.chanscope.support;

/** A property's case that can be written as Java, to become an example test when it fails. */
public interface Example {

    /** This case as a Java expression that constructs an equal one. */
    String java();
}
