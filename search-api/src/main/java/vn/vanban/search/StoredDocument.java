package vn.vanban.search;

import vn.vanban.corpus.model.OfficialDocument;

/** An indexed document as stored: its id, where it was read from, its text and its reading. */
public record StoredDocument(String id, String source, String text, OfficialDocument reading) {}
