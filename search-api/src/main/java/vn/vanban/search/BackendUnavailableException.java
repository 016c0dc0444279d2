package vn.vanban.search;

import java.io.IOException;

/**
 * The search engine did not answer (a SolrCloud down or unreachable): the API answers 503 naming
 * it, not 500, and a command exits 2 saying so. {@link #where} is what a user can check (the URLs).
 */
public final class BackendUnavailableException extends IOException {

    private final String where;

    public BackendUnavailableException(String where, Throwable cause) {
        super("the search engine at " + where + " did not answer: " + cause.getMessage(), cause);
        this.where = where;
    }

    public String where() {
        return where;
    }
}
