//! The default flow on files as clinical pipelines write them gives the
//! clinically right answer without any setting changed: frequencies found
//! under every pipeline's names (the popmax counts), only variants the
//! proband carries, the MANE Select transcript first, the family's
//! genotypes trusted only where the calls are good, and PVS1 only where the
//! canonical splice dinucleotide changes.
//!
//! Files: Scout's demo trio 643594 (MIP: VEP CSQ, SnpEff, genmod, vcfanno
//! frequencies; scout-browser 4.115.2, BSD-3-Clause) and its panel export,
//! and small files the team wrote for each situation (tests/data/clinical).

use std::path::{Path, PathBuf};
use tolk_core::acmg::{suggest, Answers, Code, Facts, Suggestions, Thresholds};
use tolk_core::annotation::frequency::{SourceKind, Unused};
use tolk_core::annotation::TranscriptBasis;
use tolk_core::family::{Family, Pedigree};
use tolk_core::filter::{Filters, Preset};
use tolk_core::i18n::Lang;
use tolk_core::inheritance::{Fit, Judge, Mode, ParentalOrigin};
use tolk_core::panel::Panel;
use tolk_core::vcf::detail::{decode_record, DecodeContext};
use tolk_core::vcf::genotype::Zygosity;
use tolk_core::{apply, Loaded, Query, TranscriptPolicy};

fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data").join(path)
}

/// A file with its family, as the app holds them.
struct Case {
    bytes: Vec<u8>,
    loaded: Loaded,
    family: Option<Family>,
}

impl Case {
    fn open(vcf: &str, ped: Option<&str>) -> Case {
        let bytes = std::fs::read(data(vcf)).unwrap();
        let loaded = Loaded::from_bytes(&bytes).unwrap();
        let family = ped.map(|p| {
            let pedigree = Pedigree::parse(&std::fs::read_to_string(data(p)).unwrap()).unwrap();
            Family::from_pedigree(&pedigree, &loaded.header.samples, None).unwrap()
        });
        Case { bytes, loaded, family }
    }

    fn row(&self, chrom: &str, pos: u32) -> usize {
        let store = &self.loaded.store;
        (0..store.len())
            .find(|&r| {
                let row = store.row(r, TranscriptPolicy::All);
                row.chrom == chrom && row.pos == pos
            })
            .unwrap_or_else(|| panic!("no row at {chrom}:{pos}"))
    }

    fn af(&self, chrom: &str, pos: u32) -> Option<f32> {
        self.loaded.store.row(self.row(chrom, pos), TranscriptPolicy::Preferred).scores.af
    }

    /// The view the rare-disease preset gives, as positions.
    fn rare_disease(&self) -> Vec<String> {
        let query = Query { filters: Preset::RareDisease.filters(), family: self.family.clone(), ..Query::default() };
        let view = apply(&self.loaded.store, &query);
        view.rows
            .iter()
            .map(|&r| self.loaded.store.row(r as usize, TranscriptPolicy::All))
            .map(|r| format!("{}:{}", r.chrom, r.pos))
            .collect()
    }

    /// The text of the (plain or BGZF) file, for decoding records.
    fn text(&self) -> Vec<u8> {
        let mut inflater = tolk_core::compression::Inflater::new(Vec::new());
        inflater.write(&self.bytes).unwrap();
        inflater.finish().unwrap();
        inflater.into_sink()
    }

    fn suggestions(&self, chrom: &str, pos: u32) -> Suggestions {
        let row = self.row(chrom, pos);
        let text = self.text();
        let at = self.loaded.store.location(row);
        let line = String::from_utf8_lossy(&text[at.text_offset as usize..][..at.text_len as usize]).into_owned();
        let record = decode_record(&line, &DecodeContext::new(&self.loaded)).unwrap();
        let alt = &record.alts[usize::from(self.loaded.store.alt_number(row)) - 1];
        let facts = Facts::gather(&self.loaded, self.family.as_ref(), row as u32, TranscriptPolicy::Preferred);
        suggest(alt, &facts, &Thresholds::default(), &Answers::default())
    }
}

