//! The bundled teaching cases (public/cases): the library loads (which
//! checks every expected answer against the classifier), each case's VCF
//! reads without a warning and holds its answers' variants in genes of the
//! case's panel, visible in the view the case opens with (its panel and
//! family, no filter), and each family file names the VCF's samples and
//! gives the family it declares (a trio, or a duo where a parent is `0`).
//!
//! Then what each newer case teaches, held against Tolk's own reading of
//! the file: BS1 and BS2 offered from a healthy homozygous father, no PVS1
//! for a splice-region variant outside the canonical dinucleotide, a
//! variant common by its highest population though rare overall, a
//! mitochondrial variant read with its heteroplasmy, and PM3 with the phase
//! left open by a missing parent.

use std::path::PathBuf;
use tolk_core::acmg::{suggest, Answers, Code, Facts, Strength, Suggestions, Thresholds};
use tolk_core::annotation::hgvs::Change;
use tolk_core::annotation::TranscriptPolicy;
use tolk_core::chrom::{self, Chromosome};
use tolk_core::family::{Family, Pedigree};
use tolk_core::filter::{Filters, Preset};
use tolk_core::i18n::Lang;
use tolk_core::inheritance::{Fit, Judge};
use tolk_core::panel::Panel;
use tolk_core::teaching::{Case, Library};
use tolk_core::vcf::detail::{decode_record, AltDetail, DecodeContext, RecordDetail};
use tolk_core::vcf::genotype::Zygosity;
use tolk_core::{apply, Loaded, Query};

fn case_file(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/cases").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn library() -> Library {
    Library::parse(&case_file("cases.json")).unwrap()
}

/// A case as the app opens it: its file, its family and its panel.
struct Opened {
    case: Case,
    text: String,
    loaded: Loaded,
    family: Option<Family>,
    panels: Vec<Panel>,
}

impl Opened {
    fn new(case: Case) -> Opened {
        let text = case_file(&case.vcf);
        let loaded = Loaded::from_bytes(text.as_bytes()).unwrap_or_else(|e| panic!("{}: {e}", case.id));
        let family = case.ped.as_ref().map(|ped| {
            let pedigree = Pedigree::parse(&case_file(ped)).unwrap();
            Family::from_pedigree(&pedigree, &loaded.header.samples, None).unwrap()
        });
        // As `src/teaching.rs` sets the panel up: a plain list named by the case.
        let panels = Panel::parse(&case.id, &case.panel.join("\n")).unwrap();
        Opened { case, text, loaded, family, panels }
    }

    fn by_id(id: &str) -> Opened {
        let case = library().cases.into_iter().find(|c| c.id == id).unwrap_or_else(|| panic!("no case {id}"));
        Opened::new(case)
    }

    /// The row of `CHROM:POS:REF:ALT`.
    fn row(&self, key: &str) -> usize {
        let store = &self.loaded.store;
        (0..store.len()).find(|&i| store.key(i) == key).unwrap_or_else(|| panic!("{}: no {key}", self.case.id))
    }

    /// The row of the case's first answer.
    fn answer_row(&self) -> usize {
        self.row(&self.case.answers[0].variant)
    }

    /// The rows shown with `filters`, the case's panel and family.
    fn view(&self, filters: Filters) -> Vec<usize> {
        let query = Query { panels: self.panels.clone(), filters, family: self.family.clone(), ..Query::default() };
        apply(&self.loaded.store, &query).rows.iter().map(|&r| r as usize).collect()
    }

    fn record(&self, row: usize) -> RecordDetail {
        let at = self.loaded.store.location(row);
        let line = &self.text.as_bytes()[at.text_offset as usize..][..at.text_len as usize];
        decode_record(std::str::from_utf8(line).unwrap(), &DecodeContext::new(&self.loaded)).unwrap()
    }

    fn alt(&self, row: usize) -> AltDetail {
        let record = self.record(row);
        record.alts[usize::from(self.loaded.store.alt_number(row)) - 1].clone()
    }

