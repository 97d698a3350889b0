//! `tolk note SESSION.json --format json|md|html|fhir [--language en|nb] [--roster ROSTER.json]`: the interpretation
//! note of a session file the app exported, written to stdout. The same
//! `tolk_core::note` renders it in the app, so both give the same bytes;
//! only the HTML's figures may differ by a few pixels, since plotters sizes
//! text by estimate here and with the browser's fonts on the page.
//! With `--roster`, the note says whether each signer's key is in the
//! lab's roster; without it, only that the signatures themselves verify.
//! `tolk note --schema` prints the note's JSON Schema instead.

use clap::ValueEnum;
use std::path::Path;
use std::process::ExitCode;
use tolk_core::i18n::Lang;
use tolk_core::note::{self, Note};
use tolk_core::session::Session;

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    /// The note model (see `tolk note --schema`).
    Json,
    /// Markdown, to paste into a record.
    Md,
    /// One printable, self-contained HTML page.
    Html,
    /// An HL7 FHIR R4 Bundle (Genomics Reporting IG).
    Fhir,
}

/// `--language`: a code of a language the note can be written in.
pub fn parse_language(code: &str) -> Result<Lang, String> {
    Lang::from_code(code).ok_or_else(|| {
        let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        format!("not a language of the note; one of: {}", known.join(", "))
    })
}

pub fn run(session: Option<&Path>, format: Format, lang: Lang, schema: bool, roster: Option<&Path>) -> ExitCode {
    if schema {
        print!("{}", note::json_schema());
        return ExitCode::SUCCESS;
    }
    let Some(path) = session else {
        eprintln!("tolk note: give a session file (exported from the app), or --schema");
        return ExitCode::from(2);
    };
    let roster = match roster.map(crate::verify::read_roster).transpose() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("tolk note: {e}");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("tolk note: {}: {e}", path.display());
            return ExitCode::from(2);
        }
    };
    let session = match Session::from_json(&text) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("tolk note: {}: {e}", path.display());
            return ExitCode::from(2);
        }
    };
    let note = Note::from_session_checked(&session, lang, roster.as_ref());
    let format = match format {
        Format::Json => note::Format::Json,
        Format::Md => note::Format::Markdown,
        Format::Html => note::Format::Html,
        Format::Fhir => note::Format::Fhir,
    };
    print!("{}", format.render(&note, &tolk_charts::note_figures(&note)));
    for line in &note.incomplete {
        eprintln!("# {line}");
    }
    ExitCode::SUCCESS
}
