package dev.opencif.benchmarks.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The slow-header attack as a benchmark load: {@code count} connections that send a request line and then one header
 * byte a second, reopened as soon as the server closes one, so that {@code count} are held all the time.
 */
final class SlowClients implements AutoCloseable {
    private static final byte[] HEAD = "GET /health HTTP/1.1\r\nHost: bench\r\nX-Slow: ".getBytes(StandardCharsets.ISO_8859_1);

    private final int port;
    private final List<Socket> sockets = new ArrayList<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "slow-clients");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger reopened = new AtomicInteger();

    SlowClients(int port, int count) throws IOException {
        this.port = port;
        for (int i = 0; i < count; i++) {
            sockets.add(open());
        }
        ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    private Socket open() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        socket.getOutputStream().write(HEAD);
        return socket;
    }

    private synchronized void tick() {
        for (int i = 0; i < sockets.size(); i++) {
            try {
                OutputStream out = sockets.get(i).getOutputStream();
                out.write('a');
                out.flush();
            } catch (IOException closed) {
                try {
                    sockets.get(i).close();
                    sockets.set(i, open());
                    reopened.incrementAndGet();
                } catch (IOException e) {
                    // the server refuses for now; next second again
                }
            }
        }
    }

    /** How many times a connection the server closed was opened again. */
    int reopened() {
        return reopened.get();
    }

    @Override
    public synchronized void close() {
        ticker.shutdownNow();
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
