package org.careerbench.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.careerbench.report.ValueFormat;
import org.careerbench.report.ValueType;

/** Formats axis ticks and labels the way tables format the same values. */
final class AxisFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final transient ValueFormat values;
    private final ValueType type;
    private final String currency;

    AxisFormat(ValueFormat values, ValueType type, String currency) {
        this.values = values;
        this.type = type;
        this.currency = currency;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(values.format(number, type, currency));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("axis labels are only formatted");
    }
}
