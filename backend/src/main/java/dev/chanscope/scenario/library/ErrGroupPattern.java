package dev.chanscope.scenario.library;

import dev.chanscope.engine.Chan;
import dev.chanscope.engine.Context;
import dev.chanscope.engine.Durations;
import dev.chanscope.engine.Go;
import dev.chanscope.engine.Once;
import dev.chanscope.engine.Program;
import dev.chanscope.engine.Select;
import dev.chanscope.engine.WaitGroup;
import dev.chanscope.scenario.LibraryScenario;
import dev.chanscope.scenario.Notes;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import java.util.List;
import java.util.function.Supplier;

/**
 * Tasks in an errgroup with a limit: the first error cancels the group's context, the siblings notice
 * at their next step and stop, and Wait returns that first error.
 */
public final class ErrGroupPattern extends LibraryScenario {

    public ErrGroupPattern() {
        super(new Info(
                "errgroup",
                "errgroup: first error cancels the rest",
                "Patterns",
                "Tasks run in an errgroup with a concurrency limit; the first one to fail cancels the group's context, the others stop at their next check, and Wait returns that first error.",
                new Notes(
                        "At most limit tasks run at once: g.Go blocks main while the g.sem buffer is full, and a finished"
                                + " task's slot lets the next one start. When a failing task returns its error, errOnce keeps it and"
                                + " cancels ctx; every running sibling is waiting in its select and wakes on ctx.Done() at that same"
                                + " moment, and the tasks main starts afterwards stop before their first step. Wait then returns the"
                                + " error that came first.",
                        "Without a shared context the siblings of a failed task run to the end, doing work whose result"
                                + " will be thrown away. A task that never looks at ctx (a long loop, a call that takes no context)"
                                + " cannot be stopped by the cancellation either, and Wait waits for it all the same. And errors"
                                + " after the first are dropped: Wait reports one error, not all of them.",
                        "Create the group with WithContext, pass its ctx into every task and check it between steps and in"
                                + " every blocking call; use SetLimit to bound how many run at once. Real code imports"
                                + " golang.org/x/sync/errgroup, which has exactly this API; the small Group type in the source is"
                                + " a stand-in written with sync.WaitGroup, sync.Once and a context so the program needs only the"
                                + " standard library."),
                List.of(
                        ParamSpec.integer("tasks", 6, 1, 2000, "How many tasks main hands to the group."),
                        ParamSpec.integer("limit", 3, 1, 2000, "g.SetLimit: how many tasks may run at once."),
                        ParamSpec.integer("steps", 4, 1, 20, "How many steps each task's work takes."),
                        ParamSpec.duration(
                                "stepTime",
                                Durations.ms(1),
                                Durations.us(1),
                                Durations.seconds(1),
                                "Typical length of a step; each takes 0.5–1.5×."),
                        ParamSpec.integer(
                                "failEvery",
                                3,
                                0,
                                2000,
                                "Every failEvery-th task fails at a random step (0: no task fails).")),
                List.of()));
    }

    /** The Group type of the Go source: golang.org/x/sync/errgroup.Group in miniature. */
    private static final class Group {
        private final Go go;
        private final Context ctx;
        private final WaitGroup wg;
        private final Once errOnce;
        private Chan<Void> sem;
        private String err;

        /** WithContext(parent). */
        Group(Go go, Context parent) {
            this.go = go;
            this.ctx = go.withCancel(parent, "ctx", "ctx, cancel := context.WithCancel(ctx)");
            this.wg = go.newWaitGroup("g.wg", "wg      sync.WaitGroup");
            this.errOnce = go.newOnce("g.errOnce", "errOnce sync.Once");
        }

        void setLimit(int n) {
            sem = go.makeChan("g.sem", n, "g.sem = make(chan struct{}, n)");
        }

        void go(String name, Supplier<String> f) {
            if (sem != null) {
                sem.send(null, "g.sem <- struct{}{}");
            }
            wg.add(1, "g.wg.Add(1)");
            go.go(name, "go func() {", () -> {
                String e = f.get();
                if (e != null) {
                    errOnce.run(
                            () -> {
                                err = e;
                                ctx.cancel("g.cancel()");
                            },
                            "g.errOnce.Do(func() {");
                }
                done();
            });
        }

        private void done() {
            if (sem != null) {
                sem.recv("<-g.sem");
            }
            wg.done("g.wg.Done()");
        }

        String await() {
            wg.await("g.wg.Wait()");
            ctx.cancel("g.cancel() // every function has returned: release the context");
            return err;
        }
    }

    @Override
    public Program program(Params params) {
        int tasks = params.getInt("tasks");
        int limit = params.getInt("limit");
        int steps = params.getInt("steps");
        long stepTime = params.getLong("stepTime");
        int failEvery = params.getInt("failEvery");
        return go -> {
            Group g = new Group(go, go.background());
            g.setLimit(limit);
            for (int id = 1; id <= tasks; id++) {
                int task = id;
                g.go("task-" + id, () -> task(go, g.ctx, task, steps, stepTime, failEvery));
            }
            String err = g.await();
            go.log("Wait: " + (err == null ? "<nil>" : err), "fmt.Println(\"Wait:\", err)");
            go.log(
                    "= Wait returned an error: " + (err != null),
                    "fmt.Println(\"= Wait returned an error:\", err != nil)");
            go.log(
                    "= the error is a task's own, not a cancelled sibling's: " + !"context canceled".equals(err),
                    "fmt.Println(\"= the error is a task's own");
            go.log(
                    "= goroutines left: " + GoroutinesLeft.count(go),
                    "fmt.Println(\"= goroutines left:\", goroutinesLeft())");
        };
    }

    private static String task(Go go, Context ctx, int id, int steps, long stepTime, int failEvery) {
        int failAt = 0;
        if (failEvery > 0 && id % failEvery == 0) {
            failAt = 1 + go.randInt(steps);
        }
        String after = "case <-time.After(stepTime/2 + time.Duration(rand.Int63n(int64(stepTime)))):";
        for (int step = 1; step <= steps; step++) {
            Select sel = go.select();
            var cancelled = sel.recv(ctx.done(), "case <-ctx.Done():");
            sel.recv(go.after(go.jitter(stepTime, 50), after), after);
            if (sel.run("select {") == cancelled) {
                go.log(
                        "task " + id + ": stopped before step " + step,
                        "fmt.Printf(\"task %d: stopped before step %d\\n\", id, step)");
                return ctx.err();
            }
            if (step == failAt) {
                go.log(
                        "task " + id + ": failed at step " + step,
                        "fmt.Printf(\"task %d: failed at step %d\\n\", id, step)");
                return "task " + id + " failed at step " + step;
            }
        }
        go.log("task " + id + ": done", "fmt.Printf(\"task %d: done\\n\", id)");
        return null;
    }
}
