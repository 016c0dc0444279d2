package vn.vanban.corpus.vocab;

import java.util.List;

/**
 * A province or centrally-run city as it was before 1 July 2025, and the province it belongs to
 * from that day ({@code since2025}, itself when unchanged).
 */
public record Province(String name, String kind, String since2025, List<String> aliases) {

    public boolean existsAfterMerger() {
        return name.equals(since2025);
    }
}
