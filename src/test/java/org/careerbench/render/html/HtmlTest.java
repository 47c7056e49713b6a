package org.careerbench.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import org.junit.jupiter.api.Test;

/** Escaping as a page needs it, with payloads. */
class HtmlTest {
    @Test
    void textAndAttributesCarryNoMarkup() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", Html.text("<script>alert(1)</script> & co"));
        assertEquals("x&quot; onmouseover=&quot;alert(1)&#39;", Html.attr("x\" onmouseover=\"alert(1)'"));
        assertEquals("&amp;lt;", Html.text("&lt;"), "an entity in the data stays text");
    }

    @Test
    void onlyWebAndMailAddressesBecomeLinks() {
        assertTrue(Html.linkable("https://example.org/a?b=1"));
        assertTrue(Html.linkable(" HTTP://example.org"));
        assertTrue(Html.linkable("mailto:hr@example.org"));
        assertFalse(Html.linkable("javascript:alert(1)"));
        assertFalse(Html.linkable(" JavaScript:alert(1)"));
        assertFalse(Html.linkable("data:text/html,<script>alert(1)</script>"));
        assertFalse(Html.linkable("file:///etc/passwd"));
        assertFalse(Html.linkable("//evil.example.org/x.js"));
    }

    @Test
    void coloursAreCssHex() {
        assertEquals("#1f4e79", Html.css(new Color(0x1F, 0x4E, 0x79)));
    }
}
