package vn.vanban.api.http;

import vn.vanban.corpus.vocab.Vocabulary;
import vn.vanban.indexer.graph.CitationGraph;
import vn.vanban.indexer.search.SearchBackend;

/** What the API serves from: a search backend and the citation graph of the same index. */
public record Library(SearchBackend search, CitationGraph graph, Vocabulary vocabulary) {}
