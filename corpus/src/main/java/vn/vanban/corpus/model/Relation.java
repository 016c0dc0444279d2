package vn.vanban.corpus.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a document refers to another. Ordered from strongest to weakest. */
public enum Relation {
    /** The document exists to carry the cited one out ("Thực hiện Công điện số …"). */
    IMPLEMENTS("implements"),
    /** A "Căn cứ" line: the legal basis. */
    BASED_ON("basedOn"),
    /** Any other mention. */
    CITES("cites");

    private final String json;

    Relation(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    public static Relation fromJson(String value) {
        for (Relation r : values()) {
            if (r.json.equals(value)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown relation: " + value);
    }

    /** The stronger of two relations to the same document. */
    public Relation strongest(Relation other) {
        return other.ordinal() < ordinal() ? other : this;
    }
}
