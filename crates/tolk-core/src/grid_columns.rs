//! The grid's columns: which there are, which a user sees before choosing,
//! and each row's values under them, the one place the grid's exports
//! (TSV in [`crate::grid_tsv`], Excel in [`crate::grid_xlsx`]) take their
//! values from, so an export has the columns the grid shows.
//!
//! Two kinds of column need more than the row. The family's calls
//! ([`Column::Genotype`], [`Column::CallQuality`]) are one column per
//! member, labelled by role (`P`, `F`, `M`, `S1`), from the view's
//! [`Family`]. What this session recorded (the class given, tags, a
//! comment) lives with the page, not the file: it comes as [`RowMarks`].

use crate::acmg::Class;
use crate::family::Family;
use crate::inheritance::{Fit, ModeFit, RelativeCall};
use crate::row::VariantRow;
use crate::session::{Report, VariantWork};
use crate::trail::Verdict;
use crate::vcf::genotype::Genotype;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

pub use crate::column::{Column, DEFAULT_COLUMNS};

/// One member of the family as the per-member columns show them: the
/// role's letter (siblings numbered: `S1`, `S2`) and the sample's column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberColumn {
    pub label: String,
    pub sample: usize,
}

/// The members of `family`, proband first, then father, mother and the
/// siblings: the order [`crate::inheritance::Judge::relatives`] gives.
pub fn member_columns(family: Option<&Family>) -> Vec<MemberColumn> {
    let Some(f) = family else { return Vec::new() };
    let one = |label: &str, sample: usize| MemberColumn { label: label.to_owned(), sample };
    std::iter::once(one("P", f.proband))
        .chain(f.father.map(|m| one("F", m.sample)))
        .chain(f.mother.map(|m| one("M", m.sample)))
        .chain(f.siblings.iter().enumerate().map(|(i, m)| one(&format!("S{}", i + 1), m.sample)))
        .collect()
}

/// What this session has recorded about one variant, for the columns
/// that show it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowMarks {
    /// The class given (the points' class, or the clinician's own).
    pub class: Option<Class>,
    pub discuss: bool,
    pub report: Option<Report>,
    pub comment: bool,
    /// The reviewer's verdict in the current review, or the last one's
    /// while the case is back in interpretation ([`crate::trail::Progress::verdict`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Verdict>,
}

impl RowMarks {
    /// What `work` shows in the grid. The class only once one is given
    /// ([`VariantWork::classified`]). The comment marker counts the
    /// criteria's comments too.
    pub fn of(work: &VariantWork) -> RowMarks {
        let classified = work.classified();
        let commented = |text: &str| !text.trim().is_empty();
        RowMarks {
            class: classified.then(|| work.final_class()),
            discuss: work.discuss,
            report: work.report,
            comment: commented(&work.comment)
                || work.criteria.iter().any(|c| commented(&c.comment))
                || work.cnv.iter().flat_map(|c| &c.applied).any(|a| commented(&a.comment)),
            review: None,
        }
    }

    /// These marks with the reviewer's verdict on the variant.
    pub fn reviewed(self, verdict: Option<Verdict>) -> RowMarks {
        RowMarks { review: verdict, ..self }
    }
}

/// One of a row's values, before an export writes it: the TSV, the Excel
/// workbook, each making it safe its own way.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    /// Text as the row holds it.
    Text(Cow<'a, str>),
    /// A number as Rust writes it: the shortest decimal that reads back as
    /// the value, never an exponent (`0.0001`, `166003512`); or `NaN`,
    /// `inf`, `-inf` if the file said so.
    Number(String),
    Missing,
}

/// The columns of an export: the columns shown, and the family's members
/// for the per-member ones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Layout {
    pub columns: Vec<Column>,
    pub members: Vec<MemberColumn>,
}

impl Layout {
    /// The grid's columns before a user chooses, without a family.
    pub fn standard() -> Layout {
        Layout { columns: DEFAULT_COLUMNS.to_vec(), members: Vec::new() }
    }

    /// The export's header: stable ids, one per value.
    pub fn header(&self) -> Vec<String> {
        self.expanded().into_iter().map(|(id, _)| id).collect()
    }

