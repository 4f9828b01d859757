package org.oxpip.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Port checks done before starting anything, so a clash gives one clear sentence instead of a stack trace. */
final class PortCheck {

    private PortCheck() {}

    static void requireFree(int port, String what) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
        } catch (IOException nobodyListens) {
            return;
        }
        throw new StackException("Port " + port + " (" + what + ") is already in use. Is another stack running? "
                + "Stop it (Ctrl-C in its terminal) or free the port.");
    }
}
