package vn.vanban.corpus.read;

import java.util.List;
import vn.vanban.corpus.model.ReadDocument;

/**
 * What one file gave: its documents (one, or one per row of a metadata file) and the problems met
 * on the way, each naming the file and, for a row, its line and field ("x.csv:17: field
 * ngay_ban_hanh: '31/02/2021' is not a date; the row is kept without a date").
 */
public record ReadResult(List<ReadDocument> documents, List<String> problems) {

    public ReadResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }
}
