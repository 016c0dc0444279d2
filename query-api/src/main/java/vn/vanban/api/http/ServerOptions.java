package vn.vanban.api.http;

import java.util.List;

/**
 * How the API treats other web origins and heavy clients. {@code corsOrigins}: origins allowed to
 * call the API from a browser ("*": any, the default, so that a front end elsewhere can read);
 * {@code requestsPerMinute}: per client address, 0 for no limit (then 429).
 */
public record ServerOptions(List<String> corsOrigins, int requestsPerMinute) {

    public static final ServerOptions DEFAULT = new ServerOptions(List.of("*"), 0);

    public ServerOptions {
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
    }
}
