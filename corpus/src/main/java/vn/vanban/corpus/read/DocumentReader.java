package vn.vanban.corpus.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.vanban.corpus.text.VietnameseText;
import vn.vanban.corpus.model.Citation;
import vn.vanban.corpus.model.Level;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.model.ReadDocument;
import vn.vanban.corpus.ref.NumberSymbol;
import vn.vanban.corpus.text.LegacyEncoding;
import vn.vanban.corpus.text.PageNoise;
import vn.vanban.corpus.text.SpacedLetters;
import vn.vanban.corpus.text.TextCleaner;
import vn.vanban.corpus.text.TextDecoder;
import vn.vanban.corpus.model.Relation;
import vn.vanban.corpus.vocab.Province;
import vn.vanban.corpus.vocab.Vocabulary;

/**
 * Reads an official document: clean the text, read the header, find the citations and resolve
 * what each one tells. The one entry point of this module for the stages downstream.
 */
public final class DocumentReader {

    /** Larger documents are refused rather than read into memory whole. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** A metadata file holds many rows: it may be larger. */
    public static final long MAX_METADATA_BYTES = 512L * 1024 * 1024;

    /** The header's lines are among the first of a document. */
    private static final int HEADER_LINES = 40;

    /** Bump when the reading of a document changes, so that indexes read every file again. */
    private static final int VERSION = 6; // 5: deadlines; 6: deadlines counted from the document itself

    private final TextDecoder decoder;
    private final PageNoise pageNoise;
    private final OfficeText office = new OfficeText();
    private final HtmlText html = new HtmlText();
    private final MetadataRows rows;
    private final HeaderParser headers;
    private final String fingerprint;
    private final MentionFinder mentions;
    private final DeadlineFinder deadlines;
    private final BodyNames names;
    private final Vocabulary vocabulary;
    private final PortalPage portal;
    private final SecondWitness witness;
    private final SpacedLetters spaced;

    /** Whether a portal's metadata block fills what the header lacks (off to measure the header alone). */
    private final boolean secondWitness;

    public DocumentReader(Vocabulary vocabulary) {
        this(vocabulary, true);
    }

    /**
     * @param secondWitness whether a portal's metadata block fills what the header lacks; off, the
     *     reading is the document's own, as an evaluation against that block needs
     */
    public DocumentReader(Vocabulary vocabulary, boolean secondWitness) {
        this.secondWitness = secondWitness;
        this.decoder = new TextDecoder(new LegacyEncoding(vocabulary));
        this.pageNoise = new PageNoise(vocabulary);
        this.names = new BodyNames(vocabulary);
        this.deadlines = new DeadlineFinder(vocabulary);
        this.vocabulary = vocabulary;
        this.portal = new PortalPage(vocabulary);
        this.witness = new SecondWitness(vocabulary);
        this.spaced = new SpacedLetters(vocabulary.headerSyllables());
        this.headers = new HeaderParser(vocabulary);
        this.mentions = new MentionFinder(vocabulary);
        this.rows = new MetadataRows(vocabulary, mentions, headers);
        this.fingerprint = VERSION + "-" + vocabulary.fingerprint();
    }

    /** Changes whenever this reader would read a file differently (code version and vocabularies). */
    public String fingerprint() {
        return fingerprint;
    }

    public DocumentReader() {
        this(Vocabulary.standard());
    }

    /**
     * Reads a file: one document, or one per row of a metadata file (.csv, .jsonl). The exception's
     * message names the file and says why it cannot be read at all.
     */
    public ReadResult readAll(Path file, ReadOptions options) throws UnreadableDocumentException {
        String fileName = file.getFileName().toString();
        byte[] bytes = bytes(file, MetadataRows.handles(fileName) ? MAX_METADATA_BYTES : MAX_BYTES);
        return readAll(file.toString(), fileName, bytes, options);
    }

    /** Reads the bytes of a file; {@code source} names it in messages, {@code fileName} tells its kind. */
    public ReadResult readAll(String source, String fileName, byte[] bytes, ReadOptions options)
            throws UnreadableDocumentException {
        if (MetadataRows.handles(fileName)) {
            StringBuilder why = new StringBuilder();
            Optional<String> text = decoder.decode(bytes, why);
            if (text.isEmpty()) {
                throw new UnreadableDocumentException(source, why.toString());
            }
            return rows.read(source, fileName, text.get(), options);
        }
        return new ReadResult(List.of(read(source, fileName, bytes)), List.of());
    }

