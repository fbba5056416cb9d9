package dev.chanscope.scenario;

/**
 * Teaching notes shown beside a scenario.
 *
 * @param watch what to look at while it runs
 * @param pitfall what goes wrong and why (for pattern scenarios: the mistake people make with it)
 * @param fix the idiomatic fix or practice
 */
public record Notes(String watch, String pitfall, String fix) {}
