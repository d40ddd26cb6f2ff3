package dev.storyline.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The address a server listens on, and the names a request's {@code Host} header may give it. A page that an
 * attacker's name resolves to this address (DNS rebinding) sends that name as its Host, which is refused.
 *
 * <ul>
 *   <li>Bound to one address: that address as given and as an IP literal, plus {@code localhost} when it is a
 *   loopback address, each with the port listened on.</li>
 *   <li>Bound to every interface ({@code 0.0.0.0} or {@code ::}): any IP literal or {@code localhost}, with the port
 *   listened on.</li>
 *   <li>Always: the {@code allowedHosts} of {@link ServerSettings}, with any port (the names of a reverse proxy).</li>
 * </ul>
 */
record Listening(InetAddress address, String host, int port, List<String> allowedHosts) {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

    /** True when a {@code Host} header value (name, optional {@code :port}) names this server. */
    boolean isNamedBy(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String value = hostHeader.strip().toLowerCase(Locale.ROOT);
        String name = value;
        int givenPort = 80;
        int colon = value.lastIndexOf(':');
        if (colon >= 0 && colon > value.lastIndexOf(']')) {
            name = value.substring(0, colon);
            try {
                givenPort = Integer.parseInt(value.substring(colon + 1));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        for (String allowed : allowedHosts) {
            if (allowed.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return givenPort == port && namesAddress(name);
    }

    private boolean namesAddress(String name) {
        boolean literal = IPV4.matcher(name).matches() || name.contains(":");
        if (literal) {
            return address.isAnyLocalAddress() || address.equals(parseLiteral(name));
        }
        return name.equals("localhost") ? address.isAnyLocalAddress() || address.isLoopbackAddress()
                : name.equalsIgnoreCase(host);
    }

    /** An IP literal as an address; no name is looked up, since the text is a literal. */
    private static InetAddress parseLiteral(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
