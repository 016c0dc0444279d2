package vn.vanban.corpus.model;

/**
 * A document as read: where it came from, its cleaned text (citation offsets point into it) and
 * its reading. {@code source} is the path as given, {@code lastModified} and {@code size} say
 * when it must be read again.
 */
public record ReadDocument(String source, String text, OfficialDocument document) {}
