package vn.vanban.corpus.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The text of an HTML page as a browser saves it (a portal's page, a Word file saved as a web
 * page), through Apache Tika's HTML parser: one line per block, a blank line after a paragraph and
 * between table cells (the two-column header is a table: its cells stay apart), white space collapsed as a browser
 * does, and the page's navigation, forms, scripts and footer left out.
 */
final class HtmlText {

    static final Set<String> EXTENSIONS = Set.of("html", "htm", "xhtml");
    /** More text than this in one page is not a single official document. */
    private static final int MAX_CHARS = 5_000_000;

    /** Elements whose content is the page's, not the document's. */
    private static final Set<String> DISCARDED = Set.of("script", "style", "nav", "footer", "header", "aside", "form",
            "noscript", "menu", "button", "select", "iframe", "svg", "template");
    private static final Set<String> BLOCKS = Set.of("div", "li", "ul", "ol", "tr", "table", "pre", "dd", "dt", "dl",
            "section", "article", "center", "address", "hr");
    /** Paragraphs are set apart by a blank line, as in text (a "Căn cứ" clause ends at one). */
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote");
    private static final Set<String> CELLS = Set.of("td", "th");

    private static final HtmlMapper MAPPER = new DefaultHtmlMapper() {
        @Override
        public boolean isDiscardElement(String name) {
            return DISCARDED.contains(name.toLowerCase(Locale.ROOT)) || super.isDiscardElement(name);
        }
    };

    private final JSoupParser parser = new JSoupParser();

    static boolean handles(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    String text(String source, String fileName, byte[] bytes) throws UnreadableDocumentException {
        Lines handler = new Lines();
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, MAPPER);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser.parse(in, handler, metadata, context);
        } catch (TooLong e) {
            throw new UnreadableDocumentException(source, "more than " + MAX_CHARS + " characters of text");
        } catch (TikaException | IOException | org.xml.sax.SAXException | RuntimeException e) {
            throw new UnreadableDocumentException(source, "cannot be read as HTML ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
        String text = handler.text();
        if (text.isBlank()) {
            throw new UnreadableDocumentException(source, "no text in the page");
        }
        return text;
    }

    /** Thrown past MAX_CHARS. */
    private static final class TooLong extends org.xml.sax.SAXException {
        TooLong() {
            super("too long");
        }
    }

    /** Text by lines: blocks end a line, cells are set apart by a blank line, spaces collapse. */
    private static final class Lines extends DefaultHandler {
        private final StringBuilder out = new StringBuilder();
        private boolean space;

        /** Inside the page's head (its title is the site's, not the document's). */
        private int head;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            String n = name(local, qName);
            if (n.equals("head")) {
                head++;
            } else if (BLOCKS.contains(n)) {
                newline();
            } else if (CELLS.contains(n) || PARAGRAPHS.contains(n)) {
                cellBreak();
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            String n = name(local, qName);
            if (n.equals("head")) {
                head--;
            } else if (BLOCKS.contains(n)) {
                newline();
            } else if (CELLS.contains(n) || PARAGRAPHS.contains(n)) {
                cellBreak();
            }
        }

        /** Tika writes a {@code <br>} as a line feed of ignorable white space. */
        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            for (int i = start; i < start + length; i++) {
                if (ch[i] == '\n' && head == 0) {
                    newline();
                    return;
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws TooLong {
            if (head > 0) {
                return;
            }
            for (int i = start; i < start + length; i++) {
                char c = ch[i];
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    space = true;
                    continue;
                }
                if (space && !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
            if (out.length() > MAX_CHARS) {
                throw new TooLong();
            }
        }

        private void newline() {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            space = false;
        }

        private void cellBreak() {
            newline();
            if (out.length() >= 2 && out.charAt(out.length() - 2) != '\n') {
                out.append('\n');
            }
        }

        private static String name(String local, String qName) {
            return (local == null || local.isEmpty() ? qName : local).toLowerCase(Locale.ROOT);
        }

        String text() {
            return out.toString();
        }
    }
}
