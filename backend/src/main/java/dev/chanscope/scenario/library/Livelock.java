package dev.chanscope.scenario.library;

import dev.chanscope.engine.Chan;
import dev.chanscope.engine.Durations;
import dev.chanscope.engine.Go;
import dev.chanscope.engine.Program;
import dev.chanscope.engine.RecvChan;
import dev.chanscope.engine.SendChan;
import dev.chanscope.scenario.LibraryScenario;
import dev.chanscope.scenario.Notes;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import java.util.List;

/**
 * Two polite walkers in a corridor step aside at the same moment, every time: busy, never blocked, never
 * getting anywhere. Randomised exponential backoff breaks the symmetry.
 *
 * <p>The walkers see each other through two channels of capacity 1: on attempt k each one's receive
 * returns the other's lane of attempt k, never an older or newer one. That keeps them in lockstep on
 * every schedule, in the simulation and in real Go alike, so the buggy variant never gets past on any
 * seed and the real program prints the same "= " line as the simulation.
 */
public final class Livelock extends LibraryScenario {

    /** The backoff window stops doubling here (in attempts). */
    static final int MAX_BACKOFF = 8;

    public Livelock() {
        super(new Info(
                "livelock",
                "Livelock: after you, no, after you",
                "Pitfalls",
                "Two walkers meet in a corridor and politely step aside at the same moment, again and again; random backoff lets them pass.",
                new Notes(
                        "alice and bob exchange their lanes on every attempt. Watch them: both always see a block, both"
                                + " step aside, both land in the same lane again. Nobody is ever blocked for long, the channels are"
                                + " busy the whole time, and yet neither makes progress until both give up.",
                        "A livelock is a deadlock that keeps moving: goroutines react to each other and keep retrying, but"
                                + " their reactions cancel out. It happens when competitors back off and retry on the same fixed"
                                + " schedule with the same rule; they collide again on every retry. The Go runtime cannot see it,"
                                + " because no goroutine is asleep, and no detector fires.",
                        "Break the symmetry with randomness: after a collision wait a random number of attempts (jitter)"
                                + " drawn from a window that doubles after each collision, up to a cap (exponential backoff). Two"
                                + " walkers pick different waits after one or two tries. Always keep the bound on attempts, too,"
                                + " so a retry loop ends even when it cannot succeed."),
                List.of(
                        ParamSpec.integer(
                                "corridors", 1, 1, 500, "How many corridors, each with its own pair of walkers."),
                        ParamSpec.integer("maxAttempts", 30, 1, 200, "Attempts each walker makes before giving up."),
                        ParamSpec.duration(
                                "stepTime", Durations.ms(1), 0, Durations.seconds(1), "How long stepping aside takes."),
                        FIX),
                List.of()));
    }

    @Override
    public Program program(Params params) {
        int corridors = params.getInt("corridors");
        int maxAttempts = params.getInt("maxAttempts");
        long stepTime = params.getLong("stepTime");
        boolean fix = params.getBool("fix");
        return go -> {
            Chan<Boolean> done = go.makeChan("done", 0, false, "done := make(chan bool)");
            for (int c = 0; c < corridors; c++) {
                String suffix = corridors == 1 ? "" : "-" + c;
                Chan<Integer> aliceToBob = go.makeChan("aliceToBob" + suffix, 1, 0, "aliceToBob := make(chan int, 1)");
                Chan<Integer> bobToAlice = go.makeChan("bobToAlice" + suffix, 1, 0, "bobToAlice := make(chan int, 1)");
                Walk walk = new Walk(go, done, maxAttempts, stepTime, fix);
                go.go("alice" + suffix, "go walk(\"alice\"", () -> walk.run("alice", aliceToBob, bobToAlice));
                go.go("bob" + suffix, "go walk(\"bob\"", () -> walk.run("bob", bobToAlice, aliceToBob));
            }
            int passed = 0;
            int gaveUp = 0;
            for (int i = 0; i < 2 * corridors; i++) {
                if (done.recv("if <-done {")) {
                    passed++;
                } else {
                    gaveUp++;
                }
            }
            go.log("= " + passed + " got past, " + gaveUp + " gave up", "fmt.Printf(\"= %d got past");
        };
    }

    /** walk(name, tell, see, done). */
    private record Walk(Go go, SendChan<Boolean> done, int maxAttempts, long stepTime, boolean fix) {

        void run(String name, SendChan<Integer> tell, RecvChan<Integer> see) {
            int lane = 0;
            int backoff = 1;
            int wait = 0;
            for (int attempt = 1; attempt <= maxAttempts; attempt++) {
                tell.send(lane, "tell <- lane");
                int other = see.recv("other := <-see");
                if (other != lane) {
                    go.log(name + " got past on attempt " + attempt, "fmt.Println(name, \"got past");
                    done.send(true, "done <- true");
                    return;
                }
                go.sleep(stepTime, "time.Sleep(stepTime)");
                if (!fix) {
                    lane = 1 - lane;
                    continue;
                }
                if (wait > 0) {
                    wait--;
                    continue;
                }
                lane = 1 - lane;
                if (backoff < MAX_BACKOFF) {
                    backoff *= 2;
                }
                wait = go.randInt(backoff);
            }
            go.log(name + " gave up after " + maxAttempts + " attempts", "fmt.Println(name, \"gave up");
            done.send(false, "done <- false");
        }
    }
}
