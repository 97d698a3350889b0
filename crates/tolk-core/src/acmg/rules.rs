//! The rule layer between the criteria a clinician applied and the points
//! they add up to: the combinations the guidelines forbid, the caps they
//! set, and the criteria they retired. Each rule names its source, here and
//! in the counting note it writes, so every adjustment is said and can be
//! checked; docs/clinical-rules.md lists them with their tests.
//!
//! The rules run on the criteria as counted (each code once, at its
//! strongest), in this order:
//!
//! 1. PP5 and BP6 count 0 points (retired: Biesecker & Harrison 2018).
//! 2. PP3 does not count beside PVS1: the same effect counted twice
//!    (Walker et al. 2023, splicing; Abou Tayoun et al. 2018).
//! 3. PM4 does not count beside PVS1 (Abou Tayoun et al. 2018).
//! 4. PS2 and PM6 are one line of de novo evidence (ClinGen SVI de novo
//!    recommendation v1.1): the stronger counts.
//! 5. Computational evidence counts at most strong: PP3 and BP4 (Pejaver
//!    et al. 2022: no predictor was calibrated beyond strong for
//!    pathogenicity; ClinGen counts computational evidence to strong).
//! 6. PM1 and PP3 together count at most strong (Pejaver et al. 2022).
//! 7. BP4 beside PM4 is flagged: a splicing prediction says nothing of an
//!    in-frame change to the protein (not counted differently: the
//!    classifier cannot see what BP4 rests on).
//! 8. PP4 beside PS2 or PM6 is flagged: the SVI de novo points already
//!    weigh how specific the phenotype is for the gene, so PP4 for the same
//!    phenotype counts it twice (as Scout warns, citing the SVI de novo
//!    recommendation). Flagged, not dropped: PP4 may rest on other findings.

use super::criteria::{Applied, Code, Strength};
use crate::phrase::Phrase;

/// One rule as docs and tests cite it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// A stable id (`pp3-with-pvs1`), used by docs/clinical-rules.md.
    pub id: &'static str,
    pub source: &'static str,
}

pub const RETIRED: Rule = Rule { id: "retired", source: "Biesecker & Harrison 2018, Genet Med 20:1687" };
pub const PP3_WITH_PVS1: Rule =
    Rule { id: "pp3-with-pvs1", source: "Walker et al. 2023, Am J Hum Genet 110:1046; Abou Tayoun et al. 2018" };
pub const PM4_WITH_PVS1: Rule = Rule { id: "pm4-with-pvs1", source: "Abou Tayoun et al. 2018, Hum Mutat 39:1517" };
pub const ONE_DE_NOVO: Rule =
    Rule { id: "one-de-novo", source: "ClinGen SVI recommendation for de novo criteria (PS2 & PM6), v1.1" };
pub const COMPUTATIONAL_CAP: Rule =
    Rule { id: "computational-cap", source: "Pejaver et al. 2022, Am J Hum Genet 109:2163" };
pub const PM1_PP3_CAP: Rule = Rule { id: "pm1-pp3-cap", source: "Pejaver et al. 2022, Am J Hum Genet 109:2163" };
pub const BP4_WITH_PM4: Rule = Rule { id: "bp4-with-pm4", source: "Walker et al. 2023; Pejaver et al. 2022" };
pub const PP4_WITH_DE_NOVO: Rule =
    Rule { id: "pp4-with-de-novo", source: "ClinGen SVI recommendation for de novo criteria (PS2 & PM6), v1.1" };

/// Every rule, in the order they run.
pub const RULES: [Rule; 8] = [
    RETIRED,
    PP3_WITH_PVS1,
    PM4_WITH_PVS1,
    ONE_DE_NOVO,
    COMPUTATIONAL_CAP,
    PM1_PP3_CAP,
    BP4_WITH_PM4,
    PP4_WITH_DE_NOVO,
];

/// Applies every rule to `counted` (each code once), saying each
/// adjustment in `notes`.
pub fn apply(counted: &mut Vec<Applied>, notes: &mut Vec<Phrase>) {
    let note = |key: &str, rule: Rule| Phrase::new(key).arg("source", rule.source);
    let has = |counted: &[Applied], code: Code| counted.iter().any(|a| a.code == code);

    counted.retain(|a| {
        let retired = a.code.criterion().retired;
        if retired {
            notes.push(note(msg!("classify-retired-zero"), RETIRED).arg("code", a.code.as_str()));
        }
        !retired
    });
    if has(counted, Code::Pvs1) {
        for (code, rule, key) in [
            (Code::Pp3, PP3_WITH_PVS1, msg!("classify-pp3-with-pvs1")),
            (Code::Pm4, PM4_WITH_PVS1, msg!("classify-pm4-with-pvs1")),
        ] {
            if let Some(i) = counted.iter().position(|a| a.code == code) {
                notes.push(note(key, rule).arg("criterion", counted[i].to_string()));
                counted.remove(i);
            }
        }
    }
    if let (Some(ps2), Some(pm6)) = (find(counted, Code::Ps2), find(counted, Code::Pm6)) {
        let (kept, dropped) = if pm6.strength > ps2.strength { (pm6, ps2) } else { (ps2, pm6) };
        notes.push(
            note(msg!("classify-one-de-novo"), ONE_DE_NOVO)
                .arg("kept", kept.to_string())
                .arg("dropped", dropped.to_string()),
        );
        counted.retain(|a| a.code != dropped.code);
    }
    for a in counted.iter_mut().filter(|a| matches!(a.code, Code::Pp3 | Code::Bp4)) {
        if a.strength > Strength::Strong {
            let capped = Applied { strength: Strength::Strong, ..*a };
            notes.push(
                note(msg!("classify-computational-cap"), COMPUTATIONAL_CAP)
                    .arg("criterion", a.to_string())
                    .arg("capped", capped.to_string()),
            );
            *a = capped;
        }
    }
    cap_pm1_with_pp3(counted, notes);
    if has(counted, Code::Bp4) && has(counted, Code::Pm4) {
        notes.push(note(msg!("classify-bp4-with-pm4"), BP4_WITH_PM4));
    }
    if has(counted, Code::Pp4) && (has(counted, Code::Ps2) || has(counted, Code::Pm6)) {
        notes.push(note(msg!("classify-pp4-with-de-novo"), PP4_WITH_DE_NOVO));
    }
}

fn find(counted: &[Applied], code: Code) -> Option<Applied> {
    counted.iter().find(|a| a.code == code).copied()
}

/// PM1 and PP3 together at most strong (4 points): PP3 gives way, because
/// it is the criterion the calibration was made for.
fn cap_pm1_with_pp3(counted: &mut Vec<Applied>, notes: &mut Vec<Phrase>) {
    let Some(pm1) = find(counted, Code::Pm1) else { return };
    let Some(i) = counted.iter().position(|a| a.code == Code::Pp3) else { return };
    let pp3 = counted[i];
    let room = Strength::Strong.points() - pm1.strength.points();
    if pp3.strength.points() <= room {
        return;
    }
    let source = PM1_PP3_CAP.source;
    match pp3.capped(room) {
        Some(capped) => {
            notes.push(
                Phrase::new(msg!("classify-pm1-pp3-capped"))
                    .arg("pp3", pp3.to_string())
                    .arg("capped", capped.to_string())
                    .arg("source", source),
            );
            counted[i] = capped;
        }
        None => {
            notes.push(
                Phrase::new(msg!("classify-pm1-pp3-dropped"))
                    .arg("pp3", pp3.to_string())
                    .arg("pm1", pm1.to_string())
                    .arg("source", source),
            );
            counted.remove(i);
        }
    }
}
