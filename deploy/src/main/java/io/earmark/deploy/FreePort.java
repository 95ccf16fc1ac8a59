package io.earmark.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Picks TCP ports on 127.0.0.1. In: a requested port, 0 meaning "any free one". Out: a concrete port number
 * that was free a moment ago (another process could still take it before the caller binds: rare, and the
 * caller's bind then fails loudly). A requested port already in use is an error at once, so that a health
 * probe can never mistake another server on that port for the one being started.
 */
final class FreePort {
    static final String LOOPBACK = "127.0.0.1";

    private FreePort() {
    }

    static int orAny(int requested) {
        if (requested <= 0) {
            return any();
        }
        try {
            return bindAndRelease(requested);
        } catch (IOException e) {
            throw new IllegalStateException(LOOPBACK + ":" + requested + " is already in use (" + e.getMessage()
                    + "); choose another port or 0 for any free one", e);
        }
    }

    static int any() {
        try {
            return bindAndRelease(0);
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port on " + LOOPBACK, e);
        }
    }

    private static int bindAndRelease(int port) throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port));
            return socket.getLocalPort();
        }
    }
}
