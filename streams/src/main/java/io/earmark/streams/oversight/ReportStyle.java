package io.earmark.streams.oversight;

/**
 * The report's only styling, inlined into the page. On screen: a light page of cards. Printed (A4): black on white,
 * no backgrounds needed, each group and the open cases on a page of their own, table headers repeated on every
 * page, no row or chart cut in two.
 */
final class ReportStyle {

    static final String CSS = """
            body{font-family:"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0;color:#111;background:#f4f5f7;\
            line-height:1.4;font-size:14px}
            header{background:#1f3a56;color:#fff;padding:18px 28px}
            header h1{margin:0 0 4px;font-size:23px}
            header p{margin:2px 0}
            main{padding:8px 28px 32px;max-width:1400px}
            section{background:#fff;border:1px solid #d5dae1;border-radius:6px;padding:12px 18px;margin:14px 0}
            h2{font-size:19px;margin:4px 0 10px}
            h3{font-size:15px;margin:16px 0 6px}
            table{border-collapse:collapse;width:100%;font-size:12.5px;margin:4px 0 10px}
            th,td{border-bottom:1px solid #d9dde3;padding:3px 6px;text-align:left;vertical-align:top}
            thead th{border-bottom:2px solid #333;font-weight:600}
            tfoot td{border-top:2px solid #333;font-weight:600}
            .num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
            .when{white-space:nowrap}
            .id{font-family:Menlo,Consolas,monospace;font-size:11.5px;word-break:break-all}
            table.key{width:auto}
            table.key th{font-weight:600;padding-right:28px;border-bottom:1px solid #d9dde3}
            .figures{display:flex;flex-wrap:wrap;gap:12px}
            figure{margin:0;max-width:100%}
            figure svg{display:block;max-width:100%;height:auto;border:1px solid #d9dde3;background:#fff}
            figcaption{font-size:12px;color:#333;margin-top:2px}
            ul.notes li{margin:3px 0}
            footer{font-size:12px;color:#333;padding:0 28px 24px}
            @page{size:A4;margin:14mm 12mm}
            @media print{body{background:#fff;font-size:10pt}header{background:none;color:#000;padding:0 0 6px;\
            border-bottom:2px solid #000}main{padding:0;max-width:none}section{border:none;border-radius:0;\
            padding:0;margin:10px 0}section.page{break-before:page}h2,h3{break-after:avoid}\
            thead{display:table-header-group}tr,figure{break-inside:avoid}table{font-size:7.5pt}\
            th,td{padding:2px 3px}th.num{white-space:normal}\
            figure svg{border-color:#000}footer{padding:0}}
            """;

    private ReportStyle() {
    }
}
