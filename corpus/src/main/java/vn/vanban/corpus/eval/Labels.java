package vn.vanban.corpus.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import vn.vanban.corpus.model.Signer;

/** The shapes of the golden files in corpus/eval/ (see docs/labeling.md). */
final class Labels {

    private Labels() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Citation(String numberSymbol, String name, String type, String date, String issuer, String relation,
            String pinpoint) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Stated(String from, String to, String relation) {}

    /** A labelled row of a metadata file. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Row(int row, String so_ky_hieu, List<Citation> citations, List<Stated> stated) {}

    /**
     * A labelled document of a portal page or a Markdown conversion (tvpl/, congbot/): every header
     * field, and every citation in the document proper.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Portal(String file, String numberSymbol, String type, String issuer, String parentIssuer, String level,
            String province, String place, String date, String subject, List<String> recipients, Signer signer,
            List<Citation> citations, List<Stated> stated) {}

    /** A labelled gazette document: its header, and the references of its "Căn cứ" clauses. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Gazette(String file, String numberSymbol, String type, String issuer, String place, String date,
            String subject, Signer signer, List<Citation> citations) {}
}
