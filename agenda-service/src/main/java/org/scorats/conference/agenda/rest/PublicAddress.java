package org.scorats.conference.agenda.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scorats.conference.conventions.http.PublicAddresses;

import java.net.URI;
import java.util.Optional;

/** The agenda's public address for schedule apps' absolute links ({@code agenda.public-base-url}); see {@link PublicAddresses}. */
@ApplicationScoped
class PublicAddress {

    private final Optional<URI> configured;

    PublicAddress(@ConfigProperty(name = "agenda.public-base-url") Optional<URI> configured) {
        this.configured = configured;
    }

    String of(UriInfo uri, HttpHeaders headers) {
        return PublicAddresses.of(configured, uri, headers);
    }
}