fn codes(s: &Suggestions) -> Vec<String> {
    s.items.iter().map(|i| format!("{}_{}", i.code, i.strength.suffix())).collect()
}

fn remarks(s: &Suggestions) -> Vec<String> {
    s.remarks.iter().map(|r| r.render(Lang::En)).collect()
}

fn scout() -> Case {
    Case::open("families/scout-643594.clinical.vcf.gz", Some("families/scout-643594.ped"))
}

#[test]
fn scout_mip_frequencies_are_found_by_name_and_the_highest_counts() {
    let case = scout();
    let sources = &case.loaded.frequency.sources;
    let named = |name: &str| sources.iter().find(|s| s.name == name);
    for used in ["1000GAF", "EXACAF", "EXACMAX_AF", "EXACMAXAF", "SWEGENAF", "SWEREFAF", "MTAF"] {
        assert!(named(used).is_some_and(|s| s.in_use), "{used} in use: {sources:?}");
    }
    let small = named("1000G_MAX_AF").unwrap();
    assert_eq!((small.in_use, small.unused_by_default), (false, Some(Unused::SmallGroup)));
    for never in ["AF", "MLEAF", "SAF", "SWEGENAC_Hom", "SnpSift_AF", "Obs", "Hom"] {
        assert!(named(never).is_none(), "{never} is no population frequency");
    }
    // EXACAF 0.0066 and EXACMAX_AF 0.0122: the row's AF is the popmax, so
    // "AF below 1%" drops it.
    assert!((case.af("1", 235840495).unwrap() - 0.012_195).abs() < 1e-6);
    assert!(!case.rare_disease().contains(&"1:235840495".to_owned()));
    // A mitochondrial variant at 0.989 in MTAF is common, not absent.
    let mt = case.suggestions("MT", 15326);
    assert!((case.af("MT", 15326).unwrap() - 0.988_918).abs() < 1e-6);
    // (BS2 too, once, with both unaffected homoplasmic parents as evidence.)
    assert_eq!(codes(&mt), ["BA1_StandAlone", "BS2_Strong"]);
    assert_eq!(mt.items[1].evidence.len(), 2);
}

#[test]
fn the_rare_disease_preset_keeps_only_what_the_proband_carries() {
    let case = scout();
    let family = case.family.clone().unwrap();
    let query = Query { filters: Preset::RareDisease.filters(), family: Some(family.clone()), ..Query::default() };
    let view = apply(&case.loaded.store, &query);
    assert!(!view.rows.is_empty());
    for &row in &view.rows {
        let proband = case.loaded.store.calls(row as usize)[family.proband].zygosity;
        assert_ne!(proband, Zygosity::HomRef, "row {row} is not carried by the proband");
    }
    let carrier = view.funnel.iter().find(|s| s.id == "carrier").expect("a carrier step");
    assert_eq!(carrier.label.render(Lang::En), "Carried by the proband");
    // The suggestions say so for a variant the proband lacks.
    let lacks = (0..case.loaded.store.len())
        .find(|&r| case.loaded.store.calls(r)[family.proband].zygosity == Zygosity::HomRef)
        .unwrap();
    let row = case.loaded.store.row(lacks, TranscriptPolicy::All);
    let s = case.suggestions(&row.chrom, row.pos);
    assert!(s.items.is_empty() && remarks(&s)[0].contains("does not carry"), "{:?}", remarks(&s));
}

