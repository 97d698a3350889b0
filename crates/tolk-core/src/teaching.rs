//! Teaching cases: a synthetic patient (VCF, family, gene panel, referral)
//! with the expected classification of its key variants and why each
//! criterion applies, written in both languages by the team. A learner
//! classifies the variant and then compares, criterion by criterion.
//!
//! The library is data (`public/cases/cases.json` beside the case files);
//! [`Library::parse`] refuses a case whose expected criteria do not reach
//! its expected class under [`classify()`], so an answer can never disagree
//! with what the learner's screen would show for the same criteria.

use crate::acmg::{classify, Applied, Class, Code, Strength};
use crate::i18n::Lang;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Library {
    pub cases: Vec<Case>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Case {
    /// `denovo-stxbp1`: the test hook `case-<id>`.
    pub id: String,
    pub title: Words,
    /// What the referring clinician wrote.
    pub referral: Words,
    /// The case's files, beside the library.
    pub vcf: String,
    pub ped: Option<String>,
    /// The gene panel the case is analysed with.
    pub panel: Vec<String>,
    pub answers: Vec<Answer>,
}

/// A text in each language.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Words {
    pub en: String,
    pub nb: String,
}

impl Words {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Nb => &self.nb,
        }
    }
}

/// The expected classification of one variant.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Answer {
    /// `CHROM:POS:REF:ALT`.
    pub variant: String,
    /// How the case names it (`STXBP1 c.1099C>T`).
    pub label: String,
    pub class: Class,
    pub criteria: Vec<Expected>,
    /// The reasoning as a whole.
    pub summary: Words,
}

/// One criterion the answer applies, and why.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Expected {
    /// As written in reports: `PM2_Supporting`.
    #[serde(deserialize_with = "applied")]
    pub criterion: Applied,
    pub why: Words,
}

fn applied<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Applied, D::Error> {
    let text = String::deserialize(d)?;
    Applied::parse(&text).map_err(serde::de::Error::custom)
}

/// How the learner's use of one criterion compares with the answer's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agreement {
    Same,
    /// Applied by both, at another strength.
    OtherStrength,
    /// In the answer, not applied by the learner.
    Missed,
    /// Applied by the learner, not in the answer.
    Extra,
}

impl Agreement {
    pub fn id(self) -> &'static str {
        match self {
            Agreement::Same => "same",
            Agreement::OtherStrength => "other_strength",
            Agreement::Missed => "missed",
            Agreement::Extra => "extra",
        }
    }

    /// The message key of its word.
    pub fn key(self) -> &'static str {
        match self {
            Agreement::Same => msg!("case-agree-same"),
            Agreement::OtherStrength => msg!("case-agree-other-strength"),
            Agreement::Missed => msg!("case-agree-missed"),
            Agreement::Extra => msg!("case-agree-extra"),
        }
    }
}

/// One row of the comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison<'a> {
    pub code: Code,
    pub expected: Option<Strength>,
    pub learner: Option<Strength>,
    pub agreement: Agreement,
    /// The answer's reason, when the answer applies it.
    pub why: Option<&'a Words>,
}

/// How a learner's submitted criteria score against the answer's, in exam
/// mode. Each criterion either side applied is one item: right at the
/// answer's strength earns it whole, at another strength half; missed and
/// extra earn nothing, so applying everything in sight does not pay. The
/// class is told beside the score, not folded into it: the same class can
/// be reached with wrong reasons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub same: usize,
    pub other_strength: usize,
    pub missed: usize,
    pub extra: usize,
    /// Whether the learner's criteria reach the answer's class.
    pub class_same: bool,
}

impl Score {
    /// The share of the items earned, in whole percent (100 when neither
    /// side applied anything, which no answer in the library does).
    pub fn percent(&self) -> u32 {
        let items = self.same + self.other_strength + self.missed + self.extra;
        let earned = 2 * self.same + self.other_strength;
        if items == 0 {
            100
        } else {
            (earned * 100 / (2 * items)) as u32
        }
    }
}

impl Library {
    /// The library, with every answer checked against the classifier.
    pub fn parse(json: &str) -> Result<Library, String> {
        let library: Library = serde_json::from_str(json).map_err(|e| format!("the case library is not valid: {e}"))?;
        for case in &library.cases {
            for answer in &case.answers {
                let reached = classify(&answer.applied()).class;
                if reached != answer.class {
                    return Err(format!(
                        "case {}: the criteria of {} reach {} by points, not the expected {}",
                        case.id,
                        answer.variant,
                        reached.id(),
                        answer.class.id()
                    ));
                }
            }
        }
        Ok(library)
    }
}

impl Answer {
    pub fn applied(&self) -> Vec<Applied> {
        self.criteria.iter().map(|e| e.criterion).collect()
    }

