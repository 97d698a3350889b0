//! Classification of a set of applied criteria, two ways: by points
//! (Tavtigian et al. 2018, 2020), after the rule layer (`super::rules`:
//! exclusions, caps, retired criteria), and by the combining rules of
//! Richards et al. 2015 (Table 5). The points class is the one reported;
//! the 2015 class is kept for the audit trail (reviewers still cite it),
//! and where the two disagree the clinician is told. A variant of
//! uncertain significance gets a tier (low, mid, high) from its points, as
//! ClinVar accepts them.

use super::criteria::{Applied, Code, Direction, Strength};
use crate::i18n::Lang;
use crate::phrase::Phrase;
use serde::{Deserialize, Serialize};
use std::fmt;

crate::vocabulary! {
    /// The five classes; the id is `data-class`'s, the CLI's and the
    /// session files'.
    #[derive(PartialOrd, Ord)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Class {
        Pathogenic => ("pathogenic", "class-pathogenic"),
        LikelyPathogenic => ("likely_pathogenic", "class-likely-pathogenic"),
        UncertainSignificance => ("uncertain_significance", "class-uncertain"),
        LikelyBenign => ("likely_benign", "class-likely-benign"),
        Benign => ("benign", "class-benign"),
    }
}

impl Class {
    /// Tavtigian 2020: >= 10 pathogenic, 6..9 likely pathogenic, 0..5
    /// uncertain, -1..-6 likely benign, <= -7 benign.
    pub fn from_points(points: i32) -> Class {
        match points {
            10.. => Class::Pathogenic,
            6..=9 => Class::LikelyPathogenic,
            0..=5 => Class::UncertainSignificance,
            -6..=-1 => Class::LikelyBenign,
            _ => Class::Benign,
        }
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label(Lang::En))
    }
}

/// Where a variant of uncertain significance sits: ClinVar accepts
/// "VUS-low", "VUS-mid" and "VUS-high" without defining them; the bands
/// are those of the draft ClinGen SVC v4 scheme on the Tavtigian points
/// (low below 2, mid 2 to 3, high 4 to 5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum VusTier {
    Low,
    Mid,
    High,
}

impl VusTier {
    /// The tier of a VUS with `points` (0 to 5).
    pub fn from_points(points: i32) -> VusTier {
        match points {
            4.. => VusTier::High,
            2..=3 => VusTier::Mid,
            _ => VusTier::Low,
        }
    }

    /// The message key of its name.
    pub fn key(self) -> &'static str {
        match self {
            VusTier::Low => msg!("vus-low"),
            VusTier::Mid => msg!("vus-mid"),
            VusTier::High => msg!("vus-high"),
        }
    }
}

/// The outcome for one variant, with how it was reached.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Classification {
    /// The criteria as counted: each code once, caps applied.
    pub counted: Vec<Applied>,
    pub points: i32,
    /// By points.
    pub class: Class,
    /// By the Richards 2015 combining rules, applied to the criteria as
    /// counted (after the rule layer), so that where the two classes differ
    /// it is the combining that differs, not the evidence.
    pub class_2015: Class,
    /// For a variant of uncertain significance, its tier.
    pub vus_tier: Option<VusTier>,
    /// Every adjustment made and every caution, in words.
    pub notes: Vec<Phrase>,
}

impl Classification {
    /// Whether the two systems reach different classes.
    pub fn disagree(&self) -> bool {
        self.class != self.class_2015
    }
}

