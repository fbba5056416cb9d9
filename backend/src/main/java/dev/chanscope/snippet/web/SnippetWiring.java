package dev.chanscope.snippet.web;

import dev.chanscope.room.ClientLimiter;

/** What the snippet controller needs besides the snippets: its limits and the per-client save limiter. */
record SnippetWiring(SnippetProperties properties, ClientLimiter creates) {}
