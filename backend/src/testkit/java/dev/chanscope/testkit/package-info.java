/**
 * Test and benchmark support shared by the integration tests ({@code src/test}) and the harnesses
 * ({@code src/bench}): a room client that behaves like a page (joins, follows, reconnects) and a real
 * Redis server process on a free loopback port.
 */
package dev.chanscope.testkit;
