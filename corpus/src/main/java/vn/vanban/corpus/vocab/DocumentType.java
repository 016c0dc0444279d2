package vn.vanban.corpus.vocab;

import java.util.List;

/** A type of document: its name, its abbreviations in a ký hiệu, its kind, other names. */
public record DocumentType(String name, List<String> abbreviations, String kind, List<String> aliases) {}
