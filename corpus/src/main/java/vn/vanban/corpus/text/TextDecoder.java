package vn.vanban.corpus.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Bytes of a text file to a string, or the reason they are not text: empty, binary (NUL bytes or
 * many control characters), not UTF-8.
 */
public final class TextDecoder {

    private TextDecoder() {}

    /** The decoded text, or empty with {@code why} filled in. */
    public static Optional<String> decode(byte[] bytes, StringBuilder why) {
        if (bytes.length == 0) {
            why.append("empty file");
            return Optional.empty();
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
            if (s.isBlank()) {
                why.append("no text (only white space)");
                return Optional.empty();
            }
            return Optional.of(s);
        } catch (MalformedInputException e) {
            why.append("not UTF-8 text (invalid byte at offset ").append(in.position()).append(')');
            return Optional.empty();
        } catch (CharacterCodingException e) {
            why.append("not UTF-8 text");
            return Optional.empty();
        }
    }
}
