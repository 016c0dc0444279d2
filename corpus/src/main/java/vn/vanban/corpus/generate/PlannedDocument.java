package vn.vanban.corpus.generate;

import java.time.LocalDate;
import java.util.List;
import vn.vanban.corpus.vocab.Province;

/**
 * One document of a generated corpus, before it is written: who issues it, its ký hiệu and date,
 * where (province and district, null for central documents), its topic, the document it
 * implements (null for none) and the ones it is based on or cites; {@code id} is the id vanban
 * gives it; {@code path} where it is written, relative to the corpus folder.
 */
record PlannedDocument(int index, Office office, String numberSymbol, LocalDate date, Province province,
        String district, int topic, PlannedDocument implemented, List<PlannedDocument> basedOn,
        List<PlannedDocument> cited, String issuer, String id, String path) {}
