//! The two scoring tables of Riggs et al. 2020 (Genet Med 22:245–257,
//! Tables 1 and 2), as data: each evidence item with its code as the paper
//! writes it, its section, its suggested points, the range an analyst may
//! score it in, and whether it is scored once or per case, family or study.
//!
//! Points are kept in hundredths (`90` is 0.90): the classes turn at 0.99
//! and 0.90, and a sum of floats would miss them by a rounding error.

crate::vocabulary! {
    /// Which of the two tables applies: a copy-number loss (deletion) or
    /// gain (duplication, triplication).
    #[derive(Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Dosage {
        #[default]
        Loss => ("loss", "cnv-dosage-loss"),
        Gain => ("gain", "cnv-dosage-gain"),
    }
}

/// One evidence item of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    /// As the paper writes it: `2C-1`, `4O`.
    pub code: &'static str,
    /// 1 to 5.
    pub section: u8,
    /// The paper's suggested points (per case where it scores per case).
    pub suggested: i32,
    /// The range one application may be scored in, lowest first.
    pub min: i32,
    pub max: i32,
    /// Whether the paper scores it per proband, family or study, so that it
    /// may be applied more than once.
    pub repeats: bool,
    /// For a repeated item, the bounds of its sum (the paper's "max score"
    /// column); for the others, its range.
    pub total_min: i32,
    pub total_max: i32,
    /// The message key of its short label.
    pub key: &'static str,
}

impl Item {
    /// Whether `points` (hundredths) lies in the item's range.
    pub fn in_range(&self, points: i32) -> bool {
        (self.min..=self.max).contains(&points)
    }
}

/// A group of items whose summed points the paper caps together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cap {
    pub codes: &'static [&'static str],
    pub min: i32,
    pub max: i32,
}

/// An item scored once, at fixed points.
const fn fixed(code: &'static str, section: u8, points: i32, key: &'static str) -> Item {
    ranged(code, section, points, points, points, key)
}

/// An item scored once, within a range.
const fn ranged(code: &'static str, section: u8, suggested: i32, min: i32, max: i32, key: &'static str) -> Item {
    Item { code, section, suggested, min, max, repeats: false, total_min: min, total_max: max, key }
}

/// An item scored per case, family or study, with the bounds of its sum.
const fn each(
    code: &'static str,
    suggested: i32,
    (min, max): (i32, i32),
    (total_min, total_max): (i32, i32),
    key: &'static str,
) -> Item {
    Item { code, section: 4, suggested, min, max, repeats: true, total_min, total_max, key }
}

