package org.careerbench.delivery;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A postbox's plain sockets, kept so that a letter past its deadline is stopped at once. */
class RecordedSocketsTest {
    @Test
    void closingAllEndsAReadStillWaitingForAReply() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            RecordedSockets sockets = new RecordedSockets();
            Socket s = sockets.createSocket(InetAddress.getLoopbackAddress(), silent.getLocalPort());
            CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> {
                try {
                    return s.getInputStream().read();
                } catch (IOException e) {
                    return -2;
                }
            });
            Thread.sleep(200);
            sockets.closeAll();
            int got = read.get(5, TimeUnit.SECONDS);
            assertTrue(got == -2 || got == -1, "the read ended: " + got);
            assertTrue(s.isClosed());
        }
    }

    @Test
    void everyKindOfSocketIsRecorded() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            RecordedSockets sockets = new RecordedSockets();
            Socket unconnected = sockets.createSocket();
            Socket byName = sockets.createSocket("localhost", server.getLocalPort());
            Socket byAddress = sockets.createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort());
            sockets.closeAll();
            assertTrue(unconnected.isClosed() && byName.isClosed() && byAddress.isClosed());
            assertThrows(IOException.class, () -> unconnected.connect(new InetSocketAddress(
                    InetAddress.getLoopbackAddress(), server.getLocalPort())), "a closed socket cannot connect");
        }
    }
}
