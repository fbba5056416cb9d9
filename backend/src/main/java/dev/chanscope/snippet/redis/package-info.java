/**
 * {@code chanscope.snippets.store=redis}: snippets in the Redis that {@code spring.data.redis.*}
 * names — the same connection the rooms use — so every instance behind a load balancer opens every
 * snippet.
 */
package dev.chanscope.snippet.redis;
