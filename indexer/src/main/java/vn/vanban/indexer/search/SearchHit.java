package vn.vanban.indexer.search;

import vn.vanban.corpus.model.OfficialDocument;

/** One result: the document's id and reading, and its score. */
public record SearchHit(String id, OfficialDocument reading, float score) {}
