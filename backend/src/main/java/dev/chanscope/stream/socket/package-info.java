/**
 * The WebSocket transport (Spring): {@code /ws/runs} registered with its origin check and container
 * buffers ({@link dev.chanscope.stream.socket.WebSocketConfig}), sessions opened and closed, messages
 * assembled and bounded ({@link dev.chanscope.stream.socket.Inbound}), sends with bounded back-pressure
 * ({@link dev.chanscope.stream.socket.SessionPeer}), and every open socket told at shutdown ({@link
 * dev.chanscope.stream.socket.OpenSockets}, {@link dev.chanscope.stream.socket.SocketShutdown}). What
 * the messages mean is the protocol's ({@code dev.chanscope.stream}).
 */
package dev.chanscope.stream.socket;
