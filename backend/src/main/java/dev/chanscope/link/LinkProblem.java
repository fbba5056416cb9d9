package dev.chanscope.link;

/** Something a link got wrong: the query parameter at fault and what was done about it. */
public record LinkProblem(String param, String message) {}
