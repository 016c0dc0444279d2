package vn.vanban.corpus.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.vanban.corpus.text.VietnameseText;

/** Reads the vocabulary files: tab-separated, '#' comments, NFC. A name starting with '/' is a resource path from the root. */
public final class Tsv {

    private Tsv() {}

    /** Rows of the named resource next to this class, each padded to {@code columns} cells. */
    public static List<String[]> read(String name, int columns) {
        return read(name, columns, true);
    }

    /** Rows as they are: no NFC, no trimming (legacy encoding tables hold invisible characters). */
    static List<String[]> readRaw(String name, int columns) {
        return read(name, columns, false);
    }

    private static List<String[]> read(String name, int columns, boolean tidy) {
        InputStream in = Tsv.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("vocabulary file missing from the build: " + name);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isEmpty() || line.startsWith("#") || tidy && line.isBlank()) {
                    continue;
                }
                String[] cells = Arrays.copyOf((tidy ? VietnameseText.nfc(line) : line).split("\t", -1), columns);
                for (int i = 0; i < columns; i++) {
                    cells[i] = cells[i] == null ? "" : tidy ? cells[i].trim() : cells[i];
                }
                if (cells[0].isEmpty()) {
                    throw new IllegalStateException(name + ":" + lineNo + ": first column is empty");
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary " + name, e);
        }
        return rows;
    }

    /** SHA-256 (hex, first 16 digits) of the named resources, in order. */
    static String fingerprint(String... names) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (String name : names) {
                try (InputStream in = Tsv.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException("vocabulary file missing from the build: " + name);
                    }
                    sha.update(in.readAllBytes());
                }
            }
            return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A '|'-separated cell as a list; empty cell, empty list. */
    public static List<String> list(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
