package dev.chanscope.scenario.library;

import dev.chanscope.engine.Durations;
import dev.chanscope.engine.Go;
import dev.chanscope.engine.Once;
import dev.chanscope.engine.Program;
import dev.chanscope.engine.SharedVar;
import dev.chanscope.engine.WaitGroup;
import dev.chanscope.scenario.LibraryScenario;
import dev.chanscope.scenario.Notes;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import java.util.List;

/** Lazy initialisation with sync.Once: many callers, one load; those who arrive during it wait. */
public final class OnceInit extends LibraryScenario {

    static final long VERSION = 42;

    public OnceInit() {
        super(new Info(
                "once-init",
                "Lazy init with sync.Once",
                "Patterns",
                "Many goroutines ask for a config that is loaded on first use; sync.Once runs the load exactly once and makes everyone who arrives meanwhile wait for it.",
                new Notes(
                        "The first caller to reach once.Do runs loadConfig, which takes initTime. Callers who arrive while"
                                + " it runs block inside once.Do and all wake together when it returns; callers who come later go"
                                + " straight through. Everyone reads the same config, and loads ends at 1 whatever the number of"
                                + " callers.",
                        "Hand-rolled versions break in subtle ways. if config == nil { config = load() } runs the load"
                                + " several times and races on config. Setting a done flag before the load finishes lets others"
                                + " read a half-built value, and checking a flag without a lock (double-checked locking) is a data"
                                + " race in Go. Calling once.Do again from inside loadConfig deadlocks.",
                        "Use sync.Once (or, since Go 1.21, sync.OnceValue) around the initialisation and read the value only"
                                + " after once.Do has returned: Do returns only when the function has finished, which also makes"
                                + " its writes visible to every caller. Keep the function short and free of calls back into the same"
                                + " Once."),
                List.of(
                        ParamSpec.integer("callers", 8, 1, 5000, "How many goroutines ask for the config."),
                        ParamSpec.duration(
                                "spread",
                                Durations.ms(4),
                                0,
                                Durations.seconds(1),
                                "Callers arrive at random times within this span."),
                        ParamSpec.duration(
                                "initTime",
                                Durations.ms(3),
                                0,
                                Durations.seconds(1),
                                "How long loading the config takes.")),
                List.of()));
    }

    @Override
    public Program program(Params params) {
        int callers = params.getInt("callers");
        long spread = params.getLong("spread");
        long initTime = params.getLong("initTime");
        return go -> {
            Once once = go.newOnce("once", "once   sync.Once");
            SharedVar config = go.newVar("config", 0, "config *Config");
            SharedVar loads = go.newVar("loads", 0, "loads  int // how many times loadConfig ran");
            WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
            long[] saw = new long[callers];
            for (int c = 0; c < callers; c++) {
                int caller = c;
                wg.add(1, "wg.Add(1)");
                go.go("caller-" + c, "go func(c int) {", () -> {
                    go.sleep(go.randInt((int) spread + 1), "time.Sleep(time.Duration(rand.Int63n(int64(spread) + 1)))");
                    saw[caller] = getConfig(go, once, config, loads, initTime);
                    go.log(
                            "caller " + caller + " got version " + saw[caller],
                            "fmt.Printf(\"caller %d got version %d\\n\", c, saw[c])");
                    wg.done("defer wg.Done()");
                });
            }
            wg.await("wg.Wait()");
            int ready = 0;
            for (long v : saw) {
                if (v == VERSION) {
                    ready++;
                }
            }
            go.log(
                    "= loadConfig ran " + loads.get("fmt.Println(\"= loadConfig ran\", loads, \"time(s)\")")
                            + " time(s)",
                    "fmt.Println(\"= loadConfig ran\", loads, \"time(s)\")");
            go.log(
                    "= " + ready + " of " + callers + " callers saw the loaded config",
                    "fmt.Printf(\"= %d of %d callers saw the loaded config\\n\", ready, callers)");
        };
    }

    private static long getConfig(Go go, Once once, SharedVar config, SharedVar loads, long initTime) {
        once.run(
                () -> {
                    loads.set(loads.get("loads++") + 1, "loads++");
                    go.sleep(initTime, "time.Sleep(initTime) // reading a file, connecting to a database, ...");
                    config.set(VERSION, "config = &Config{Version: 42}");
                },
                "once.Do(loadConfig)");
        return config.get("return config");
    }
}
