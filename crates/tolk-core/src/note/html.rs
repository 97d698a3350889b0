//! The note as one self-contained HTML page to read, archive or print:
//! no script, no external resource, a print stylesheet that keeps each
//! variant on one page where it fits. Its own Content-Security-Policy
//! forbids scripts and fetches, so even a renderer bug could not make a
//! hostile string run; every string is escaped regardless.

use super::layout::{blocks, Block};
use super::{Figures, Note};

/// Screen and print styles: black on white, 11pt body text that the
/// browser can scale, A4 margins, no break inside a variant's facts. The
/// app's Content-Security-Policy names the SHA-256 of the `<style>`
/// element's text (a newline, then this), so the note's preview, which
/// inherits the page's policy, is styled as the downloaded page is (an
/// end-to-end test holds index.html to it).
pub const STYLE: &str = "\
body{font:11pt/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;color:#111;background:#fff;max-width:50rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6em;margin:0 0 .8em}h2{font-size:1.25em;border-bottom:2px solid #222;margin-top:1.6em}h3{font-size:1.1em;margin-top:1.4em}h4{font-size:1em;margin:1em 0 .3em}
table{border-collapse:collapse;width:100%;margin:.4em 0 1em}th,td{text-align:left;vertical-align:top;border:1px solid #999;padding:.25em .5em}
table.facts th{width:12em;background:#f0f0f0}thead th{background:#e4e4e4}
.caution{border:2px solid #8a4b00;background:#fff4e0;padding:.5em 1em;margin:1em 0}
.text{white-space:pre-wrap}
figure{margin:.5em 0 1em}figure svg{display:block;width:100%;max-width:36rem;height:auto}figcaption{font-size:.9em;color:#444}
@page{size:A4;margin:16mm 14mm}
@media print{body{margin:0;max-width:none;font-size:10pt}.variant,figure{break-inside:avoid-page}h2,h3,h4{break-after:avoid-page}thead{display:table-header-group}}
";

/// The page, with `figures` (Tolk's own SVG charts) in place.
pub fn render(note: &Note, figures: &Figures) -> String {
    let title = note.language.t_with(msg!("note-html-title"), &[("patient", (&note.patient.identifier).into())]);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"{}\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n",
        note.language.code(),
        escape(&note.tool),
        escape(&title)
    );
    let mut in_variant = false;
    for block in blocks(note, figures) {
        if in_variant && matches!(block, Block::PageBreakHint | Block::Heading(1..=2, _)) {
            out.push_str("</section>\n");
            in_variant = false;
        }
        match block {
            Block::Heading(level, text) => out.push_str(&format!("<h{level}>{}</h{level}>\n", escape(&text))),
            Block::Facts(facts) => {
                out.push_str("<table class=\"facts\">\n");
                for (label, value) in facts {
                    out.push_str(&format!(
                        "<tr><th scope=\"row\">{}</th><td>{}</td></tr>\n",
                        escape(&label),
                        escape(&value)
                    ));
                }
                out.push_str("</table>\n");
            }
            Block::List(items) => {
                out.push_str("<ul>\n");
                for (lead, rest) in items {
                    match lead.is_empty() {
                        true => out.push_str(&format!("<li>{}</li>\n", escape(&rest))),
                        false => {
                            out.push_str(&format!("<li><strong>{}</strong>: {}</li>\n", escape(&lead), escape(&rest)))
                        }
                    }
                }
                out.push_str("</ul>\n");
            }
            Block::Text(text) => out.push_str(&format!("<p class=\"text\">{}</p>\n", escape(&text))),
            Block::Table { head, rows } => {
                out.push_str("<table>\n<thead><tr>");
                for h in head {
                    out.push_str(&format!("<th scope=\"col\">{}</th>", escape(&h)));
                }
                out.push_str("</tr></thead>\n<tbody>\n");
                for row in rows {
                    let cells: String = row.iter().map(|c| format!("<td>{}</td>", escape(c))).collect();
                    out.push_str(&format!("<tr>{cells}</tr>\n"));
                }
                out.push_str("</tbody>\n</table>\n");
            }
            Block::Caution(lines) => {
                out.push_str("<div class=\"caution\" role=\"note\">\n");
                for line in lines {
                    out.push_str(&format!("<p>{}</p>\n", escape(&line)));
                }
                out.push_str("</div>\n");
            }
            Block::Figure { svg, caption } => {
                out.push_str(&format!("<figure>\n{svg}\n<figcaption>{}</figcaption>\n</figure>\n", escape(&caption)));
            }
            Block::PageBreakHint => {
                out.push_str("<section class=\"variant\">\n");
                in_variant = true;
            }
        }
    }
    if in_variant {
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// Text for HTML or SVG element content and attribute values: the five
/// characters HTML and XML give meaning to become references, and control
/// characters other than line breaks and tabs (which both forbid) become
/// spaces, and bidirectional controls are named (`[U+202E]`). The charts' titles and descriptions go through it too.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => out.push(' '),
            c if crate::text::is_bidi_control(c) => out.push_str(&crate::text::named(c)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_becomes_text() {
        assert_eq!(
            escape("<img src=x onerror=\"alert('1')\">&"),
            "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;"
        );
        assert_eq!(escape("a\u{0}b\u{1b}[31m\nc"), "a b [31m\nc");
    }
}
