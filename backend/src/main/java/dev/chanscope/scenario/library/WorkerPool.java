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
import java.util.Map;
import java.util.TreeMap;

/** A fixed number of workers take jobs from one channel and send results on another. */
public final class WorkerPool extends LibraryScenario {

    public WorkerPool() {
        super(new Info(
                "worker-pool",
                "Worker pool",
                "Patterns",
                "A fixed set of workers shares a jobs channel, so at most that many jobs run at once; CPU-bound pools stop scaling at GOMAXPROCS, I/O-bound ones do not.",
                new Notes(
                        "At most `workers` jobs are in progress at any moment, however many are queued: each worker"
                                + " takes the next job only after sending the previous result. With work = cpu every job"
                                + " needs a processor, so once workers exceed GOMAXPROCS the extra workers just queue for"
                                + " one (the timeline shows them waiting) and the total time stops improving. With work = io"
                                + " the jobs wait without a processor, and more workers keep finishing sooner.",
                        "Starting one goroutine per job instead of a pool gives no bound at all: a million jobs make"
                                + " a million goroutines, each holding memory and perhaps a connection. Sizing a CPU-bound"
                                + " pool far above the number of cores only adds scheduling work. Forgetting close(jobs)"
                                + " leaves every worker blocked in its range loop when main is done.",
                        "Size CPU-bound pools near runtime.GOMAXPROCS(0) and I/O-bound pools by what the downstream"
                                + " service can take. Close the jobs channel from the one goroutine that sends on it, and"
                                + " collect exactly as many results as jobs were sent (or use a WaitGroup and close"
                                + " results) so main knows when everything is done."),
                List.of(
                        ParamSpec.integer("workers", 3, 1, 2_000, "How many worker goroutines share the jobs channel."),
                        ParamSpec.integer("jobs", 9, 1, 10_000, "How many jobs main submits."),
                        ParamSpec.choice(
                                "work",
                                "cpu",
                                List.of("cpu", "io"),
                                "cpu: each job computes and needs a processor; io: each job waits on the network."),
                        ParamSpec.duration(
                                "jobTime",
                                Durations.ms(2),
                                Durations.us(1),
                                Durations.ms(250),
                                "How long one job takes.")),
                List.of()));
    }

    @Override
    public Program program(Params params) {
        int workers = params.getInt("workers");
        int numJobs = params.getInt("jobs");
        boolean cpu = params.getString("work").equals("cpu");
        long jobTime = params.getLong("jobTime");
        return go -> {
            Chan<Integer> jobs = go.makeChan("jobs", numJobs, 0, "jobs := make(chan int, numJobs)");
            Chan<Integer> results = go.makeChan("results", numJobs, 0, "results := make(chan int, numJobs)");
            for (int w = 1; w <= workers; w++) {
                int id = w;
                go.go("worker-" + id, "go worker(w, jobs, results)", () -> worker(go, id, jobs, results, cpu, jobTime));
            }

            long start = go.now();
            for (int j = 1; j <= numJobs; j++) {
                jobs.send(j, "jobs <- j");
            }
            jobs.close("close(jobs)");

            Map<Integer, Integer> received = new TreeMap<>();
            for (int a = 1; a <= numJobs; a++) {
                received.merge(results.recv("received[<-results]++"), 1, Integer::sum);
            }
            go.log(
                    numJobs + " " + (cpu ? "cpu" : "io") + " jobs on " + workers + " workers, GOMAXPROCS "
                            + go.gomaxprocs() + ": " + Durations.format(go.now() - start),
                    "fmt.Printf(\"%d %s jobs on %d workers, GOMAXPROCS %d: %v\\n\"");

            boolean once =
                    received.size() == numJobs && received.values().stream().allMatch(n -> n == 1);
            go.log(
                    "= results received: " + numJobs + " every job exactly once: " + once,
                    "fmt.Println(\"= results received:\"");
            go.log(
                    "= goroutines left: " + GoroutinesLeft.count(go),
                    "fmt.Println(\"= goroutines left:\", goroutinesLeft())");
        };
    }

    private static void worker(
            Go go, int id, RecvChan<Integer> jobs, SendChan<Integer> results, boolean cpu, long jobTime) {
        for (int j : jobs.range("for j := range jobs {")) {
            go.log("worker " + id + " started job " + j, "fmt.Println(\"worker\", id, \"started job\", j)");
            if (cpu) {
                go.work(jobTime, "spin(jobTime)");
            } else {
                go.io(jobTime, "time.Sleep(jobTime) // I/O-bound");
            }
            results.send(j, "results <- j");
        }
    }
}