/// Classifies `applied`. A code given more than once counts once, at its
/// strongest; then the rule layer (`super::rules`) excludes, caps and
/// zeroes as the guidelines say; BA1 at stand-alone strength makes the
/// points class benign on its own.
pub fn classify(applied: &[Applied]) -> Classification {
    let mut notes = Vec::new();
    let mut counted: Vec<Applied> = Vec::new();
    for a in applied {
        match counted.iter_mut().find(|c| c.code == a.code) {
            Some(c) => {
                *c = c.stronger(*a);
                notes.push(
                    Phrase::new(msg!("classify-given-twice"))
                        .arg("code", a.code.as_str())
                        .arg("counted", c.to_string()),
                );
            }
            None => counted.push(*a),
        }
    }
    counted.sort_by_key(|a| a.code);
    super::rules::apply(&mut counted, &mut notes);

    let points = counted.iter().map(|a| a.points()).sum();
    let ba1 = counted.iter().any(|a| a.code == Code::Ba1 && a.strength == Strength::StandAlone);
    let class = if ba1 { Class::Benign } else { Class::from_points(points) };
    if ba1 && counted.iter().any(|a| a.code.direction() == Direction::Pathogenic) {
        notes.push(Phrase::new(msg!("classify-ba1-stand-alone")));
    }
    let class_2015 = rules_2015(&counted, &mut notes);
    let vus_tier = (class == Class::UncertainSignificance).then(|| VusTier::from_points(points));
    let mut result = Classification { counted, points, class, class_2015, vus_tier, notes };
    if result.disagree() {
        let disagree = Phrase::new(msg!("classify-systems-disagree"))
            .arg(msg!("points"), i64::from(result.points))
            .arg("class", result.class.phrase())
            .arg("class2015", result.class_2015.phrase());
        result.notes.push(disagree);
    }
    result
}

impl Applied {
    /// The stronger of two applications of one criterion.
    fn stronger(self, other: Applied) -> Applied {
        if other.strength > self.strength {
            other
        } else {
            self
        }
    }
}

/// Criteria counted by the strength classes of Table 5.
#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    pvs: u32,
    ps: u32,
    pm: u32,
    pp: u32,
    ba: u32,
    bs: u32,
    bp: u32,
}

/// Richards 2015, Table 5, with criteria counted at their applied
/// strength. The 2015 rules have no benign very strong or moderate: those
/// count as strong and supporting (the weaker reading), and the notes say so.
fn rules_2015(counted: &[Applied], notes: &mut Vec<Phrase>) -> Class {
    let mut n = Counts::default();
    for a in counted {
        match (a.code.direction(), a.strength) {
            (Direction::Pathogenic, Strength::VeryStrong | Strength::StandAlone) => n.pvs += 1,
            (Direction::Pathogenic, Strength::Strong) => n.ps += 1,
            (Direction::Pathogenic, Strength::Moderate) => n.pm += 1,
            (Direction::Pathogenic, Strength::Supporting) => n.pp += 1,
            (Direction::Benign, Strength::StandAlone) => n.ba += 1,
            (Direction::Benign, Strength::VeryStrong) => {
                notes.push(Phrase::new(msg!("classify-2015-no-benign-very-strong")).arg("criterion", a.to_string()));
                n.bs += 1;
            }
            (Direction::Benign, Strength::Strong) => n.bs += 1,
            (Direction::Benign, Strength::Moderate) => {
                notes.push(Phrase::new(msg!("classify-2015-no-benign-moderate")).arg("criterion", a.to_string()));
                n.bp += 1;
            }
            (Direction::Benign, Strength::Supporting) => n.bp += 1,
        }
    }
    let pathogenic = pathogenic_2015(n);
    let benign = benign_2015(n);
    match (pathogenic, benign) {
        (Some(_), Some(_)) => {
            notes.push(Phrase::new(msg!("classify-2015-contradict")));
            Class::UncertainSignificance
        }
        (Some(class), None) | (None, Some(class)) => class,
        (None, None) => Class::UncertainSignificance,
    }
}

