package dev.opencif.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real server in a child JVM (this test run's class path, {@code OpenCifServer.main}), for tests that break it for
 * real: SIGKILL ({@link #kill}) or SIGTERM ({@link #terminate}). It logs as the shipped server does (logback.xml, not the
 * tests' configuration); its output is kept for the test's messages.
 */
final class ChildServer implements AutoCloseable {
    private static final Pattern RUNNING = Pattern.compile("OpenCIF is running at http://[^:]+:(\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch outputEnded = new CountDownLatch(1);
    private volatile int port = -1;

    private ChildServer(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "child-server-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code opencif-server} with {@code args} (plus {@code --port 0 --host 127.0.0.1}) and waits until it serves. */
    static ChildServer start(List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dlogback.configurationFile=logback.xml", "-cp", System.getProperty("java.class.path"),
                OpenCifServer.class.getName(), "--port", "0", "--host", "127.0.0.1"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("OPENCIF_"));
        ChildServer child;
        try {
            child = new ChildServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        child.awaitStarted();
        return child;
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (output) {
                    output.add(line);
                }
                Matcher m = RUNNING.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                    started.countDown();
                }
            }
        } catch (IOException e) {
            // the process is gone
        } finally {
            outputEnded.countDown();
        }
    }

    private void awaitStarted() {
        try {
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (!started.await(100, TimeUnit.MILLISECONDS)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    outputEnded.await(5, TimeUnit.SECONDS);
                    throw new IllegalStateException("the child server did not start (" + (process.isAlive() ? "timed out after "
                            + START_TIMEOUT : "it exited") + "):\n" + output());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: the JVM ends at once, no shutdown hook runs. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /**
     * SIGTERM: the JVM runs its shutdown hook (a graceful stop) and exits. Sent through the process handle, since
     * {@link Process#destroy} also closes the pipes, and the child's last words would be lost.
     */
    void terminate() {
        process.toHandle().destroy();
    }

    /** Waits for the process to end and its output to be read to the end; its exit code. */
    int awaitExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the child server did not exit within 60 s:\n" + output());
            }
            outputEnded.await(10, TimeUnit.SECONDS);
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the child printed so far. */
    String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            awaitExit();
        }
    }
}
