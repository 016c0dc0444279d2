package vn.vanban.corpus.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The administrative level of an issuer. */
public enum Level {
    CENTRAL, PROVINCE, DISTRICT, COMMUNE;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Level fromJson(String value) {
        return value == null ? null : valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
