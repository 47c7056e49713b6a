package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careerbench.data.QualityPolicy;
import org.careerbench.data.QualityReport;
import org.careerbench.report.Block;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.TextRun;
import org.careerbench.report.ValueType;

/** The data-quality section: what the quality policy is and what ingestion did, row counts by reason. */
final class QualityBlocks {
    private final BuildContext ctx;

    QualityBlocks(BuildContext ctx) {
        this.ctx = ctx;
    }

    List<Block> blocks(String name) {
        QualityPolicy p = ctx.data().policy();
        var w = ctx.words();
        String money = w.format().currencySymbol(p.currency());
        String policy = w.get("quality.policy", w.get(p.dropDuplicates() ? "quality.dropped" : "quality.kept"),
                w.format().format(p.salaryFloor(), ValueType.MONEY, p.currency()),
                w.format().format(p.salaryCeiling(), ValueType.MONEY, p.currency()),
                w.get(p.dropImplausible() ? "quality.dropped" : "quality.kept-flagged"), p.currency(), p.ratesFile(),
                money.strip());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Prose(List.of(TextRun.plain(policy))));
        QualityReport q = ctx.data().quality();
        if (q.entries().isEmpty()) {
            blocks.add(new Block.Prose(List.of(TextRun.plain(w.get("quality.none", ctx.data().salaries().size())))));
        } else {
            List<TableColumn> columns = List.of(TableColumn.of(w.get("quality.dataset"), ValueType.TEXT),
                    TableColumn.of(w.get("quality.what"), ValueType.TEXT), TableColumn.of(w.get("quality.action"),
                            ValueType.TEXT),
                    TableColumn.of(w.get("quality.rows"), ValueType.INTEGER));
            List<List<Object>> rows = new ArrayList<>();
            for (QualityReport.Entry e : q.entries()) {
                rows.add(List.of(e.dataset(), w.get("quality.reason." + e.reason().name().toLowerCase(Locale.ROOT)
                        .replace('_', '-')), w.get("quality." + e.reason().action().word()), e.rows()));
            }
            blocks.add(new TableBlock(name, w.get("quality.caption"), columns, rows,
                    List.of(w.get("quality.kept.count", ctx.data().salaries().size()))));
        }
        q.notes().forEach(n -> blocks.add(new Block.Note(n)));
        return blocks;
    }
}