    /** Reads a file of one document; the exception's message names the file and says why it cannot be read. */
    public ReadDocument read(Path file) throws UnreadableDocumentException {
        return read(file.toString(), file.getFileName().toString(), bytes(file, MAX_BYTES));
    }

    private static byte[] bytes(Path file, long limit) throws UnreadableDocumentException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableDocumentException(name, "is a directory, not a document");
            }
            long size = Files.size(file);
            if (size > limit) {
                throw new UnreadableDocumentException(name, "too large (" + size + " bytes; the limit is " + limit + ")");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(name, "no such file");
        } catch (IOException e) {
            throw new UnreadableDocumentException(name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads the bytes of a document; {@code source} names it in messages, {@code fileName} goes in the reading. */
    public ReadDocument read(String source, String fileName, byte[] bytes) throws UnreadableDocumentException {
        String raw;
        if (OfficeText.handles(fileName)) {
            raw = office.text(source, fileName, bytes);
        } else if (HtmlText.handles(fileName)) {
            raw = html.text(source, fileName, bytes);
        } else {
            StringBuilder why = new StringBuilder();
            Optional<String> decoded = decoder.decode(bytes, why);
            if (decoded.isEmpty()) {
                throw new UnreadableDocumentException(source, why.toString());
            }
            raw = decoded.get();
        }
        String page = pageNoise.strip(TextCleaner.clean(raw)).strip();
        if (page.isBlank()) {
            throw new UnreadableDocumentException(source, "no text left after removing markup");
        }
        // A page saved from a portal: only the document proper is read (and kept as its text).
        PortalPage.Split split = portal.split(page);
        String text = repairHeader(split.document().isBlank() ? page : split.document());
        return new ReadDocument(source, text, parse(fileName, text, split.metadata()));
    }

    /** Lines in capitals at the top, with letters OCR spaced out ("ỦY B AN NHÂN D Â N"), put together. */
    private String repairHeader(String text) {
        int end = 0;
        int lines = 0;
        boolean any = false;
        while (end < text.length() && lines < HEADER_LINES) {
            int nl = text.indexOf('\n', end);
            int stop = nl < 0 ? text.length() : nl;
            any = any || SpacedLetters.mayApply(text.substring(end, stop));
            end = nl < 0 ? text.length() : nl + 1;
            lines++;
        }
        if (!any) {
            return text;
        }
        String[] top = text.substring(0, end).split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < top.length; i++) {
            out.append(spaced.repair(top[i]));
            if (i < top.length - 1) {
                out.append('\n');
            }
        }
        return out + text.substring(end);
    }

    /** Reads cleaned text. */
    public OfficialDocument parse(String fileName, String text) {
        return parse(fileName, text, PortalPage.Metadata.NONE);
    }

    private OfficialDocument parse(String fileName, String text, PortalPage.Metadata metadata) {
        List<String> warnings = new ArrayList<>();
        Header h = headers.parse(text);
        if (h.numberSymbol() == null && h.issuer() == null && h.date() == null && h.type() == null) {
            warnings.add("no header found (no issuer, số/ký hiệu, date or type): perhaps not an official document");
        }
        if (secondWitness) {
            h = witness.reconcile(h, metadata, warnings);
        }
        String folded = VietnameseText.foldAligned(text); // once, for the mentions and the deadlines
        List<Mention> found = mentions.find(text, folded, h.province());
        NumberSymbol own = NumberSymbol.parse(h.numberSymbol());
        CitationMerger.Result cited = CitationMerger.merge(found, text, h, own == null ? null : own.key(), vocabulary.relationWords());
        return new OfficialDocument(fileName, null, h.type(), h.number(), h.symbol(), h.numberSymbol(), h.issuer(),
                h.parentIssuer(), h.level(), province(h, cited.citations()), h.place(), h.date(), h.subject(),
                h.recipients(), h.signer(), h.noiNhan(), cited.citations(), cited.stated(), warnings,
                deadlines.find(text, folded, h.date(), h.type()));
    }

    /**
     * The header's province; for a district or commune body whose header names none ("UBND HUYỆN
     * MƯỜNG ẢNG"), the province of the local document it implements: districts implement their
     * own province's orders.
     */
    private String province(Header h, List<Citation> citations) {
        if (h.province() != null || h.level() != Level.DISTRICT && h.level() != Level.COMMUNE) {
            return h.province();
        }
        for (Citation c : citations) {
            if (c.relation() == Relation.IMPLEMENTS) {
                Province p = names.provinceIn(c.issuer());
                if (p != null) {
                    return vocabulary.provinceNameAt(p, h.date());
                }
            }
        }
        return null;
    }
}
