package org.scorats.conference.conventions.paging;

import jakarta.ws.rs.core.Link;
import org.jboss.resteasy.reactive.RestResponse;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;

/** Answers a list request: the page as JSON and, when there is more, a {@code Link: rel="next"}. */
public final class PageResponses {

    private PageResponses() {
    }

    /** Typed, so the contract documents the page's items (a schema per item type, e.g. PageParticipantView). */
    public static <T> RestResponse<Page<T>> ok(Page<T> page, UriInfo uri) {
        RestResponse.ResponseBuilder<Page<T>> response = RestResponse.ResponseBuilder.ok(page);
        if (page.nextCursor() != null) {
            URI next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build();
            // Relative to the request, so the link stays right behind the gateway.
            response.links(Link.fromUri(next.getRawPath() + "?" + next.getRawQuery()).rel("next").build());
        }
        return response.build();
    }
}
