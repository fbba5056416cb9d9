package dev.chanscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import org.junit.jupiter.api.Test;

/** select behaves as runtime/select.go. */
class SelectTest {

    @Test
    void selectChoosesUniformlyAtRandomAmongReadyCases() {
        int[] chosen = new int[3];
        int runs = 3000;
        for (long seed = 0; seed < runs; seed++) {
            var t = Runs.run(
                    go -> {
                        Chan<Integer> a = go.makeChan("a", 1, "a");
                        Chan<Integer> b = go.makeChan("b", 1, "b");
                        Chan<Integer> c = go.makeChan("c", 1, "c");
                        a.send(1, "a<-");
                        b.send(2, "b<-");
                        c.send(3, "c<-");
                        Select sel = go.select();
                        sel.recv(a, "case <-a");
                        sel.recv(b, "case <-b");
                        sel.recv(c, "case <-c");
                        go.log("" + sel.run("select").index(), "print");
                    },
                    seed);
            chosen[Integer.parseInt(t.logs().getFirst())]++;
        }
        // Each case expects 1000; 5 standard deviations is about ±130.
        for (int n : chosen) {
            assertThat(n).isBetween(850, 1150);
        }
    }

    @Test
    void defaultIsTakenOnlyWhenNoCaseIsReady() {
        var t = Runs.run(
                go -> {
                    Chan<Integer> ch = go.makeChan("ch", 1, "make");
                    Select sel = go.select().withDefault();
                    var recv = sel.recv(ch, "case <-ch");
                    go.log(sel.run("select 1") == Select.DEFAULT ? "default" : "recv", "print");
                    ch.send(5, "send");
                    go.log(sel.run("select 2") == recv ? "recv " + recv.value() : "default", "print");
                },
                1);
        assertThat(t.logs()).as(t.why()).containsExactly("default", "recv 5");
        assertThat(t.all(Event.SelectChosen.class).stream().map(Event.SelectChosen::index))
                .containsExactly(-1, 0);
    }

    @Test
    void aBlockedSelectWakesOnTheFirstReadyCaseAndLeavesTheOtherQueues() {
        for (long seed = 1; seed <= 100; seed++) {
            var t = Runs.run(
                    go -> {
                        Chan<Integer> a = go.makeChan("a", 0, "a");
                        Chan<Integer> b = go.makeChan("b", 0, "b");
                        go.go("sendA", "go", () -> {
                            go.sleep(5, "sleep");
                            a.send(1, "a <- 1");
                        });
                        go.go("sendB", "go", () -> {
                            go.sleep(7, "sleep");
                            Select s = go.select().withDefault();
                            s.send(b, 2, "case b <- 2");
                            go.log(s.run("try b") == Select.DEFAULT ? "b not taken" : "b taken", "print");
                        });
                        Select sel = go.select();
                        var ca = sel.recv(a, "case v := <-a");
                        sel.recv(b, "case v := <-b");
                        var fired = sel.run("select");
                        go.log(fired == ca ? "a " + ca.value() : "b", "print");
                        go.sleep(10, "sleep");
                    },
                    seed);
            assertThat(t.logs()).as(t.why()).containsExactly("a 1", "b not taken");
        }
    }

    @Test
    void aSelectWithOnlyNilChannelsAndNoDefaultBlocksForever() {
        var t = Runs.run(
                go -> {
                    Select sel = go.select();
                    sel.recv(go.<Integer>nilChan(), "case <-nil");
                    sel.run("select");
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.DEADLOCKED);
    }

    @Test
    void aSelectSendCaseOnAClosedChannelPanics() {
        var t = Runs.run(
                go -> {
                    Chan<Integer> ch = go.makeChan("ch", 0, "make");
                    ch.close("close");
                    Select sel = go.select();
                    sel.send(ch, 1, "case ch <- 1");
                    sel.run("select");
                },
                1);
        assertThat(t.findings(DiagnosticKind.PANIC).getFirst().message())
                .as(t.why())
                .contains("send on closed channel");
    }

    @Test
    void aParkedSelectSendCaseHandsItsValueToALaterReceiver() {
        var t = Runs.run(
                go -> {
                    Chan<Integer> out = go.makeChan("out", 0, "make");
                    Chan<Integer> quit = go.makeChan("quit", 0, "make");
                    go.go("consumer", "go", () -> {
                        go.sleep(3, "sleep");
                        go.log("got " + out.recv("<-out"), "print");
                        quit.close("close(quit)");
                    });
                    Select sel = go.select();
                    var send = sel.send(out, 42, "case out <- 42");
                    sel.recv(quit, "case <-quit");
                    go.log(sel.run("select") == send ? "sent" : "quit", "print");
                    go.sleep(5, "sleep");
                },
                4);
        assertThat(t.logs()).as(t.why()).containsExactlyInAnyOrder("got 42", "sent");
        // The item is defined (ChanSend) before it is handed off.
        var send = t.all(Event.ChanSend.class).getFirst();
        var handoff = t.all(Event.ChanHandoff.class).getFirst();
        assertThat(send.item()).isEqualTo(handoff.item());
        assertThat(send.seq()).isLessThan(handoff.seq());
    }

    @Test
    void selectInALoopDrainsSeveralProducersUntilAllAreClosed() {
        var t = Runs.run(
                go -> {
                    Chan<Integer> a = go.makeChan("a", 2, "a");
                    Chan<Integer> b = go.makeChan("b", 2, "b");
                    for (Chan<Integer> ch : java.util.List.of(a, b)) {
                        go.go("p-" + ch.name(), "go", () -> {
                            for (int i = 0; i < 5; i++) {
                                ch.send(i, "send");
                            }
                            ch.close("close");
                        });
                    }
                    int sum = 0;
                    boolean aOpen = true;
                    boolean bOpen = true;
                    Chan<Integer> nil = go.nilChan();
                    while (aOpen || bOpen) {
                        Select sel = go.select();
                        var ca = sel.recv(aOpen ? a : nil, "case <-a");
                        var cb = sel.recv(bOpen ? b : nil, "case <-b");
                        var fired = sel.run("select");
                        if (fired == ca) {
                            if (ca.ok()) sum += ca.value();
                            else aOpen = false;
                        } else if (fired == cb) {
                            if (cb.ok()) sum += cb.value();
                            else bOpen = false;
                        }
                    }
                    go.log("sum " + sum, "print");
                },
                11);
        assertThat(t.logs()).as(t.why()).containsExactly("sum 20");
    }
}
