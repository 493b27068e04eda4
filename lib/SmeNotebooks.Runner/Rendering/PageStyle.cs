namespace SmeNotebooks.Runner.Rendering;

/// <summary>The stylesheet shared by notebook pages and the index (inlined: pages reference nothing outside themselves).</summary>
internal static class PageStyle
{
    public const string Css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}
        header{border-bottom:2px solid #ddd;margin-bottom:1.5rem}header .meta{color:#666;font-size:0.9em}
        .cell{margin:1rem 0}.code details{background:#f6f8fa;border:1px solid #e1e4e8;border-radius:4px;padding:0.2rem 0.6rem}
        .code summary{cursor:pointer;color:#555;font-size:0.85em}pre{overflow-x:auto;margin:0.3rem 0}
        .output{border-left:3px solid #9ecbff;padding:0.2rem 0.6rem;margin:0.4rem 0;overflow-x:auto}
        .output.error{border-color:#d73a49;background:#ffeef0;color:#86181d}.output.note{border-color:#ccc;color:#666;font-size:0.85em}
        .status-failed{color:#d73a49;font-weight:bold}.status-ok{color:#22863a}
        table.sme-frame{border-collapse:collapse;font-size:0.85em}table.sme-frame th,table.sme-frame td{border:1px solid #ddd;padding:0.15em 0.5em}
        .sme-rowcount{color:#666;font-size:0.8em;margin:0.2em 0}
        details.solution{border:1px solid #c8e1c8;border-radius:4px;padding:0.2rem 0.6rem;margin:0.8rem 0;background:#f7fbf7}
        details.solution>summary{cursor:pointer;color:#1a6b2f;font-weight:600}
        nav.toc details{border:1px solid #e1e4e8;border-radius:4px;padding:0.2rem 0.6rem;margin:0 0 1rem;font-size:0.9em}
        nav.toc summary{cursor:pointer;font-weight:600}nav.toc ol{margin:0.3rem 0;padding-left:1.4rem}
        @media (min-width:96rem){nav.toc{position:fixed;top:2rem;left:1rem;width:16rem;max-height:90vh;overflow-y:auto}}
        nav.pager{display:flex;justify-content:space-between;gap:1rem;margin:1rem 0;font-size:0.9em}nav.pager a[rel=next]{margin-left:auto}
        aside.data,aside.cite{border:1px solid #e1e4e8;border-radius:4px;padding:0.2rem 0.8rem;margin:1.5rem 0;background:#fafbfc;font-size:0.9em}
        aside h3{margin:0.4rem 0}
        .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(22rem,1fr));gap:1rem;padding:0;list-style:none}
        .card{border:1px solid #e1e4e8;border-radius:6px;padding:0.6rem 1rem}.card h2{font-size:1.1em;margin:0.2rem 0}.card dl{margin:0.4rem 0;font-size:0.9em}
        .card dt{font-weight:600;color:#555}.card dd{margin:0 0 0.3rem 0}
        footer{border-top:1px solid #ddd;margin-top:2rem;color:#666;font-size:0.85em}
        .sme-live-bar{display:flex;flex-wrap:wrap;align-items:center;gap:0.4rem;margin:0.4rem 0 0.8rem;font-size:0.9em}
        .sme-live-bar button,.sme-cell-bar button{font:inherit;padding:0.1rem 0.7rem;border:1px solid #aaa;border-radius:4px;background:#fff;cursor:pointer}
        .sme-cell-bar{margin:0.2rem 0;font-size:0.85em}.sme-live-status{color:#555}.sme-live-note{color:#666;font-size:0.85em}
        .sme-running>details{border-color:#0366d6;box-shadow:0 0 0 2px #c8e1ff}code[contenteditable]:focus{outline:2px solid #c8e1ff}
        @media print{nav.toc,nav.pager,header .meta a,.code details,details.solution,aside.data,.sme-live-bar,.sme-cell-bar{display:none}
          body{max-width:none;margin:0;font-size:11pt}.output{border-left:none;padding-left:0}.sme-plot{break-inside:avoid}}
        """;
}
