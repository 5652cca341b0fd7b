package org.scorats.conference.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.scorats.conference.conventions.problem.ProblemException;
import org.scorats.conference.notification.config.WebhookConfig;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs a partner may have us call: http or https, no credentials in the URL, and, unless
 * the deployment allows it, no address inside our own networks (loopback, private, link-local,
 * unique-local), so a subscription cannot be turned against internal services.
 */
@ApplicationScoped
public class WebhookUrlPolicy {

    private final boolean allowPrivateAddresses;

    @Inject
    WebhookUrlPolicy(WebhookConfig config) {
        this(config.allowPrivateAddresses());
    }

    WebhookUrlPolicy(boolean allowPrivateAddresses) {
        this.allowPrivateAddresses = allowPrivateAddresses;
    }

    public URI check(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw refused("must be an http or https URL");
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
        if (!allowPrivateAddresses) {
            for (InetAddress address : resolve(uri.getHost())) {
                if (isInternal(address)) {
                    throw refused("points at an internal address (" + address.getHostAddress() + "); use a public endpoint");
                }
            }
        }
        return uri;
    }

    static boolean isInternal(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        boolean carrierGradeNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || carrierGradeNat;
    }

    /** A URL the HTTP client accepts too: it refuses some that {@link URI} parses (a host with an underscore, say). */
    private static URI parse(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null && uri.getRawAuthority() != null) {
                throw refused("names a host that is not a valid host name: " + uri.getRawAuthority());
            }
            return uri;
        } catch (URISyntaxException e) {
            throw refused("is not a URL: " + e.getReason());
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
