package dev.chanscope.snippet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Snippet ids: derived from the text alone, short, pinned so that links saved today open forever. */
class SnippetIdTest {

    private static final String HELLO = """
            package main

            import "fmt"

            func main() {
            \tfmt.Println("hello")
            }
            """;

    @Test
    void theSameTextAlwaysHasTheSameIdsAndAnotherTextOthers() {
        assertThat(SnippetId.candidates(HELLO)).isEqualTo(SnippetId.candidates(new String(HELLO.toCharArray())));
        assertThat(SnippetId.candidates(HELLO).getFirst())
                .isNotEqualTo(SnippetId.candidates(HELLO + " ").getFirst());
    }

    /**
     * Changing the scheme would orphan every saved link: these values must never change. (Computed
     * apart from this code: Python's hashlib and base64 over the same domain prefix and text.)
     */
    @Test
    void theSchemeIsPinned() {
        assertThat(SnippetId.candidates(HELLO))
                .isEqualTo(List.of(
                        "bm7vhktr8QuW",
                        "bm7vhktr8QuW51B7",
                        "bm7vhktr8QuW51B7yxrtN_ip",
                        "bm7vhktr8QuW51B7yxrtN_ip1K5_wxt7"));
        assertThat(SnippetId.hex("bm7vhktr8QuW")).isEqualTo("6e6eef864b6bf10b96");
    }

    @Test
    void idsAreLongerCutsOfOneDigestAndEachNamesItsText() {
        List<String> ids = SnippetId.candidates(HELLO);
        assertThat(ids).extracting(String::length).containsExactly(12, 16, 24, 32);
        for (String id : ids) {
            assertThat(ids.getLast()).startsWith(id);
            assertThat(SnippetId.wellFormed(id)).isTrue();
            assertThat(SnippetId.names(id, HELLO)).isTrue();
            assertThat(SnippetId.names(id, HELLO + "\n")).isFalse();
        }
    }

    @Test
    void onlyBase64urlTextOfTheFourLengthsIsAnId() {
        assertThat(SnippetId.wellFormed("abcdefghijk_")).isTrue();
        assertThat(SnippetId.wellFormed("abcdefghij-_")).isTrue();
        assertThat(SnippetId.wellFormed("abcdefghijk")).as("11 characters").isFalse();
        assertThat(SnippetId.wellFormed("abcdefghijklm")).as("13 characters").isFalse();
        assertThat(SnippetId.wellFormed("abcdefghijk=")).as("padding").isFalse();
        assertThat(SnippetId.wellFormed("abcdefghijk+"))
                .as("base64, not base64url")
                .isFalse();
        assertThat(SnippetId.wellFormed("abcdefghijk/")).isFalse();
        assertThat(SnippetId.wellFormed("abcdéfghijkl")).isFalse();
        assertThat(SnippetId.wellFormed("")).isFalse();
        assertThat(SnippetId.wellFormed(null)).isFalse();
        assertThat(SnippetId.shape()).contains("12 characters of A-Z, a-z, 0-9, - and _");
    }

    @Test
    void idsThatDifferOnlyInCaseHaveDifferentFileNames() {
        assertThat(SnippetId.hex("aaaaaaaaaaaa")).isNotEqualTo(SnippetId.hex("AAAAAAAAAAAA"));
        assertThat(SnippetId.hex("aaaaaaaaaaaa"))
                .isEqualTo(SnippetId.hex("aaaaaaaaaaaa").toLowerCase());
    }
}
