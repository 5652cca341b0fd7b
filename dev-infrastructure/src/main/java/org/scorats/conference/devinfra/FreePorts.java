package org.scorats.conference.devinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for servers a test or the local stack starts. A port the kernel hands out for "any port" comes
 * from the ephemeral range, which outgoing connections (Kafka and database clients by the dozen) draw
 * from too: between this choice and the server's bind, one of them can take it. So ports are chosen
 * below that range, free when chosen and never handed out twice by this JVM.
 */
public final class FreePorts {

    private static final int LOWEST = 20_000;
    private static final Set<Integer> handedOut = new HashSet<>();

    private FreePorts() {
    }

    public static synchronized int next() {
        int ephemeralFrom = ephemeralRangeStart();
        for (int tries = 0; tries < 200 && ephemeralFrom > LOWEST; tries++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, ephemeralFrom);
            if (!handedOut.contains(port) && bindable(port)) {
                handedOut.add(port);
                return port;
            }
        }
        // An unusual ephemeral range leaves nothing below it: let the kernel choose.
        try (ServerSocket socket = new ServerSocket(0)) {
            handedOut.add(socket.getLocalPort());
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean bindable(int port) {
        // Servers here listen on loopback or on all addresses; free on all means free for both.
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress((InetAddress) null, port));
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    private static int ephemeralRangeStart() {
        try {
            return Integer.parseInt(Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException notLinux) {
            return 49_152; // the IANA dynamic range, which most other systems use
        }
    }
}