#[test]
fn an_unaffected_homozygous_parent_rules_out_compound_het_pairs() {
    let case = scout();
    let family = case.family.clone().unwrap();
    let store = &case.loaded.store;
    let all: Vec<u32> = (0..store.len() as u32).collect();
    let judge = Judge::new(store, &family);
    let pairs = judge.pairs(&all, TranscriptPolicy::All);
    assert!(!pairs.is_empty());
    let parent_hom = |row: u32| {
        let calls = store.calls(row as usize);
        [family.father, family.mother].iter().flatten().any(|m| calls[m.sample].zygosity == Zygosity::HomAlt)
    };
    assert!(pairs.iter().all(|p| !parent_hom(p.first) && !parent_hom(p.second)));
    // Without the rule there would be such pairs: the check has something to find.
    let loose = Judge::new(store, &family).with_qc(tolk_core::inheritance::CallQc::OFF);
    let het_rows: Vec<u32> = all.iter().copied().filter(|&r| parent_hom(r)).collect();
    assert!(!het_rows.is_empty(), "the trio has variants a parent is homozygous for");
    assert!(loose.pairs(&all, TranscriptPolicy::All).iter().all(|p| !parent_hom(p.first) && !parent_hom(p.second)));
}

#[test]
fn a_scout_panel_keyed_by_hgnc_number_matches_the_files_genes() {
    let text = std::fs::read_to_string(data("panels/scout-panel_1.txt")).unwrap();
    let panels = Panel::parse("scout-panel_1.txt", &text).unwrap();
    assert_eq!((panels[0].name.as_str(), panels[0].version.as_deref()), ("Test panel", Some("1.0")));
    assert!(panels[0].genes.iter().all(|g| g.hgnc_id.as_deref().is_some_and(|id| id.starts_with("HGNC:"))));
    let case = scout();
    let view = apply(&case.loaded.store, &Query { panels, ..Query::default() });
    let report = view.panel.unwrap();
    assert!(report.matched() > 10, "{} panel genes found in the file", report.matched());
}

#[test]
fn gnomad_v2_names_popmax_and_the_filtering_af() {
    let case = Case::open("clinical/tolk-freq-gnomad-v2.vcf", None);
    let used: Vec<(&str, bool)> = case.loaded.frequency.sources.iter().map(|s| (s.name.as_str(), s.in_use)).collect();
    assert_eq!(
        used,
        [("AF_popmax", true), ("faf95_popmax", true), ("AF_nfe", true), ("AF_fin", false), ("AF_asj", false)]
    );
    // AF_fin 0.02 is a bottlenecked group's: the popmax 0.0123 counts.
    assert!((case.af("1", 1000).unwrap() - 0.0123).abs() < 1e-6);
    assert!((case.af("1", 2000).unwrap() - 0.00002).abs() < 1e-7, "AF_fin 0.08 does not make it common");
    assert_eq!(case.af("1", 3000), None);
    // BS1 is held against the filtering AF (faf95 0.0101 > 0.01), and names it.
    let s = case.suggestions("1", 1000);
    let bs1 = s.items.iter().find(|i| i.code == Code::Bs1).expect("BS1");
    assert!(bs1.evidence[0].field.render(Lang::En).starts_with("faf95_popmax"), "{:?}", bs1.evidence[0].field);
    // Not in any source: PM2, worded as "not found", naming the sources.
    let s = case.suggestions("1", 3000);
    let pm2 = s.items.iter().find(|i| i.code == Code::Pm2).expect("PM2");
    assert!(pm2.evidence[0].value.render(Lang::En).starts_with("not found"));
    assert!(pm2.evidence[0].field.render(Lang::En).contains("AF_popmax"));
}

#[test]
fn gnomad_v4_grpmax_and_fafmax_with_a_prefix() {
    let case = Case::open("clinical/tolk-freq-gnomad-v4.vcf", None);
    let kinds: Vec<(&str, SourceKind, bool)> =
        case.loaded.frequency.sources.iter().map(|s| (s.name.as_str(), s.kind, s.in_use)).collect();
    assert_eq!(
        kinds,
        [
            ("gnomad_AF", SourceKind::Overall, true),
            ("gnomad_AF_grpmax", SourceKind::Max, true),
            ("gnomad_fafmax_faf95_max", SourceKind::Filtering, true),
            ("gnomad_AF_remaining", SourceKind::Group, false),
            ("gnomad_AF_XX", SourceKind::Group, false),
        ]
    );
    assert!((case.af("chr1", 1000).unwrap() - 0.062).abs() < 1e-6, "grpmax, not the remaining group's 0.3");
    let s = case.suggestions("chr1", 1000);
    let ba1 = s.items.iter().find(|i| i.code == Code::Ba1).expect("BA1 on fafmax 0.058");
    assert!(ba1.evidence[0].field.render(Lang::En).starts_with("gnomad_fafmax_faf95_max"));
    assert_eq!(case.loaded.store.row(0, TranscriptPolicy::Preferred).basis, TranscriptBasis::ManeSelect);
}

