package dev.chanscope.snippet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default store: files that survive the process, written atomically by concurrent writers, within
 * a total size, and never served when they no longer hold their text.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class FileSnippetStoreTest {

    @TempDir
    Path dir;

    static String program(int n) {
        return "package main\n\nfunc main() {\n\tprintln(" + n + ")\n}\n";
    }

    static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void aSavedSnippetIsThereAfterTheStoreIsOpenedAgain() {
        Snippets first = new Snippets(new FileSnippetStore(dir, 1 << 20));
        Snippets.Saved saved = first.save(program(1));
        assertThat(saved.created()).isTrue();
        assertThat(saved.id()).hasSize(SnippetId.SHORT);

        FileSnippetStore reopened = new FileSnippetStore(dir, 1 << 20);
        Snippets second = new Snippets(reopened);
        assertThat(second.find(saved.id())).contains(program(1));
        assertThat(reopened.usedBytes()).as("counted again from the files").isEqualTo(bytes(program(1)));
        assertThat(second.save(program(1))).isEqualTo(new Snippets.Saved(saved.id(), false));
        assertThat(reopened.usedBytes()).as("saving it again costs nothing").isEqualTo(bytes(program(1)));
    }

    @Test
    void filesAreNamedByTheIdsBytesAndHoldOnlyTheText() throws IOException {
        FileSnippetStore store = new FileSnippetStore(dir, 1 << 20);
        String id = new Snippets(store).save("package main // é\n").id();
        String hex = SnippetId.hex(id);
        Path file = dir.resolve(hex.substring(0, 2)).resolve(hex + ".go");
        assertThat(Files.readString(file)).isEqualTo("package main // é\n");
    }

    @Test
    void nothingIsCreatedOnDiskUntilTheStoreIsUsed() {
        Path lazy = dir.resolve("not-yet");
        new FileSnippetStore(lazy, 1000);
        assertThat(lazy).doesNotExist();
    }

    @Test
    void anUnknownIdIsNotFound() {
        Snippets snippets = new Snippets(new FileSnippetStore(dir, 1000));
        assertThat(snippets.find("AAAAAAAAAAAA")).isEmpty();
        assertThat(snippets.find("not an id")).isEmpty();
    }

    @Test
    void leftoversOfInterruptedWritesAreRemovedAndNotCounted() throws IOException {
        Path shard = Files.createDirectories(dir.resolve("ab"));
        Path temp = Files.writeString(shard.resolve(".abcdef.go.1234.tmp"), "half a progr");
        FileSnippetStore store = new FileSnippetStore(dir, 1000);
        assertThat(store.usedBytes()).isZero();
        assertThat(temp).doesNotExist();
    }

    @Test
    void aFileThatNoLongerHoldsItsTextIsNeverServed() throws IOException {
        FileSnippetStore store = new FileSnippetStore(dir, 1 << 20);
        String id = new Snippets(store).save(program(7)).id();
        String hex = SnippetId.hex(id);
        Files.writeString(dir.resolve(hex.substring(0, 2)).resolve(hex + ".go"), program(8));
        assertThatThrownBy(() -> store.get(id))
                .isInstanceOf(SnippetDamaged.class)
                .hasMessageContaining(id);
    }

    @Test
    void theTotalIsABoundAndWhatIsSavedStillOpensWhenItIsReached() {
        String a = program(1);
        FileSnippetStore store = new FileSnippetStore(dir, 2L * bytes(a));
        Snippets snippets = new Snippets(store);
        String first = snippets.save(a).id();
        snippets.save(program(2));
        assertThatThrownBy(() -> snippets.save(program(3)))
                .isInstanceOf(SnippetStoreFull.class)
                .hasMessage("the snippet store is full: it holds " + 2 * bytes(a) + " of its " + 2 * bytes(a)
                        + " bytes, and this snippet needs " + bytes(program(3))
                        + " more; snippets already saved still open");
        assertThat(snippets.save(a)).isEqualTo(new Snippets.Saved(first, false));
        assertThat(snippets.find(first)).contains(a);
        assertThat(new FileSnippetStore(dir, 2L * bytes(a)).usedBytes())
                .as("the bound holds across a restart")
                .isEqualTo(2L * bytes(a));
    }

    /**
     * Eight writers at once, each saving the same 40 programs in its own order: every save answers
     * the program's id, each program is stored once, the total counts each once, nothing is left over.
     */
    @Test
    void concurrentWritersOfTheSameAndOtherProgramsNeverLoseOrDuplicateOne() throws Exception {
        FileSnippetStore store = new FileSnippetStore(dir, 1 << 20);
        Snippets snippets = new Snippets(store);
        int writers = 8;
        int programs = 40;
        Set<String> created = ConcurrentHashMap.newKeySet();
        AtomicInteger createdCount = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int k = 0; k < programs; k++) {
                        int n = (k * 7 + writer * 13) % programs; // each writer in its own order
                        Snippets.Saved s = snippets.save(program(n));
                        assertThat(s.id())
                                .isEqualTo(SnippetId.candidates(program(n)).getFirst());
                        if (s.created()) {
                            created.add(s.id());
                            createdCount.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(1, TimeUnit.MINUTES);
            }
        }
        assertThat(createdCount.get())
                .as("each program stored by exactly one writer")
                .isEqualTo(programs);
        assertThat(created).hasSize(programs);
        long expected = 0;
        for (int n = 0; n < programs; n++) {
            expected += bytes(program(n));
            assertThat(snippets.find(SnippetId.candidates(program(n)).getFirst()))
                    .contains(program(n));
        }
        assertThat(store.usedBytes()).isEqualTo(expected);
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertThat(all).hasSize(programs).allMatch(p -> p.toString().endsWith(".go"));
        }
        assertThat(new FileSnippetStore(dir, 1 << 20).usedBytes()).isEqualTo(expected);
    }

    /** Writers racing for the last room: exactly as many fit as the bound allows, never one more. */
    @Test
    void concurrentWritersNeverTakeTheStorePastItsTotal() throws Exception {
        int fits = 10;
        int size = bytes(program(10));
        FileSnippetStore store = new FileSnippetStore(dir, (long) fits * size + size - 1);
        Snippets snippets = new Snippets(store);
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int w = 0; w < 8; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int k = 0; k < 5; k++) {
                        try {
                            snippets.save(program(10 + writer * 5 + k)); // 40 programs of equal size
                            stored.incrementAndGet();
                        } catch (SnippetStoreFull e) {
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(1, TimeUnit.MINUTES);
            }
        }
        assertThat(stored.get()).isEqualTo(fits);
        assertThat(refused.get()).isEqualTo(40 - fits);
        assertThat(store.usedBytes()).isEqualTo((long) fits * size);
    }
}
