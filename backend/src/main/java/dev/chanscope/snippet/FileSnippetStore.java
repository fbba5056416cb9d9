package dev.chanscope.snippet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Snippets as files under one directory, the default store: {@code <dir>/<2 hex>/<hex of id>.go}, the
 * text's UTF-8 bytes and nothing else. Names are the id's bytes in hex, so case-insensitive file
 * systems keep ids that differ in case apart; 256 subdirectories keep directories small.
 *
 * <p>Writes are atomic and never replace: the text goes to a temporary file in the same directory,
 * is forced to disk, then hard-linked to its name — {@code link(2)} fails if the name exists, for any
 * writer in any process — so a reader sees a whole snippet or none, and a crash leaves at most a
 * temporary file (removed when the store next opens). Where the file system has no hard links the
 * temporary file is moved instead, under this store's lock.
 *
 * <p>The total is counted in this process: scanned once when the store is first used, then kept as
 * writes reserve and release bytes, so concurrent writers never take it past {@code maxBytes}. One
 * process per directory (instances sharing snippets use Redis).
 */
public final class FileSnippetStore implements SnippetStore {

    private static final String SUFFIX = ".go";
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path dir;
    private final long maxBytes;
    private final AtomicLong used = new AtomicLong();
    private volatile boolean opened;

    public FileSnippetStore(Path dir, long maxBytes) {
        this.dir = dir.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public Put put(String id, String text) {
        open();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path target = file(id);
        try {
            Optional<byte[]> existing = read(target);
            if (existing.isPresent()) {
                return Arrays.equals(existing.get(), bytes) ? Put.ALREADY_STORED : Put.TAKEN;
            }
            reserve(bytes.length);
            boolean stored = false;
            try {
                stored = write(target, bytes);
            } finally {
                if (!stored) {
                    used.addAndGet(-bytes.length);
                }
            }
            if (stored) {
                return Put.STORED;
            }
            // Another writer was first: its text decides.
            return Arrays.equals(read(target).orElseThrow(), bytes) ? Put.ALREADY_STORED : Put.TAKEN;
        } catch (IOException e) {
            throw unavailable("write", e);
        }
    }

    @Override
    public Optional<String> get(String id) {
        open();
        Path file = file(id);
        Optional<byte[]> bytes;
        try {
            bytes = read(file);
        } catch (IOException e) {
            throw unavailable("read", e);
        }
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        String text = utf8(bytes.get());
        if (text == null || !SnippetId.names(id, text)) {
            throw new SnippetDamaged(id, file.toString());
        }
        return Optional.of(text);
    }

    @Override
    public long usedBytes() {
        open();
        return used.get();
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    private void reserve(long n) {
        while (true) {
            long now = used.get();
            if (now + n > maxBytes) {
                throw new SnippetStoreFull(now, maxBytes, n);
            }
            if (used.compareAndSet(now, now + n)) {
                return;
            }
        }
    }

    /** Writes {@code bytes} as {@code target}; false when another writer created it first. */
    private boolean write(Path target, byte[] bytes) throws IOException {
        Path shard = target.getParent();
        Files.createDirectories(shard);
        Path temp = shard.resolve("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(bytes);
                while (b.hasRemaining()) {
                    out.write(b);
                }
                out.force(true);
            }
            try {
                Files.createLink(target, temp);
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException e) {
                if (!moveUnlessPresent(temp, target)) {
                    return false;
                }
            }
            syncDirectory(shard);
            return true;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Without hard links: check and move under this store's lock (one process per directory). */
    private synchronized boolean moveUnlessPresent(Path temp, Path target) throws IOException {
        if (Files.exists(target)) {
            return false;
        }
        Files.move(temp, target);
        return true;
    }

    /** The new name survives a crash once its directory is on disk too (where the platform allows it). */
    private static void syncDirectory(Path shard) {
        try (FileChannel d = FileChannel.open(shard, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms cannot open or force a directory; the file itself is on disk already.
        }
    }

    private static Optional<byte[]> read(Path file) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private Path file(String id) {
        String hex = SnippetId.hex(id);
        return dir.resolve(hex.substring(0, 2)).resolve(hex + SUFFIX);
    }

    /** First use: the directory exists, leftovers of interrupted writes are gone, the total is counted. */
    private void open() {
        if (opened) {
            return;
        }
        synchronized (this) {
            if (opened) {
                return;
            }
            try {
                Files.createDirectories(dir);
                long total = 0;
                try (Stream<Path> files = Files.walk(dir, 2)) {
                    for (Path p : (Iterable<Path>) files::iterator) {
                        String name = p.getFileName().toString();
                        if (name.endsWith(TEMP_SUFFIX)) {
                            Files.deleteIfExists(p);
                        } else if (name.endsWith(SUFFIX) && Files.isRegularFile(p)) {
                            total += Files.size(p);
                        }
                    }
                }
                used.set(total);
                opened = true;
            } catch (IOException | UncheckedIOException e) {
                throw unavailable("open", e);
            }
        }
    }

    private SnippetStoreUnavailable unavailable(String what, Exception e) {
        return new SnippetStoreUnavailable("cannot " + what + " snippets in " + dir + ": " + e.getMessage(), e);
    }
}