#[test]
fn a_1000_genomes_frequency_under_a_new_name_is_not_absent() {
    let case = Case::open("clinical/tolk-freq-1000g-only.vcf", None);
    assert!((case.af("2", 500).unwrap() - 0.995).abs() < 1e-6);
    assert_eq!(codes(&case.suggestions("2", 500)), ["BA1_StandAlone"]);
    let filters = Filters { af_below: Some(0.01), ..Filters::default() };
    assert!(apply(&case.loaded.store, &Query { filters, ..Query::default() }).rows.is_empty());
}

#[test]
fn veps_max_af_alone_is_used() {
    let case = Case::open("clinical/tolk-freq-vep-max-af.vcf", None);
    assert_eq!(case.af("3", 700), Some(0.02));
}

#[test]
fn a_file_without_frequencies_says_so_and_keeps_every_variant() {
    let case = Case::open("clinical/tolk-freq-none.vcf", None);
    let warning = case.loaded.diagnostics.kept()[0].to_string();
    assert!(warning.contains("no population allele frequency found"), "{warning}");
    let filters = Filters { af_below: Some(0.01), ..Filters::default() };
    let view = apply(&case.loaded.store, &Query { filters, ..Query::default() });
    assert_eq!((view.rows.len(), view.funnel[1].kept_missing), (1, 1));
    let s = case.suggestions("4", 900);
    assert!(!s.items.iter().any(|i| matches!(i.code, Code::Pm2 | Code::Bs1 | Code::Ba1)));
}

fn trio() -> Case {
    Case::open("clinical/tolk-clinical-trio.vcf", Some("clinical/tolk-clinical-trio.ped"))
}

#[test]
fn the_clinical_trio_default_view() {
    let kept = trio().rare_disease();
    // Not 1000 (the proband lacks it), not 4000 (intronic on MANE Select);
    // 6000 is kept as unknown (the proband has no call).
    assert_eq!(
        kept,
        [
            "chr2:2000",
            "chr2:2100",
            "chr2:2200",
            "chr3:3000",
            "chr3:3500",
            "chr5:5000",
            "chr5:5100",
            "chr5:5200",
            "chr5:5300",
            "chr6:6000"
        ]
    );
}

#[test]
fn mane_select_decides_and_says_so() {
    let case = trio();
    let row = case.loaded.store.row(case.row("chr4", 4000), TranscriptPolicy::Preferred);
    assert_eq!((row.consequence.as_deref(), row.basis), (Some("intron_variant"), TranscriptBasis::ManeSelect));
    let all = case.loaded.store.row(case.row("chr4", 4000), TranscriptPolicy::All);
    assert_eq!((all.consequence.as_deref(), all.basis), (Some("missense_variant"), TranscriptBasis::All));
    // Suggestions judge the MANE transcript too: no PP3 from the other one's REVEL.
    assert!(!codes(&case.suggestions("chr4", 4000)).iter().any(|c| c.starts_with("PP3")));
}

