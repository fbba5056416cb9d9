/**
 * Snippets over HTTP (docs/protocol.md, "Snippets"): {@code POST /api/snippets}, {@code GET
 * /api/snippets/{id}}, the page at {@code /p/{id}}, and the Spring wiring of the store ({@code
 * chanscope.snippets.*}).
 */
package dev.chanscope.snippet.web;
