/**
 * The streaming service: WebSocket {@code /ws/runs} with credit-based flow control over binary event
 * batches, JSON control messages, and the REST API. Owns every socket and HTTP concern.
 */
package dev.chanscope.stream;
