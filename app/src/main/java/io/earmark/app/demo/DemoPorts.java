package io.earmark.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * The demo's ports on 127.0.0.1. In: a preferred port (0 = any). Out: that port when it is free, otherwise a free
 * one, so that {@code ./earmark demo} starts next to whatever else the laptop runs on 9092, 8081 or 8080.
 */
public final class DemoPorts {

    private DemoPorts() {
    }

    public static int preferredOrFree(int preferred) {
        if (preferred > 0 && isFree(preferred)) {
            return preferred;
        }
        return bind(0);
    }

    static boolean isFree(int port) {
        try {
            bind(port);
            return true;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    private static int bind(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("127.0.0.1:" + port + " is not free", e);
        }
    }
}
