package vn.vanban.corpus.read;

import java.util.List;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.Level;
import vn.vanban.corpus.model.Signer;

/**
 * The administrative header of a document. {@code subjectStart}/{@code subjectEnd} locate the
 * trích yếu in the text, {@code numberStart}/{@code numberEnd} the "Số:" line, and
 * {@code bodyStart} where the body begins (after Kính gửi): citations are classified by where they
 * stand.
 */
record Header(
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
        int numberStart,
        int numberEnd,
        int subjectStart,
        int subjectEnd,
        int bodyStart) {}
