/**
 * The startup warm-up: before the server reports ready, runs streamed to it over its own loopback
 * sockets (or, where that cannot run, through the run protocol in process), so the first visitors do
 * not pay for class loading and the JIT compiler. Off the request path: the server tells the
 * warm-up's sessions apart only by the key they present.
 */
package dev.chanscope.warmup;
