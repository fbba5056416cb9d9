package dev.chanscope.scenario.library;

import dev.chanscope.engine.Chan;
import dev.chanscope.engine.Durations;
import dev.chanscope.engine.Program;
import dev.chanscope.engine.WaitGroup;
import dev.chanscope.scenario.LibraryScenario;
import dev.chanscope.scenario.Notes;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import java.util.List;

/**
 * A worker pool doing CPU-bound or I/O-bound jobs: adding workers speeds CPU work up only until every
 * processor (GOMAXPROCS) is busy, while waiting on I/O keeps getting faster with more workers.
 */
public final class CpuVsIo extends LibraryScenario {

    static final String CPU = "cpu";
    static final String IO = "io";

    public CpuVsIo() {
        super(new Info(
                "cpu-vs-io",
                "CPU-bound vs I/O-bound",
                "Scheduling",
                "A worker pool runs CPU-bound or I/O-bound jobs: more workers help CPU work only up to GOMAXPROCS, and keep helping I/O.",
                new Notes(
                        "With kind cpu, each job holds one of the GOMAXPROCS processors for jobTime; once every processor is"
                                + " busy, extra workers just queue for one, so the run takes as long as with GOMAXPROCS workers."
                                + " With kind io, a waiting worker holds no processor, so every worker can wait at the same time and"
                                + " doubling the workers halves the run. Change GOMAXPROCS and the workers, and compare the end"
                                + " times.",
                        "Sizing every pool the same way: a CPU-bound pool with hundreds of goroutines gains nothing over"
                                + " GOMAXPROCS of them and adds scheduling overhead and memory, while an I/O-bound pool limited to"
                                + " the number of cores leaves the machine idle, waiting on one request per core. Real jobs mix the"
                                + " two, so a guess in either direction can be far off.",
                        "For CPU-bound work use about runtime.GOMAXPROCS(0) workers (the default is the number of cores)."
                                + " For I/O-bound work, size the pool by how much concurrency the other side can take (connections,"
                                + " rate limits), often far more than the cores, and bound it with a semaphore. Measure with"
                                + " benchmarks and pprof rather than guessing."),
                List.of(
                        ParamSpec.integer(
                                "workers", 4, 1, 5000, "How many worker goroutines take jobs from the queue."),
                        ParamSpec.choice(
                                "kind",
                                CPU,
                                List.of(CPU, IO),
                                "cpu: each job computes and needs a processor. io: each job waits and needs none."),
                        ParamSpec.integer("jobs", 16, 1, 20_000, "How many jobs main sends to the workers."),
                        ParamSpec.duration(
                                "jobTime",
                                Durations.ms(2),
                                Durations.us(1),
                                Durations.seconds(1),
                                "How long one job takes on its own.")),
                List.of()));
    }

    @Override
    public Program program(Params params) {
        int workers = params.getInt("workers");
        boolean cpu = params.getString("kind").equals(CPU);
        int jobs = params.getInt("jobs");
        long jobTime = params.getLong("jobTime");
        return go -> {
            go.log("GOMAXPROCS: " + go.gomaxprocs(), "fmt.Println(\"GOMAXPROCS:\", runtime.GOMAXPROCS(0))");
            long start = go.now();
            Chan<Integer> queue = go.makeChan("queue", 0, "queue := make(chan int)");
            int[] done = new int[workers];
            WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
            for (int w = 0; w < workers; w++) {
                int worker = w;
                wg.add(1, "wg.Add(1)");
                go.go("worker-" + w, "go func(w int) {", () -> {
                    for (int ignored : queue.range("for range queue {")) {
                        if (cpu) {
                            go.work(jobTime, "burn(jobTime) // needs a processor the whole time");
                        } else {
                            go.io(jobTime, "time.Sleep(jobTime) // waiting on I/O needs no processor");
                        }
                        done[worker]++;
                    }
                    wg.done("defer wg.Done()");
                });
            }
            for (int j = 1; j <= jobs; j++) {
                queue.send(j, "queue <- j");
            }
            queue.close("close(queue)");
            wg.await("wg.Wait()");
            int total = 0;
            for (int n : done) {
                total += n;
            }
            go.log(
                    "took " + Durations.format(go.now() - start),
                    "fmt.Println(\"took\", time.Since(start).Round(time.Millisecond))");
            go.log("= jobs done: " + total, "fmt.Println(\"= jobs done:\", total)");
        };
    }
}
