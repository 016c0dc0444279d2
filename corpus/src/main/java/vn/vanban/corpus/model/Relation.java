package vn.vanban.corpus.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a document does to a document it refers to. New relations are appended (stored graphs
 * keep their codes); {@link #strength} orders them from the most to the least telling.
 */
public enum Relation {
    /** The document exists to carry the cited one out ("Thực hiện Công điện số …"). */
    IMPLEMENTS("implements", 0),
    /** A "Căn cứ" line: the legal basis. */
    BASED_ON("basedOn", 6),
    /** Any other mention. */
    CITES("cites", 7),
    /** Changes the cited text: "sửa đổi, bổ sung", "điều chỉnh", "đính chính". */
    AMENDS("amends", 2),
    /** Takes the cited document's place: "thay thế". */
    REPLACES("replaces", 3),
    /** Ends the cited document: "bãi bỏ", "hủy bỏ", "hết hiệu lực". */
    REPEALS("repeals", 4),
    /** Guides or details it: "hướng dẫn thực hiện", "quy định chi tiết". */
    GUIDES("guides", 1),
    /** Answers the cited letter: "trả lời Công văn số …". */
    REPLIES("replies", 5);

    private final String json;
    private final int strength;

    Relation(String json, int strength) {
        this.json = json;
        this.strength = strength;
    }

    @JsonValue
    public String json() {
        return json;
    }

    /** 0 for the most telling relation; a citation mentioned with two relations keeps the lower. */
    public int strength() {
        return strength;
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
        return other.strength < strength ? other : this;
    }
}
