package dev.chanscope.scenario.library;

import dev.chanscope.engine.AtomicInt;
import dev.chanscope.engine.Chan;
import dev.chanscope.engine.Durations;
import dev.chanscope.engine.Go;
import dev.chanscope.engine.Program;
import dev.chanscope.engine.WaitGroup;
import dev.chanscope.scenario.LibraryScenario;
import dev.chanscope.scenario.Notes;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import java.util.List;

/** A queue sized for the whole workload hides a slow consumer; a small bound pushes back on the producer. */
public final class UnboundedQueue extends LibraryScenario {

    public UnboundedQueue() {
        super(new Info(
                "unbounded-queue",
                "Queue without backpressure",
                "Pitfalls",
                "A producer faster than its consumer fills a channel sized for everything, so the backlog grows with the workload; a small bound makes the producer wait instead.",
                new Notes(
                        "Jobs arrive every produceEvery and take consumeTime each. Watch the jobs buffer: with room for"
                                + " everything it fills steadily and the backlog line keeps climbing, because nothing ever tells the"
                                + " producer to slow down. With the bound, the buffer fills to its size and then the producer parks"
                                + " on jobs <- i until a consumer frees a slot.",
                        "A huge buffer does not make a slow consumer faster; it only hides the problem while the backlog, the"
                                + " memory it holds and the time each job waits grow in proportion to the load. The same happens with"
                                + " a goroutine per job or an ever-growing slice. It works in a test with 20 jobs and falls over in"
                                + " production with 20 million.",
                        "Bound the queue (make(chan int, bound)) so a full queue blocks the producer: that backpressure"
                                + " travels upstream to whoever feeds it, which can then slow down, shed load or report busy. To"
                                + " keep up rather than push back, add consumers until they drain jobs as fast as they arrive (here"
                                + " 3 or more)."),
                List.of(
                        ParamSpec.integer("items", 20, 1, 10_000, "How many jobs the producer makes."),
                        ParamSpec.integer("consumers", 1, 1, 1000, "How many goroutines take jobs from the queue."),
                        ParamSpec.integer("bound", 4, 1, 1000, "Capacity of the bounded queue (used by the fix)."),
                        ParamSpec.duration(
                                "produceEvery", Durations.ms(1), 0, Durations.seconds(1), "Time between two new jobs."),
                        ParamSpec.duration(
                                "consumeTime",
                                Durations.ms(3),
                                0,
                                Durations.seconds(1),
                                "Time a consumer spends on one job."),
                        FIX),
                List.of()));
    }

    @Override
    public Program program(Params params) {
        int items = params.getInt("items");
        int consumers = params.getInt("consumers");
        int bound = params.getInt("bound");
        long produceEvery = params.getLong("produceEvery");
        long consumeTime = params.getLong("consumeTime");
        boolean fix = params.getBool("fix");
        return go -> {
            Chan<Integer> jobs = fix
                    ? go.makeChan("jobs", bound, 0, "jobs := make(chan int, bound)")
                    : go.makeChan("jobs", items, 0, "jobs := make(chan int, items)");
            go.go("producer", "go produce(jobs)", () -> produce(go, jobs, items, produceEvery));
            AtomicInt processed = go.newAtomic("processed", 0, "var processed, sum atomic.Int64");
            AtomicInt sum = go.newAtomic("sum", 0, "var processed, sum atomic.Int64");
            WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
            for (int c = 0; c < consumers; c++) {
                wg.add(1, "wg.Add(1)");
                go.go("consumer-" + c, "go func() {", () -> {
                    for (int j : jobs.range("for j := range jobs {")) {
                        go.sleep(consumeTime, "time.Sleep(consumeTime)");
                        processed.add(1, "processed.Add(1)");
                        sum.add(j, "sum.Add(int64(j))");
                    }
                    wg.done("defer wg.Done()");
                });
            }
            wg.await("wg.Wait()");
            String label = "fmt.Printf(\"= processed";
            go.log("= processed " + processed.load(label) + " jobs, sum " + sum.load(label), label);
        };
    }

    /** produce(jobs). */
    private static void produce(Go go, Chan<Integer> jobs, int items, long produceEvery) {
        for (int i = 1; i <= items; i++) {
            go.sleep(produceEvery, "time.Sleep(produceEvery)");
            jobs.send(i, "jobs <- i");
            go.log("queued job " + i + " backlog " + jobs.len(), "fmt.Println(\"queued job\"");
        }
        jobs.close("close(jobs)");
    }
}
