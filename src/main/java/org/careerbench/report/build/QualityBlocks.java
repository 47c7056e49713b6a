package org.careerbench.report.build;

import java.util.ArrayList;
import java.util.List;
import org.careerbench.data.QualityPolicy;
import org.careerbench.data.QualityReport;
import org.careerbench.report.Block;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.TextRun;
import org.careerbench.report.ValueType;
import org.careerbench.spec.Plural;

/** The data-quality section: what the quality policy is and what ingestion did, row counts by reason. */
final class QualityBlocks {
    private final BuildContext ctx;

    QualityBlocks(BuildContext ctx) {
        this.ctx = ctx;
    }

    List<Block> blocks(String name) {
        QualityPolicy p = ctx.data().policy();
        String money = ctx.words().format().currencySymbol(p.currency());
        String policy = "Policy: exact duplicate rows are " + (p.dropDuplicates() ? "dropped" : "kept")
                + "; annual salaries below " + ctx.words().format().format(p.salaryFloor(), ValueType.MONEY, p.currency())
                + " (often monthly pay entered as annual) or above "
                + ctx.words().format().format(p.salaryCeiling(), ValueType.MONEY, p.currency()) + " are "
                + (p.dropImplausible() ? "dropped" : "kept and flagged") + "; salaries in another currency than "
                + p.currency() + " are converted with the dated exchange rates of " + p.ratesFile()
                + ", or refused when it has no rate; numbers written with thousands separators, a currency sign ("
                + money.strip() + ") or a spreadsheet escape are read with those removed; cells marked * or N/A "
                + "are not available, # or >=N are top-coded.";
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Prose(List.of(TextRun.plain(policy))));
        QualityReport q = ctx.data().quality();
        if (q.entries().isEmpty()) {
            blocks.add(new Block.Prose(List.of(TextRun.plain("No row of any dataset was dropped, changed or flagged "
                    + "while reading this input: " + Plural.of(ctx.data().salaries().size(), "salary observation")
                    + " were kept "
                    + "as they are."))));
        } else {
            List<TableColumn> columns = List.of(TableColumn.of("Dataset", ValueType.TEXT),
                    TableColumn.of("What happened", ValueType.TEXT), TableColumn.of("Action", ValueType.TEXT),
                    TableColumn.of("Rows", ValueType.INTEGER));
            List<List<Object>> rows = new ArrayList<>();
            for (QualityReport.Entry e : q.entries()) {
                rows.add(List.of(e.dataset(), e.reason().description(), e.reason().action().word(), e.rows()));
            }
            blocks.add(new TableBlock(name, "Rows dropped, changed or flagged while reading the input", columns, rows,
                    List.of(Plural.of(ctx.data().salaries().size(), "salary observation") + " kept.")));
        }
        q.notes().forEach(n -> blocks.add(new Block.Note(n)));
        return blocks;
    }
}