    /// Tolk's own suggestions for `row`, with no answer from the clinician.
    fn suggestions(&self, row: usize) -> Suggestions {
        let facts = Facts::gather(&self.loaded, self.family.as_ref(), row as u32, TranscriptPolicy::Preferred);
        suggest(&self.alt(row), &facts, &Thresholds::default(), &Answers::default())
    }
}

fn offered(s: &Suggestions, code: Code) -> Option<Strength> {
    s.items.iter().find(|i| i.code == code).map(|i| i.strength)
}

fn codes(s: &Suggestions) -> Vec<String> {
    s.items.iter().map(|i| format!("{}_{}", i.code, i.strength.suffix())).collect()
}

#[test]
fn every_case_opens_and_its_answers_are_in_its_file_and_panel() {
    let library = library();
    assert!(library.cases.len() >= 10, "the five first cases and the five that followed");
    for case in library.cases {
        let opened = Opened::new(case.clone());
        let loaded = &opened.loaded;
        assert_eq!(loaded.diagnostics.total(), 0, "{}: {:?}", case.id, loaded.diagnostics);
        let store = &loaded.store;
        // What the case opens with: its panel and family, no filter.
        let shown = opened.view(Filters::default());
        for answer in &case.answers {
            let row = opened.row(&answer.variant);
            let gene = store.row(row, TranscriptPolicy::All).gene.unwrap_or_default();
            assert!(case.panel.contains(&gene), "{}: {gene} is not in the case's panel", case.id);
            assert!(answer.label.starts_with(&gene), "{}: {}", case.id, answer.label);
            assert!(shown.contains(&row), "{}: {} is not in the view the case opens with", case.id, answer.variant);
        }
        for lang_text in [&case.title, &case.referral] {
            assert!(
                !lang_text.en.is_empty() && !lang_text.nb.is_empty() && lang_text.en != lang_text.nb,
                "{}",
                case.id
            );
        }
        if let Some(ped) = &case.ped {
            let pedigree = Pedigree::parse(&case_file(ped)).unwrap();
            let samples = &loaded.header.samples;
            for individual in &pedigree.individuals {
                assert!(samples.contains(&individual.id), "{}: {} is not a sample of the VCF", case.id, individual.id);
            }
            let family = opened.family.clone().unwrap();
            let proband = pedigree.get(&samples[family.proband]).unwrap();
            let declared =
                |parent: &Option<String>| parent.as_deref().is_some_and(|id| samples.iter().any(|s| s == id));
            assert_eq!(family.father.is_some(), declared(&proband.father), "{}: father", case.id);
            assert_eq!(family.mother.is_some(), declared(&proband.mother), "{}: mother", case.id);
            assert!(family.father.is_some() || family.mother.is_some(), "{}: a family, not one person", case.id);
        }
    }
}

#[test]
fn bs1_and_bs2_are_offered_for_the_variant_the_healthy_father_has_on_both_copies() {
    let case = Opened::by_id("bs2-pah");
    let family = case.family.clone().unwrap();
    assert!(family.father.is_some() && family.mother.is_some(), "a trio");
    let row = case.answer_row();
    let calls = case.loaded.store.calls(row);
    let father = family.father.unwrap().sample;
    assert_eq!(calls[father].zygosity, Zygosity::HomAlt);
    assert_eq!(calls[family.proband].zygosity, Zygosity::Het);
    let s = case.suggestions(row);
    let bs2 = s.items.iter().find(|i| i.code == Code::Bs2).unwrap_or_else(|| panic!("BS2: {:?}", codes(&s)));
    assert_eq!(bs2.evidence[0].field.render(Lang::En), "Father");
    // BS1 on the East Asian group's 0.0140, not the global 0.0017; not BA1.
    let bs1 = s.items.iter().find(|i| i.code == Code::Bs1).unwrap_or_else(|| panic!("BS1: {:?}", codes(&s)));
    assert!(bs1.evidence[0].field.render(Lang::En).starts_with("gnomADe_EAS_AF"), "{:?}", bs1.evidence[0].field);
    assert_eq!(offered(&s, Code::Ba1), None);
    // The boy's raised phenylalanine: two PTS variants, one from each parent.
    let pts: Vec<u32> = (0..case.loaded.store.len() as u32)
        .filter(|&r| case.loaded.store.row(r as usize, TranscriptPolicy::Preferred).gene.as_deref() == Some("PTS"))
        .collect();
    let pairs = Judge::new(&case.loaded.store, &family).pairs(&pts, TranscriptPolicy::Preferred);
    assert_eq!(pairs.iter().map(|p| p.fit).collect::<Vec<_>>(), [Fit::Yes], "PTS in trans");
}

