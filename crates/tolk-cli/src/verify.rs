//! `tolk verify SESSION.json [--roster ROSTER.json]`: the session's audit
//! trail checked as the app checks an import (`tolk_core::trail::Verification`):
//! each entry's hash and link, the work against the last entry, the review
//! rounds' rules and every signature, against the lab's roster when given.
//! The session is read as written, not as this Tolk would write it again,
//! so that a check never depends on this version's types.

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;
use tolk_core::session::{MAX_SESSION_BYTES, SCHEMA_VERSION};
use tolk_core::trail::{Roster, Verification};

/// Exit codes, as `tolk verify --help` gives them.
const FAILED: u8 = 1;
const UNUSABLE: u8 = 2;

pub fn run(session: &Path, roster: Option<&Path>) -> ExitCode {
    let unusable = |e: String| {
        eprintln!("tolk verify: {e}");
        ExitCode::from(UNUSABLE)
    };
    let roster = match roster.map(read_roster).transpose() {
        Ok(r) => r,
        Err(e) => return unusable(e),
    };
    let value = match read_session(session) {
        Ok(v) => v,
        Err(e) => return unusable(format!("{}: {e}", session.display())),
    };
    let verification = Verification::of_value(&value, roster.as_ref());
    println!("{}", serde_json::to_string_pretty(&verification.to_json()).expect("JSON serialises"));
    if verification.passed() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(FAILED)
    }
}

/// The lab's roster, every key checked; the error names the file.
pub fn read_roster(path: &Path) -> Result<Roster, String> {
    let text = read_text(path, MAX_SESSION_BYTES).map_err(|e| format!("{}: {e}", path.display()))?;
    Roster::from_json(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The session as JSON, as written: an object with a session format this
/// Tolk reads. Nothing else is asked of it: whatever else is wrong is for
/// the check to find.
fn read_session(path: &Path) -> Result<serde_json::Value, String> {
    let text = read_text(path, MAX_SESSION_BYTES)?;
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("not a Tolk session file: not JSON ({e})"))?;
    match value.get("schema_version").and_then(serde_json::Value::as_u64) {
        None => Err("not a Tolk session file: it has no schema_version".into()),
        Some(v) if v > u64::from(SCHEMA_VERSION) => Err(format!(
            "written by a newer Tolk (session format {v}, this Tolk reads up to {SCHEMA_VERSION}): update Tolk to check it"
        )),
        Some(_) => Ok(value),
    }
}

/// The file's text, refused unread beyond `limit` bytes (a forged file
/// cannot make the check read without end).
fn read_text(path: &Path, limit: usize) -> Result<String, String> {
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    file.take(limit as u64 + 1).read_to_end(&mut bytes).map_err(|e| e.to_string())?;
    if bytes.len() > limit {
        return Err(format!("larger than Tolk reads (at most {limit} bytes)"));
    }
    String::from_utf8(bytes).map_err(|_| "not text (UTF-8)".into())
}
