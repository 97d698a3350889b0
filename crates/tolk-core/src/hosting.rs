//! What the app checks about the server it is served from, and what that
//! server says about this copy of it (docs/DEPLOY.md).
//!
//! - **Headers.** The page's `<meta>` policy confines the page, but not its
//!   workers (a worker takes only the policy sent with its own script) and
//!   not framing (`frame-ancestors` is ignored in `<meta>`). The promise
//!   that nothing leaves the machine rests on the host sending the policy
//!   as a header, with the others beside it: [`check_headers`] says which
//!   the host sends, and the page warns when one is missing or weaker.
//! - **The manifest** (`tolk-manifest.json`, written by the build: every
//!   file's SHA-256, the version, commit and date) is what the About panel
//!   shows. Emptied or replaced by `{"revoked": "why"}` on the server, it is
//!   the lab's kill switch ([`Manifest::Revoked`]).
//! - **The lab's policy** (`tolk-policy.json`, beside the app, the lab's
//!   own file) may require a minimum version; an older copy stops
//!   ([`standing`]).
//!
//! Pure: the page and the service worker fetch, this only reads.

use semver::Version;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The manifest's name beside the page (tools/build-facts.mjs).
pub const MANIFEST: &str = "tolk-manifest.json";
/// The lab's policy file's name beside the page.
pub const POLICY: &str = "tolk-policy.json";

/// One header the promises rest on, as the host sent it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderFinding {
    /// The header's name, as written in a server's configuration.
    pub header: &'static str,
    /// What it must say (or contain).
    pub expected: String,
    /// What the host sent, if anything.
    pub sent: Option<String>,
    pub ok: bool,
}

/// Each header Tolk's promises rest on, checked against what the host sent
/// (`sent` looks a header up by its lower-case name, as `fetch`'s `Headers`
/// gives it: several headers of one name joined by `", "`).
///
/// The policy header must hold every directive of the page's own `meta`
/// policy, each with exactly its sources (in any order), and
/// `frame-ancestors 'none'`, and must not send reports anywhere
/// (`report-uri`, `report-to`: a report names the page and what was
/// blocked). Other directives may be added. Of several policies sent, all
/// apply, so one that holds everything is enough, but a report directive
/// in any of them fails. Referrer-Policy is the last valid token of its
/// list, as browsers read it; the other headers must be sent once, with
/// their one value.
pub fn check_headers(meta_policy: &str, sent: impl Fn(&str) -> Option<String>) -> Vec<HeaderFinding> {
    let wanted = {
        let mut policy = directives(meta_policy);
        policy.insert("frame-ancestors".to_owned(), vec!["'none'".to_owned()]);
        policy
    };
    let policy_sent = sent("content-security-policy");
    let policy_ok = policy_sent.as_deref().is_some_and(|header| {
        // Commas separate policies; no source in Tolk's policy has one.
        let policies: Vec<_> = header.split(',').map(directives).collect();
        // `report-uri`, `report-to`, and any reporting directive to come.
        let reports = policies.iter().any(|p| p.keys().any(|d| d.starts_with("report-")));
        !reports
            && policies.iter().any(|given| {
                wanted.iter().all(|(name, sources)| given.get(name).is_some_and(|g| same_sources(g, sources)))
            })
    });
    let expected_policy =
        wanted.iter().map(|(name, sources)| format!("{name} {}", sources.join(" "))).collect::<Vec<_>>().join("; ");
    let mut findings = vec![HeaderFinding {
        header: "Content-Security-Policy",
        expected: expected_policy,
        sent: policy_sent,
        ok: policy_ok,
    }];
    for (header, value) in [
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("X-Frame-Options", "DENY"),
    ] {
        let got = sent(&header.to_ascii_lowercase());
        let ok = got.as_deref().is_some_and(|g| {
            let values: Vec<_> = g.split(',').map(str::trim).filter(|v| !v.is_empty()).collect();
            match header {
                "Referrer-Policy" => values.last().is_some_and(|v| v.eq_ignore_ascii_case(value)),
                _ => values.len() == 1 && values[0].eq_ignore_ascii_case(value),
            }
        });
        findings.push(HeaderFinding { header, expected: value.to_owned(), sent: got, ok });
    }
    findings
}

