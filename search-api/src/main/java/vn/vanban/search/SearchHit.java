package vn.vanban.search;

import java.util.List;
import vn.vanban.corpus.model.OfficialDocument;

/**
 * One result: the document's id and reading, its score, and snippets of its text with the
 * matches marked ({@code <mark>…</mark>}, the rest HTML-escaped), diacritics as in the document.
 */
public record SearchHit(String id, OfficialDocument reading, float score, List<String> highlights) {}
