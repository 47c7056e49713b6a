package org.careerbench.render.xlsx;

import org.apache.poi.ss.formula.OperationEvaluationContext;
import org.apache.poi.ss.formula.eval.ValueEval;
import org.apache.poi.ss.formula.functions.AggregateFunction;
import org.apache.poi.ss.formula.functions.FreeRefFunction;
import org.apache.poi.ss.formula.udf.DefaultUDFFinder;
import org.apache.poi.ss.formula.udf.UDFFinder;

/**
 * Excel 2010 functions POI's evaluator lacks, so that formulas written with them get correct
 * cached values. {@code PERCENTILE.INC} (stored as {@code _xlfn.PERCENTILE.INC}, as Excel
 * does) is the same computation as the legacy {@code PERCENTILE}, which POI implements.
 */
public final class ExcelFunctions {
    private ExcelFunctions() {
    }

    /** Register on a workbook before setting formulas that use these functions, and before evaluating. */
    public static final UDFFinder TOOL_PACK = new DefaultUDFFinder(
            new String[] {"_xlfn.PERCENTILE.INC"},
            new FreeRefFunction[] {ExcelFunctions::percentileInc});

    private static ValueEval percentileInc(ValueEval[] args, OperationEvaluationContext ec) {
        return AggregateFunction.PERCENTILE.evaluate(args, ec.getRowIndex(), ec.getColumnIndex());
    }
}