/// A policy's directives by lower-case name, each with its sources; a
/// repeated directive is ignored, as browsers do.
fn directives(policy: &str) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for directive in policy.split(';') {
        let mut words = directive.split_ascii_whitespace();
        let Some(name) = words.next() else { continue };
        out.entry(name.to_ascii_lowercase()).or_insert_with(|| words.map(str::to_owned).collect());
    }
    out
}

/// The same sources, in any order. Keywords and schemes compare without
/// case; a hash (`'sha256-…'`) is base64 and compares exactly.
fn same_sources(a: &[String], b: &[String]) -> bool {
    let fold = |s: &String| if s.starts_with("'sha") { s.clone() } else { s.to_ascii_lowercase() };
    let mut a: Vec<_> = a.iter().map(fold).collect();
    let mut b: Vec<_> = b.iter().map(fold).collect();
    a.sort();
    b.sort();
    a == b
}

/// What `tolk-manifest.json` says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Manifest {
    Build(Build),
    /// The lab withdrew this build: the file on the server is empty, or
    /// an object whose `revoked` is a reason or `true` (the reason may be
    /// empty). `"revoked": false` withdraws nothing.
    Revoked(String),
}

/// A build's facts (tools/build-facts.mjs, tools/manifest.mjs).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Build {
    pub version: String,
    /// The git commit built, or "unknown".
    pub commit: String,
    /// Tracked files differed from the commit: not a build of it.
    #[serde(default)]
    pub dirty: bool,
    /// The commit's date (ISO 8601), not the clock's: a rebuild matches.
    pub built: String,
    /// Every other file of the build, by path, with its SHA-256 in hex.
    pub files: BTreeMap<String, String>,
}

impl Manifest {
    /// Reads the manifest's bytes. An empty file is a withdrawal, by
    /// design: a lab's IT can stop every copy with one `truncate`.
    ///
    /// The same rules as the service worker's (`tools/sw.js`, `verdictOf`):
    /// both are held to `tests/data/hosting/standing.json`.
    pub fn read(bytes: &[u8]) -> Result<Manifest, String> {
        let bytes = without_bom(bytes);
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(Manifest::Revoked(String::new()));
        }
        let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
        match value.get("revoked") {
            Some(serde_json::Value::String(why)) => return Ok(Manifest::Revoked(why.clone())),
            Some(serde_json::Value::Bool(true)) => return Ok(Manifest::Revoked(String::new())),
            _ => {}
        }
        serde_json::from_value::<Build>(value).map(Manifest::Build).map_err(|e| e.to_string())
    }
}

/// What the lab's `tolk-policy.json` requires.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Policy {
    /// Copies older than this stop (semantic versioning, as Cargo.toml's).
    pub minimum_version: Option<Version>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyFile {
    #[serde(default)]
    minimum_version: Option<String>,
}

impl Policy {
    /// Reads the policy's bytes; a field this version does not know is an
    /// error, so a lab's misspelt setting is said, not silently ignored.
    pub fn read(bytes: &[u8]) -> Result<Policy, String> {
        let file: PolicyFile = serde_json::from_slice(without_bom(bytes)).map_err(|e| e.to_string())?;
        let minimum_version = file
            .minimum_version
            .map(|v| Version::parse(v.trim()).map_err(|e| format!("minimum_version {v:?}: {e}")))
            .transpose()?;
        Ok(Policy { minimum_version })
    }
}

/// `bytes` without a UTF-8 byte order mark, which Windows tools write and
/// browsers' text decoding drops.
fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// Whether this copy may be used, by what the server says now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Nothing stops it (or the server could not be asked: offline use
    /// goes on).
    Current,
    /// The lab withdrew the build.
    Revoked { why: String },
    /// The lab requires a newer version than this copy's; `server` is the
    /// version the server offers, if it says.
    TooOld { minimum: String, have: String, server: Option<String> },
}

