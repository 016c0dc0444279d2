package vn.vanban.corpus.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Bytes of a text file to a string, or the reason they are not text: empty, binary (NUL bytes or
 * many control characters), or in no encoding we know. UTF-8 (with or without BOM) and UTF-16
 * with a BOM are read as such; other bytes, and UTF-8 text that holds TCVN3 or VNI letters, are
 * read as those legacy encodings when that makes Vietnamese of them.
 */
public final class TextDecoder {

    private final LegacyEncoding legacy;

    public TextDecoder(LegacyEncoding legacy) {
        this.legacy = legacy;
    }

    /** The decoded text, or empty with {@code why} filled in. */
    public Optional<String> decode(byte[] bytes, StringBuilder why) {
        if (bytes.length == 0) {
            why.append("empty file");
            return Optional.empty();
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return nonBlank(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), why);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return nonBlank(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), why);
        }
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                why.append("binary file (NUL byte at offset ").append(i).append("), not a text document");
                return Optional.empty();
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control * 10 > sample) {
            why.append("binary file (").append(control).append(" control bytes in the first ").append(sample)
                    .append("), not a text document");
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer chars = decoder.decode(in);
            String s = chars.toString();
            Optional<LegacyEncoding.Decoded> repaired = legacy.repair(s);
            return nonBlank(repaired.map(LegacyEncoding.Decoded::text).orElse(s), why);
        } catch (CharacterCodingException e) {
            Optional<LegacyEncoding.Decoded> old = legacy.decode(bytes);
            if (old.isPresent()) {
                return nonBlank(old.get().text(), why);
            }
            why.append("not UTF-8 text (invalid byte at offset ").append(in.position())
                    .append("), nor Vietnamese in TCVN3 or VNI");
            return Optional.empty();
        }
    }

    private static Optional<String> nonBlank(String s, StringBuilder why) {
        if (s.isBlank()) {
            why.append("no text (only white space)");
            return Optional.empty();
        }
        return Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
    }
}
