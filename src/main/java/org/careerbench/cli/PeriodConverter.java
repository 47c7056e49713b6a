package org.careerbench.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --period YYYY-MM}. */
final class PeriodConverter implements ITypeConverter<YearMonth> {
    @Override
    public YearMonth convert(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a period, expected YYYY-MM such as 2026-11");
        }
    }
}