    /// Each value's width in characters, under [`Layout::header`].
    pub fn widths(&self) -> Vec<u8> {
        self.expanded().into_iter().map(|(_, column)| column.width()).collect()
    }

    /// Each value's header id and the column it belongs to: a column of
    /// the grid can be more than one of an export's (the impact beside the
    /// consequence, a genotype per member).
    fn expanded(&self) -> Vec<(String, Column)> {
        let per_member =
            |name: &'static str, c: Column| self.members.iter().map(move |m| (format!("{name}_{}", m.label), c));
        let mut out = Vec::new();
        for &c in &self.columns {
            match c {
                Column::Consequence => out.extend([("consequence".into(), c), ("impact".into(), c)]),
                Column::Priority => out.extend([("phenotype_rank".into(), c), ("priority".into(), c)]),
                Column::ClinVarNow => out.extend([("clinvar_current".into(), c), ("clinvar_stars".into(), c)]),
                Column::Lab => out.extend([("lab_class".into(), c), ("lab_cases".into(), c)]),
                Column::Genotype => out.extend(per_member("gt", c)),
                Column::CallQuality => {
                    for name in ["dp", "gq", "ab"] {
                        out.extend(per_member(name, c));
                    }
                }
                Column::Sv => out.extend([("svtype".into(), c), ("end".into(), c), ("svlen".into(), c)]),
                Column::SvCalls => {
                    for name in ["cn", "sv_reads"] {
                        out.extend(per_member(name, c));
                    }
                }
                c => out.push((c.id().to_owned(), c)),
            }
        }
        out
    }

    /// Row `r`'s values under [`Layout::header`], with what the session
    /// recorded about it.
    pub fn cells<'r>(&self, r: &'r VariantRow, marks: Option<&RowMarks>) -> Vec<Cell<'r>> {
        let marks = marks.cloned().unwrap_or_default();
        let text = |v: Option<&'r str>| v.map_or(Cell::Missing, |v| Cell::Text(Cow::Borrowed(v)));
        let owned = |v: Option<String>| v.map_or(Cell::Missing, |v| Cell::Text(Cow::Owned(v)));
        let number = |v: Option<f32>| v.map_or(Cell::Missing, |v| Cell::Number(v.to_string()));
        let call = |m: &MemberColumn| r.calls.iter().find(|c| c.sample == m.sample);
        let mut out = Vec::with_capacity(self.columns.len() + 2 * self.members.len());
        for &column in &self.columns {
            match column {
                Column::Priority => {
                    out.push(r.priority.map_or(Cell::Missing, |p| Cell::Number(p.rank.to_string())));
                    out.push(r.priority.map_or(Cell::Missing, |p| Cell::Number(format!("{:.4}", p.priority))));
                }
                Column::Gene => out.push(text(r.gene.as_deref())),
                Column::Consequence => {
                    out.push(text(r.consequence.as_deref()));
                    out.push(text(r.impact.map(|i| i.as_str())));
                }
                Column::HgvsC => out.push(text(r.hgvsc.as_deref())),
                Column::HgvsP => out.push(text(r.hgvsp.as_deref())),
                Column::Af => out.push(number(r.scores.af)),
                Column::Faf => out.push(number(r.scores.faf)),
                Column::Cadd => out.push(number(r.scores.cadd)),
                Column::Revel => out.push(number(r.scores.revel)),
                Column::SpliceAi => out.push(number(r.scores.spliceai)),
                Column::AlphaMissense => out.push(number(r.scores.alphamissense)),
                Column::ClinVar => out.push(owned(clinvar_words(r))),
                Column::ClinVarNow => {
                    out.push(text(r.known.clinvar.as_deref()));
                    out.push(r.known.clinvar_stars.map_or(Cell::Missing, |s| Cell::Number(s.to_string())));
                }
                Column::Lab => {
                    out.push(text(r.known.lab_class.map(Class::id)));
                    out.push(r.known.lab_cases.map_or(Cell::Missing, |n| Cell::Number(n.to_string())));
                }
                Column::Loeuf => out.push(number(r.known.loeuf)),
                Column::Inheritance => out.push(owned(fits(&r.inheritance))),
                Column::Genotype => {
                    out.extend(self.members.iter().map(|m| owned(call(m).map(|c| gt_text(c.call.genotype)))))
                }
                Column::CallQuality => {
                    let qc = |value: fn(&RelativeCall) -> Option<String>| {
                        self.members.iter().map(move |m| match call(m).and_then(value) {
                            Some(v) => Cell::Number(v),
                            None => Cell::Missing,
                        })
                    };
                    out.extend(qc(|c| c.call.dp.map(|v| v.to_string())));
                    out.extend(qc(|c| c.call.gq.map(|v| v.to_string())));
                    out.extend(qc(|c| c.call.ab.map(|v| v.to_string())));
                }
                Column::Sv => {
                    let sv = r.sv.as_ref();
                    out.push(text(sv.map(|sv| sv.kind.id())));
                    out.push(sv.map_or(Cell::Missing, |sv| Cell::Number(sv.end.to_string())));
                    out.push(sv.and_then(|sv| sv.len).map_or(Cell::Missing, |l| Cell::Number(l.to_string())));
                }
                Column::SvCalls => {
                    let value = |m: &MemberColumn, f: fn(&RelativeCall) -> Option<String>| {
                        call(m).and_then(f).map_or(Cell::Missing, Cell::Number)
                    };
                    out.extend(self.members.iter().map(|m| value(m, |c| c.call.copies.map(|v| v.to_string()))));
                    out.extend(self.members.iter().map(|m| value(m, |c| c.call.sv_reads.map(|v| v.to_string()))));
                }
                Column::Class => out.push(text(marks.class.map(Class::id))),
                Column::Tags => out.push(owned(tag_words(&marks))),
                Column::Comment => out.push(if marks.comment { Cell::Text("yes".into()) } else { Cell::Missing }),
                Column::RankScore => out.push(number(r.scores.rank_score)),
                Column::Chrom => out.push(Cell::Text(Cow::Borrowed(&r.chrom))),
                Column::Pos => out.push(Cell::Number(r.pos.to_string())),
                Column::Ref => out.push(Cell::Text(Cow::Borrowed(&r.reference))),
                Column::Alt => out.push(Cell::Text(Cow::Borrowed(&r.alt))),
                Column::Qual => out.push(number(r.qual)),
                Column::Filter => out.push(Cell::Text(Cow::Borrowed(&r.filter))),
            }
        }
        out
    }
}

