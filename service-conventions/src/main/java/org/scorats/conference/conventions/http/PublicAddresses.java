package org.scorats.conference.conventions.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where readers reach the API from outside, for absolute links (schedule apps, the QR codes of
 * printed documents): the gateway's public address when configured, as production sets it, else
 * the scheme and host the gateway was called at (X-Forwarded-Proto and -Host, which it sets on
 * every request), else this service's own address.
 */
public final class PublicAddresses {

    /** A host name or address with an optional port; anything else in the header is ignored. */
    private static final Pattern HOST = Pattern.compile("^(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]{1,253})(:\\d{1,5})?$");

    private PublicAddresses() {
    }

    /** Scheme, host and port, without a trailing slash: {@code https://conference.example}. */
    public static String of(Optional<URI> configured, UriInfo uri, HttpHeaders headers) {
        if (configured.isPresent()) {
            return configured.get().toString().replaceAll("/+$", "");
        }
        String host = headers.getHeaderString("X-Forwarded-Host");
        if (host != null && HOST.matcher(host).matches()) {
            return ("http".equals(headers.getHeaderString("X-Forwarded-Proto")) ? "http" : "https") + "://" + host;
        }
        URI own = uri.getBaseUri();
        return own.getScheme() + "://" + own.getRawAuthority();
    }
}
