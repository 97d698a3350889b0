//! Session files, as imported from another browser (their text is not
//! ours): the checks an import runs (the file it names, what it would
//! change) and the note made from one, in every format and language.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tolk_core::i18n::Lang;
use tolk_core::note::{Figures, Format, Note};
use tolk_core::session::{FileIdentity, Session};

fuzz_target!(|data: &[u8]| {
    let Ok(session) = Session::from_json(&String::from_utf8_lossy(data)) else { return };
    let open = FileIdentity { name: "open.vcf".into(), size: 1, sha256: "ab".repeat(32) };
    let _ = session.check_file(&open).map_err(|e| e.to_string());
    let _ = session.changes_from(&Session::new(open, "0", "t"));
    for lang in Lang::ALL {
        let note = Note::from_session(&session, lang);
        for format in [Format::Json, Format::Markdown, Format::Html, Format::Fhir] {
            let _ = format.render(&note, &Figures::default());
        }
    }
});
