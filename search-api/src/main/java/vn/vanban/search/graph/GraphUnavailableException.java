package vn.vanban.search.graph;

/**
 * The store of the citation graph did not answer (a SolrCloud down or unreachable): the API
 * answers 503 naming it, as for searches. Unchecked: the graph's queries are walks of many lookups.
 */
public final class GraphUnavailableException extends RuntimeException {

    private final String where;

    public GraphUnavailableException(String where, Throwable cause) {
        super("the citation graph at " + where + " did not answer: " + cause.getMessage(), cause);
        this.where = where;
    }

    public String where() {
        return where;
    }
}
