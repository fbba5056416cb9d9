package dev.chanscope.scenario.library;

import dev.chanscope.engine.Chan;
import dev.chanscope.engine.Program;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import dev.chanscope.scenario.Scenario;
import java.util.List;

/**
 * An unbuffered channel: every send waits for a receive, and the value passes hand to hand.
 *
 * <pre>{@code
 * func main() {
 *     ch := make(chan int)
 *     go func() {
 *         for i := 0; i < n; i++ {
 *             ch <- i
 *         }
 *         close(ch)
 *     }()
 *     for v := range ch {
 *         fmt.Println("received", v)
 *     }
 * }
 * }</pre>
 */
public final class UnbufferedHandoff implements Scenario {

  @Override
  public String id() {
    return "unbuffered-handoff";
  }

  @Override
  public String title() {
    return "Unbuffered handoff";
  }

  @Override
  public String category() {
    return "Channels";
  }

  @Override
  public String summary() {
    return "A sender and a receiver meet at an unbuffered channel: each value passes directly from one to the other.";
  }

  @Override
  public List<ParamSpec> params() {
    return List.of(ParamSpec.integer("messages", 5, 1, 10_000, "How many values the sender sends before closing the channel."));
  }

  @Override
  public Program program(Params params) {
    int n = params.getInt("messages");
    return go -> {
      Chan<Integer> ch = go.makeChan("ch", 0, "ch := make(chan int)");
      go.go(
          "sender",
          "go func() {",
          () -> {
            for (int i = 0; i < n; i++) {
              ch.send(i, "ch <- i");
            }
            ch.close("close(ch)");
          });
      for (int v : ch.range("for v := range ch {")) {
        go.log("received " + v, "fmt.Println(\"received\", v)");
      }
    };
  }
}
