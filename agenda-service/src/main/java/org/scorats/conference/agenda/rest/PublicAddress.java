package org.scorats.conference.agenda.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where readers reach this API from outside, for the absolute links schedule apps need: the
 * gateway's public address when configured ({@code agenda.public-base-url}, as production sets
 * it), else the scheme and host the gateway was called at (X-Forwarded-Proto and -Host, which it
 * sets on every request), else this service's own address.
 */
@ApplicationScoped
class PublicAddress {

    /** A host name or address with an optional port; anything else in the header is ignored. */
    private static final Pattern HOST = Pattern.compile("^(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]{1,253})(:\\d{1,5})?$");

    private final Optional<String> configured;

    PublicAddress(@ConfigProperty(name = "agenda.public-base-url") Optional<URI> configured) {
        this.configured = configured.map(URI::toString).map(url -> url.replaceAll("/+$", ""));
    }

    /** Scheme, host and port, without a trailing slash: {@code https://conference.example}. */
    String of(UriInfo uri, HttpHeaders headers) {
        if (configured.isPresent()) {
            return configured.get();
        }
        String host = headers.getHeaderString("X-Forwarded-Host");
        if (host != null && HOST.matcher(host).matches()) {
            return ("http".equals(headers.getHeaderString("X-Forwarded-Proto")) ? "http" : "https") + "://" + host;
        }
        URI own = uri.getBaseUri();
        return own.getScheme() + "://" + own.getRawAuthority();
    }
}
