/**
 * The compact binary wire format of events (docs/protocol.md): varint primitives, the schema derived
 * from the event records, the encoder, a generic decoder, and the stream digest. Pure Java, shared by
 * the streaming service and the tests.
 */
package dev.chanscope.wire;