/// Sections 4 and 5 are worded alike for losses and gains (the paper's
/// rows differ only in "loss"/"gain"), and score alike.
macro_rules! sections_4_and_5 {
    () => {
        [
            // Individual case evidence, de novo occurrences, per proband:
            // confirmed 0.45 / assumed 0.30 (range 0.15 to 0.45) for 4A,
            // 0.30 / 0.15 (range 0 to 0.45) for 4B, 0.15 / 0.10 (range 0
            // to 0.30) for 4C; 4A-4C at most 0.90 together (`CAPS`).
            // 4B's range is the paper's "0 to 0.45"; one third-party copy
            // of the online calculator's page gives "0.15 to 0.45".
            each("4A", 45, (15, 45), (15, 90), msg!("cnv-item-4a")),
            each("4B", 30, (0, 45), (0, 90), msg!("cnv-item-4b")),
            each("4C", 15, (0, 30), (0, 90), msg!("cnv-item-4c")),
            // Inconsistent phenotype: 0 each (range 0 to -0.30), -0.30 in
            // total: a maximum of its own, outside 4A-4C's 0.90.
            each("4D", 0, (-30, 0), (-30, 0), msg!("cnv-item-4d")),
            // Unknown inheritance: 0.10 each (range 0 to 0.15), 0.30 total.
            each("4E", 10, (0, 15), (0, 30), msg!("cnv-item-4e")),
            // Segregation among similarly affected relatives: one of the
            // three, by the count of segregations.
            ranged("4F", 4, 15, 15, 15, msg!("cnv-item-4f")),
            ranged("4G", 4, 30, 30, 30, msg!("cnv-item-4g")),
            ranged("4H", 4, 45, 45, 45, msg!("cnv-item-4h")),
            // Nonsegregations, per family: -0.45 (range 0 to -0.45) and
            // -0.30 (0 to -0.30), each at most -0.90 in total; -0.15 (0 to
            // -0.15), at most -0.30.
            each("4I", -45, (-45, 0), (-90, 0), msg!("cnv-item-4i")),
            each("4J", -30, (-30, 0), (-90, 0), msg!("cnv-item-4j")),
            each("4K", -15, (-15, 0), (-30, 0), msg!("cnv-item-4k")),
            // Case-control and population evidence, per study: 0.45 (range
            // 0 to 0.45) and 0.30 (0 to 0.30), each at most 0.45 in total;
            // -0.90 (0 to -0.90), at most -0.90. 4O: -1.00 (0 to -1.00).
            each("4L", 45, (0, 45), (0, 45), msg!("cnv-item-4l")),
            each("4M", 30, (0, 30), (0, 45), msg!("cnv-item-4m")),
            each("4N", -90, (-90, 0), (-90, 0), msg!("cnv-item-4n")),
            ranged("4O", 4, -100, -100, 0, msg!("cnv-item-4o")),
            // Section 5: the inheritance in the patient's own family. 5A
            // takes 4A-4D's de novo points (at most 0.45), 5D 4F-4H's (at
            // most 0.45), 5E 4I-4K's (at most -0.45): the paper gives them
            // no points of their own, so their suggestions are the
            // maxima (5D: 4F's). 5B -0.30 (0 to -0.45), 5C -0.15 (0 to
            // -0.30), 5F 0, 5G 0.10 (0 to 0.15), 5H 0.30 (0 to 0.30).
            ranged("5A", 5, 45, -30, 45, msg!("cnv-item-5a")),
            ranged("5B", 5, -30, -45, 0, msg!("cnv-item-5b")),
            ranged("5C", 5, -15, -30, 0, msg!("cnv-item-5c")),
            ranged("5D", 5, 15, 0, 45, msg!("cnv-item-5d")),
            ranged("5E", 5, -45, -45, 0, msg!("cnv-item-5e")),
            fixed("5F", 5, 0, msg!("cnv-item-5f")),
            ranged("5G", 5, 10, 0, 15, msg!("cnv-item-5g")),
            ranged("5H", 5, 30, 0, 30, msg!("cnv-item-5h")),
        ]
    };
}

const LOSS_1_TO_3: [Item; 17] = [
    fixed("1A", 1, 0, msg!("cnv-item-1a")),
    fixed("1B", 1, -60, msg!("cnv-item-1b")),
    fixed("2A", 2, 100, msg!("cnv-loss-2a")),
    fixed("2B", 2, 0, msg!("cnv-loss-2b")),
    ranged("2C-1", 2, 90, 45, 100, msg!("cnv-loss-2c-1")),
    ranged("2C-2", 2, 0, 0, 45, msg!("cnv-loss-2c-2")),
    fixed("2D-1", 2, 0, msg!("cnv-loss-2d-1")),
    ranged("2D-2", 2, 90, 45, 90, msg!("cnv-loss-2d-2")),
    ranged("2D-3", 2, 30, 0, 45, msg!("cnv-loss-2d-3")),
    ranged("2D-4", 2, 90, 45, 100, msg!("cnv-loss-2d-4")),
    // Intragenic: by the PVS1 strength (`Pvs1::points`), 0 to 0.90.
    ranged("2E", 2, 90, 0, 90, msg!("cnv-loss-2e")),
    fixed("2F", 2, -100, msg!("cnv-loss-2f")),
    fixed("2G", 2, 0, msg!("cnv-loss-2g")),
    fixed("2H", 2, 15, msg!("cnv-loss-2h")),
    fixed("3A", 3, 0, msg!("cnv-loss-3a")),
    fixed("3B", 3, 45, msg!("cnv-loss-3b")),
    fixed("3C", 3, 90, msg!("cnv-loss-3c")),
];

