package dev.chanscope.snippet.web;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Snippets, {@code chanscope.snippets.*} in application.yml (docs/protocol.md, "Snippets").
 *
 * @param store {@code file} (files under {@code dir}, the default) or {@code redis} (shared by every
 *     instance using the Redis of {@code spring.data.redis.*})
 * @param dir the file store's directory (relative paths are from the working directory)
 * @param maxTotalBytes bytes of snippet text the store holds; past it new snippets are refused (507)
 * @param createsPerMinute snippets one client address may save a minute (bursts of {@code createBurst})
 * @param createBurst saves one client address may make at once (a class behind one NAT address)
 */
@ConfigurationProperties("chanscope.snippets")
public record SnippetProperties(String store, Path dir, DataSize maxTotalBytes, int createsPerMinute, int createBurst) {

    public SnippetProperties {
        store = store == null || store.isBlank() ? "file" : store;
        if (!store.equals("file") && !store.equals("redis")) {
            throw new IllegalArgumentException("chanscope.snippets.store must be file or redis, got \"" + store + "\"");
        }
        dir = dir != null ? dir : Path.of("data", "snippets");
        maxTotalBytes = maxTotalBytes != null ? maxTotalBytes : DataSize.ofMegabytes(256);
        if (maxTotalBytes.toBytes() <= 0) {
            throw new IllegalArgumentException(
                    "chanscope.snippets.max-total-bytes must be positive, got " + maxTotalBytes);
        }
        createsPerMinute = createsPerMinute > 0 ? createsPerMinute : 10;
        createBurst = createBurst > 0 ? createBurst : 30;
    }
}
