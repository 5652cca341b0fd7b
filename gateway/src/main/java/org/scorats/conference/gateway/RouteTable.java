package org.scorats.conference.gateway;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Which service owns a path, from the routes in configuration; no route is written in code. */
@ApplicationScoped
public class RouteTable {

    record Route(String[] segments, boolean prefix, String service) {

        boolean matches(String[] path) {
            if (prefix ? path.length < segments.length : path.length != segments.length) {
                return false;
            }
            for (int i = 0; i < segments.length; i++) {
                if (!segments[i].equals("*") && !segments[i].equals(path[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Route> routes;

    RouteTable(GatewayConfig config) {
        this.routes = config.routes().stream().map(RouteTable::compile).toList();
    }

    public Optional<String> serviceFor(String path) {
        String[] segments = split(path);
        return routes.stream().filter(r -> r.matches(segments)).map(Route::service).findFirst();
    }

    private static Route compile(GatewayConfig.Route route) {
        String[] segments = split(route.path());
        boolean prefix = segments.length > 0 && segments[segments.length - 1].equals("**");
        if (prefix) {
            segments = java.util.Arrays.copyOf(segments, segments.length - 1);
        }
        for (String segment : segments) {
            if (segment.equals("**")) {
                throw new IllegalArgumentException("'**' may only end a route: " + route.path());
            }
        }
        return new Route(segments, prefix, route.service());
    }

    private static String[] split(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/+");
    }
}
