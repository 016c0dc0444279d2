package vn.vanban.corpus.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** The text of Word (.docx, .doc) and PDF files, through Apache Tika. */
final class OfficeText {

    /** Extensions read through Tika. */
    static final Set<String> EXTENSIONS = Set.of("docx", "doc", "pdf", "odt", "rtf");
    /** More text than this in one file is not a single official document. */
    private static final int MAX_CHARS = 5_000_000;

    private final AutoDetectParser parser = new AutoDetectParser();

    static boolean handles(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    String text(String source, String fileName, byte[] bytes) throws UnreadableDocumentException {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(source, "encrypted (password-protected) document");
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new UnreadableDocumentException(source, "more than " + MAX_CHARS + " characters of text");
            }
            throw new UnreadableDocumentException(source, "cannot be read as " + kind(fileName) + " (" + e.getMessage() + ")");
        } catch (TikaException | IOException | RuntimeException e) {
            throw new UnreadableDocumentException(source, "cannot be read as " + kind(fileName) + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
        String text = handler.toString();
        if (text.isBlank()) {
            throw new UnreadableDocumentException(source, "pdf".equals(extension(fileName))
                    ? "no text layer (a scanned PDF needs OCR first)" : "no text in the document");
        }
        return text;
    }

    private static String kind(String fileName) {
        String ext = extension(fileName);
        return "pdf".equals(ext) ? "PDF" : "doc".equals(ext) || "docx".equals(ext) ? "Word" : ext;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
