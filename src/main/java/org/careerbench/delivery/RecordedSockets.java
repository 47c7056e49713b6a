package org.careerbench.delivery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.SocketFactory;

/**
 * The plain sockets the mail library opens for one postbox, kept so that a letter past its
 * delivery's deadline can be stopped for certain: closing the socket ends a connection still being
 * opened or a reply still awaited at once, where closing the library's transport would first wait
 * for it. A STARTTLS connection runs over such a socket, so closing it ends that too.
 */
final class RecordedSockets extends SocketFactory {
    private final SocketFactory sockets = SocketFactory.getDefault();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    /** Closes every socket opened so far; the letter using one fails at once. */
    void closeAll() {
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                // Closing is all that is asked.
            }
        }
        open.clear();
    }

    private Socket kept(Socket s) {
        open.add(s);
        return s;
    }

    @Override
    public Socket createSocket() throws IOException {
        return kept(sockets.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return kept(sockets.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return kept(sockets.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return kept(sockets.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return kept(sockets.createSocket(address, port, localAddress, localPort));
    }
}
