package dev.chanscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Channels behave as runtime/chan.go: handoff, FIFO buffer, nil, close. */
class ChannelSemanticsTest {

    @Test
    void unbufferedSendBlocksUntilAReceiverTakesTheValueHandToHand() {
        var t = Runs.run(
                go -> {
                    Chan<String> ch = go.makeChan("ch", 0, "make");
                    go.go("sender", "go", () -> ch.send("hello", "ch <- hello"));
                    go.sleep(Durations.ms(5), "sleep");
                    go.log("got " + ch.recv("<-ch") + " at " + go.now(), "print");
                },
                1);
        assertThat(t.logs()).as(t.why()).containsExactly("got hello at 5000000");
        assertThat(t.all(Event.GoBlock.class)).as(t.why()).anyMatch(b -> b.reason() == BlockReason.SEND);
        assertThat(t.all(Event.ChanHandoff.class)).as(t.why()).hasSize(1);
        assertThat(t.all(Event.ChanBuffer.class)).as(t.why()).isEmpty();
    }

    @Test
    void bufferedChannelIsFifoAndBlocksTheSenderOnlyWhenFull() {
        for (long seed = 1; seed <= 50; seed++) {
            var t = Runs.run(
                    go -> {
                        Chan<Integer> ch = go.makeChan("ch", 3, "make");
                        go.go("producer", "go", () -> {
                            for (int i = 0; i < 10; i++) {
                                ch.send(i, "ch <- i");
                            }
                            ch.close("close");
                        });
                        go.sleep(Durations.ms(1), "sleep");
                        StringBuilder got = new StringBuilder();
                        for (int v : ch.range("range")) {
                            got.append(v);
                        }
                        go.log(got.toString(), "print");
                    },
                    seed);
            assertThat(t.logs()).as(t.why()).containsExactly("0123456789");
            // Before main starts receiving, the producer fills exactly the 3 slots and then blocks.
            var firstBlock = t.all(Event.GoBlock.class).stream()
                    .filter(b -> b.reason() == BlockReason.SEND)
                    .findFirst();
            assertThat(firstBlock).as(t.why()).isPresent();
            long bufferedBefore = t.all(Event.ChanBuffer.class).stream()
                    .filter(b -> b.seq() < firstBlock.get().seq())
                    .count();
            assertThat(bufferedBefore).as(t.why()).isEqualTo(3);
        }
    }

    @Test
    void receiveFromAClosedChannelDrainsTheBufferThenGivesTheZeroValueAndNotOk() {
        var t = Runs.run(
                go -> {
                    Chan<Integer> ch = go.makeChan("ch", 2, 0, "make");
                    ch.send(7, "send");
                    ch.close("close");
                    var a = ch.recvOk("a");
                    var b = ch.recvOk("b");
                    var c = ch.recvOk("c");
                    go.log(a + " " + b + " " + c, "print");
                },
                1);
        assertThat(t.logs())
                .as(t.why())
                .containsExactly("Received[value=7, ok=true] Received[value=0, ok=false] Received[value=0, ok=false]");
    }