#[test]
fn the_splice_region_variant_gets_no_pvs1_and_its_splicing_prediction_only_supporting_pp3() {
    let case = Opened::by_id("splice-mlh1");
    let row = case.answer_row();
    let alt = case.alt(row);
    let t = alt.worst_under(TranscriptPolicy::Preferred).unwrap();
    let hgvs = t.hgvsc.as_deref().unwrap();
    assert!(hgvs.ends_with("c.1896+5G>A"), "{hgvs}");
    assert_eq!(Change::parse(hgvs).and_then(|c| c.alters_canonical_splice_site()), Some(false));
    assert!(!t.consequences.iter().any(|c| c == "splice_donor_variant" || c == "splice_acceptor_variant"));
    let s = case.suggestions(row);
    assert_eq!(offered(&s, Code::Pvs1), None, "{:?}", codes(&s));
    assert_eq!(offered(&s, Code::Pp3), Some(Strength::Supporting), "{:?}", codes(&s));
    assert_eq!(offered(&s, Code::Pm2), Some(Strength::Supporting), "{:?}", codes(&s));
    // The rare-disease preset keeps splice-region variants.
    assert!(case.view(Preset::RareDisease.filters()).contains(&row));
}

#[test]
fn the_popmax_variant_is_common_by_its_highest_group_though_rare_overall() {
    let case = Opened::by_id("popmax-scn5a");
    let row = case.answer_row();
    let ba1 = Thresholds::default().ba1;
    let population = case.loaded.store.row(row, TranscriptPolicy::Preferred).scores.af.unwrap();
    let alt = case.alt(row);
    let value = |name: &str| {
        alt.frequencies.iter().find(|f| f.source.name == name).and_then(|f| f.value).unwrap_or_else(|| panic!("{name}"))
    };
    let global = value("gnomADe_AF");
    assert!(population > ba1 && global < ba1, "population AF {population}, global {global}");
    assert!(global < 0.01, "rare by the global frequency: {global}");
    assert_eq!(alt.highest_frequency().unwrap().source.name, "gnomADe_AFR_AF");
    assert!((population - value("gnomADe_AFR_AF")).abs() < 1e-6);
    let s = case.suggestions(row);
    assert_eq!(codes(&s), ["BA1_StandAlone"]);
    assert!(s.items[0].evidence[0].field.render(Lang::En).starts_with("gnomADe_AFR_AF"));
    // Shown when the case opens; the rare-disease preset's AF < 1% takes it out.
    assert!(case.view(Filters::default()).contains(&row));
    assert!(!case.view(Preset::RareDisease.filters()).contains(&row));
}

