package org.scorats.conference.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.notification.config.WebhookConfig;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which URLs a partner may have us call: https (plain http only where a deployment allows it, for
 * local receivers), no credentials in the URL, and, unless the deployment allows it, no address
 * inside our own or anybody's internal networks, including the ranges that embed or translate to
 * one (IPv4-compatible and NAT64 IPv6, 6to4, Teredo), so a subscription cannot be turned against
 * internal services.
 */
@ApplicationScoped
public class WebhookUrlPolicy {

    private static final Pattern HOST_AND_PORT = Pattern.compile("([^:\\[\\]]+)(:[0-9]+)?");

    private final boolean allowPrivateAddresses;
    private final boolean allowPlainHttp;

    @Inject
    WebhookUrlPolicy(WebhookConfig config) {
        this(config.allowPrivateAddresses(), config.allowPlainHttp());
    }

    WebhookUrlPolicy(boolean allowPrivateAddresses, boolean allowPlainHttp) {
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.allowPlainHttp = allowPlainHttp;
    }

    /** Where a delivery goes: the URL, and the address it was checked at, which is the one to connect to. */
    public record Target(URI uri, InetAddress address) {

        public int port() {
            return uri.getPort() > 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        }

        public String pathAndQuery() {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }
    }

    public URI check(String url) {
        return target(url).uri();
    }

    /**
     * Checks the URL and resolves its host once. The sender connects to the address returned, so a
     * name that resolves to a public address when checked and to an internal one a moment later
     * (DNS rebinding) is never followed.
     */
    public Target target(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowPlainHttp)) {
            throw refused(allowPlainHttp ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused("must not carry credentials; the signature authenticates us to you");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw refused("must name a host");
        }
        if (uri.getRawFragment() != null) {
            throw refused("must not have a fragment");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw refused("names port " + uri.getPort() + "; ports are 1 to 65535");
        }
        InetAddress[] addresses = resolve(uri.getHost());
        if (!allowPrivateAddresses) {
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    throw refused("points at an internal address (" + address.getHostAddress() + "); use a public endpoint");
                }
            }
        }
        return new Target(uri, addresses[0]);
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        int[] b = new int[address.getAddress().length];
        for (int i = 0; i < b.length; i++) {
            b[i] = address.getAddress()[i] & 0xff;
        }
        if (b.length == 4) {
            return b[0] == 0                                  // 0.0.0.0/8, "this network"
                    || b[0] == 100 && (b[1] & 0xc0) == 64     // 100.64.0.0/10, carrier-grade NAT
                    || b[0] == 198 && (b[1] & 0xfe) == 18     // 198.18.0.0/15, benchmarking
                    || b[0] == 192 && b[1] == 0 && b[2] == 0  // 192.0.0.0/24, protocol assignments
                    || (b[0] & 0xf0) == 240;                  // 240.0.0.0/4, reserved, and broadcast
        }
        boolean firstTwelveZero = true;
        for (int i = 0; i < 12; i++) {
            firstTwelveZero &= b[i] == 0;
        }
        return (b[0] & 0xfe) == 0xfc                          // fc00::/7, unique local
                || firstTwelveZero                            // ::a.b.c.d, IPv4-compatible (::127.0.0.1)
                || b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b // 64:ff9b::/96 and /48, NAT64
                || b[0] == 0x20 && b[1] == 0x02                 // 2002::/16, 6to4
                || b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0; // 2001::/32, Teredo
    }

    /**
     * A URL the HTTP client accepts too: it refuses some that {@link URI} parses (a host with an
     * underscore, say). An internationalized host (пример.рф) is taken in the ASCII form DNS and the
     * Host header carry (xn--e1afmkfd.xn--p1ai).
     */
    private static URI parse(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null && uri.getRawAuthority() != null) {
                String authority = uri.getRawAuthority();
                uri = new URI(url.replaceFirst(Pattern.quote("//" + authority),
                        Matcher.quoteReplacement("//" + ascii(authority))));
                if (uri.getHost() == null) {
                    throw refused("names a host that is not a valid host name: " + authority);
                }
            }
            return uri;
        } catch (URISyntaxException e) {
            throw refused("is not a URL: " + e.getReason());
        }
    }

    /** The authority with its host in ASCII (Punycode); as it was when that is not a host name. */
    private static String ascii(String authority) {
        int at = authority.lastIndexOf('@');
        Matcher hostAndPort = HOST_AND_PORT.matcher(authority.substring(at + 1));
        if (!hostAndPort.matches()) {
            return authority;
        }
        try {
            return authority.substring(0, at + 1) + IDN.toASCII(hostAndPort.group(1), IDN.USE_STD3_ASCII_RULES)
                    + (hostAndPort.group(2) == null ? "" : hostAndPort.group(2));
        } catch (IllegalArgumentException e) {
            return authority;
        }
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw refused("names a host that does not resolve: " + host);
        }
    }

    private static ProblemException refused(String message) {
        return ProblemException.invalidField("url", message);
    }
}
