package vn.vanban.corpus.model;

/**
 * Who signed. {@code capacity} is the signing authority marker closest to the title: TM. (on behalf
 * of a collective), KT. (deputising), TL., TUQ., Q.; null when the head signs in person.
 */
public record Signer(String name, String title, String capacity) {}
