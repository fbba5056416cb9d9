package dev.chanscope.scenario.library;

import dev.chanscope.scenario.Scenario;
import java.util.List;

/** Channels and goroutines on their own. */
final class Basics {

  private Basics() {}

  static List<Scenario> all() {
    return List.of(new UnbufferedHandoff());
  }
}
