package vn.vanban.api.http;

import java.util.List;

/**
 * How the API treats other web origins, heavy clients and writers. {@code corsOrigins}: origins
 * allowed to call the API from a browser ("*": any, the default, so that a front end elsewhere can
 * read); {@code requestsPerMinute}: per client address, 0 for no limit (then 429);
 * {@code writeToken}: the bearer token that POST /api/documents and DELETE /api/documents/{id}
 * need, or null: writing is off (they answer 401).
 */
public record ServerOptions(List<String> corsOrigins, int requestsPerMinute, String writeToken) {

    /** Shorter write tokens are refused: a guessable token is no protection. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public static final ServerOptions DEFAULT = new ServerOptions(List.of("*"), 0, null);

    public ServerOptions {
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
        if (writeToken != null && writeToken.strip().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("the write token must have at least " + MIN_TOKEN_LENGTH
                    + " characters (make one with: openssl rand -hex 32)");
        }
        writeToken = writeToken == null ? null : writeToken.strip();
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "ServerOptions[corsOrigins=" + corsOrigins + ", requestsPerMinute=" + requestsPerMinute + ", writeToken="
                + (writeToken == null ? "none" : "(set)") + "]";
    }

    /** Read-only. */
    public ServerOptions(List<String> corsOrigins, int requestsPerMinute) {
        this(corsOrigins, requestsPerMinute, null);
    }
}
