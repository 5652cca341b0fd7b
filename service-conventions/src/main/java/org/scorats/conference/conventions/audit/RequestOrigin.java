package org.scorats.conference.conventions.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Where an HTTP request came from, as the gateway forwards it: its request id ({@code X-Request-Id})
 * and the client's address: the last of {@code X-Forwarded-For}, the one the gateway appended itself
 * (earlier ones are the client's to forge). Not an HTTP request (an event
 * being applied) when {@link #http()} is false.
 */
@RequestScoped
public class RequestOrigin {

    private static final int MAX_LENGTH = 100;

    private boolean http;
    private String requestId;
    private String clientAddress;

    public boolean http() {
        return http;
    }

    public String requestId() {
        return requestId;
    }

    public String clientAddress() {
        return clientAddress;
    }

    /** A method, not field access: the filter holds a client proxy, whose own fields are not the request's. */
    void read(String requestId, String forwardedFor) {
        this.http = true;
        this.requestId = clip(requestId);
        this.clientAddress = forwardedFor == null ? null : clip(forwardedFor.substring(forwardedFor.lastIndexOf(',') + 1).strip());
    }

    /** Headers are the client's to fill: bounded, and without control characters. */
    private static String clip(String value) {
        if (value == null) {
            return null;
        }
        String printable = value.replaceAll("\\p{Cntrl}", "");
        return printable.length() > MAX_LENGTH ? printable.substring(0, MAX_LENGTH) : printable;
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
            origin.read(request.getHeaderString("X-Request-Id"), request.getHeaderString("X-Forwarded-For"));
        }
    }
}
