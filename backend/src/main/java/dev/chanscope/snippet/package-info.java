/**
 * Snippets (docs/protocol.md, "Snippets"): Go programs saved under a short content-addressed id, so a
 * share link too long to carry its program inline can name it instead ({@code /p/{id}}, {@code ?p=}).
 *
 * <p>{@link dev.chanscope.snippet.SnippetId} derives ids from the text (the same text, the same id),
 * {@link dev.chanscope.snippet.SnippetText} says what text may be saved, {@link
 * dev.chanscope.snippet.Snippets} saves and finds them through one {@link
 * dev.chanscope.snippet.SnippetStore}: files under a data directory by default ({@link
 * dev.chanscope.snippet.FileSnippetStore}), Redis when configured ({@code snippet.redis}). No Spring
 * here; {@code snippet.web} speaks HTTP.
 */
package dev.chanscope.snippet;
