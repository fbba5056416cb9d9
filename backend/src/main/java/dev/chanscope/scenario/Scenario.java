package dev.chanscope.scenario;

import dev.chanscope.engine.Program;
import java.util.List;

/** A built-in program learners can run: its catalog entry, its knobs, and the program itself. */
public interface Scenario {

  String id();

  String title();

  String category();

  String summary();

  List<ParamSpec> params();

  /** The program for validated parameter values. */
  Program program(Params params);
}
