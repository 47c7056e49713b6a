package org.careerbench.render.html;

import java.awt.Color;
import java.util.Locale;

/** Escaping for HTML text and attributes, and the few other strings a page needs written safely. */
final class Html {
    private Html() {
    }

    /** {@code s} as HTML text: {@code & < >} escaped. */
    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code s} as a double-quoted attribute value: {@code & < > " '} escaped. */
    static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** Whether {@code url} may become a link: http, https or mailto, nothing that runs or loads. */
    static boolean linkable(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://") || u.startsWith("mailto:");
    }

    /** A colour as CSS, e.g. {@code #1f4e79}. */
    static String css(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
