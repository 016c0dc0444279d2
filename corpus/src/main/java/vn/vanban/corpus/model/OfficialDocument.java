package vn.vanban.corpus.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The reading of one official document: its administrative header (Nghị định 30/2020/NĐ-CP) and
 * the references in its text. This is the JSON of {@code vanban extract}. The text itself is kept
 * apart, in {@link ReadDocument}. {@code row} is the row of a metadata file (CSV, JSON Lines) the
 * document was read from, counting data rows from 1; absent for a document read from its own file.
 * {@code recipients} are those of "Kính gửi", {@code noiNhan} the list under "Nơi nhận" (copies,
 * filing). {@code warnings} say what the reader doubted: two witnesses that disagree (the header
 * and a portal's metadata block), or no header found.
 */
@JsonPropertyOrder({"file", "row", "type", "number", "symbol", "numberSymbol", "issuer", "parentIssuer", "level",
    "province", "place", "date", "subject", "recipients", "signer", "noiNhan", "citations", "stated", "warnings"})
public record OfficialDocument(
        String file,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer row,
        String type,
        String number,
        String symbol,
        String numberSymbol,
        String issuer,
        String parentIssuer,
        Level level,
        String province,
        String place,
        DocDate date,
        String subject,
        List<String> recipients,
        Signer signer,
        List<String> noiNhan,
        List<Citation> citations,
        List<StatedRelation> stated,
        List<String> warnings,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Deadline> deadlines) {

    @JsonCreator
    public OfficialDocument {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        noiNhan = noiNhan == null ? List.of() : List.copyOf(noiNhan);
        citations = citations == null ? List.of() : List.copyOf(citations);
        stated = stated == null ? List.of() : List.copyOf(stated);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
    }

    /** A reading without warnings. */
    public OfficialDocument(String file, Integer row, String type, String number, String symbol, String numberSymbol,
            String issuer, String parentIssuer, Level level, String province, String place, DocDate date,
            String subject, List<String> recipients, Signer signer, List<String> noiNhan, List<Citation> citations,
            List<StatedRelation> stated) {
        this(file, row, type, number, symbol, numberSymbol, issuer, parentIssuer, level, province, place, date,
                subject, recipients, signer, noiNhan, citations, stated, List.of(), List.of());
    }
}
