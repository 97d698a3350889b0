//! `tolk classify CODE...`: the classification of a set of ACMG/AMP
//! criteria, as `{"points": P, "class": C, "class_2015": C2}` (with
//! `"vus_tier"`: `low`, `mid` or `high` for a VUS). Adjustments and
//! cautions (a code given twice, the rule layer's exclusions and caps, BA1
//! beside pathogenic evidence, disagreement) go to stderr as `#` lines.

use serde::Serialize;
use std::process::ExitCode;
use tolk_core::acmg::{classify, Applied, VusTier};
use tolk_core::i18n::Lang;

#[derive(Serialize)]
struct Output {
    points: i32,
    class: &'static str,
    class_2015: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    vus_tier: Option<VusTier>,
}

pub fn run(codes: &[String]) -> ExitCode {
    // `PVS1,PM2_Supporting` is read as two codes too.
    let parsed: Result<Vec<Applied>, _> =
        codes.iter().flat_map(|c| c.split(',')).filter(|c| !c.trim().is_empty()).map(Applied::parse).collect();
    let applied = match parsed {
        Ok(applied) => applied,
        Err(e) => {
            eprintln!("tolk classify: {e}");
            return ExitCode::from(2);
        }
    };
    let c = classify(&applied);
    for note in &c.notes {
        eprintln!("# {}", note.render(Lang::En));
    }
    let output = Output { points: c.points, class: c.class.id(), class_2015: c.class_2015.id(), vus_tier: c.vus_tier };
    println!("{}", serde_json::to_string(&output).expect("numbers and fixed strings serialise"));
    ExitCode::SUCCESS
}
