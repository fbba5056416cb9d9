/**
 * Share links (docs/protocol.md, "Share links"): the query string that reopens a run at a moment, read
 * exactly as the browser reads it — every bad value reported and replaced by the nearest valid one —
 * including the compact {@code iz} form of long intervention lists. No Spring.
 */
package dev.chanscope.link;
