package dev.chanscope.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.RunConfig;
import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.lang.interp.rt.Limits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Behaviour the conformance corpus cannot record from Go 1.19: language versions after it (loop
 * variables per iteration, min/max/clear, range over int), and what Go does only by chance while
 * the simulation does it every time (races, concurrent map writes, preemption of a spinning loop).
 */
class InterpreterSemanticsTest {

    private static final String LOOP_VARIABLES = """
            package main

            import "fmt"

            func main() {
            	var fs []func() int
            	for i := 0; i < 3; i++ {
            		fs = append(fs, func() int { return i })
            	}
            	for _, s := range []string{"a", "b", "c"} {
            		defer func() { fmt.Print(s) }()
            	}
            	for _, f := range fs {
            		fmt.Print(f(), " ")
            	}
            }
            """;

    @Test
    void loopVariablesArePerIterationFromGo122() {
        assertThat(GoRuns.compile(LOOP_VARIABLES, "1.22").run(1).stdout()).isEqualTo("0 1 2 cba");
    }

    @Test
    void loopVariablesAreSharedUpToGo121() {
        assertThat(GoRuns.compile(LOOP_VARIABLES, "1.21").run(1).stdout()).isEqualTo("3 3 3 ccc");
    }

    @Test
    void newerBuiltinsAndRangeOverInt() {
        GoResult r = GoRuns.run("""
                package main

                import "fmt"

                func main() {
                	fmt.Println(min(3, 1, 2), max(2.5, 1.0), min("b", "a"))
                	m := map[string]int{"a": 1}
                	clear(m)
                	s := []int{1, 2, 3}
                	clear(s)
                	fmt.Println(len(m), s)
                	for i := range 3 {
                		fmt.Print(i)
                	}
                }
                """);
        assertThat(r.stdout()).isEqualTo("1 2.5 a\n0 [0 0 0]\n012");
    }

    private static final String COUNTER = """
            package main

            import (
            	"fmt"
            	"sync"
            )

            var counter int

            func main() {
            	var mu sync.Mutex
            	var wg sync.WaitGroup
            	for i := 0; i < 2; i++ {
            		wg.Add(1)
            		go func() {
            			defer wg.Done()
            			LOCK
            			counter++
            			UNLOCK
            		}()
            	}
            	wg.Wait()
            	fmt.Println(counter)
            	_ = &mu
            }
            """;

