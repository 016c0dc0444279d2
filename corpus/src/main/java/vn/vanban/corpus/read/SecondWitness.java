package vn.vanban.corpus.read;

import java.util.List;
import java.util.Objects;
import vn.vanban.corpus.model.DocDate;
import vn.vanban.corpus.model.Level;
import vn.vanban.corpus.ref.NumberSymbol;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.corpus.vocab.DocumentType;
import vn.vanban.corpus.vocab.Issuer;
import vn.vanban.corpus.vocab.PhraseIndex;
import vn.vanban.corpus.vocab.Province;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * Weighs a portal's metadata block against the header: the block fills what the header lacks; where
 * both speak and disagree, the header's reading is kept and the disagreement is reported, never
 * settled silently.
 */
final class SecondWitness {

    private final Vocabulary vocabulary;
    private final BodyNames names;

    SecondWitness(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.names = new BodyNames(vocabulary);
    }

    Header reconcile(Header h, PortalPage.Metadata m, List<String> warnings) {
        if (m.isEmpty()) {
            return h;
        }
        String number = h.number();
        String symbol = h.symbol();
        String numberSymbol = h.numberSymbol();
        NumberSymbol portalNumber = NumberSymbol.parse(m.numberSymbol());
        if (portalNumber != null) {
            if (numberSymbol == null) {
                String[] split = HeaderParser.splitNumber(m.numberSymbol().replaceAll("\\s+", ""));
                if (split[2] != null) {
                    number = split[0];
                    symbol = split[1];
                    numberSymbol = split[2];
                }
            } else {
                NumberSymbol own = NumberSymbol.parse(numberSymbol);
                if (own == null || !own.key().equals(portalNumber.key())) {
                    warnings.add(disagree("số/ký hiệu", numberSymbol, m.numberSymbol()));
                }
            }
        }

        String type = h.type();
        PhraseIndex.Match<DocumentType> typeMatch = m.type() == null ? null : vocabulary.typeNames().matchAt(fold(m.type()), 0);
        DocumentType portalType = typeMatch == null ? null : typeMatch.value();
        if (portalType != null) {
            if (type == null) {
                type = portalType.name();
            } else if (!type.equals(portalType.name())) {
                warnings.add(disagree("type", type, m.type()));
            }
        }

        DocDate date = h.date();
        DocDate portalDate = date(m.date());
        if (portalDate != null) {
            if (date == null) {
                date = portalDate;
            } else if (!date.isComplete() && date.year() == portalDate.year() && date.month() == portalDate.month()) {
                date = portalDate; // the day left blank on the header, filled in by the portal
            } else if (!date.equals(portalDate)) {
                warnings.add(disagree("date", date.toString(), portalDate.toString()));
            }
        }

        var signer = h.signer();
        if (m.signer() != null) {
            if (signer == null || signer.name() == null) {
                signer = new vn.vanban.corpus.model.Signer(m.signer(), signer == null ? null : signer.title(),
                        signer == null ? null : signer.capacity());
            } else if (!fold(signer.name()).equals(fold(m.signer()))) {
                warnings.add(disagree("signer", signer.name(), m.signer()));
            }
        }

        String issuer = h.issuer();
        String province = h.province();
        Level level = h.level();
        if (m.issuer() != null) {
            Province portalProvince = provinceNamed(m.issuer());
            Issuer central = vocabulary.centralIssuerNamed(m.issuer());
            if (portalProvince != null) {
                if (province == null && (level == null || level != Level.CENTRAL)) {
                    province = portalProvince.name();
                } else if (province != null && !province.equals(portalProvince.name())) {
                    warnings.add(disagree("issuer's province", province, m.issuer()));
                }
            } else {
                if (issuer == null) {
                    issuer = central != null ? central.name() : m.issuer();
                    level = central != null ? Level.CENTRAL : names.level(issuer);
                } else if (!names(issuer, h.parentIssuer(), m.issuer())) {
                    warnings.add(disagree("issuer", issuer, m.issuer()));
                }
            }
        }
        return new Header(type, number, symbol, numberSymbol, issuer, h.parentIssuer(), level, province, h.place(), date,
                h.subject(), h.recipients(), signer, h.noiNhan(), h.numberStart(), h.numberEnd(), h.subjectStart(),
                h.subjectEnd(), h.bodyStart());
    }

    /** "Tỉnh Bắc Ninh", "Thành phố Hà Nội": the portal names a local issuer by its province only. */
    private Province provinceNamed(String portalIssuer) {
        String f = fold(portalIssuer);
        String rest = f.startsWith("tinh ") ? f.substring(5) : f.startsWith("thanh pho ") ? f.substring(10) : null;
        if (rest == null) {
            return null;
        }
        PhraseIndex.Match<Province> p = vocabulary.provinceNames().matchAt(rest, 0);
        return p != null && p.end() == rest.length() ? p.value() : null;
    }

    /** Whether the portal's name is the issuer's or its parent's, or opens one of them ("Ban Chấp hành Trung ương"). */
    private static boolean names(String issuer, String parent, String portal) {
        String p = fold(portal);
        for (String n : new String[] {issuer, parent}) {
            if (n != null && (fold(n).equals(p) || fold(n).startsWith(p + " ") || p.startsWith(fold(n) + " "))) {
                return true;
            }
        }
        return false;
    }

    private static DocDate date(String ddmmyyyy) {
        if (ddmmyyyy == null) {
            return null;
        }
        String[] p = ddmmyyyy.trim().split("[/.-]");
        if (p.length != 3) {
            return null;
        }
        try {
            return DocDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String disagree(String field, String header, String portal) {
        return field + ": the header says '" + header + "', the portal's metadata says '" + portal + "'; the header's is kept";
    }

    private static String fold(String s) {
        return VietnameseText.fold(Objects.requireNonNull(s)).replaceAll("\\s+", " ").trim();
    }
}