const GAIN_1_TO_3: [Item; 17] = [
    fixed("1A", 1, 0, msg!("cnv-item-1a")),
    fixed("1B", 1, -60, msg!("cnv-item-1b")),
    fixed("2A", 2, 100, msg!("cnv-gain-2a")),
    fixed("2B", 2, 0, msg!("cnv-gain-2b")),
    fixed("2C", 2, -100, msg!("cnv-gain-2c")),
    fixed("2D", 2, -100, msg!("cnv-gain-2d")),
    fixed("2E", 2, 0, msg!("cnv-gain-2e")),
    // The paper: -1 (range 0 to -1.00); the online calculator suggests -0.90.
    ranged("2F", 2, -100, -100, 0, msg!("cnv-gain-2f")),
    fixed("2G", 2, 0, msg!("cnv-gain-2g")),
    fixed("2H", 2, 0, msg!("cnv-gain-2h")),
    // Both breakpoints in one HI gene: PVS1 0.90, PVS1_Strong 0.45, else 0.
    ranged("2I", 2, 90, 0, 90, msg!("cnv-gain-2i")),
    fixed("2J", 2, 0, msg!("cnv-gain-2j")),
    fixed("2K", 2, 45, msg!("cnv-gain-2k")),
    fixed("2L", 2, 0, msg!("cnv-gain-2l")),
    fixed("3A", 3, 0, msg!("cnv-gain-3a")),
    fixed("3B", 3, 45, msg!("cnv-gain-3b")),
    fixed("3C", 3, 90, msg!("cnv-gain-3c")),
];

const LATER: [Item; 23] = sections_4_and_5!();

/// The caps over several items, alike in both tables: de novo probands
/// with a consistent phenotype (4A-4C) at most 0.90 together, segregation
/// (4F-4H) at most 0.45. The paper's "0.90 (total)" spans 4A-4C only;
/// 4D, the inconsistent phenotype, has its own "-0.30 (total)" (its
/// `total_min`) and is added after the cap, not netted inside it.
pub const CAPS: [Cap; 2] = [
    Cap { codes: &["4A", "4B", "4C"], min: i32::MIN, max: 90 },
    Cap { codes: &["4F", "4G", "4H"], min: i32::MIN, max: 45 },
];

/// Items of which the paper lets one apply only one at a time, their
/// conditions excluding each other: the content (1A or 1B), the gene count
/// (3A, 3B or 3C), the segregation count (4F, 4G or 4H), the patient's
/// phenotype with a CNV from an unaffected parent (5B specific, 5C
/// nonspecific), and the phenotype where inheritance is unknown (5F, 5G
/// nonspecific, 5H highly specific).
pub const EXCLUSIVE: [&[&str]; 5] =
    [&["1A", "1B"], &["3A", "3B", "3C"], &["4F", "4G", "4H"], &["5A", "5B", "5C", "5F", "5G", "5H"], &["5B", "5C"]];

impl Dosage {
    /// Its table, section by section.
    pub fn items(self) -> impl Iterator<Item = &'static Item> {
        let first = match self {
            Dosage::Loss => &LOSS_1_TO_3,
            Dosage::Gain => &GAIN_1_TO_3,
        };
        first.iter().chain(LATER.iter())
    }

    /// The item `code` of its table (`2c-1` as well as `2C-1`).
    pub fn item(self, code: &str) -> Option<&'static Item> {
        let code = code.trim();
        self.items().find(|i| i.code.eq_ignore_ascii_case(code))
    }

    /// The section 3 item for a CNV over `genes` protein-coding genes: a
    /// loss counts 0-24, 25-34 and 35 or more; a gain 0-34, 35-49 and 50 or
    /// more.
    pub fn gene_count_item(self, genes: u32) -> &'static str {
        let (b, c) = match self {
            Dosage::Loss => (25, 35),
            Dosage::Gain => (35, 50),
        };
        if genes >= c {
            "3C"
        } else if genes >= b {
            "3B"
        } else {
            "3A"
        }
    }
}

crate::vocabulary! {
    /// How strongly the ClinGen SVI PVS1 decision tree rates an intragenic
    /// CNV: the points of loss item 2E (and, for PVS1 and PVS1_Strong,
    /// gain item 2I).
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Pvs1 {
        VeryStrong => ("pvs1", "cnv-pvs1-very-strong"),
        Strong => ("pvs1_strong", "cnv-pvs1-strong"),
        Moderate => ("pvs1_moderate", "cnv-pvs1-moderate"),
        Supporting => ("pvs1_supporting", "cnv-pvs1-supporting"),
        NotApplicable => ("na", "cnv-pvs1-na"),
    }
}

