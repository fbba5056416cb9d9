package dev.chanscope.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * What a {@link RoomClient} received, in order: frames and close codes. Waiting blocks on a condition
 * until the history satisfies the test or the timeout passes; history is never consumed.
 */
final class FrameLog {

    private final String name;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<RoomClient.Frame> frames = new ArrayList<>();
    private final List<Integer> closes = new ArrayList<>();

    FrameLog(String name) {
        this.name = name;
    }

    void add(RoomClient.Frame f) {
        lock.lock();
        try {
            frames.add(f);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void closed(int status) {
        lock.lock();
        try {
            closes.add(status);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    List<RoomClient.Frame> frames() {
        lock.lock();
        try {
            return List.copyOf(frames);
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return frames.size();
        } finally {
            lock.unlock();
        }
    }

    List<Integer> closes() {
        lock.lock();
        try {
            return List.copyOf(closes);
        } finally {
            lock.unlock();
        }
    }

    boolean any(Predicate<RoomClient.Frame> test) {
        lock.lock();
        try {
            return frames.stream().anyMatch(test);
        } finally {
            lock.unlock();
        }
    }

    /** The first frame at or after index {@code from} that passes {@code test}. */
    RoomClient.Frame await(int from, String what, Duration timeout, Predicate<RoomClient.Frame> test) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                for (int i = from; i < frames.size(); i++) {
                    if (test.test(frames.get(i))) {
                        return frames.get(i);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + what + " within " + timeout + " in " + name + "; got "
                            + frames.stream()
                                    .skip(from)
                                    .map(f -> f.json().toString())
                                    .toList() + ", closes "
                            + closes);
                }
                changed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + what, e);
        } finally {
            lock.unlock();
        }
    }

    /** Waits until {@code count} close codes were received. */
    List<Integer> awaitCloses(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (closes.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(
                            "the socket did not close " + count + " time(s) within " + timeout + "; closes " + closes);
                }
                changed.awaitNanos(left);
            }
            return List.copyOf(closes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } finally {
            lock.unlock();
        }
    }
}
