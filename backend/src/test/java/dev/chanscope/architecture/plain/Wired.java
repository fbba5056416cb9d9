package dev.chanscope.architecture.plain;

import org.springframework.stereotype.Component;

/** A class of a package that must stay plain Java yet uses Spring, for {@code ArchitectureTest}. */
@Component
public final class Wired {}
