package vn.vanban.corpus.read;

/**
 * How to read: {@code defaultIssuer} is the issuer of every metadata row that names none
 * ("Ủy ban nhân dân tỉnh Bình Dương" for a portal's listing of its own documents).
 */
public record ReadOptions(String defaultIssuer) {

    public static final ReadOptions DEFAULT = new ReadOptions(null);
}
