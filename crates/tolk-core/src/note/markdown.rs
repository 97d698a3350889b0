//! The note as Markdown, to paste into a record system or an MDT
//! minute. Every string is escaped so that it stays text: a sample name
//! holding `<script>` or `[link](javascript:...)` shows as those
//! characters, and a `|` cannot break a table.

use super::layout::{blocks, Block};
use super::{Figures, Note};

pub fn render(note: &Note) -> String {
    let mut out = String::new();
    // Markdown is text: the figures are in the HTML note.
    for block in blocks(note, &Figures::default()) {
        match block {
            Block::Heading(level, text) => {
                out.push_str(&format!("{} {}\n\n", "#".repeat(level.into()), inline(&text)));
            }
            Block::Facts(facts) => {
                out.push_str("| | |\n|---|---|\n");
                for (label, value) in facts {
                    out.push_str(&format!("| **{}** | {} |\n", inline(&label), inline(&value)));
                }
                out.push('\n');
            }
            Block::List(items) => {
                for (lead, rest) in items {
                    match lead.is_empty() {
                        true => out.push_str(&format!("- {}\n", inline(&rest))),
                        false => out.push_str(&format!("- **{}**: {}\n", inline(&lead), inline(&rest))),
                    }
                }
                out.push('\n');
            }
            Block::Text(text) => {
                let lines: Vec<String> = text.lines().map(line).collect();
                out.push_str(&lines.join("  \n"));
                out.push_str("\n\n");
            }
            Block::Table { head, rows } => {
                let row = |cells: &[String]| {
                    format!("| {} |\n", cells.iter().map(|c| inline(c)).collect::<Vec<_>>().join(" | "))
                };
                out.push_str(&row(&head));
                out.push_str(&format!("|{}\n", "---|".repeat(head.len())));
                for r in rows {
                    out.push_str(&row(&r));
                }
                out.push('\n');
            }
            Block::Caution(lines) => {
                for line in lines {
                    out.push_str(&format!("> **{}**\n>\n", inline(&line)));
                }
                out.truncate(out.len() - 2);
                out.push('\n');
            }
            Block::PageBreakHint | Block::Figure { .. } => {}
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// One line of text, inert: control characters and line breaks become
/// spaces, bidirectional controls are named (`[U+202E]`), and every character that Markdown (CommonMark and GitHub's)
/// could read as markup or HTML wherever it stands is backslash-escaped.
/// `_` is escaped only at a word's edge, since CommonMark never reads an
/// underscore inside a word as emphasis: `missense_variant` stays
/// readable when the Markdown is read as plain text.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let inside_word = |at: Option<&char>| at.is_some_and(|c| c.is_alphanumeric());
        match c {
            '_' if inside_word(i.checked_sub(1).and_then(|j| chars.get(j))) && inside_word(chars.get(i + 1)) => {
                out.push(c)
            }
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '|' | '~' | '&' | '$' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c if crate::text::is_bidi_control(c) => out.push_str(&inline(&crate::text::named(c))),
            c => out.push(c),
        }
    }
    out
}

/// A line of free text: [`inline`], and also a start that would begin a
/// list, a quote, a heading, a rule or a heading underline (`-`, `+`, `=`,
/// `>`, `#`, `1.`) is escaped.
fn line(text: &str) -> String {
    let text = inline(text);
    let indent = text.len() - text.trim_start().len();
    let rest = &text[indent..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let at = match rest.as_bytes().get(digits) {
        Some(b'.' | b')') if digits > 0 => indent + digits,
        Some(b'-' | b'+' | b'=' | b'>' | b'#') if digits == 0 => indent,
        _ => return text,
    };
    format!("{}\\{}", &text[..at], &text[at..])
}

#[cfg(test)]
mod tests {
    use super::{inline, line};

    #[test]
    fn markup_is_escaped_and_lines_are_joined() {
        assert_eq!(inline("<script>alert(1)</script>"), r"\<script>alert(1)\</script>");
        assert_eq!(inline("[x](javascript:alert(1))"), r"\[x\](javascript:alert(1))");
        assert_eq!(inline("a|b\nc\u{7}"), r"a\|b c ");
        assert_eq!(inline("**bold** _it_ `code` &amp;"), r"\*\*bold\*\* \_it\_ \`code\` \&amp;");
        assert_eq!(
            inline("missense_variant NC_000020.11:g.1G>A __x__"),
            r"missense_variant NC_000020.11:g.1G>A \_\_x\_\_"
        );
        assert_eq!(line("- item"), r"\- item");
        assert_eq!(line(" 12. item"), r" 12\. item");
        assert_eq!(line("==="), r"\===");
        assert_eq!(line("> quote"), r"\> quote");
        assert_eq!(line("# heading"), r"\# heading");
        assert_eq!(line("2.0e-4 is rare"), r"2\.0e-4 is rare");
        assert_eq!(line("c.123-4A>G"), "c.123-4A>G");
    }
}