fn pathogenic_2015(n: Counts) -> Option<Class> {
    let Counts { pvs, ps, pm, pp, .. } = n;
    let pathogenic = (pvs >= 1 && (ps >= 1 || pm >= 2 || (pm == 1 && pp >= 1) || pp >= 2))
        || ps >= 2
        || (ps == 1 && (pm >= 3 || (pm == 2 && pp >= 2) || (pm == 1 && pp >= 4)));
    let likely = (pvs >= 1 && pm == 1)
        || (ps == 1 && (1..=2).contains(&pm))
        || (ps == 1 && pp >= 2)
        || pm >= 3
        || (pm == 2 && pp >= 2)
        || (pm == 1 && pp >= 4);
    if pathogenic {
        Some(Class::Pathogenic)
    } else if likely {
        Some(Class::LikelyPathogenic)
    } else {
        None
    }
}

fn benign_2015(n: Counts) -> Option<Class> {
    if n.ba >= 1 || n.bs >= 2 {
        Some(Class::Benign)
    } else if (n.bs == 1 && n.bp >= 1) || n.bp >= 2 {
        Some(Class::LikelyBenign)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn codes(text: &str) -> Vec<Applied> {
        text.split_whitespace().map(|c| Applied::parse(c).unwrap()).collect()
    }

    /// Every line of Table 5, met exactly, and the same evidence one
    /// criterion short. Codes are distinct criteria at their default or an
    /// SVI strength, as they would be applied.
    #[test]
    fn every_combining_rule_of_richards_2015() {
        use Class::*;
        let table: &[(&str, Class)] = &[
            // Pathogenic (i) PVS1 and (a) >= 1 PS, (b) >= 2 PM, (c) 1 PM + 1 PP, (d) >= 2 PP.
            ("PVS1 PS1", Pathogenic),
            ("PVS1 PM1 PM2", Pathogenic),
            ("PVS1 PM1 PP1", Pathogenic),
            ("PVS1 PP1 PP2", Pathogenic),
            // (ii) >= 2 PS.
            ("PS1 PS2", Pathogenic),
            // (iii) 1 PS and (a) >= 3 PM, (b) 2 PM + >= 2 PP, (c) 1 PM + >= 4 PP.
            ("PS1 PM1 PM2 PM4", Pathogenic),
            ("PS1 PM1 PM2 PP1 PP2", Pathogenic),
            ("PS1 PM1 PP1 PP2 PP3 PP4", Pathogenic),
            // Likely pathogenic (i) PVS1 + 1 PM.
            ("PVS1 PM1", LikelyPathogenic),
            // (ii) 1 PS + 1-2 PM.
            ("PS1 PM1", LikelyPathogenic),
            ("PS1 PM1 PM2", LikelyPathogenic),
            // (iii) 1 PS + >= 2 PP.
            ("PS1 PP1 PP2", LikelyPathogenic),
            // (iv) >= 3 PM.
            ("PM1 PM2 PM4", LikelyPathogenic),
            // (v) 2 PM + >= 2 PP.
            ("PM1 PM2 PP1 PP2", LikelyPathogenic),
            // (vi) 1 PM + >= 4 PP.
            ("PM1 PP1 PP2 PP3 PP4", LikelyPathogenic),
            // One short of each.
            ("PVS1", UncertainSignificance),
            ("PVS1 PP1", UncertainSignificance),
            ("PS1", UncertainSignificance),
            ("PS1 PP1", UncertainSignificance),
            ("PM1 PM2", UncertainSignificance),
            ("PM1 PM2 PP1", UncertainSignificance),
            ("PM1 PP1 PP2 PP3", UncertainSignificance),
            ("PP1 PP2 PP3 PP4", UncertainSignificance),
            // Benign (i) BA1, (ii) >= 2 BS; likely benign (i) 1 BS + 1 BP, (ii) >= 2 BP.
            ("BA1", Benign),
            ("BS1 BS2", Benign),
            ("BS1 BP1", LikelyBenign),
            ("BP1 BP4", LikelyBenign),
            ("BS1", UncertainSignificance),
            ("BP4", UncertainSignificance),
            // Contradicting criteria.
            ("PVS1 PS1 BS1 BS2", UncertainSignificance),
            ("PM1 PM2 PM4 BP1 BP4", UncertainSignificance),
            // Applied strengths count as their class: PM2_Supporting is a PP.
            ("PVS1 PM2_Supporting", UncertainSignificance),
            ("PVS1 PM2_Supporting PP1", Pathogenic),
            ("PS3_Moderate PM1 PM2", LikelyPathogenic),
            // Two very strong: no line of Table 5 covers it.
            ("PVS1 PS2_VeryStrong", UncertainSignificance),
        ];
        for (text, expected) in table {
            assert_eq!(classify(&codes(text)).class_2015, *expected, "{text}");
        }
    }

    #[test]
    fn every_points_boundary() {
        use Class::*;
        let table: &[(&str, i32, Class)] = &[
            ("PVS1 PM1", 10, Pathogenic),
            ("PVS1 PP1", 9, LikelyPathogenic),
            ("PS1 PM1", 6, LikelyPathogenic),
            ("PS1 PP1", 5, UncertainSignificance),
            ("", 0, UncertainSignificance),
            ("PP3 BP1", 0, UncertainSignificance),
            ("BP4", -1, LikelyBenign),
            ("BS1 BP4 BP1", -6, LikelyBenign),
            ("BS1 BS2 PP1", -7, Benign),
            ("BS1 BS2", -8, Benign),
        ];
        for (text, points, class) in table {
            let c = classify(&codes(text));
            assert_eq!((c.points, c.class), (*points, *class), "{text}");
        }
    }

    #[test]
    fn ba1_alone_is_benign_and_says_so_beside_pathogenic_evidence() {
        let c = classify(&codes("BA1"));
        assert_eq!((c.points, c.class, c.class_2015), (-8, Class::Benign, Class::Benign));
        let c = classify(&codes("BA1 PVS1 PS1"));
        assert_eq!(c.class, Class::Benign);
        assert_eq!(c.class_2015, Class::UncertainSignificance);
        assert!(c.disagree());
        assert!(c.notes.iter().any(|n| n.render(Lang::En).contains("HFE")), "{:?}", c.notes);
    }

    #[test]
    fn a_code_counts_once_and_pm1_with_pp3_at_most_strong() {
        let c = classify(&codes("PP3 PP3_Moderate"));
        assert_eq!(c.points, 2);
        assert_eq!(c.counted, codes("PP3_Moderate"));
        let c = classify(&codes("PM1 PP3_Strong"));
        assert_eq!(c.points, 4);
        assert_eq!(c.counted, codes("PM1 PP3_Moderate"));
        let c = classify(&codes("PM1_Strong PP3"));
        assert_eq!((c.points, c.counted.len()), (4, 1));
        assert_eq!(classify(&codes("PM1 PP3")).points, 3, "under the cap, nothing changes");
    }

    /// Each rule of the rule layer (`super::super::rules`), with what is
    /// counted after it and words of the note that says so.
    #[test]
    fn the_rule_layer_excludes_caps_and_zeroes_as_the_guidelines_say() {
        let table: &[(&str, i32, &str, Class, &str)] = &[
            // PP3 not beside PVS1: likely pathogenic, not pathogenic.
            ("PVS1 PM2_Supporting PP3", 9, "PVS1 PM2_Supporting", Class::LikelyPathogenic, "Walker"),
            ("PVS1 PM4", 8, "PVS1", Class::LikelyPathogenic, "Abou Tayoun"),
            ("PS2 PM6", 4, "PS2", Class::UncertainSignificance, "one line of de novo evidence"),
            ("PS2_Supporting PM6_Strong", 4, "PM6_Strong", Class::UncertainSignificance, "one line of de novo"),
            ("PP3_VeryStrong", 4, "PP3_Strong", Class::UncertainSignificance, "Pejaver"),
            ("BP4_VeryStrong", -4, "BP4_Strong", Class::LikelyBenign, "Pejaver"),
            // Retired criteria count 0: a VUS, not likely benign.
            ("BP4 BP6 PM2_Supporting", 0, "PM2_Supporting BP4", Class::UncertainSignificance, "Biesecker"),
            ("PP5 PM2_Supporting", 1, "PM2_Supporting", Class::UncertainSignificance, "retired"),
            ("PM4 BP4", 1, "PM4 BP4", Class::UncertainSignificance, "splicing"),
            ("PM1 PP3_Strong", 4, "PM1 PP3_Moderate", Class::UncertainSignificance, "at most as strong"),
            // Flagged, still counted: PP4 may rest on more than the phenotype.
            (
                "PS2 PM2_Supporting PP3_Strong PP4",
                10,
                "PS2 PM2_Supporting PP3_Strong PP4",
                Class::Pathogenic,
                "counts it twice",
            ),
        ];
        for &(text, points, counted, class, said) in table {
            let c = classify(&codes(text));
            assert_eq!((c.points, c.counted.clone(), c.class), (points, codes(counted), class), "{text}");
            let notes: Vec<String> = c.notes.iter().map(|n| n.render(Lang::En)).collect();
            assert!(notes.iter().any(|n| n.contains(said)), "{text}: {notes:?}");
        }
        // Nothing to adjust: no note but the 2015 comparison.
        let c = classify(&codes("PVS1 PS3"));
        assert!(c.notes.is_empty(), "{:?}", c.notes);
    }

    #[test]
    fn a_vus_has_a_tier_by_its_points() {
        let tiers: Vec<Option<VusTier>> = ["", "PP1", "PM1", "PM1 PP1", "PS1", "PS1 PP1", "PVS1 PP1", "BP4"]
            .iter()
            .map(|t| classify(&codes(t)).vus_tier)
            .collect();
        use VusTier::*;
        assert_eq!(tiers, [Some(Low), Some(Low), Some(Mid), Some(Mid), Some(High), Some(High), None, None]);
    }

    #[test]
    fn the_2015_rules_misclassify_what_points_resolve_and_it_is_said() {
        // A strong criterion raised to very strong must not weaken the class.
        let before = classify(&codes("PVS1 PS2"));
        let after = classify(&codes("PVS1 PS2_VeryStrong"));
        assert_eq!((before.class, after.class), (Class::Pathogenic, Class::Pathogenic));
        assert_eq!(after.class_2015, Class::UncertainSignificance);
        assert!(after
            .notes
            .iter()
            .any(|n| n.render(Lang::En).contains("2015 combining rules give Uncertain significance")));
    }

    /// Up to eight distinct criteria at strengths each may take.
    fn any_evidence() -> impl Strategy<Value = Vec<Applied>> {
        proptest::collection::btree_map(0usize..28, 0usize..5, 0..8).prop_map(|m| {
            m.into_iter()
                .map(|(c, s)| {
                    let code = super::super::criteria::CRITERIA[c].code;
                    let strength = if code.allows(Strength::ALL[s]) { Strength::ALL[s] } else { Strength::VeryStrong };
                    Applied { code, strength }
                })
                .collect()
        })
    }

    proptest! {
        /// Raising one criterion's strength never moves the points class
        /// against that criterion's direction.
        #[test]
        fn raising_a_strength_never_moves_the_class_the_wrong_way(evidence in any_evidence(), pick in 0usize..8) {
            prop_assume!(!evidence.is_empty());
            let i = pick % evidence.len();
            let before = classify(&evidence).class;
            for stronger in Strength::ALL.into_iter().filter(|s| *s > evidence[i].strength && evidence[i].code.allows(*s)) {
                let mut raised = evidence.clone();
                raised[i].strength = stronger;
                let after = classify(&raised).class;
                match evidence[i].code.direction() {
                    // Class order runs from pathogenic to benign.
                    Direction::Pathogenic => prop_assert!(after <= before, "{:?} -> {:?}: {:?} to {:?}", evidence, raised, before, after),
                    Direction::Benign => prop_assert!(after >= before, "{:?} -> {:?}: {:?} to {:?}", evidence, raised, before, after),
                }
            }
        }
    }
}