/// This copy's standing: `own` is its version (Cargo.toml's), `manifest`
/// and `policy` what the server holds (`None`: not there or not reached).
/// A version that does not parse is compared as older than any minimum:
/// a lab that set a minimum wants it held. Versions compare by semantic
/// versioning's precedence: build metadata (`+…`) is ignored.
pub fn standing(own: &str, manifest: Option<&Manifest>, policy: Option<&Policy>) -> Standing {
    if let Some(Manifest::Revoked(why)) = manifest {
        return Standing::Revoked { why: why.clone() };
    }
    let Some(minimum) = policy.and_then(|p| p.minimum_version.as_ref()) else { return Standing::Current };
    let older = |v: &str| Version::parse(v).map_or(true, |v| v.cmp_precedence(minimum).is_lt());
    if !older(own) {
        return Standing::Current;
    }
    let server = match manifest {
        Some(Manifest::Build(build)) => Some(build.version.clone()),
        _ => None,
    };
    Standing::TooOld { minimum: minimum.to_string(), have: own.to_owned(), server }
}

#[cfg(test)]
mod tests {
    use super::*;

    const META: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";

    fn sent<'a>(headers: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| headers.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_owned())
    }

    fn all_good(policy: &str) -> Vec<(&str, &str)> {
        vec![
            ("content-security-policy", policy),
            ("x-content-type-options", "nosniff"),
            ("referrer-policy", "no-referrer"),
            ("cross-origin-opener-policy", "same-origin"),
            ("x-frame-options", "DENY"),
        ]
    }

    #[test]
    fn the_page_policy_as_a_header_with_frame_ancestors_passes_in_any_order() {
        let policy =
            "connect-src 'self'; frame-ancestors 'none'; script-src 'wasm-unsafe-eval' 'self'; default-src 'none'";
        let findings = check_headers(META, sent(&all_good(policy)));
        assert!(findings.iter().all(|f| f.ok), "{findings:?}");
        assert_eq!(findings.len(), 5);
    }

    #[test]
    fn no_header_a_looser_one_or_one_without_frame_ancestors_fails() {
        for policy in [
            "",
            "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'",
            "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src *; frame-ancestors 'none'",
            "default-src 'none'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
        ] {
            let mut headers = all_good(policy);
            if policy.is_empty() {
                headers.remove(0);
            }
            let findings = check_headers(META, sent(&headers));
            assert!(!findings[0].ok, "{policy:?} passed");
            assert!(findings[1..].iter().all(|f| f.ok));
        }
    }

    #[test]
    fn a_policy_that_sends_reports_elsewhere_fails_and_single_headers_are_read_as_browsers_do() {
        let reporting = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; frame-ancestors 'none'; report-uri https://collector.example/";
        assert!(!check_headers(META, sent(&all_good(reporting)))[0].ok);
        let mut headers = all_good(
            "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; frame-ancestors 'none'",
        );
        headers[2].1 = "no-referrer, unsafe-url";
        headers[3].1 = "same-origin, unsafe-none";
        let findings = check_headers(META, sent(&headers));
        assert!(!findings[2].ok, "the last referrer policy is the one used");
        assert!(!findings[3].ok, "two opener policies are none");
        headers[2].1 = "unsafe-url, no-referrer";
        assert!(check_headers(META, sent(&headers))[2].ok);
    }

    #[test]
    fn of_two_policies_sent_one_holding_everything_is_enough() {
        let both = "default-src *, default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; frame-ancestors 'none'";
        assert!(check_headers(META, sent(&all_good(both)))[0].ok);
    }

    #[test]
    fn each_missing_or_wrong_header_is_named_with_what_was_sent() {
        let headers = [("referrer-policy", "strict-origin"), ("x-content-type-options", "NOSNIFF")];
        let findings = check_headers(META, sent(&headers));
        let bad: Vec<_> = findings.iter().filter(|f| !f.ok).map(|f| (f.header, f.sent.as_deref())).collect();
        assert_eq!(
            bad,
            [
                ("Content-Security-Policy", None),
                ("Referrer-Policy", Some("strict-origin")),
                ("Cross-Origin-Opener-Policy", None),
                ("X-Frame-Options", None),
            ]
        );
    }

    #[test]
    fn a_manifest_is_a_build_or_a_withdrawal() {
        let build = br#"{"name":"tolk","version":"0.2.0","commit":"abc","dirty":false,"built":"2026-12-07T10:00:00Z","files":{"index.html":"00"}}"#;
        let Ok(Manifest::Build(b)) = Manifest::read(build) else { panic!() };
        assert_eq!((b.version.as_str(), b.files.len()), ("0.2.0", 1));
        assert_eq!(Manifest::read(b"").unwrap(), Manifest::Revoked(String::new()));
        assert_eq!(Manifest::read(b" \n").unwrap(), Manifest::Revoked(String::new()));
        assert_eq!(
            Manifest::read(br#"{"revoked": "A fault in the CNV points; use 0.3.1"}"#).unwrap(),
            Manifest::Revoked("A fault in the CNV points; use 0.3.1".into())
        );
        assert_eq!(Manifest::read(br#"{"revoked": true}"#).unwrap(), Manifest::Revoked(String::new()));
        assert!(Manifest::read(br#"{"revoked": false}"#).is_err(), "withdraws nothing, and is no build");
        assert!(Manifest::read(br#"["A fault"]"#).is_err());
        assert_eq!(Manifest::read(b"\xEF\xBB\xBF{\"revoked\": \"why\"}").unwrap(), Manifest::Revoked("why".into()));
        assert!(Manifest::read(b"<html>not found</html>").is_err());
    }

    #[test]
    fn a_policy_says_its_minimum_and_refuses_what_it_does_not_know() {
        assert_eq!(Policy::read(b"{}").unwrap(), Policy::default());
        let p = Policy::read(br#"{"minimum_version": "0.2.0"}"#).unwrap();
        assert_eq!(p.minimum_version, Some(Version::new(0, 2, 0)));
        assert!(Policy::read(br#"{"minimum-version": "0.2.0"}"#).is_err(), "a misspelt setting is said");
        assert!(Policy::read(br#"{"minimum_version": "two"}"#).is_err());
    }

    #[test]
    fn a_copy_stops_when_withdrawn_or_older_than_the_minimum() {
        let policy = |v: &str| Policy { minimum_version: Some(Version::parse(v).unwrap()) };
        let build = |v: &str| {
            Manifest::Build(Build {
                version: v.into(),
                commit: "abc".into(),
                dirty: false,
                built: "2026-12-07T10:00:00Z".into(),
                files: BTreeMap::new(),
            })
        };
        assert_eq!(standing("0.1.0", None, None), Standing::Current);
        assert_eq!(standing("0.1.0", Some(&build("0.1.0")), Some(&policy("0.1.0"))), Standing::Current);
        assert_eq!(standing("0.2.0", None, Some(&policy("0.1.9"))), Standing::Current);
        assert_eq!(
            standing("0.1.0", Some(&build("0.2.0")), Some(&policy("0.2.0"))),
            Standing::TooOld { minimum: "0.2.0".into(), have: "0.1.0".into(), server: Some("0.2.0".into()) }
        );
        // A pre-release comes before its release.
        assert!(matches!(standing("0.2.0-rc.1", None, Some(&policy("0.2.0"))), Standing::TooOld { .. }));
        // The kill switch wins over everything, a minimum met included.
        let withdrawn = Manifest::Revoked("why".into());
        assert_eq!(
            standing("9.0.0", Some(&withdrawn), Some(&policy("0.1.0"))),
            Standing::Revoked { why: "why".into() }
        );
    }
}
