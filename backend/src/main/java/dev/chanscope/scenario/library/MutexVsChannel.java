package dev.chanscope.scenario.library;

import dev.chanscope.engine.Chan;
import dev.chanscope.engine.Go;
import dev.chanscope.engine.Mutex;
import dev.chanscope.engine.Program;
import dev.chanscope.engine.SharedVar;
import dev.chanscope.engine.WaitGroup;
import dev.chanscope.scenario.LibraryScenario;
import dev.chanscope.scenario.Notes;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * One bank balance, two designs: shared and guarded by a mutex, or owned by a teller goroutine that
 * receives deposits over a channel. Both always end with the same, correct balance.
 */
public final class MutexVsChannel extends LibraryScenario {

    static final String MUTEX = "mutex";
    static final String CHANNEL = "channel";

    public MutexVsChannel() {
        super(new Info(
                "mutex-vs-channel",
                "Mutex vs channel",
                "Patterns",
                "The same bank balance is either shared under a mutex or owned by one goroutine that takes deposits over a channel; both end correct.",
                new Notes(
                        "With style mutex, every client goroutine reads and writes balance itself, one at a time: the others"
                                + " queue at mu.Lock(). With style channel, the clients only send amounts on payments and the teller"
                                + " is the single goroutine that ever reads or writes balance; the queue forms at the channel"
                                + " instead. Run both with the same seed: the deposits interleave differently, the final balance is"
                                + " the same.",
                        "Mixing the two is where bugs live: a state \"owned\" by a goroutine that someone else also touches"
                                + " directly, or a mutex that protects some accesses and not others. An owner goroutine also needs a"
                                + " way to stop (here, close(payments)), or it leaks; and a mutex held across a slow call makes every"
                                + " other client wait for it.",
                        "Both are correct; pick by what the code does. Guard a small piece of shared state that many read and"
                                + " update (a cache, a counter, a map) with a mutex, kept for the shortest time. Give state to a"
                                + " goroutine when its changes are a sequence of events, or the owner does more than update it"
                                + " (batching, talking to other stages): share memory by communicating, without forcing channels"
                                + " where a mutex is simpler."),
                List.of(
                        ParamSpec.integer("clients", 4, 1, 1000, "How many client goroutines make deposits."),
                        ParamSpec.integer(
                                "deposits",
                                3,
                                1,
                                100,
                                "How many deposits each client makes (client c always pays in 10×c)."),
                        ParamSpec.choice(
                                "style",
                                MUTEX,
                                List.of(MUTEX, CHANNEL),
                                "Who touches the balance: every client under a mutex, or one teller goroutine.")),
                List.of()));
    }

    @Override
    public Program program(Params params) {
        int clients = params.getInt("clients");
        int deposits = params.getInt("deposits");
        boolean mutex = params.getString("style").equals(MUTEX);
        return go -> {
            long total = mutex ? withMutex(go, clients, deposits) : withChannel(go, clients, deposits);
            go.log("= final balance: " + total, "fmt.Println(\"= final balance:\", total)");
            go.log(
                    "= sum of all deposits: " + 10L * deposits * clients * (clients + 1) / 2,
                    "fmt.Println(\"= sum of all deposits:\"");
        };
    }

    private static void runClients(Go go, int clients, int deposits, IntConsumer deposit) {
        WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
        for (int c = 1; c <= clients; c++) {
            int client = c;
            wg.add(1, "wg.Add(1)");
            go.go("client-" + c, "go func(c int) {", () -> {
                for (int i = 0; i < deposits; i++) {
                    go.sleep(
                            go.randInt(1000) * 1_000L, "time.Sleep(time.Duration(rand.Intn(1000)) * time.Microsecond)");
                    deposit.accept(10 * client);
                }
                wg.done("defer wg.Done()");
            });
        }
        wg.await("wg.Wait()");
    }

    private static long withMutex(Go go, int clients, int deposits) {
        Mutex mu = go.newMutex("mu", "var mu sync.Mutex");
        SharedVar balance = go.newVar("balance", 0, "balance := 0");
        runClients(go, clients, deposits, amount -> {
            mu.lock("mu.Lock()");
            balance.set(balance.get("balance += amount") + amount, "balance += amount");
            mu.unlock("defer mu.Unlock()");
        });
        return balance.get("return balance");
    }

    private static long withChannel(Go go, int clients, int deposits) {
        Chan<Integer> payments = go.makeChan("payments", 0, "payments := make(chan int)");
        Chan<Long> fin = go.makeChan("final", 0, "final := make(chan int)");
        go.go("teller", "go func() { // the teller", () -> {
            SharedVar balance = go.newVar("balance", 0, "balance := 0 // only the teller ever touches balance");
            for (int amount : payments.range("for amount := range payments {")) {
                String line = "balance += amount // no lock: nobody else can see it";
                balance.set(balance.get(line) + amount, line);
            }
            fin.send(balance.get("final <- balance"), "final <- balance");
        });
        runClients(go, clients, deposits, amount -> payments.send(amount, "payments <- amount"));
        payments.close("close(payments)");
        return fin.recv("return <-final");
    }
}
