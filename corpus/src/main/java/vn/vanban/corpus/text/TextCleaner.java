package vn.vanban.corpus.text;

import java.util.regex.Pattern;

/**
 * Turns text converted from PDF or Word into plain text the reader can parse: NFC, Unix line
 * ends, no control characters, no Markdown or HTML markup ({@code **bold**}, {@code <sup>},
 * {@code ^(x)}, escapes), no trailing spaces. Line structure is kept: the header is read by lines.
 */
public final class TextCleaner {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B-\\u200D\\uFEFF\\u00AD]");
    private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern STRONG = Pattern.compile("\\*\\*|__");
    /** Emphasis with one star, as in "(*có Công điện kèm theo*)"; not a bullet "* ". */
    private static final Pattern EMPHASIS = Pattern.compile("(?<=[\\p{L}\\p{N}\\p{P}])\\*|\\*(?=[\\p{L}\\p{N}\\p{P}])");
    private static final Pattern BULLET = Pattern.compile("(?m)^([ \\t]*)[*•+][ \\t]+");
    private static final Pattern SUPERSCRIPT = Pattern.compile("\\^(?=\\()");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>])");
    /** A Markdown heading's marker ("## Quốc hội"), or a line of it alone. */
    private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}(?:[ \\t]+|$)");
    private static final Pattern TRAILING_SPACE = Pattern.compile("(?m)[ \\t\\u00A0]+$");
    private static final Pattern NBSP = Pattern.compile("\\u00A0");

    private TextCleaner() {}

    public static String clean(String raw) {
        String s = VietnameseText.nfc(raw);
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        // Lines wrapped inside emphasis and table cells are put back before the markup goes.
        s = MarkdownLayout.apply(s);
        // Each pattern runs only where its first character occurs: most files have no markup,
        // and a whole archive goes through here.
        if (hasControl(s)) {
            s = CONTROL.matcher(s).replaceAll("");
        }
        if (s.indexOf('<') >= 0) {
            s = BREAK_TAG.matcher(s).replaceAll("\n");
            s = TAG.matcher(s).replaceAll("");
        }
        s = decodeEntities(s);
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
            // Spans side by side are joined without a space: crawlers split words into formatting runs
            // ("TRƯ****Ở****NG BAN", "Lê Hải H****òa").
            s = STRONG.matcher(s).replaceAll("");
        }
        if (s.indexOf('*') >= 0 || s.indexOf('•') >= 0 || s.indexOf('+') >= 0) {
            s = BULLET.matcher(s).replaceAll("$1- ");
        }
        if (s.indexOf('*') >= 0) {
            s = EMPHASIS.matcher(s).replaceAll("");
        }
        if (s.indexOf('^') >= 0) {
            s = SUPERSCRIPT.matcher(s).replaceAll("");
        }
        if (s.indexOf('#') >= 0) {
            s = HEADING.matcher(s).replaceAll("");
        }
        if (s.indexOf('\\') >= 0) {
            s = ESCAPE.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('\u00A0') >= 0) {
            s = NBSP.matcher(s).replaceAll(" ");
        }
        s = TRAILING_SPACE.matcher(s).replaceAll("");
        return s.strip();
    }

    /** Whether CONTROL can match: a control character other than line feed and tab, or an invisible one. */
    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f || c >= '\u200B' && c <= '\u200D'
                    || c == '\uFEFF' || c == '\u00AD') {
                return true;
            }
        }
        return false;
    }

    private static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
