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
    private static final Pattern TRAILING_SPACE = Pattern.compile("(?m)[ \\t\\u00A0]+$");
    private static final Pattern NBSP = Pattern.compile("\\u00A0");

    private TextCleaner() {}

    public static String clean(String raw) {
        String s = VietnameseText.nfc(raw);
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        s = CONTROL.matcher(s).replaceAll("");
        s = BREAK_TAG.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = decodeEntities(s);
        s = STRONG.matcher(s).replaceAll("");
        s = BULLET.matcher(s).replaceAll("$1- ");
        s = EMPHASIS.matcher(s).replaceAll("");
        s = SUPERSCRIPT.matcher(s).replaceAll("");
        s = ESCAPE.matcher(s).replaceAll("$1");
        s = NBSP.matcher(s).replaceAll(" ");
        s = TRAILING_SPACE.matcher(s).replaceAll("");
        return s.strip();
    }

    private static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
