package org.careerbench;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.careerbench.data.InputData;
import org.careerbench.report.Report;
import org.careerbench.report.assembly.ReportBuilder;
import org.careerbench.report.assembly.ReportContext;
import org.careerbench.diagnostics.Problems;
import org.careerbench.template.TemplateException;
import org.careerbench.template.TemplateSpec;

/** Builds reports in tests: every report of a template, or a failure listing every problem. */
public final class Builds {
    /** The creation time tests write into deliverables. */
    public static final Instant CREATED = Instant.parse("2026-11-01T06:00:00Z");

    private Builds() {
    }

    /** The one report of a single-format template without burst. */
    public static Report one(TemplateSpec spec, InputData data, YearMonth period) throws TemplateException {
        List<Report> all = all(spec, data, period);
        return all.get(0);
    }

    /** Every report of a template. */
    public static List<Report> all(TemplateSpec spec, InputData data, YearMonth period) throws TemplateException {
        Problems problems = new Problems();
        List<Report> reports = new ReportBuilder(data).build(spec, new ReportContext(period, CREATED), problems).reports();
        if (!problems.isEmpty()) {
            throw new TemplateException(problems);
        }
        return reports;
    }
}
