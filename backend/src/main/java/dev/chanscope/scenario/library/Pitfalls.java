package dev.chanscope.scenario.library;

import dev.chanscope.scenario.Scenario;
import java.util.List;

/** Bugs and their fixes (each has a fix parameter). */
final class Pitfalls {

  private Pitfalls() {}

  static List<Scenario> all() {
    return List.of();
  }
}
