package dev.chanscope.link;

import dev.chanscope.snippet.SnippetId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The links of frontend/src/app/code-link-vectors.json, by name: what {@link CodeLinkVectorsTest}
 * writes the file from (its expectations are then checked by hand, and pinned). Each case is one
 * rule of docs/protocol.md, "Share links": a program inline or by snippet, and each way a program
 * link can be wrong.
 */
final class CodeLinkCases {

    private CodeLinkCases() {}

    static final String PROGRAM = """
            package main

            import "fmt"

            func main() {
            \tch := make(chan int)
            \tgo func() { ch <- 42 }()
            \tfmt.Println(<-ch)
            }
            """;
    static final String UNICODE = "package main\n\nfunc main() {\n\tprintln(\"héllo, 世界 🙂\")\n}\n";

    static String code(String text) {
        return CompactText.encode(text);
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A DEFLATE stream of one stored (uncompressed) block holding {@code data}. */
    static byte[] stored(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x01); // BFINAL = 1, BTYPE = 00
        out.write(data.length & 0xFF);
        out.write(data.length >> 8);
        out.write(~data.length & 0xFF);
        out.write((~data.length >> 8) & 0xFF);
        out.writeBytes(data);
        return out.toByteArray();
    }

    /** A program of exactly {@code bytes} bytes that deflates about 45 times. */
    static String programOf(int bytes) {
        StringBuilder b = new StringBuilder("package main\n\nfunc main() {\n");
        for (int i = 0; b.length() < bytes; i++) {
            b.append("\tx = x + ").append(i % 500).append('\n');
        }
        return b.substring(0, bytes - 2) + "}\n";
    }

    /** Case name → query, in the file's order. */
    static Map<String, String> queries() {
        Map<String, String> q = new LinkedHashMap<>();
        String program = code(PROGRAM);
        String id = SnippetId.candidates(PROGRAM).getFirst();
        q.put(
                "inline program, every setting",
                "?v=3&code=" + program
                        + "&goVersion=1.21&seed=42&procs=2&i=run-next%3A%233%4017%2Ccancel-context%3Ashutdown%40120"
                        + "&t=120&present=1");
        q.put("minimal inline program, no version, default goVersion", "?code=" + program);
        q.put("a program in UTF-8", "?v=3&code=" + code(UNICODE) + "&goVersion=1.22");
        q.put("snippet link", "?v=3&p=" + id + "&goVersion=1.22&seed=7&t=0");
        q.put(
                "snippet link with a longer id, embedded",
                "?p=" + SnippetId.candidates(PROGRAM).getLast() + "&embed=1");
        List<String> steps = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            steps.add("run-next:#" + (1 + k % 3) + "@" + (10 + 2 * k));
        }
        q.put("program with compact interventions", "?v=3&code=" + program + "&iz=" + code(String.join(",", steps)));
        q.put("code wins over p", "?v=3&p=" + id + "&code=" + program);
        q.put(
                "a scenario and its parameters are not used",
                "?s=worker-pool&workers=4&code=" + program + "&bench=1&scenario=x");
        q.put(
                "bad settings give way to the nearest valid ones",
                "?v=9&code=" + program + "&goVersion=go1.21&seed=abc&procs=0&t=-3&i=explode:x@1,cancel-context:a@2");
        q.put("goVersion: old language versions are kept", "?code=" + program + "&goVersion=1.9");
        q.put("goVersion: a patch release is not a language version", "?code=" + program + "&goVersion=1.22.3");
        q.put("code: stored block", "?code=" + b64(stored(PROGRAM.getBytes(StandardCharsets.UTF_8))));
        byte[] longest = stored("a".repeat(6139).getBytes(StandardCharsets.US_ASCII));
        q.put("code: exactly 8192 characters", "?code=" + b64(longest));
        byte[] tooLong = stored("a".repeat(6140).getBytes(StandardCharsets.US_ASCII));
        q.put("code: longer than 8192 characters", "?code=" + b64(tooLong));
        q.put("code: inflates to exactly 65536 bytes", "?code=" + code(programOf(65_536)));
        q.put("code: inflates to more than 65536 bytes", "?code=" + code(programOf(65_537)));
        q.put("code: expansion over 100 times", "?code=" + code("// " + "a".repeat(20_000) + "\npackage main\n"));
        q.put("code: not base64url", "?code=ab%24d");
        q.put("code: impossible base64 length", "?code=abcde");
        q.put("code: empty", "?code=");
        q.put("code: truncated stream", "?code=" + program.substring(0, program.length() - 8));
        byte[] trailing = Base64.getUrlDecoder().decode(program);
        byte[] withTrailer = java.util.Arrays.copyOf(trailing, trailing.length + 2);
        q.put("code: bytes after the end of the stream", "?code=" + b64(withTrailer));
        q.put("code: reserved block type", "?code=" + b64(new byte[] {0x07, 0x00}));
        q.put("code: not UTF-8", "?code=" + b64(stored(new byte[] {'x', (byte) 0xFF})));
        q.put("code: an empty program", "?code=" + code(""));
        q.put("code: a NUL in the program", "?code=" + code("package main\n// x\u0000\n"));
        q.put("p: too short", "?p=abc");
        q.put("p: 13 characters", "?p=" + id + "A");
        q.put("p: not base64url", "?p=abcdefghijk%2B");
        q.put("p: empty", "?p=");
        return q;
    }

    /** Snippet lookups: case name → query and the snippets the server holds. */
    record Lookup(String query, Map<String, String> snippets) {}

    static Map<String, Lookup> lookups() {
        String id = SnippetId.candidates(PROGRAM).getFirst();
        Map<String, Lookup> l = new LinkedHashMap<>();
        l.put("a snippet that exists", new Lookup("?v=3&p=" + id + "&seed=7", Map.of(id, PROGRAM)));
        l.put(
                "a snippet that does not exist gives way to the fallback scenario",
                new Lookup("?v=3&p=AAAAAAAAAAAA&seed=7&t=3", Map.of(id, PROGRAM)));
        return l;
    }
}