/// `de_novo,ad?`: the modes a row fits, `?` marking "possible"; `.` for none.
pub fn fit_words(fits: &[ModeFit]) -> String {
    self::fits(fits).unwrap_or_else(|| ".".into())
}

/// `de_novo,ad?`, or `None` when the row fits no mode.
fn fits(fits: &[ModeFit]) -> Option<String> {
    let words: Vec<String> =
        fits.iter().map(|m| format!("{}{}", m.mode.id(), if m.fit == Fit::Possible { "?" } else { "" })).collect();
    (!words.is_empty()).then(|| words.join(","))
}

/// `pathogenic,likely_pathogenic (2*)`: ClinVar's classes with the review
/// stars, or `None` when ClinVar has nothing.
pub fn clinvar_words(r: &VariantRow) -> Option<String> {
    if r.scores.clinvar.is_empty() {
        return None;
    }
    let classes = r.scores.clinvar.join(",");
    Some(match r.scores.clinvar_stars {
        Some(stars) => format!("{classes} ({stars}*)"),
        None => classes,
    })
}

/// `discuss,report`: the tags a variant has this session.
fn tag_words(marks: &RowMarks) -> Option<String> {
    let review = marks.review.map(|v| match v {
        Verdict::Agree => "agreed",
        Verdict::Disagree => "disagreed",
    });
    let words: Vec<&str> =
        marks.discuss.then_some("discuss").into_iter().chain(marks.report.map(Report::id)).chain(review).collect();
    (!words.is_empty()).then(|| words.join(","))
}