    @Test
    void sendOnAClosedChannelPanics() {
        var t = Runs.run(
                go -> {
                    Chan<Integer> ch = go.makeChan("ch", 1, "make");
                    ch.close("close");
                    ch.send(1, "ch <- 1");
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.PANICKED);
        assertThat(t.findings(DiagnosticKind.PANIC).getFirst().message()).contains("send on closed channel");
    }

    @Test
    void closingAClosedChannelPanics() {
        var t = Runs.run(
                go -> {
                    Chan<Integer> ch = go.makeChan("ch", 0, "make");
                    ch.close("close 1");
                    ch.close("close 2");
                },
                1);
        assertThat(t.findings(DiagnosticKind.PANIC).getFirst().message())
                .as(t.why())
                .contains("close of closed channel");
    }

    @Test
    void closingANilChannelPanics() {
        var t = Runs.run(go -> go.<Integer>nilChan().close("close(nil)"), 1);
        assertThat(t.findings(DiagnosticKind.PANIC).getFirst().message())
                .as(t.why())
                .contains("close of nil channel");
    }

    @Test
    void sendAndReceiveOnANilChannelBlockForever() {
        var t = Runs.run(
                go -> {
                    Chan<Integer> nil = go.nilChan();
                    go.go("sender", "go", () -> nil.send(1, "nil <- 1"));
                    nil.recv("<-nil");
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.DEADLOCKED);
        assertThat(t.findings(DiagnosticKind.DEADLOCK).getFirst().message())
                .contains("all goroutines are asleep")
                .contains("receive from a nil channel")
                .contains("send to a nil channel");
    }

    @Test
    void closeWakesEveryWaitingReceiverWithTheZeroValue() {
        var t = Runs.run(
                go -> {
                    Chan<Integer> ch = go.makeChan("ch", 0, -1, "make");
                    WaitGroup wg = go.newWaitGroup("wg", "wg");
                    for (int i = 0; i < 4; i++) {
                        wg.add(1, "add");
                        go.go("r" + i, "go", () -> {
                            var r = ch.recvOk("<-ch");
                            go.log(r.value() + "/" + r.ok(), "print");
                            wg.done("done");
                        });
                    }
                    go.sleep(10, "sleep");
                    ch.close("close");
                    wg.await("wait");
                },
                3);
        assertThat(t.logs()).as(t.why()).containsExactly("-1/false", "-1/false", "-1/false", "-1/false");
        assertThat(t.all(Event.ChanRecvClosed.class)).hasSize(4);
    }

    @Test
    void closeMakesEveryWaitingSenderPanic() {
        var t = Runs.run(
                go -> {
                    Chan<Integer> ch = go.makeChan("ch", 0, "make");
                    go.go("sender", "go", () -> ch.send(1, "ch <- 1"));
                    go.sleep(10, "sleep");
                    ch.close("close");
                    go.sleep(10, "sleep");
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.PANICKED);
        assertThat(t.findings(DiagnosticKind.PANIC).getFirst().message())
                .contains("send on closed channel")
                .contains("sender");
    }

    @Test
    void aReceiverFreeingAFullBufferMovesTheFirstWaitingSendersItemIntoIt() {
        var t = Runs.run(
                go -> {
                    Chan<Integer> ch = go.makeChan("ch", 1, "make");
                    ch.send(1, "send 1");
                    go.go("late", "go", () -> ch.send(2, "send 2"));
                    go.sleep(10, "sleep");
                    go.log(ch.recv("recv") + "," + ch.recv("recv"), "print");
                },
                1);
        assertThat(t.logs()).as(t.why()).containsExactly("1,2");
        List<String> path = new ArrayList<>();
        for (Event e : t.events()) {
            if (e instanceof Event.ChanRecv r) {
                path.add("recv#" + r.item());
            } else if (e instanceof Event.ChanBuffer b) {
                path.add("buffer#" + b.item() + "@" + b.slot());
            }
        }
        assertThat(path).as(t.why()).containsExactly("buffer#1@0", "recv#1", "buffer#2@0", "recv#2");
    }

    @Test
    void lenAndCapReportTheBuffer() {
        var t = Runs.run(
                go -> {
                    Chan<Integer> ch = go.makeChan("ch", 4, "make");
                    ch.send(1, "s");
                    ch.send(2, "s");
                    go.log(ch.len() + "/" + ch.cap(), "print");
                },
                1);
        assertThat(t.logs()).as(t.why()).containsExactly("2/4");
    }

    @Test
    void itemsKeepTheirIdentityFromSenderToReceiver() {
        var t = Runs.run(
                go -> {
                    Chan<String> ch = go.makeChan("ch", 2, "make");
                    go.go("p", "go", () -> {
                        ch.send("a", "send");
                        ch.send("b", "send");
                        ch.close("close");
                    });
                    for (String s : ch.range("range")) {
                        go.log(s, "print");
                    }
                },
                9);
        var sends = t.all(Event.ChanSend.class);
        var received = new ArrayList<Long>();
        t.all(Event.ChanRecv.class).forEach(r -> received.add(r.item()));
        t.all(Event.ChanHandoff.class).forEach(h -> received.add(h.item()));
        assertThat(received)
                .as(t.why())
                .containsExactlyInAnyOrderElementsOf(
                        sends.stream().map(Event.ChanSend::item).toList());
    }
}
