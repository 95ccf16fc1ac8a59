package io.earmark.streams.replay.report;

/** The report's only styling, inlined into the page: no external resource, no script. */
final class HtmlStyle {

    static final String CSS = """
            body{font-family:-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0;color:#1c2430;\
            background:#f6f7f9;line-height:1.45}
            header{background:#17324d;color:#fff;padding:20px 32px}
            header h1{margin:0 0 6px;font-size:24px}
            header p{margin:2px 0;color:#d5e2ef}
            main{padding:16px 32px 40px;max-width:1400px}
            section{background:#fff;border:1px solid #dde2e8;border-radius:6px;padding:14px 20px;margin:16px 0}
            h2{font-size:20px;margin:4px 0 10px}
            h3{font-size:16px;margin:18px 0 8px;color:#17324d}
            table{border-collapse:collapse;width:100%;font-size:13px}
            table.timeline{font-size:12px}
            th,td{border-bottom:1px solid #e6e9ee;padding:4px 6px;text-align:left;vertical-align:top}
            th{background:#eef2f6;font-weight:600}
            td.num,th.num{text-align:right;white-space:nowrap}
            td.when{white-space:nowrap}
            table.facts{width:auto}
            table.facts th{background:none;font-weight:600;padding-right:24px}
            tr.ALERT td{background:#fff4f2}
            tr.HELD td,tr.SET_ASIDE td{background:#fffbea}
            tr.EVIDENCE td{background:#f1f6fc}
            .role{color:#5b6776;font-size:12px}
            .id{font-family:Menlo,Consolas,monospace;font-size:12px;color:#3d4a5a;word-break:break-all}
            .alert{border-left:6px solid #999;background:#fafbfc;padding:8px 12px;margin:8px 0}
            .sev-LOW{border-color:#7a8a99}.sev-MEDIUM{border-color:#e0a100}
            .sev-HIGH{border-color:#d9480f}.sev-CRITICAL{border-color:#a50e0e}
            .badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;\
            background:#7a8a99}
            .badge.sev-MEDIUM{background:#b58100}.badge.sev-HIGH{background:#d9480f}.badge.sev-CRITICAL{background:#a50e0e}
            .change-appeared{color:#a50e0e}.change-disappeared{color:#2b7a0b}.change-changed{color:#b58100}
            .muted{color:#5b6776}
            .ok{color:#2b7a0b}.short{color:#a50e0e}
            nav ul{columns:3;margin:0;padding-left:18px}
            .pictures{width:max-content;max-width:100%}
            .pictures svg{display:block;max-width:100%;height:auto;margin:6px 0 10px;border:1px solid #e6e9ee}
            @media print{body{background:#fff}main{padding:0 8px}section{border:none;padding:0}\
            .pictures svg{break-inside:avoid;page-break-inside:avoid}}
            """;

    private HtmlStyle() {
    }
}
