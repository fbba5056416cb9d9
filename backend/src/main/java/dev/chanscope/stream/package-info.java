/**
 * The run protocol of docs/protocol.md, without a transport: a client's conversation ({@link
 * dev.chanscope.stream.RunProtocol}: start, resume, credit, intervene, ping, and every error answer),
 * its current run and slot ({@code ClientRun}), credit-based flow control and resume by re-simulating
 * ({@link dev.chanscope.stream.RunStream}), batch frames ({@code EventBatcher}) and the JSON control
 * messages ({@link dev.chanscope.stream.Messages}). It talks to a {@link dev.chanscope.stream.Peer}:
 * the WebSocket transport is {@code stream.socket}, REST is {@code stream.rest}, admission and bounds
 * shared by all of them are {@code stream.admission}. No Spring here.
 */
package dev.chanscope.stream;
