package be.openboek.cli;

import java.util.List;
import java.util.Locale;

/**
 * The {@code Host} header values the preview answers: {@code localhost}, {@code 127.0.0.1} or {@code [::1]} with the
 * preview's own port. A page elsewhere that rebinds its own name to 127.0.0.1 (DNS rebinding) reaches the preview
 * with its own name in {@code Host}; refusing every other name keeps that page from reading the preview's pages and
 * its status. Browsers write the host in this canonical form (lower case, IPv6 in brackets, no leading zeros) and
 * leave the port out only when it is 80, so nothing else needs to be accepted.
 */
final class LoopbackHost {

    private static final List<String> NAMES = List.of("localhost", "127.0.0.1", "[::1]");

    private LoopbackHost() {
    }

    /** Whether {@code host} (a {@code Host} header value) names this computer's loopback address on {@code port}. */
    static boolean allowed(String host, int port) {
        int colon = host.startsWith("[") ? host.indexOf(':', Math.max(host.indexOf(']'), 0)) : host.indexOf(':');
        String name = colon < 0 ? host : host.substring(0, colon);
        String portText = colon < 0 ? null : host.substring(colon + 1);
        boolean portMatches = portText == null ? port == 80 : portText.equals(Integer.toString(port));
        return portMatches && NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The address to tell a user who reached the preview under another name. */
    static String address(int port) {
        return "http://localhost:" + port + "/";
    }
}