#[test]
fn trio_qc_makes_doubtful_de_novos_possible() {
    let case = trio();
    let family = case.family.clone().unwrap();
    let judge = Judge::new(&case.loaded.store, &family);
    let fit = |pos| judge.fit(case.row("chr5", pos), Mode::DeNovo);
    assert_eq!((fit(5000), fit(5100), fit(5200), fit(5300)), (Fit::Possible, Fit::Possible, Fit::Possible, Fit::Yes));
    assert_eq!(judge.origin(case.row("chr5", 5300)), Some(ParentalOrigin::DeNovo));
    assert_eq!(judge.origin(case.row("chr2", 2100)), Some(ParentalOrigin::Maternal));
    // PM6 only for the clean one, with each call as evidence.
    let clean = case.suggestions("chr5", 5300);
    let pm6 = clean.items.iter().find(|i| i.code == Code::Pm6).expect("PM6");
    let shown: Vec<String> = pm6.evidence.iter().map(|e| e.line().render(Lang::En)).collect();
    assert_eq!(
        shown,
        [
            "Proband = heterozygous (DP 38, GQ 99, AB 0.475) (passes trio QC (GQ ≥ 20, DP ≥ 10, allele balance in range))",
            "Father = not carried (DP 35, GQ 99, AB 0) (passes trio QC (GQ ≥ 20, DP ≥ 10, allele balance in range))",
            "Mother = not carried (DP 35, GQ 99, AB 0) (passes trio QC (GQ ≥ 20, DP ≥ 10, allele balance in range))",
            "SVI de novo points = parentage assumed; phenotype consistent with the gene, not highly specific (0.5 point(s))",
        ]
    );
    assert_eq!((pm6.code, pm6.strength), (Code::Pm6, tolk_core::acmg::Strength::Supporting));
    let mosaic = case.suggestions("chr5", 5000);
    assert!(!mosaic.items.iter().any(|i| i.code == Code::Pm6));
    assert!(
        remarks(&mosaic).iter().any(|r| r.starts_with("Mother") && r.contains("mosaicism")),
        "{:?}",
        remarks(&mosaic)
    );
    let skewed = case.suggestions("chr5", 5100);
    assert!(remarks(&skewed).iter().any(|r| r.starts_with("Proband") && r.contains("allele balance")));
    let shallow = case.suggestions("chr5", 5200);
    assert!(remarks(&shallow).iter().any(|r| r.starts_with("Father") && r.contains("GQ below 20")));
}

#[test]
fn an_unaffected_homozygous_parent_offers_bs2_and_breaks_pairs() {
    let case = trio();
    let family = case.family.clone().unwrap();
    let all: Vec<u32> = (0..case.loaded.store.len() as u32).collect();
    let pairs = Judge::new(&case.loaded.store, &family).pairs(&all, TranscriptPolicy::Preferred);
    let in_pairb: Vec<(u32, u32, Fit)> =
        pairs.iter().filter(|p| p.gene == "PAIRB").map(|p| (p.first, p.second, p.fit)).collect();
    let (r2100, r2200) = (case.row("chr2", 2100) as u32, case.row("chr2", 2200) as u32);
    assert_eq!(in_pairb, [(r2100, r2200, Fit::Yes)], "2000 pairs with nothing: the father is homozygous");
    let s = case.suggestions("chr2", 2000);
    let bs2 = s.items.iter().find(|i| i.code == Code::Bs2).expect("BS2");
    assert_eq!(bs2.evidence[0].field.render(Lang::En), "Father");
}

#[test]
fn pvs1_only_where_the_canonical_splice_site_changes() {
    let case = trio();
    let dup = case.suggestions("chr3", 3000);
    assert!(!dup.items.iter().any(|i| i.code == Code::Pvs1), "{:?}", codes(&dup));
    assert!(
        remarks(&dup).iter().any(|r| r.contains("c.1586-3_1586-2dupCA leaves the canonical")),
        "{:?}",
        remarks(&dup)
    );
    let donor = case.suggestions("chr3", 3500);
    let pvs1 = donor.items.iter().find(|i| i.code == Code::Pvs1).expect("PVS1 at +1");
    assert!(pvs1.evidence.iter().any(|e| e.field.render(Lang::En) == "HGVSc"));
}