#[test]
fn the_mitochondrial_variant_reads_with_its_heteroplasmy_and_no_warning() {
    let case = Opened::by_id("mito-mttl1");
    assert_eq!(case.loaded.diagnostics.total(), 0, "{:?}", case.loaded.diagnostics);
    let family = case.family.clone().unwrap();
    assert!(family.father.is_none(), "no father in the PED: mtDNA comes from the mother");
    let mother = family.mother.unwrap().sample;
    let row = case.answer_row();
    let variant = case.loaded.store.row(row, TranscriptPolicy::Preferred);
    assert_eq!(chrom::parse(&variant.chrom), Some(Chromosome::Mitochondrion));
    assert_eq!(variant.gene.as_deref(), Some("MT-TL1"));
    // Heteroplasmy as Mutect2 writes it: GT 0/1, AD and FORMAT/AF.
    let calls = case.loaded.store.calls(row);
    let (child, mum) = (&calls[family.proband], &calls[mother]);
    assert_eq!((child.zygosity, mum.zygosity), (Zygosity::Het, Zygosity::Het));
    assert!((child.ab.unwrap() - 0.38).abs() < 0.01 && (mum.ab.unwrap() - 0.09).abs() < 0.01, "{child:?} {mum:?}");
    let record = case.record(row);
    let af = record.format.iter().position(|k| k == "AF").expect("FORMAT/AF");
    assert_eq!(record.samples[family.proband][af], "0.380");
    assert_eq!(record.samples[mother][af], "0.090");
    // The gnomAD mtDNA frequencies are read (heteroplasmic 6 of 56,383),
    // so the variant is not "absent" and PM2 is not offered.
    for name in ["gnomAD_mt_AF_hom", "gnomAD_mt_AF_het"] {
        assert!(case.loaded.frequency.sources.iter().any(|s| s.name == name && s.in_use), "{name}");
    }
    assert!((variant.scores.af.unwrap() - 0.000_106).abs() < 1e-7);
    assert_eq!(offered(&case.suggestions(row), Code::Pm2), None);
    // What the case's summary warns of, held here so that it stays true:
    // trio QC is made for nuclear calls (Mutect2 writes no GQ, and 9% is no
    // heterozygous balance), and the rare-disease preset keeps HIGH and
    // MODERATE impacts, which no tRNA change has in VEP. If either changes,
    // change the summary with it.
    let facts = Facts::gather(&case.loaded, Some(&family), row as u32, TranscriptPolicy::Preferred);
    assert!(facts.relatives.iter().all(|r| r.qc.is_some()), "{:?}", facts.relatives);
    assert!(case.view(Filters::default()).contains(&row));
    assert!(!case.view(Preset::RareDisease.filters()).contains(&row));
}

#[test]
fn the_duo_leaves_the_phase_open_and_pm3_at_supporting() {
    let case = Opened::by_id("duo-gjb2");
    let family = case.family.clone().unwrap();
    assert!(family.father.is_none() && family.mother.is_some(), "a duo: the PED's father is 0");
    let mother = family.mother.unwrap().sample;
    let row = case.answer_row();
    let c35del = case.row("chr13:20189546:GC:G");
    let calls = |r: usize| case.loaded.store.calls(r);
    assert_eq!(calls(row)[family.proband].zygosity, Zygosity::Het);
    assert_eq!(calls(row)[mother].zygosity, Zygosity::HomRef, "absent in the mother");
    assert_eq!(calls(c35del)[mother].zygosity, Zygosity::Het, "c.35del from the mother");
    let facts = Facts::gather(&case.loaded, Some(&family), row as u32, TranscriptPolicy::Preferred);
    let partner = facts.partners.iter().find(|p| p.key == "chr13:20189546:GC:G").expect("c.35del pairs with it");
    assert_eq!(partner.in_trans, Fit::Possible, "phase not proven without the father");
    let s = case.suggestions(row);
    // Phase unknown with a pathogenic variant: 0.5 SVI PM3 points.
    assert_eq!(offered(&s, Code::Pm3), Some(Strength::Supporting), "{:?}", codes(&s));
    assert_eq!(offered(&s, Code::Pp3), Some(Strength::Supporting), "{:?}", codes(&s));
    assert_eq!(offered(&s, Code::Pm2), Some(Strength::Supporting), "{:?}", codes(&s));
}
