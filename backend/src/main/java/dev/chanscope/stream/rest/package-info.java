/**
 * The REST API: the catalog ({@code GET /api/scenarios}), whole runs as JSON or a Chrome trace
 * ({@code POST /api/runs}) and share links ({@code GET /api/links/resolve}). Runs here take admission
 * slots as streamed ones do.
 */
package dev.chanscope.stream.rest;