    /// Every criterion either side applied, in code order.
    pub fn compare(&self, learner: &[Applied]) -> Vec<Comparison<'_>> {
        let mut rows: BTreeMap<Code, Comparison<'_>> = BTreeMap::new();
        let blank = |code| Comparison { code, expected: None, learner: None, agreement: Agreement::Extra, why: None };
        for e in &self.criteria {
            let row = rows.entry(e.criterion.code).or_insert_with(|| blank(e.criterion.code));
            (row.expected, row.why) = (Some(e.criterion.strength), Some(&e.why));
        }
        for a in learner {
            rows.entry(a.code).or_insert_with(|| blank(a.code)).learner = Some(a.strength);
        }
        let mut rows: Vec<Comparison<'_>> = rows.into_values().collect();
        for row in &mut rows {
            row.agreement = match (row.expected, row.learner) {
                (Some(e), Some(l)) if e == l => Agreement::Same,
                (Some(_), Some(_)) => Agreement::OtherStrength,
                (Some(_), None) => Agreement::Missed,
                _ => Agreement::Extra,
            };
        }
        rows
    }

    /// The exam score of `learner`'s criteria.
    pub fn score(&self, learner: &[Applied]) -> Score {
        let rows = self.compare(learner);
        let count = |a: Agreement| rows.iter().filter(|r| r.agreement == a).count();
        Score {
            same: count(Agreement::Same),
            other_strength: count(Agreement::OtherStrength),
            missed: count(Agreement::Missed),
            extra: count(Agreement::Extra),
            class_same: classify(learner).class == self.class,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer() -> Answer {
        let library = Library::parse(
            r#"{"cases": [{"id": "x", "title": {"en": "X", "nb": "X"}, "referral": {"en": "", "nb": ""},
                "vcf": "x.vcf", "ped": null, "panel": ["STXBP1"], "answers": [{
                "variant": "chr9:1:C:T", "label": "STXBP1 c.1C>T", "class": "pathogenic",
                "summary": {"en": "", "nb": ""}, "criteria": [
                  {"criterion": "PVS1", "why": {"en": "stop", "nb": "stopp"}},
                  {"criterion": "PS2", "why": {"en": "de novo", "nb": "de novo"}},
                  {"criterion": "PM2_Supporting", "why": {"en": "absent", "nb": "fraværende"}}]}]}]}"#,
        )
        .unwrap();
        library.cases[0].answers[0].clone()
    }

    #[test]
    fn each_criterion_is_compared_and_the_reason_comes_with_the_answers_own() {
        let a = answer();
        let learner =
            [Applied::parse("PVS1").unwrap(), Applied::parse("PS2_Moderate").unwrap(), Applied::parse("PP3").unwrap()];
        let rows = a.compare(&learner);
        let got: Vec<(&str, &str)> = rows.iter().map(|r| (r.code.as_str(), r.agreement.id())).collect();
        assert_eq!(got, [("PVS1", "same"), ("PS2", "other_strength"), ("PM2", "missed"), ("PP3", "extra")]);
        assert_eq!(rows[2].why.unwrap().get(Lang::Nb), "fraværende");
        assert!(rows[3].why.is_none());
        assert!(a.compare(&a.applied()).iter().all(|r| r.agreement == Agreement::Same));
    }

    #[test]
    fn the_exam_score_counts_each_criterion_and_tells_the_class_apart() {
        let a = answer();
        let all = a.score(&a.applied());
        assert_eq!((all.same, all.percent(), all.class_same), (3, 100, true));
        // PVS1 right, PS2 at another strength, PM2 missed, PP3 extra:
        // (2 + 1 + 0 + 0) of 8 half-items.
        let learner =
            [Applied::parse("PVS1").unwrap(), Applied::parse("PS2_Moderate").unwrap(), Applied::parse("PP3").unwrap()];
        let s = a.score(&learner);
        assert_eq!((s.same, s.other_strength, s.missed, s.extra), (1, 1, 1, 1));
        assert_eq!(s.percent(), 37);
        assert!(s.class_same, "PVS1 + PS2_Moderate + PP3 still reach pathogenic");
        let nothing = a.score(&[]);
        assert_eq!((nothing.percent(), nothing.class_same), (0, false));
    }

    #[test]
    fn an_answer_the_classifier_disagrees_with_is_refused() {
        let json = r#"{"cases": [{"id": "x", "title": {"en": "X", "nb": "X"}, "referral": {"en": "", "nb": ""},
            "vcf": "x.vcf", "ped": null, "panel": [], "answers": [{"variant": "chr1:1:C:T", "label": "c.1C>T",
            "class": "pathogenic", "summary": {"en": "", "nb": ""},
            "criteria": [{"criterion": "PP3", "why": {"en": "", "nb": ""}}]}]}]}"#;
        let e = Library::parse(json).unwrap_err();
        assert!(e.contains("reach uncertain_significance"), "{e}");
        assert!(Library::parse(&json.replace("PP3", "PX9")).unwrap_err().contains("PX9"));
    }
}
