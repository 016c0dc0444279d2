package vn.vanban.api.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The token a request that changes the index must carry ({@code Authorization: Bearer TOKEN}).
 * Without a token configured, writing is off and every such request is refused. The comparison
 * takes the same time whatever the token sent (both sides are hashed, then compared with
 * {@link MessageDigest#isEqual}), so timing tells nothing of the token, not even its length.
 */
final class WriteToken {

    private final byte[] digest;

    /** {@code token} null: writing is disabled. */
    WriteToken(String token) {
        this.digest = token == null ? null : sha256(token);
    }

    boolean enabled() {
        return digest != null;
    }

    /** Returns if the request carries the token; otherwise a 401 problem saying what is missing. */
    void check(Context ctx) {
        if (digest == null) {
            throw unauthorized(ctx, "writing is disabled on this server (it was started without a write token:"
                    + " vanban serve --write-token-file FILE, or VANBAN_WRITE_TOKEN)");
        }
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthorized(ctx, "this request changes the index: it needs the header Authorization: Bearer TOKEN");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized(ctx, "the Authorization header must be: Bearer TOKEN");
        }
        if (!MessageDigest.isEqual(sha256(header.substring(7).strip()), digest)) {
            throw unauthorized(ctx, "the token is not this server's write token");
        }
    }

    private static ApiException unauthorized(Context ctx, String detail) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"vanban\"");
        return new ApiException(401, "Unauthorized", detail);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
