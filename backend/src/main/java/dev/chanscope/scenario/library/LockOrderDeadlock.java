package dev.chanscope.scenario.library;

import dev.chanscope.engine.Durations;
import dev.chanscope.engine.Go;
import dev.chanscope.engine.Mutex;
import dev.chanscope.engine.Program;
import dev.chanscope.engine.SharedVar;
import dev.chanscope.engine.WaitGroup;
import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.scenario.GoCheck;
import dev.chanscope.scenario.LibraryScenario;
import dev.chanscope.scenario.Notes;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import java.util.List;
import java.util.Set;

/** Two transfers lock the same two accounts in opposite orders and deadlock; one global order fixes it. */
public final class LockOrderDeadlock extends LibraryScenario {

    public LockOrderDeadlock() {
        super(new Info(
                "lock-order-deadlock",
                "Lock-order deadlock",
                "Pitfalls",
                "A transfer from a to b and one from b to a each lock their source account first, and each ends up waiting for the other's lock forever.",
                new Notes(
                        "Each transfer locks its from account, pauses, then asks for the to account. Watch a-to-b hold a.mu"
                                + " and wait for b.mu while b-to-a holds b.mu and waits for a.mu: a cycle of waiting that nothing"
                                + " can break. main, stuck in wg.Wait(), completes the picture: every goroutine is asleep.",
                        "Taking two locks in an order that depends on the arguments means two calls with swapped arguments"
                                + " take them in opposite orders. If both grab their first lock before either grabs its second,"
                                + " neither can continue. Without the pause the deadlock only happens on unlucky schedules, but the"
                                + " lock-order inversion is there on every run, which is what the detector reports.",
                        "Pick one global order for the locks and always follow it, here the account id: lock the lower id"
                                + " first, whichever direction the money moves. Alternatives are a single lock for both accounts, or"
                                + " never holding one lock while asking for another."),
                List.of(
                        ParamSpec.integer(
                                "pairs",
                                1,
                                1,
                                1000,
                                "How many a-to-b and b-to-a transfers run at once (one goroutine each)."),
                        ParamSpec.duration(
                                "hold",
                                Durations.ms(5),
                                0,
                                Durations.seconds(1),
                                "How long a transfer holds its first lock before asking for the second."),
                        FIX),
                List.of()));
    }

    private record Account(String name, int id, Mutex mu, SharedVar balance) {}

    @Override
    public Program program(Params params) {
        int pairs = params.getInt("pairs");
        long hold = params.getLong("hold");
        boolean fix = params.getBool("fix");
        return go -> {
            Account a = account(go, "a", 1, "a := &Account{id: 1, balance: 100}");
            Account b = account(go, "b", 2, "b := &Account{id: 2, balance: 100}");
            WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
            for (int i = 0; i < pairs; i++) {
                String suffix = pairs == 1 ? "" : "-" + i;
                wg.add(2, "wg.Add(2)");
                go.go("a-to-b" + suffix, "go transfer(a, b, 10, &wg)", () -> transfer(go, a, b, 10, wg, hold, fix));
                go.go("b-to-a" + suffix, "go transfer(b, a, 20, &wg)", () -> transfer(go, b, a, 20, wg, hold, fix));
            }
            wg.await("wg.Wait()");
            long ab = a.balance().get("fmt.Printf(\"= a");
            long bb = b.balance().get("fmt.Printf(\"= a");
            go.log("= a " + ab + ", b " + bb + ", total " + (ab + bb), "fmt.Printf(\"= a");
        };
    }

    private static Account account(Go go, String name, int id, String label) {
        return new Account(name, id, go.newMutex(name + ".mu", label), go.newVar(name + ".balance", 100, label));
    }

    private static void transfer(Go go, Account from, Account to, long amount, WaitGroup wg, long hold, boolean fix) {
        Account first = from;
        Account second = to;
        String firstName = "from";
        String secondName = "to";
        if (fix) {
            firstName = "first";
            secondName = "second";
            if (second.id() < first.id()) {
                first = to;
                second = from;
            }
        }
        first.mu().lock(firstName + ".mu.Lock()");
        go.sleep(hold, "time.Sleep(hold)");
        second.mu().lock(secondName + ".mu.Lock()");
        from.balance().set(from.balance().get("from.balance -= amount") - amount, "from.balance -= amount");
        to.balance().set(to.balance().get("to.balance += amount") + amount, "to.balance += amount");
        second.mu().unlock("defer " + secondName + ".mu.Unlock()");
        first.mu().unlock("defer " + firstName + ".mu.Unlock()");
        wg.done("defer wg.Done()");
    }

    @Override
    public Set<DiagnosticKind> expectedDiagnostics(Params params) {
        return params.getBool("fix") ? Set.of() : Set.of(DiagnosticKind.DEADLOCK, DiagnosticKind.LOCK_ORDER);
    }

    @Override
    public GoCheck goCheck(Params params) {
        // With hold = 0 the deadlock needs an unlucky schedule; any positive hold makes it certain.
        return params.getBool("fix") ? GoCheck.OK : GoCheck.DEADLOCK;
    }
}
