package vn.vanban.indexer.schema;

import org.apache.lucene.facet.FacetsConfig;

/** How facet fields are indexed: one value per document in each dimension. */
public final class FacetFields {

    private FacetFields() {}

    public static final FacetsConfig CONFIG = new FacetsConfig();
}