impl Pvs1 {
    /// Suggested points and range (hundredths): PVS1 0.90 (0.45-0.90),
    /// Strong 0.45 (0.30-0.90), Moderate or PM4 0.30 (0.15-0.45),
    /// Supporting 0.15 (0-0.30), not applicable 0.
    pub fn points(self) -> (i32, i32, i32) {
        match self {
            Pvs1::VeryStrong => (90, 45, 90),
            Pvs1::Strong => (45, 30, 90),
            Pvs1::Moderate => (30, 15, 45),
            Pvs1::Supporting => (15, 0, 30),
            Pvs1::NotApplicable => (0, 0, 0),
        }
    }
}

/// Points (as an analyst or a file writes them) in hundredths, rounded.
pub fn hundredths(points: f32) -> i32 {
    (f64::from(points) * 100.0).round() as i32
}

/// Hundredths as points, for phrases.
pub fn points(hundredths: i32) -> f64 {
    f64::from(hundredths) / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::phrase::Phrase;

    #[test]
    fn each_table_has_the_paper_s_codes_once() {
        let loss: Vec<&str> = Dosage::Loss.items().map(|i| i.code).collect();
        assert_eq!(loss.len(), 40);
        assert_eq!(&loss[..6], ["1A", "1B", "2A", "2B", "2C-1", "2C-2"]);
        assert!(loss.contains(&"2D-4") && loss.contains(&"4O") && loss.ends_with(&["5H"]));
        let gain: Vec<&str> = Dosage::Gain.items().map(|i| i.code).collect();
        assert_eq!(gain.len(), 40);
        assert!(gain.contains(&"2L") && !gain.contains(&"2C-1"));
        for table in [loss, gain] {
            let mut unique = table.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), table.len());
        }
    }

    #[test]
    fn suggested_points_lie_in_each_range_and_every_label_is_worded() {
        for dosage in Dosage::ALL {
            for item in dosage.items() {
                assert!(item.min <= item.max && item.in_range(item.suggested), "{}", item.code);
                assert!(item.total_min <= item.min && item.total_max >= item.max, "{}", item.code);
                assert!(item.section == item.code.as_bytes()[0] - b'0', "{}", item.code);
                for lang in Lang::ALL {
                    assert!(!Phrase::new(item.key).render(lang).is_empty());
                }
            }
        }
        assert_eq!(Dosage::Loss.item("2c-1").map(|i| (i.suggested, i.min, i.max)), Some((90, 45, 100)));
        assert_eq!(Dosage::Loss.item("4O").map(|i| (i.suggested, i.min, i.max)), Some((-100, -100, 0)));
        assert_eq!(Dosage::Gain.item("2C-1"), None);
    }

    #[test]
    fn gene_count_thresholds_differ_between_loss_and_gain() {
        let loss: Vec<&str> = [0, 24, 25, 34, 35].map(|n| Dosage::Loss.gene_count_item(n)).to_vec();
        assert_eq!(loss, ["3A", "3A", "3B", "3B", "3C"]);
        let gain: Vec<&str> = [0, 34, 35, 49, 50].map(|n| Dosage::Gain.gene_count_item(n)).to_vec();
        assert_eq!(gain, ["3A", "3A", "3B", "3B", "3C"]);
    }

    #[test]
    fn pvs1_strengths_give_2e_points_within_its_range() {
        let item = Dosage::Loss.item("2E").unwrap();
        let suggested: Vec<i32> = Pvs1::ALL.map(|s| s.points().0).to_vec();
        assert_eq!(suggested, [90, 45, 30, 15, 0]);
        assert!(Pvs1::ALL.iter().all(|s| item.in_range(s.points().1) && item.in_range(s.points().2)));
    }

    #[test]
    fn hundredths_round_what_floats_cannot_hold() {
        assert_eq!(hundredths(0.45 + 0.45 + 0.09), 99);
        assert_eq!(hundredths(-0.899_999), -90);
        assert_eq!(points(-60), -0.6);
    }
}
