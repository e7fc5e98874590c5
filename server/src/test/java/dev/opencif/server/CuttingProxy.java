package dev.opencif.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy that forwards requests to a server and cuts every connection the moment the server starts
 * to answer: the server has done the work (its answer exists), the client never gets it — a network failure after the
 * effects, before the answer.
 */
final class CuttingProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int target;
    private final AtomicInteger cut = new AtomicInteger();
    private final Thread acceptor;

    CuttingProxy(int target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, "cutting-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Connections cut after the server's first answer byte. */
    int cut() {
        return cut.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), target), 2000);
                Thread upstream = new Thread(() -> pump(client, server), "cutting-proxy-up");
                upstream.setDaemon(true);
                upstream.start();
                Thread downstream = new Thread(() -> cutOnFirstByte(server, client), "cutting-proxy-down");
                downstream.setDaemon(true);
                downstream.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException ignored) {
            // one side closed: the other follows
        }
    }

    private void cutOnFirstByte(Socket server, Socket client) {
        try (server; client) {
            if (server.getInputStream().read() >= 0) {
                cut.incrementAndGet();
                client.setSoLinger(true, 0);
            }
        } catch (IOException ignored) {
            // closed anyway
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
