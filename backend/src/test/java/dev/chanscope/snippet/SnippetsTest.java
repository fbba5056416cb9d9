package dev.chanscope.snippet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Saving: what text is refused, and how a taken short id makes way for a longer one. */
class SnippetsTest {

    /** A store in memory that can pretend an id already holds another text (a collision). */
    static final class MemoryStore implements SnippetStore {
        final Map<String, String> texts = new HashMap<>();

        @Override
        public Put put(String id, String text) {
            String existing = texts.putIfAbsent(id, text);
            return existing == null ? Put.STORED : existing.equals(text) ? Put.ALREADY_STORED : Put.TAKEN;
        }

        @Override
        public Optional<String> get(String id) {
            return Optional.ofNullable(texts.get(id));
        }

        @Override
        public long usedBytes() {
            return 0;
        }

        @Override
        public long maxBytes() {
            return Long.MAX_VALUE;
        }
    }

    @Test
    void aTextWhoseShortIdIsTakenGetsTheNextLongerIdEveryTime() {
        MemoryStore store = new MemoryStore();
        Snippets snippets = new Snippets(store);
        String text = "package main\n";
        List<String> ids = SnippetId.candidates(text);
        store.texts.put(ids.get(0), "another program with the same short id");
        store.texts.put(ids.get(1), "and one with the same 16 characters");

        assertThat(snippets.save(text)).isEqualTo(new Snippets.Saved(ids.get(2), true));
        assertThat(snippets.save(text)).isEqualTo(new Snippets.Saved(ids.get(2), false));
        assertThat(store.texts.get(ids.get(0))).as("never replaced").startsWith("another");
        assertThat(snippets.find(ids.get(2))).contains(text);
    }

    @Test
    void emptyTextAndTextWithNulAreRefusedWithWhere() {
        Snippets snippets = new Snippets(new MemoryStore());
        assertThatThrownBy(() -> snippets.save(""))
                .isInstanceOf(Snippets.Rejected.class)
                .hasMessage("source is empty");
        assertThatThrownBy(() -> snippets.save("package main\n\u0000"))
                .isInstanceOf(Snippets.Rejected.class)
                .hasMessage("source has a NUL character at line 2, column 1 (Go source cannot hold one)")
                .matches(e -> !((Snippets.Rejected) e).tooLarge());
    }

    @Test
    void sixtyFourKibibytesOfUtf8IsTheMostAndCharactersCountAsTheirBytes() {
        Snippets snippets = new Snippets(new MemoryStore());
        String exactly = "é".repeat(SnippetText.MAX_BYTES / 2);
        assertThat(snippets.save(exactly).created()).isTrue();
        assertThatThrownBy(() -> snippets.save(exactly + "x"))
                .isInstanceOf(Snippets.Rejected.class)
                .hasMessage("source is 65537 bytes of UTF-8; a snippet holds at most 65536 bytes (64 KiB)")
                .matches(e -> ((Snippets.Rejected) e).tooLarge());
    }
}
