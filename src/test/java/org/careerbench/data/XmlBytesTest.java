package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The lexing under the sheet scanner: names, attribute values, text and what is refused. */
class XmlBytesTest {
    private static XmlBytes of(String xml) {
        return new XmlBytes(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aTagsNameLosesItsPrefixAndItsAttributesDecodeEntitiesInEitherQuote() throws IOException {
        XmlBytes x = of("<x:c a='1 &amp; 2' b=\"&#x263A;\"/>");
        assertTrue(x.skipToTag());
        x.readName(x.read());
        assertTrue(x.is("c") && !x.is("x:c"));
        x.readName(x.skipSpace());
        assertEquals("1 & 2", x.attributeValue());
        x.readName(x.skipSpace());
        assertEquals("\u263A", x.attributeValue());
        assertTrue(x.tagEnds(x.skipSpace()));
        assertTrue(x.selfClosing);
        assertFalse(x.skipToTag(), "the end of the bytes");
    }

    @Test
    void elementTextDecodesEntitiesAndCdataAndSkipsComments() throws IOException {
        XmlBytes x = of("<t>a &lt;b&gt; <![CDATA[<c>]]><!-- no -->&#65;</t>");
        assertTrue(x.skipToTag());
        x.readName(x.read());
        x.skipTo('>');
        assertEquals("a <b> <c>A", x.elementText());
    }

    @Test
    void aDocumentTypeAnUnknownEntityAndAnUnclosedValueAreRefusedAtTheirByte() throws IOException {
        XmlBytes doctype = of("<!DOCTYPE x [<!ENTITY e 'boom'>]>");
        assertTrue(doctype.skipToTag());
        doctype.read();
        IOException refused = assertThrows(IOException.class, doctype::markup);
        assertTrue(refused.getMessage().contains("document type declaration")
                && refused.getMessage().contains("at byte 3"), refused.getMessage());
        XmlBytes entity = of("<t>&e;</t>");
        entity.skipToTag();
        entity.readName(entity.read());
        entity.skipTo('>');
        assertTrue(assertThrows(IOException.class, entity::elementText).getMessage().contains("the entity &e;"));
        XmlBytes open = of("<c r=\"A1");
        open.skipToTag();
        open.readName(open.read());
        open.readName(open.skipSpace());
        assertTrue(assertThrows(IOException.class, open::attributeValue).getMessage()
                .contains("an attribute value that is never closed"));
    }

    @Test
    void aKnownWordIsTheSameStringEveryTime() throws IOException {
        String[] known = {"s", "inlineStr"};
        XmlBytes x = of("<c t='inlineStr' u='other'>");
        x.skipToTag();
        x.readName(x.read());
        x.readName(x.skipSpace());
        x.attributeValueIntoText();
        assertTrue(x.textAsOneOf(known) == known[1], "the known string itself");
        x.readName(x.skipSpace());
        x.attributeValueIntoText();
        assertEquals("other", x.textAsOneOf(known));
    }
}
