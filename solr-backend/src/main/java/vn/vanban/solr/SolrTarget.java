package vn.vanban.solr;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a SolrCloud is and which collections are vanban's: the node URLs as given on the command
 * line ({@code --solr http://host:8983/solr,http://host2:8983/solr}) and the collection name;
 * the edges collection is that name with "_edges".
 */
public record SolrTarget(List<String> urls, String collection) {

    public static final String DEFAULT_COLLECTION = "vanban";

    public SolrTarget {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("no Solr URL given");
        }
        urls = List.copyOf(urls);
    }

    /** "URL,URL,…": each an absolute http(s) URL of a node, usually ending in /solr. */
    public static SolrTarget parse(String urls, String collection) {
        List<String> out = new ArrayList<>();
        for (String u : urls.split(",")) {
            String t = u.strip();
            if (t.isEmpty()) {
                continue;
            }
            URI uri;
            try {
                uri = URI.create(t);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + t + "' is not a URL");
            }
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("'" + t + "' is not an http(s) URL of a Solr node (like http://localhost:8983/solr)");
            }
            out.add(t.endsWith("/") ? t.substring(0, t.length() - 1) : t);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no Solr URL in '" + urls + "'");
        }
        return new SolrTarget(out, collection == null || collection.isBlank() ? DEFAULT_COLLECTION : collection);
    }

    public String edges() {
        return collection + "_edges";
    }
}
