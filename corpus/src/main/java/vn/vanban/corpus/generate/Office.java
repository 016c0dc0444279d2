package vn.vanban.corpus.generate;

import java.util.List;
import vn.vanban.corpus.model.Level;

/**
 * A kind of document some body issues, from {@code offices.tsv}: who, at which level, of which
 * type, with which ký hiệu after the number, signed under which title.
 */
record Office(Level level, String issuer, List<String> header, String type, String symbol, List<String> signer,
        int weight) {

    /** The ký hiệu of the document numbered {@code number} in {@code year}. */
    String numberSymbol(int number, int year) {
        return number + "/" + symbol.replace("{YEAR}", Integer.toString(year));
    }

    boolean carriesYear() {
        return symbol.contains("{YEAR}");
    }
}
