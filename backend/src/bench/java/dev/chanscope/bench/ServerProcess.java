package dev.chanscope.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@link StreamServer} in a child JVM, spoken to over its stdin and stdout; {@code args} are extra
 * {@code --key=value} settings of the app. Used by {@link StreamLoad} and {@link RoomLoad}.
 */
final class ServerProcess implements AutoCloseable {

    final Process process;
    final Writer in;
    final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    int port;

    private ServerProcess(Process process) {
        this.process = process;
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader out = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = out.readLine()) != null; ) {
                            if (line.startsWith("@ctl ")) {
                                replies.add(line.substring(5));
                            } else {
                                System.err.println("server: " + line);
                            }
                        }
                    } catch (IOException e) {
                        System.err.println("server output: " + e);
                    }
                },
                "server-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ServerProcess launch(List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED");
        String opts = System.getenv().getOrDefault("STREAM_SERVER_JVM_OPTS", "-Xmx2g");
        cmd.addAll(Arrays.asList(opts.trim().split("\\s+")));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(StreamServer.class.getName());
        cmd.add("--server.port=0");
        cmd.add("--server.address=127.0.0.1");
        cmd.add("--spring.main.banner-mode=off");
        cmd.add("--logging.level.root=WARN");
        cmd.add("--chanscope.runs.max-concurrent=2000");
        cmd.add("--chanscope.websocket.max-messages-per-second=10000");
        cmd.add("--chanscope.websocket.burst=10000");
        cmd.addAll(args);
        String extra = System.getenv("STREAM_SERVER_ARGS");
        if (extra != null && !extra.isBlank()) {
            cmd.addAll(Arrays.asList(extra.trim().split("\\s+")));
        }
        Process p = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        ServerProcess s = new ServerProcess(p);
        s.port = Integer.parseInt(s.await("port"));
        return s;
    }

    /** Sends a command and returns the argument of the reply that starts with {@code answer}. */
    String command(String command, String answer) throws Exception {
        in.write(command + "\n");
        in.flush();
        return await(answer);
    }

    String await(String answer) throws Exception {
        String reply = replies.poll(60, TimeUnit.SECONDS);
        if (reply == null) {
            throw new IllegalStateException("the server did not answer \"" + answer + "\" within 60 s");
        }
        if (!reply.startsWith(answer + " ")) {
            throw new IllegalStateException("expected \"" + answer + "\" from the server, got \"" + reply + "\"");
        }
        return reply.substring(answer.length() + 1);
    }

    @Override
    public void close() throws Exception {
        in.close(); // end of stdin: the server stops its app and exits
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