    @Test
    void anUnsynchronisedCounterIsReportedAsARaceAtItsLine() {
        GoResult r = GoRuns.run(COUNTER.replace("LOCK", "").replace("UN", ""));
        assertThat(r.engine().findings()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(DiagnosticKind.RACE);
            assertThat(f.labels()).contains("counter++");
        });
    }

    @Test
    void aMutexProtectedCounterHasNoRace() {
        GoResult r = GoRuns.run(COUNTER.replace("UNLOCK", "mu.Unlock()").replace("LOCK", "mu.Lock()"));
        assertThat(r.stdout()).isEqualTo("2\n");
        assertThat(r.engine().findings()).noneMatch(f -> f.kind() == DiagnosticKind.RACE);
    }

    @Test
    void concurrentMapWritesAreFatalAsInGo() {
        GoResult r = GoRuns.run("""
                package main

                import "sync"

                func main() {
                	m := map[int]int{}
                	var wg sync.WaitGroup
                	for i := 0; i < 4; i++ {
                		wg.Add(1)
                		go func(i int) {
                			defer wg.Done()
                			for j := 0; j < 1000; j++ {
                				m[j] = i
                			}
                		}(i)
                	}
                	wg.Wait()
                }
                """);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("fatal error: concurrent map writes\n\ngoroutine ");
        assertThat(r.engine().findings()).anySatisfy(f -> assertThat(f.labels()).contains("m[j] = i"));
    }

    @Test
    void aSpinningGoroutineIsPreemptedOnOneProcessor() {
        GoResult r = GoRuns.run("""
                package main

                import (
                	"fmt"
                	"runtime"
                	"time"
                )

                func main() {
                	runtime.GOMAXPROCS(1)
                	go func() {
                		for {
                		}
                	}()
                	time.Sleep(time.Millisecond)
                	fmt.Println("main still runs")
                }
                """);
        assertThat(r.stdout()).isEqualTo("main still runs\n");
        assertThat(r.engine().outcome()).isEqualTo(Outcome.COMPLETED);
    }

    private static final String PARALLEL_WORK = """
            package main

            import (
            	"runtime"
            	"sync"
            )

            var sink [4]int

            func work(k int) {
            	x := 0
            	for i := 0; i < 200000; i++ {
            		x += i ^ k
            	}
            	sink[k] = x
            }

            func main() {
            	runtime.GOMAXPROCS(N)
            	var wg sync.WaitGroup
            	for k := 0; k < 4; k++ {
            		wg.Add(1)
            		go func(k int) {
            			defer wg.Done()
            			work(k)
            		}(k)
            	}
            	wg.Wait()
            }
            """;

    @Test
    void moreProcessorsFinishCpuBoundWorkSoonerInVirtualTime() {
        long one = GoRuns.run(PARALLEL_WORK.replace("(N)", "(1)")).engine().endTime();
        long four = GoRuns.run(PARALLEL_WORK.replace("(N)", "(4)")).engine().endTime();
        assertThat(four).isPositive();
        assertThat(one).isGreaterThan(3 * four);
    }

    @Test
    void goroutinesAreNamedAfterTheirFunctionsAndChannelsAfterTheirVariables() {
        List<Event> events = new ArrayList<>();
        GoRuns.compile("""
                package main

                import "fmt"

                func worker(jobs <-chan int, done chan<- bool) {
                	for j := range jobs {
                		fmt.Println("job", j)
                	}
                	done <- true
                }

                func main() {
                	jobs := make(chan int, 2)
                	done := make(chan bool)
                	go worker(jobs, done)
                	jobs <- 1
                	close(jobs)
                	<-done
                }
                """).run(RunConfig.of(1), Limits.DEFAULT, events::add);
        Set<String> goroutines = new HashSet<>();
        Set<String> objects = new HashSet<>();
        List<String> outputs = new ArrayList<>();
        for (Event e : events) {
            switch (e) {
                case Event.GoCreate c -> goroutines.add(c.name());
                case Event.ObjDefine d -> objects.add(d.name());
                case Event.Output o -> outputs.add(o.stream().wireName() + ":" + o.text());
                default -> {}
            }
        }
        assertThat(goroutines).contains("worker");
        assertThat(objects).contains("jobs", "done");
        assertThat(outputs).containsExactly("stdout:job 1\n");
    }

    private static final String SELECTS = """
            package main

            import "fmt"

            func main() {
            	a := make(chan int, 10)
            	b := make(chan int, 10)
            	for i := 0; i < 10; i++ {
            		a <- i
            		b <- i
            	}
            	for i := 0; i < 10; i++ {
            		select {
            		case <-a:
            			fmt.Print("a")
            		case <-b:
            			fmt.Print("b")
            		}
            	}
            }
            """;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aSeedDeterminesTheRunCompletely(long seed) {
        GoProgram p = GoRuns.compile(SELECTS);
        List<Event> first = new ArrayList<>();
        List<Event> second = new ArrayList<>();
        GoResult r1 = p.run(RunConfig.of(seed), Limits.DEFAULT, first::add);
        GoResult r2 = p.run(RunConfig.of(seed), Limits.DEFAULT, second::add);
        assertThat(r2.stdout()).isEqualTo(r1.stdout());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void selectChoosesAmongReadyCasesByTheSeed() {
        GoProgram p = GoRuns.compile(SELECTS);
        Set<String> outputs = new HashSet<>();
        for (long seed = 1; seed <= 6; seed++) {
            outputs.add(p.run(seed).stdout());
        }
        assertThat(outputs).hasSizeGreaterThan(1);
    }
}
