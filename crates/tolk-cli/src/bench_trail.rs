//! `tolk bench-trail`: what the audit trail costs an analyst's click, and
//! what checking a session costs, on sessions the size of real cases.
//!
//! A session exported from the app (its variants' work and facts, each
//! with its gene's chart) is grown to `--variants` worked variants by
//! copying its work to new positions; then `--edits` edits are made, each
//! a criterion's comment changed on one variant, the way the app makes
//! them: once straight onto the session (what an edit cost before the
//! trail) and once through `Session::change` (the diff, the entry, its
//! hashes). Then the whole session is checked as `tolk verify` checks it.
//! Printed as a Markdown table of medians; numbers to read, not
//! assertions.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use tolk_core::acmg::Code;
use tolk_core::session::{CriterionWork, Session};
use tolk_core::trail::{Chain, Verification, Who};

#[derive(clap::Args)]
pub struct Args {
    /// A session exported from the app, whose variants' work is copied.
    #[arg(long, default_value = "tests/data/note/demo.session.json")]
    session: PathBuf,
    /// Worked variants in each session measured (comma-separated).
    #[arg(long, value_delimiter = ',', default_value = "10,50,200")]
    variants: Vec<usize>,
    /// Edits made on each session.
    #[arg(long, default_value_t = 500)]
    edits: usize,
}

pub fn run(args: &Args) -> ExitCode {
    let text = match std::fs::read_to_string(&args.session) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("tolk bench-trail: {}: {e}", args.session.display());
            return ExitCode::from(2);
        }
    };
    let seed = match Session::from_json(&text) {
        Ok(s) if !s.variants.is_empty() => s,
        Ok(_) => {
            eprintln!("tolk bench-trail: {}: no worked variants to copy", args.session.display());
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("tolk bench-trail: {}: {e}", args.session.display());
            return ExitCode::from(2);
        }
    };
    println!("Audit trail: {} edits per session, each a criterion's comment on one variant; medians.\n", args.edits);
    println!("| worked variants | session KB | edit, no trail | edit, with trail | trail entries | trail KB | tolk verify's check |");
    println!("|---:|---:|---:|---:|---:|---:|---:|");
    for &n in &args.variants {
        let base = grown(&seed, n);
        let keys: Vec<String> = base.variants.keys().cloned().collect();
        let edit = |s: &mut Session, i: usize| {
            let work = s.variants.get_mut(&keys[i % keys.len()]).expect("a key of this session");
            work.criteria.retain(|c| c.code != Code::Pm2);
            work.criteria.push(CriterionWork {
                code: Code::Pm2,
                applied: true,
                strength: tolk_core::acmg::Strength::Supporting,
                comment: format!("comment {i}"),
            });
        };
        let mut plain = base.clone();
        let without: Vec<Duration> = (0..args.edits).map(|i| timed(|| edit(&mut plain, i))).collect();
        let mut traced = base.clone();
        let who = Who { name: "Kari Nordmann".into(), key: None };
        let with: Vec<Duration> = (0..args.edits)
            .map(|i| {
                timed(|| traced.change(&who, "2026-12-07T10:00:00.000Z", |s| edit(s, i)).expect("in interpretation"))
            })
            .collect();
        let json = traced.to_json();
        let trail_bytes = serde_json::to_string(&traced.trail).map_or(0, |t| t.len());
        let checks: Vec<Duration> = (0..5)
            .map(|_| timed(|| assert!(Verification::of_text(&json, None).expect("JSON").chain == Chain::Intact)))
            .collect();
        println!(
            "| {n} | {:.0} | {} | {} | {} | {:.0} | {} |",
            base.to_json().len() as f64 / 1024.0,
            ms(median(without)),
            ms(median(with)),
            traced.trail.len(),
            trail_bytes as f64 / 1024.0,
            ms(median(checks)),
        );
    }
    ExitCode::SUCCESS
}

/// `seed`'s work copied to `n` variants (new positions, same facts).
fn grown(seed: &Session, n: usize) -> Session {
    let mut s = seed.clone();
    s.variants.clear();
    let works: Vec<_> = seed.variants.values().cloned().collect();
    for i in 0..n {
        let mut work = works[i % works.len()].clone();
        work.facts.pos += u32::try_from(i).unwrap_or(u32::MAX) * 1000;
        s.variants.insert(work.facts.key(), work);
    }
    s
}

fn timed(f: impl FnOnce()) -> Duration {
    let start = Instant::now();
    f();
    start.elapsed()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}
