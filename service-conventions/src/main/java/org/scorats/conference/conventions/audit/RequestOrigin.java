package org.scorats.conference.conventions.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Where a request came from, as the gateway forwards it: its request id ({@code X-Request-Id}) and
 * the client's address (the first of {@code X-Forwarded-For}).
 */
@RequestScoped
public class RequestOrigin {

    private String requestId;
    private String clientAddress;

    public String requestId() {
        return requestId;
    }

    public String clientAddress() {
        return clientAddress;
    }

    /** Reads the headers of every request before its resource runs. */
    @Provider
    public static class Reader implements ContainerRequestFilter {

        private final RequestOrigin origin;

        Reader(RequestOrigin origin) {
            this.origin = origin;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            origin.requestId = clip(request.getHeaderString("X-Request-Id"));
            String forwarded = request.getHeaderString("X-Forwarded-For");
            origin.clientAddress = forwarded == null ? null : clip(forwarded.split(",")[0].strip());
        }

        private static String clip(String value) {
            return value == null ? null : value.length() > 100 ? value.substring(0, 100) : value;
        }
    }
}
