//! What the tests of a load in parts and in ranges share: the single pass
//! they are held to, and the comparison.

use tolk_core::annotation::TranscriptPolicy;
use tolk_core::{LoadError, Loaded, Loader};

/// The file read in one pass, pushed in chunks of 64 KiB.
pub fn single_pass(bytes: &[u8]) -> Result<Loaded, LoadError> {
    let mut loader = Loader::new();
    for chunk in bytes.chunks(1 << 16) {
        loader.push(chunk)?;
    }
    loader.finish()
}

/// The load `other` (read in parts or ranges, as `how` says) is the single
/// pass `one`: summary, header, warnings, text index, every row under
/// every policy, and each row's place and calls.
pub fn assert_same(path: &str, how: &str, one: &Loaded, other: &Loaded) {
    assert_eq!(other.summary(), one.summary(), "{path} {how}: summary");
    assert_eq!(other.header, one.header, "{path} {how}: header");
    assert_eq!(other.diagnostics, one.diagnostics, "{path} {how}: warnings");
    assert_eq!(other.index, one.index, "{path} {how}: text index");
    for policy in TranscriptPolicy::EVERY {
        assert_eq!(other.store.rows(0, usize::MAX, policy), one.store.rows(0, usize::MAX, policy), "{path} {how}");
    }
    for row in 0..one.store.len() {
        assert_eq!(other.store.location(row), one.store.location(row), "{path} {how}: row {row}'s place");
        assert_eq!(other.store.calls(row), one.store.calls(row), "{path} {how}: row {row}'s calls");
    }
}
