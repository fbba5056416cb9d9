package dev.chanscope.scenario.library;

import dev.chanscope.engine.Chan;
import dev.chanscope.engine.Go;
import dev.chanscope.engine.Program;
import dev.chanscope.engine.RecvChan;
import dev.chanscope.engine.Select;
import dev.chanscope.engine.SendChan;
import dev.chanscope.scenario.LibraryScenario;
import dev.chanscope.scenario.Notes;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The concurrent prime sieve: a daisy chain of filter goroutines, one per prime found. */
public final class PrimeSieve extends LibraryScenario {

    public PrimeSieve() {
        super(new Info(
                "prime-sieve",
                "Prime sieve",
                "Patterns",
                "A generator feeds a growing daisy chain of filter goroutines, one per prime found; whatever reaches the end of the chain is the next prime.",
                new Notes(
                        "Numbers flow left to right through unbuffered channels. Each filter drops the multiples of"
                                + " its prime and passes the rest on; the first number to get through the whole chain"
                                + " has no smaller prime factor, so it is prime, and main adds a filter for it. Many"
                                + " numbers are in the chain at once, one per link. At the end, close(done) unwinds"
                                + " every goroutine: each returns and closes its output, and only main is left.",
                        "The classic version of this program has no done channel: when main has its primes and"
                                + " returns, the generator and every filter are still blocked on a send or a receive."
                                + " In a program that keeps running, those goroutines would never be freed. It is also"
                                + " slow: every number is handed from goroutine to goroutine, so it teaches structure,"
                                + " not how to find primes fast.",
                        "Give every goroutine of a chain a way to stop: a done channel (or a context) checked in"
                                + " each send, and defer close(out) so a stage that stops also releases the stage after"
                                + " it. For real prime finding, a loop over an array is far faster."),
                List.of(ParamSpec.integer(
                        "primes", 8, 1, 500, "How many primes to find; one filter goroutine is added for each.")),
                List.of()));
    }

    @Override
    public Program program(Params params) {
        int n = params.getInt("primes");
        return go -> {
            Chan<Void> done = go.makeChan("done", 0, "done := make(chan struct{})");
            Chan<Integer> ch = go.makeChan("ch", 0, 0, "ch := make(chan int)");
            Chan<Integer> first = ch;
            go.go("generate", "go generate(done, ch)", () -> generate(go, done, first));
            List<Integer> primes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int prime = ch.recv("prime := <-ch");
                go.log("prime " + prime, "fmt.Println(\"prime\", prime)");
                primes.add(prime);
                Chan<Integer> out = go.makeChan("out-" + prime, 0, 0, "out := make(chan int)");
                Chan<Integer> in = ch;
                go.go("filter-" + prime, "go filter(done, ch, out, prime)", () -> filter(go, done, in, out, prime));
                ch = out;
            }
            done.close("close(done)");
            go.log(
                    "= primes: " + primes.stream().map(String::valueOf).collect(Collectors.joining(" ", "[", "]")),
                    "fmt.Println(\"= primes:\", primes)");
            go.log(
                    "= goroutines left: " + GoroutinesLeft.count(go),
                    "fmt.Println(\"= goroutines left:\", goroutinesLeft())");
        };
    }

    private static void generate(Go go, RecvChan<Void> done, Chan<Integer> ch) {
        for (int i = 2; ; i++) {
            Select sel = go.select();
            sel.send(ch, i, "case ch <- i:");
            var stop = sel.recv(done, "case <-done: // stop generating");
            if (sel.run("case ch <- i:") == stop) {
                break;
            }
        }
        ch.close("defer close(ch)");
    }

    private static void filter(Go go, RecvChan<Void> done, RecvChan<Integer> in, SendChan<Integer> out, int prime) {
        for (int i : in.range("for i := range in {")) {
            if (i % prime != 0) {
                Select sel = go.select();
                sel.send(out, i, "case out <- i:");
                var stop = sel.recv(done, "case <-done: // stop filtering");
                if (sel.run("case out <- i:") == stop) {
                    break;
                }
            }
        }
        out.close("defer close(out)");
    }
}
