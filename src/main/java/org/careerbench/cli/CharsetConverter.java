package org.careerbench.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import picocli.CommandLine;

/** {@code --encoding}: a character encoding by name, or a sentence saying which names work. */
final class CharsetConverter implements CommandLine.ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
        try {
            return Charset.forName(value);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a character encoding this Java "
                    + "knows; expected a name such as UTF-8, windows-1252 or ISO-8859-1");
        }
    }
}