/// A genotype as GT reads, seen from this row's ALT: `1` for a copy of
/// it, `0` for any other allele, `.` for a missing one (`0/1`, `./1`,
/// `1/1`; `1` hemizygous; `./.` no call); `|` when phased.
pub fn gt_text(g: Genotype) -> String {
    let missing = match (g.called, g.missing) {
        (0, _) => 2,
        (_, true) => 1,
        _ => 0,
    };
    let alleles: Vec<&str> = std::iter::repeat_n("0", usize::from(g.called.saturating_sub(g.alt_copies)))
        .chain(std::iter::repeat_n(".", missing))
        .chain(std::iter::repeat_n("1", usize::from(g.alt_copies)))
        .collect();
    alleles.join(if g.phased { "|" } else { "/" })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::annotation::summary::Scores;
    use crate::annotation::{Impact, TranscriptBasis};
    use crate::family::{Affection, Member, Sex};
    use crate::inheritance::{Mode, Role};
    use crate::store::Call;
    use crate::vcf::genotype::Zygosity;

    /// A row of `gene` with allele frequency `af` (also for the exports' tests).
    pub(crate) fn row(gene: &str, af: Option<f32>) -> VariantRow {
        VariantRow {
            index: 0,
            chrom: "chr2".into(),
            pos: 166003512,
            reference: "C".into(),
            alt: "T".into(),
            alt_number: 1,
            qual: Some(812.4),
            filter: "PASS".into(),
            gene: Some(gene.into()),
            genes: vec![gene.into()],
            hgnc_id: None,
            consequence: Some("missense_variant".into()),
            impact: Some(Impact::Moderate),
            basis: TranscriptBasis::ManeSelect,
            scores: Scores { af, ..Scores::default() },
            line: 1,
            inheritance: Vec::new(),
            calls: Vec::new(),
            hgvsc: None,
            hgvsp: None,
            priority: None,
            known: Default::default(),
            sv: None,
        }
    }

    /// The grid's first layout before columns were choosable: what the
    /// exports' tests hold their golden lines to.
    pub(crate) fn classic() -> Layout {
        use Column::*;
        Layout {
            columns: vec![Gene, Consequence, Af, Inheritance, Chrom, Pos, Ref, Alt, Qual, Filter],
            members: Vec::new(),
        }
    }

    fn genotype(copies: u8, called: u8, missing: bool) -> Genotype {
        Genotype { alt_copies: copies, called, phased: false, missing }
    }

    #[test]
    fn a_class_is_given_only_once_a_criterion_is_applied_or_a_class_chosen() {
        use crate::acmg::{Code, Strength};
        use crate::session::{CriterionWork, Override};
        let mut work = VariantWork { comment: "  ".into(), discuss: true, ..VariantWork::default() };
        assert_eq!(RowMarks::of(&work), RowMarks { discuss: true, ..RowMarks::default() }, "a blank comment is none");
        let criterion = |applied, comment: &str| CriterionWork {
            code: Code::Pvs1,
            applied,
            strength: Strength::VeryStrong,
            comment: comment.into(),
        };
        work.criteria = vec![criterion(false, "considered, not met")];
        assert_eq!(RowMarks::of(&work).class, None);
        assert!(RowMarks::of(&work).comment, "a criterion's comment counts");
        work.criteria = vec![criterion(true, "")];
        assert_eq!(RowMarks::of(&work).class, Some(Class::LikelyPathogenic), "PVS1 alone: 8 points");
        work.override_class = Some(Override { class: Class::UncertainSignificance, reason: "phenotype".into() });
        assert_eq!(RowMarks::of(&work).class, Some(Class::UncertainSignificance), "the clinician's class");
    }

    #[test]
    fn genotypes_read_as_gt_from_the_rows_alt() {
        assert_eq!(gt_text(genotype(1, 2, false)), "0/1");
        assert_eq!(gt_text(genotype(2, 2, false)), "1/1");
        assert_eq!(gt_text(genotype(0, 2, false)), "0/0");
        assert_eq!(gt_text(genotype(1, 1, false)), "1", "hemizygous");
        assert_eq!(gt_text(genotype(0, 0, true)), "./.");
        assert_eq!(gt_text(genotype(1, 1, true)), "./1");
        assert_eq!(gt_text(Genotype { phased: true, ..genotype(1, 2, false) }), "0|1");
    }

    #[test]
    fn a_saved_choice_keeps_the_grids_order_and_drops_unknown_ids() {
        assert_eq!(
            Column::chosen(["pos", "gene", "no_such_column", "cadd"]),
            [Column::Gene, Column::Cadd, Column::Pos]
        );
        assert!(Column::chosen([]).is_empty());
    }

    #[test]
    fn the_family_gives_one_column_per_member_by_role() {
        let member = |sample| Member { sample, affected: Affection::Unaffected };
        let family = Family {
            proband: 2,
            proband_sex: Sex::Female,
            father: Some(member(0)),
            mother: None,
            siblings: vec![member(1), member(3)],
        };
        let labels: Vec<(String, usize)> =
            member_columns(Some(&family)).into_iter().map(|m| (m.label, m.sample)).collect();
        assert_eq!(labels, [("P".into(), 2), ("F".into(), 0), ("S1".into(), 1), ("S2".into(), 3)]);
        assert!(member_columns(None).is_empty());
    }

    #[test]
    fn every_column_has_its_values_under_its_header() {
        let members = member_columns(Some(&Family::singleton(0, Sex::Male)));
        let layout = Layout { columns: Column::ALL.to_vec(), members };
        let mut r = row("SCN1A", Some(0.0001));
        r.hgvsc = Some("NM_001165963.4:c.5234G>A".into());
        r.hgvsp = Some("NP_001159435.1:p.Arg1745Gln".into());
        r.scores.cadd = Some(27.5);
        r.scores.clinvar = vec!["pathogenic".into()];
        r.scores.clinvar_stars = Some(2);
        r.scores.rank_score = Some(12.0);
        r.inheritance = vec![ModeFit { mode: Mode::DeNovo, fit: Fit::Yes, partners: vec![] }];
        let call = Call {
            genotype: genotype(1, 2, false),
            zygosity: Zygosity::Het,
            dp: Some(35),
            gq: Some(99),
            ab: Some(0.5),
            copies: None,
            sv_reads: None,
        };
        r.calls = vec![RelativeCall { role: Role::Proband, sample: 0, affected: Affection::Affected, call, qc: None }];
        let marks = RowMarks {
            class: Some(Class::LikelyPathogenic),
            discuss: true,
            report: Some(Report::Report),
            comment: true,
            review: Some(Verdict::Disagree),
        };
        let header = layout.header();
        let cells = layout.cells(&r, Some(&marks));
        assert_eq!(header.len(), cells.len());
        let value = |id: &str| -> String {
            match &cells[header.iter().position(|h| h == id).unwrap_or_else(|| panic!("no {id}"))] {
                Cell::Text(t) => t.to_string(),
                Cell::Number(n) => n.clone(),
                Cell::Missing => ".".into(),
            }
        };
        assert_eq!(value("hgvs_c"), "NM_001165963.4:c.5234G>A");
        assert_eq!(value("hgvs_p"), "NP_001159435.1:p.Arg1745Gln");
        assert_eq!(value("impact"), "MODERATE");
        assert_eq!(value("cadd"), "27.5");
        assert_eq!(value("revel"), ".");
        assert_eq!(value("clinvar"), "pathogenic (2*)");
        assert_eq!(value("inheritance"), "de_novo");
        assert_eq!(value("gt_P"), "0/1");
        assert_eq!((value("dp_P"), value("gq_P"), value("ab_P")), ("35".into(), "99".into(), "0.5".into()));
        assert_eq!(value("class"), "likely_pathogenic");
        assert_eq!(value("tags"), "discuss,report,disagreed");
        assert_eq!(value("comment"), "yes");
        assert_eq!(value("rank_score"), "12");
        assert_eq!(value("pos"), "166003512");
        let unmarked = layout.cells(&r, None);
        let at = |id: &str| header.iter().position(|h| h == id).unwrap();
        assert_eq!(unmarked[at("class")], Cell::Missing);
        assert_eq!(unmarked[at("tags")], Cell::Missing);
        assert_eq!(unmarked[at("comment")], Cell::Missing);
    }
}
