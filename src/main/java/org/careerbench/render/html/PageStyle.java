package org.careerbench.render.html;

import org.careerbench.report.Theme;

/**
 * The page's one style sheet, in the theme's colours: a readable column on a wide screen, one
 * column on a phone (wide tables scroll inside their own box, charts shrink to the width, long
 * words break), and print styles (no scroll boxes, tables and charts kept whole).
 */
final class PageStyle {
    private PageStyle() {
    }

    static String css(Theme t) {
        String primary = Html.css(t.primary());
        String accent = Html.css(t.accent());
        String text = Html.css(t.text());
        String muted = Html.css(t.muted());
        String zebra = Html.css(t.zebra());
        return """
                *, *::before, *::after { box-sizing: border-box; }
                html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
                body { margin: 0; font-family: 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif; font-size: 1rem;
                  line-height: 1.55; color: TEXT; background: #fff; }
                header.cover, nav.toc, main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
                header.cover { padding-top: 2rem; padding-bottom: 1rem; border-bottom: 3px solid ACCENT; }
                header.cover .logo { max-height: 3rem; max-width: 12rem; }
                h1 { color: PRIMARY; font-size: 2rem; line-height: 1.2; margin: 0.5rem 0; }
                h2 { color: PRIMARY; font-size: 1.45rem; margin: 2rem 0 0.75rem; }
                h3 { color: PRIMARY; font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
                .subtitle { font-size: 1.15rem; margin: 0; }
                .meta, .note, figcaption, footer, .basis { color: MUTED; }
                .meta { margin: 1rem 0 0; }
                p, li, figcaption, caption { overflow-wrap: anywhere; }
                a { color: PRIMARY; }
                nav.toc ol { list-style: none; padding-left: 0; }
                nav.toc ol ol { padding-left: 1.5rem; }
                nav.toc li { margin: 0.2rem 0; }
                .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
                  gap: 0.75rem; margin: 1rem 0; }
                .figure { background: ZEBRA; border-left: 4px solid ACCENT; padding: 0.6rem 0.8rem; }
                .figure p { margin: 0.1rem 0; }
                .figure .value { color: PRIMARY; font-size: 1.6rem; font-weight: bold; }
                .figure .label { font-weight: bold; }
                .figure .basis { font-size: 0.85rem; }
                .note { font-size: 0.85rem; font-style: italic; }
                .headline { background: ZEBRA; border-left: 4px solid ACCENT; padding: 0.5rem 0.9rem; margin: 1.25rem 0 0;
                  font-size: 1.1rem; }
                .headline p { margin: 0.25rem 0; }
                .headline .label { color: ACCENT; font-weight: bold; font-size: 0.9rem; }
                .notice { background: ZEBRA; border-left: 4px solid ACCENT; padding: 0.5rem 0.8rem; margin: 1rem 0; }
                .notice p { margin: 0.25rem 0; }
                .table-scroll { overflow-x: auto; max-width: 100%; margin: 1rem 0 0.5rem; }
                .table-scroll:focus { outline: 2px solid ACCENT; }
                table { border-collapse: collapse; font-size: 0.9rem; min-width: 100%; }
                caption { text-align: left; font-weight: bold; padding-bottom: 0.4rem; }
                caption.quiet { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
                  white-space: nowrap; }
                thead th { background: PRIMARY; color: #fff; text-align: left; vertical-align: bottom; }
                th, td { padding: 0.3rem 0.5rem; border-bottom: 1px solid #d0d5dd; overflow-wrap: normal;
                  hyphens: manual; }
                tbody th { font-weight: normal; text-align: left; }
                tbody tr:nth-child(even) { background: ZEBRA; }
                .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
                figure.chart { margin: 1.25rem 0; }
                figure.chart svg { display: block; width: 100%; height: auto; max-width: 100%; }
                figure.chart svg.narrow { display: none; }
                figcaption { font-size: 0.85rem; font-style: italic; margin-top: 0.3rem; }
                footer { margin-top: 3rem; padding-top: 0.75rem; padding-bottom: 2rem; border-top: 1px solid #d0d5dd;
                  font-size: 0.85rem; }
                @media (max-width: 34rem) {
                  figure.chart svg.wide { display: none; }
                  figure.chart svg.narrow { display: block; }
                  table { font-size: 0.8rem; }
                  th, td { padding: 0.3rem 0.3rem; }
                  tbody th:first-child, tbody td:first-child, thead th:first-child { position: sticky; left: 0;
                    z-index: 1; }
                  tbody th:first-child, tbody td:first-child { background: #fff; }
                  tbody tr:nth-child(even) th:first-child, tbody tr:nth-child(even) td:first-child { background: ZEBRA; }
                }
                @media (max-width: 30rem) {
                  h1 { font-size: 1.6rem; }
                  .figure .value { font-size: 1.35rem; }
                }
                @media print {
                  body { font-size: 10.5pt; }
                  header.cover, nav.toc, main, footer { max-width: none; padding: 0; }
                  nav.toc { break-after: page; }
                  h2, h3 { break-after: avoid; }
                  .table-scroll { overflow: visible; }
                  table, figure.chart, .figure, .notice { break-inside: avoid; }
                  a { color: inherit; text-decoration: none; }
                }
                """.replace("PRIMARY", primary).replace("ACCENT", accent).replace("TEXT", text)
                .replace("MUTED", muted).replace("ZEBRA", zebra);
    }
}
