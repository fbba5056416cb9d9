package dev.chanscope.scenario.library;

import dev.chanscope.engine.Chan;
import dev.chanscope.engine.Durations;
import dev.chanscope.engine.Go;
import dev.chanscope.engine.Program;
import dev.chanscope.engine.WaitGroup;
import dev.chanscope.scenario.LibraryScenario;
import dev.chanscope.scenario.Notes;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One goroutine per task, their results merged into one channel that a closer goroutine closes; or,
 * with {@code ordered}, one buffered channel per task read in task order (so a big run has as many
 * channels as goroutines alive at once).
 */
public final class FanOutFanIn extends LibraryScenario {

    private static final String SLEEP = "time.Sleep(time.Duration(rand.Int63n(int64(maxLatency))))";

    public FanOutFanIn() {
        super(new Info(
                "fan-out-fan-in",
                "Fan-out, fan-in",
                "Patterns",
                "A goroutine per task sends its result into one shared channel; a WaitGroup and a closer goroutine close it so the fan-in loop ends.",
                new Notes(
                        "All task goroutines start at once and wait on their calls side by side, so the whole batch"
                                + " takes about as long as the slowest call, not the sum. Results reach main in the order"
                                + " the calls finish. The closer goroutine sits in wg.Wait() until the last task is done"
                                + " and then closes results, which ends main's range loop; at the end only main is left.",
                        "Closing results in main right after starting the tasks, or from a task goroutine, panics"
                                + " the senders that are not done yet. Never closing it leaves main stuck in its range"
                                + " loop. And calling wg.Add inside the goroutine instead of before the go statement lets"
                                + " wg.Wait() return before some tasks have even registered.",
                        "Call wg.Add(1) before each go statement, defer wg.Done() in the task, and let one extra"
                                + " goroutine wait and close the merged channel, so the receiver can simply range over it."
                                + " With thousands of tasks, bound how many run at once with a worker pool or a"
                                + " semaphore."),
                List.of(
                        ParamSpec.integer("tasks", 6, 1, 5_000, "How many tasks, and so task goroutines, to start."),
                        ParamSpec.duration(
                                "maxLatency",
                                Durations.ms(5),
                                Durations.us(1),
                                Durations.seconds(1),
                                "Each call takes a random time below this."),
                        ParamSpec.bool(
                                "ordered",
                                false,
                                "On: each task sends into its own channel and main reads them in task order. Off: one"
                                        + " shared channel, read as results arrive.")),
                List.of()));
    }

    @Override
    public Program program(Params params) {
        int tasks = params.getInt("tasks");
        long maxLatency = params.getLong("maxLatency");
        if (params.getBool("ordered")) {
            return ordered(tasks, maxLatency);
        }
        return go -> {
            Chan<Integer> results = go.makeChan("results", 0, 0, "results := make(chan int)");
            WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");

            for (int t = 1; t <= tasks; t++) {
                int task = t;
                wg.add(1, "wg.Add(1)");
                go.go("task-" + task, "go func(task int) { // task goroutine", () -> {
                    results.send(fetch(go, task, maxLatency), "results <- fetch(task)");
                    wg.done("defer wg.Done()");
                });
            }

            go.go("closer", "go func() { // closer", () -> {
                wg.await("wg.Wait()");
                results.close("close(results)");
            });

            Map<Integer, Integer> received = new TreeMap<>();
            for (int r : results.range("for r := range results {")) {
                go.log("result " + r, "fmt.Println(\"result\", r)");
                received.merge(r, 1, Integer::sum);
            }

            boolean once = received.size() == tasks;
            for (int t = 1; t <= tasks; t++) {
                once = once && received.getOrDefault(t * 10, 0) == 1;
            }
            go.log(
                    "= results received: " + received.size() + " each exactly once: " + once,
                    "fmt.Println(\"= results received:\"");
            go.log(
                    "= goroutines left: " + GoroutinesLeft.count(go),
                    "fmt.Println(\"= goroutines left:\", goroutinesLeft())");
        };
    }

    /** One buffered channel per task: no WaitGroup or closer, and results come out in task order. */
    private static Program ordered(int tasks, long maxLatency) {
        return go -> {
            List<Chan<Integer>> results = new ArrayList<>();
            for (int t = 1; t <= tasks; t++) {
                int task = t;
                Chan<Integer> result = go.makeChan("result-" + task, 1, 0, "results[t] = make(chan int, 1)");
                results.add(result);
                go.go("task-" + task, "go func(task int, result chan<- int) { // task goroutine", () -> {
                    result.send(fetch(go, task, maxLatency), "result <- fetch(task)");
                });
            }

            List<Integer> received = new ArrayList<>();
            for (Chan<Integer> result : results) {
                int r = result.recv("r := <-result");
                go.log("result " + r, "fmt.Println(\"result\", r)");
                received.add(r);
            }

            boolean inOrder = received.size() == tasks;
            for (int t = 1; t <= tasks; t++) {
                inOrder = inOrder && received.get(t - 1) == t * 10;
            }
            go.log("= results received in task order: " + inOrder, "fmt.Println(\"= results received in task order:\"");
            go.log(
                    "= goroutines left: " + GoroutinesLeft.count(go),
                    "fmt.Println(\"= goroutines left:\", goroutinesLeft())");
        };
    }

    private static int fetch(Go go, int task, long maxLatency) {
        go.io(go.randInt((int) maxLatency), SLEEP);
        return task * 10;
    }
}
