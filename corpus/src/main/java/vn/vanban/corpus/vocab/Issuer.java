package vn.vanban.corpus.vocab;

import java.util.List;
import java.util.regex.Pattern;
import vn.vanban.corpus.model.Level;

/**
 * An issuing body. A {@code local} one exists in every province under the same name and codes
 * (UBND, TU), so its name is completed with a province and its ký hiệu only names one document
 * within a province.
 */
public record Issuer(String name, List<String> aliases, List<String> codeSpellings, List<Pattern> codes, Level level,
        boolean local) {

    public boolean hasCode(String foldedUpperPart) {
        for (Pattern p : codes) {
            if (p.matcher(foldedUpperPart).matches()) {
                return true;
            }
        }
        return false;
    }
}
