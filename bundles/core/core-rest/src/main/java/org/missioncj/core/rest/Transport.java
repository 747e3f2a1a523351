package org.missioncj.core.rest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.servlet.http.HttpServletRequest;

/**
 * How a request reached the API: the client's address and whether it came over TLS. Behind a
 * TLS-terminating proxy, {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed only
 * from the proxies a site trusts ({@code trustedProxies} of PID {@code org.missioncj.core.rest}):
 * anyone else could write them.
 */
final class Transport {
    /** Request property under which the filters find this request's transport. */
    static final String PROPERTY = Transport.class.getName();
    private static final Pattern IP_LITERAL = Pattern.compile("^[0-9a-fA-F:.]{2,45}$");

    final String clientAddress;
    final boolean secure;
    /** HTTP Basic credentials may arrive over it: TLS, or plain HTTP from this machine (not through a proxy). */
    final boolean mayCarryCredentials;

    private Transport(String clientAddress, boolean secure, boolean mayCarryCredentials) {
        this.clientAddress = clientAddress;
        this.secure = secure;
        this.mayCarryCredentials = mayCarryCredentials;
    }

    static Transport of(HttpServletRequest request, Proxies trusted) {
        if (request == null) {
            return new Transport(null, false, true); // not over HTTP (a test calling a resource directly)
        }
        return of(request.getRemoteAddr(), request.isSecure(), request::getHeader, trusted);
    }

    /** The same from the connection's peer address, TLS and headers (an endpoint that is not JAX-RS). */
    static Transport of(String remote, boolean secure, java.util.function.Function<String, String> headers, Proxies trusted) {
        String client = remote;
        boolean forwardedPlain = false;
        if (trusted.trusts(remote)) {
            String proto = headers.apply("X-Forwarded-Proto");
            if (proto != null) {
                secure = "https".equalsIgnoreCase(proto.trim());
                forwardedPlain = !secure;
            }
            String forwarded = headers.apply("X-Forwarded-For");
            if (forwarded != null) {
                String[] hops = forwarded.split(",");
                for (int i = hops.length - 1; i >= 0; i--) {
                    String hop = hops[i].trim();
                    if (!IP_LITERAL.matcher(hop).matches()) {
                        break;
                    }
                    client = hop;
                    if (!trusted.trusts(hop)) {
                        break;
                    }
                }
            }
        }
        boolean local = !forwardedPlain && isLoopback(remote) && (client == null || client.equals(remote));
        return new Transport(client, secure, secure || local);
    }

    static boolean isLoopback(String address) {
        if (address == null || !IP_LITERAL.matcher(address).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The proxies whose forwarding headers are believed: addresses and CIDR ranges, IPv4 or IPv6. */
    static final class Proxies {
        private final List<byte[]> networks = new ArrayList<>();
        private final List<Integer> prefixes = new ArrayList<>();

        /** Comma-separated, e.g. {@code 10.0.0.5, 192.168.10.0/24, ::1}; empty trusts none. */
        static Proxies parse(String list) {
            Proxies p = new Proxies();
            if (list == null) {
                return p;
            }
            for (String item : list.split(",")) {
                String t = item.trim();
                if (t.isEmpty()) {
                    continue;
                }
                int slash = t.indexOf('/');
                String address = slash < 0 ? t : t.substring(0, slash);
                byte[] bytes = bytes(address);
                if (bytes == null) {
                    throw new IllegalArgumentException("trustedProxies: " + t + " is not an IP address or CIDR range");
                }
                int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(t.substring(slash + 1));
                if (prefix < 0 || prefix > bytes.length * 8) {
                    throw new IllegalArgumentException("trustedProxies: " + t + " has an impossible prefix length");
                }
                p.networks.add(bytes);
                p.prefixes.add(prefix);
            }
            return p;
        }

        boolean trusts(String address) {
            byte[] a = bytes(address);
            if (a == null) {
                return false;
            }
            for (int i = 0; i < networks.size(); i++) {
                byte[] n = networks.get(i);
                if (n.length == a.length && samePrefix(n, a, prefixes.get(i))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean samePrefix(byte[] a, byte[] b, int bits) {
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != b[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (a[full] & mask) == (b[full] & mask);
        }

        private static byte[] bytes(String address) {
            if (address == null || !IP_LITERAL.matcher(address.trim()).matches()) {
                return null;
            }
            try {
                // a literal: getByName parses it without asking DNS
                return InetAddress.getByName(address.trim()).getAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
    }
}
