/**
 * The one Java client of the server's WebSocket endpoints ({@link dev.chanscope.client.SocketClient}),
 * used by the startup warm-up, the tests and the load benchmarks. Plain JDK ({@code java.net.http}):
 * no Spring.
 */
package dev.chanscope.client;
