package dev.chanscope.snippet.web;

import dev.chanscope.room.ClientLimiter;
import dev.chanscope.snippet.FileSnippetStore;
import dev.chanscope.snippet.SnippetStore;
import dev.chanscope.snippet.Snippets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring wiring of snippets: the store (files under {@code chanscope.snippets.dir} unless {@code
 * chanscope.snippets.store=redis}, see {@code snippet.redis}), the snippets over it, and the
 * per-client limit on saving them.
 */
@Configuration
@EnableConfigurationProperties(SnippetProperties.class)
class SnippetConfig {

    /** Nothing is read or created on disk until the first snippet is saved or opened. */
    @Bean
    @ConditionalOnProperty(name = "chanscope.snippets.store", havingValue = "file", matchIfMissing = true)
    static SnippetStore fileSnippetStore(SnippetProperties p) {
        return new FileSnippetStore(p.dir(), p.maxTotalBytes().toBytes());
    }

    @Bean
    static Snippets snippets(SnippetStore store) {
        return new Snippets(store);
    }

    @Bean
    static SnippetWiring snippetWiring(SnippetProperties p) {
        return new SnippetWiring(p, new ClientLimiter(p.createsPerMinute(), p.createBurst(), System::nanoTime));
    }
}
