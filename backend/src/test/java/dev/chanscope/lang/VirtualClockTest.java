package dev.chanscope.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * time.Now on the virtual clock: it counts the CPU work a goroutine has not charged yet without
 * being a scheduling point, so busy-waiting on time.Since is as cheap as any loop, and its readings
 * never go back, within a goroutine or across goroutines.
 */
class VirtualClockTest {

    @Test
    void busyWaitingOnTimeSinceEndsAfterTheDurationForAFewEventsPerQuantum() {
        GoResult r = GoRuns.run("""
                package main

                import (
                	"fmt"
                	"time"
                )

                func main() {
                	const d = 50 * time.Millisecond
                	start := time.Now()
                	for time.Since(start) < d {
                	}
                	late := time.Since(start) - d
                	fmt.Println(late >= 0, late < 20*time.Microsecond)
                }
                """);
        assertThat(r.stdout()).as(GoRuns.why(r)).isEqualTo("true true\n");
        // 50 ms of 10 µs quanta is 5,000 charges: a few events each, not a few per loop iteration.
        assertThat(r.engine().events()).isLessThan(20_000);
    }

    @Test
    void aSleepMeasuresAtLeastItsDurationAfterUnchargedWork() {
        GoResult r = GoRuns.run("""
                package main

                import (
                	"fmt"
                	"time"
                )

                func main() {
                	n := 0
                	for i := 0; i < 3000; i++ {
                		n += i
                	}
                	start := time.Now()
                	time.Sleep(time.Millisecond)
                	fmt.Println(n, time.Since(start) >= time.Millisecond)
                }
                """);
        assertThat(r.stdout()).as(GoRuns.why(r)).isEqualTo("4498500 true\n");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aTimeSentToAnotherGoroutineIsNeverAheadOfItsClock(long seed) {
        GoResult r = GoRuns.compile("""
                        package main

                        import (
                        	"fmt"
                        	"time"
                        )

                        func main() {
                        	stamps := make(chan time.Time)
                        	go func() {
                        		for i := 0; i < 2000; i++ {
                        			for j := 0; j < 40; j++ {
                        			}
                        			stamps <- time.Now()
                        		}
                        		close(stamps)
                        	}()
                        	behind := 0
                        	for t := range stamps {
                        		if time.Since(t) < 0 {
                        			behind++
                        		}
                        	}
                        	fmt.Println("behind:", behind)
                        }
                        """).run(seed);
        assertThat(r.engine().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(r.stdout()).as(GoRuns.why(r)).isEqualTo("behind: 0\n");
    }
}
