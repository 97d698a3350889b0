//! ACMG suggestions on the demo case (a synthetic trio the team wrote to
//! cover each suggestion, public/demo) and on third-party VEP files
//! (tests/data/vep, see SOURCES.md).

use std::path::{Path, PathBuf};
use tolk_core::acmg::{
    suggest, Answers, Code, DisorderInheritance, Facts, MaxCredible, Parentage, Specificity, Strength, Suggestions,
    Thresholds,
};
use tolk_core::family::{Family, Pedigree};
use tolk_core::i18n::Lang;
use tolk_core::phrase::Phrase;
use tolk_core::vcf::detail::{decode_record, AltDetail, DecodeContext};
use tolk_core::{Loaded, TranscriptPolicy};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(path)
}

/// What the engine said, in English.
fn en(phrase: &Phrase) -> String {
    phrase.render(Lang::En)
}

fn read(path: &str) -> String {
    std::fs::read_to_string(repo(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

struct Case {
    text: String,
    loaded: Loaded,
    family: Option<Family>,
}

impl Case {
    fn open(vcf: &str, ped: Option<&str>) -> Case {
        Case::from_text(read(vcf), ped)
    }

    fn from_text(text: String, ped: Option<&str>) -> Case {
        let loaded = Loaded::from_bytes(text.as_bytes()).unwrap();
        let family = ped.map(|p| {
            let pedigree = Pedigree::parse(&read(p)).unwrap();
            Family::from_pedigree(&pedigree, &loaded.header.samples, None).unwrap()
        });
        Case { text, loaded, family }
    }

    fn demo() -> Case {
        Case::open("public/demo/tolk-demo-trio.vcf", Some("public/demo/tolk-demo-trio.ped"))
    }

    /// Suggestions for the row `chrom:pos:ref:alt`, as the worker makes them.
    fn suggestions(&self, key: &str) -> Suggestions {
        self.suggestions_with(key, &Answers::default())
    }

    /// The same, with the clinician's answers.
    fn suggestions_with(&self, key: &str, answers: &Answers) -> Suggestions {
        let (alt, facts) = self.alt_and_facts(key);
        suggest(&alt, &facts, &Thresholds::default(), answers)
    }

    /// What suggestions are made from for the row `chrom:pos:ref:alt`.
    fn alt_and_facts(&self, key: &str) -> (AltDetail, Facts) {
        let store = &self.loaded.store;
        let row = (0..store.len())
            .find(|&r| store.row(r, TranscriptPolicy::All).key() == key)
            .unwrap_or_else(|| panic!("no row {key}"));
        let at = store.location(row);
        let line = &self.text[at.text_offset as usize..][..at.text_len as usize];
        let record = decode_record(line, &DecodeContext::new(&self.loaded)).unwrap();
        let alt = record.alts[usize::from(store.row(row, TranscriptPolicy::All).alt_number) - 1].clone();
        let facts = Facts::gather(&self.loaded, self.family.as_ref(), row as u32, TranscriptPolicy::All);
        (alt, facts)
    }
}

/// `CODE_Strength` of each suggestion, in order.
fn codes(s: &Suggestions) -> Vec<String> {
    s.items.iter().map(|i| format!("{}_{}", i.code, i.strength.suffix())).collect()
}

#[test]
fn de_novo_missense_with_a_high_revel_score() {
    let demo = Case::demo();
    let s = demo.suggestions("chr2:166003512:C:T");
    // Parentage assumed, phenotype consistent but not highly specific: 0.5
    // SVI de novo points, PM6_Supporting (SVI de novo v1.1).
    assert_eq!(codes(&s), ["PM2_Supporting", "PM6_Supporting", "PP3_Strong"]);
    // Confirmed parentage and a highly specific phenotype: 2 points, PS2.
    let sure =
        Answers { parentage: Parentage::Confirmed, specificity: Specificity::HighlySpecific, ..Answers::default() };
    assert_eq!(
        codes(&demo.suggestions_with("chr2:166003512:C:T", &sure)),
        ["PS2_Strong", "PM2_Supporting", "PP3_Strong"]
    );
    let pp3 = s.items.iter().find(|i| i.code == Code::Pp3).unwrap();
    let revel = &pp3.evidence[0];
    assert_eq!(
        (
            en(&revel.field).as_str(),
            en(&revel.value).as_str(),
            revel.threshold.as_ref().map(en).unwrap_or_default().as_str()
        ),
        ("REVEL", "0.942", ">= 0.932")
    );
    assert_eq!(revel.transcript.as_ref().map(en).as_deref(), Some("ENST00000674923"));
    assert!(pp3.evidence.iter().any(|e| en(&e.field).starts_with("CADD")), "CADD shown as context");
    let pm2 = &s.items[0].evidence[0];
    assert_eq!(en(&pm2.value), "not found (whether the position is covered is not known)");
    assert!(pm2.value.render(Lang::Nb).starts_with("ikke funnet"));
    assert!(en(&pm2.field).contains("gnomADe_AF") && en(&pm2.field).contains("MAX_AF"), "{:?}", pm2.field);
    assert!(en(s.items[1].question.as_ref().unwrap()).contains("PS2"));
}

#[test]
fn truncating_variants_walk_the_pvs1_tree() {
    let demo = Case::demo();
    let stop = demo.suggestions("chr22:31808245:C:T");
    let pvs1 = &stop.items[0];
    assert_eq!((pvs1.code, pvs1.strength), (Code::Pvs1, Strength::VeryStrong));
    assert!(pvs1.reasoning.iter().any(|r| en(r).contains("exon 18 of 43")), "{:?}", pvs1.reasoning);
    assert!(en(pvs1.question.as_ref().unwrap()).contains("loss of function a known disease mechanism for DEPDC5"));
    assert!(pvs1.evidence.iter().any(|e| en(&e.field) == "LoF (LOFTEE)" && en(&e.value) == "HC"));
    assert!(!codes(&stop).iter().any(|c| c.starts_with("PP3")), "no PP3 beside PVS1");

    let splice = demo.suggestions("chr9:127668154:G:A");
    assert_eq!(splice.items[0].code, Code::Pvs1);
    assert!(en(&splice.items[0].reasoning[0]).contains("canonical"), "{:?}", splice.items[0].reasoning);
    assert!(splice.items[0].evidence.iter().any(|e| en(&e.field) == "INTRON" && en(&e.value) == "12/19"));
}

/// With gnomAD's constraint table opened, PVS1 shows the gene's LOEUF as
/// context for its mechanism question, and a missense variant gets its
/// gene's missense Z and LOEUF as context for PP2 and BP1, which Tolk
/// does not suggest.
#[test]
fn gene_constraint_is_context_for_pvs1_pp2_and_bp1_never_a_suggestion() {
    let demo = Case::demo();
    let table =
        tolk_core::knowledge::constraint::ConstraintTable::parse(&read("tests/data/knowledge/constraint-v4.1.tsv"))
            .unwrap();
    let with_constraint = |key: &str, gene: &str| {
        let (alt, mut facts) = demo.alt_and_facts(key);
        facts.constraint = table.gene(gene).map(|c| (table.version, c.clone()));
        assert!(facts.constraint.is_some(), "{gene} in the table");
        suggest(&alt, &facts, &Thresholds::default(), &Answers::default())
    };
    let stop = with_constraint("chr22:31808245:C:T", "DEPDC5");
    let loeuf = stop.items[0].evidence.iter().find(|e| en(&e.field) == "LOEUF of the gene (gnomAD v4)").expect("LOEUF");
    let loeuf_value = table.gene("DEPDC5").unwrap().loeuf.unwrap();
    assert_eq!(en(&loeuf.value), format!("{loeuf_value:.3}"));
    assert!(en(loeuf.threshold.as_ref().unwrap()).contains("below 0.6"));
    // The same suggestions as without the table: context changes no code.
    assert_eq!(codes(&stop), codes(&demo.suggestions("chr22:31808245:C:T")));
    let missense = with_constraint("chr2:166003512:C:T", "SCN1A");
    assert_eq!(codes(&missense), codes(&demo.suggestions("chr2:166003512:C:T")));
    assert!(missense.remarks.iter().any(|r| en(r).contains("context for PP2")), "{:?}", missense.remarks);
    assert!(!stop.remarks.iter().any(|r| en(r).contains("context for PP2")));
}

#[test]
fn compound_heterozygous_missense_beside_a_pathogenic_frameshift() {
    let s = Case::demo().suggestions("chr5:126573418:G:A");
    let pm3 = s.items.iter().find(|i| i.code == Code::Pm3).expect("PM3");
    assert_eq!(pm3.strength, Strength::Moderate);
    assert!(en(&pm3.evidence[0].value).contains("chr5:126552104:CAG:C (pathogenic)"), "{:?}", pm3.evidence);
    // REVEL 0.701 reaches PP3 supporting; AF 0.00031 is above PM2's threshold.
    assert_eq!(codes(&s), ["PM3_Moderate", "PP3_Supporting"]);
    // The disorder's inheritance not known: PM3 is offered, asking first
    // whether the disorder is recessive (SVI PM3 v1.0 is for recessive
    // disorders).
    assert!(en(pm3.question.as_ref().unwrap()).contains("recessive"), "{:?}", pm3.question);
    // A dominant disorder: no PM3, and the remark says why.
    let demo = Case::demo();
    let dominant = Answers { inheritance: Some(DisorderInheritance::Dominant), ..Answers::default() };
    let s = demo.suggestions_with("chr5:126573418:G:A", &dominant);
    assert_eq!(codes(&s), ["PP3_Supporting"]);
    assert!(s.remarks.iter().any(|r| en(r).contains("dominant")), "{:?}", s.remarks);
    // Recessive: confirmed in trans with a pathogenic allele, 1 point.
    let recessive = Answers { inheritance: Some(DisorderInheritance::Recessive), ..Answers::default() };
    let s = demo.suggestions_with("chr5:126573418:G:A", &recessive);
    let pm3 = s.items.iter().find(|i| i.code == Code::Pm3).expect("PM3");
    assert_eq!(pm3.strength, Strength::Moderate);
    assert!(!en(pm3.question.as_ref().unwrap()).contains("Is the disorder recessive"), "{:?}", pm3.question);
}

/// One record whose VEP annotation carries `MAX_AF`, on GRCh38.
fn one_record(chrom: &str, pos: u32, reference: &str, alt: &str, consequence: &str, max_af: &str) -> Case {
    let text = format!(
        "##fileformat=VCFv4.2\n\
##contig=<ID={chrom},assembly=GRCh38>\n\
##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|Feature|MAX_AF\">\n\
#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n\
{chrom}\t{pos}\t.\t{reference}\t{alt}\t50\tPASS\tCSQ={alt}|{consequence}|MODERATE|G1|T1|{max_af}\n"
    );
    Case::from_text(text, None)
}

#[test]
fn pm2_threshold_follows_the_disorders_inheritance() {
    // AF 0.00005: above the dominant threshold (0.00002), below the
    // recessive one (0.0001).
    let case = one_record("1", 100, "G", "A", "missense_variant", "0.00005");
    assert!(!codes(&case.suggestions("1:100:G:A")).contains(&"PM2_Supporting".to_owned()));
    let recessive = Answers { inheritance: Some(DisorderInheritance::Recessive), ..Answers::default() };
    let s = case.suggestions_with("1:100:G:A", &recessive);
    let pm2 = s.items.iter().find(|i| i.code == Code::Pm2).expect("PM2 for a recessive disorder");
    assert_eq!(pm2.strength, Strength::Supporting);
    assert!(en(pm2.evidence[0].threshold.as_ref().unwrap()).contains("0.0001"), "{:?}", pm2.evidence[0]);
}

#[test]
fn the_svi_ba1_exceptions_are_never_ba1() {
    // HFE c.845G>A p.(Cys282Tyr) on GRCh38 at 7%: on the SVI list.
    let hfe = one_record("6", 26092913, "G", "A", "missense_variant", "0.07");
    let s = hfe.suggestions("6:26092913:G:A");
    assert!(!codes(&s).iter().any(|c| c.starts_with("BA1") || c.starts_with("BS1")), "{:?}", codes(&s));
    assert!(s.remarks.iter().any(|r| en(r).contains("HFE c.845G>A")), "{:?}", s.remarks);
    // The same frequency one base along is BA1.
    let other = one_record("6", 26092914, "G", "A", "missense_variant", "0.07");
    assert_eq!(codes(&other.suggestions("6:26092914:G:A")), ["BA1_StandAlone"]);
    // Rare, the listed variant is any variant: PM2, and no remark that it is common.
    let rare = one_record("6", 26092913, "G", "A", "missense_variant", "0.000001");
    let s = rare.suggestions("6:26092913:G:A");
    assert!(codes(&s).contains(&"PM2_Supporting".to_owned()), "{:?}", codes(&s));
    assert!(!s.remarks.iter().any(|r| en(r).contains("HFE c.845G>A")), "{:?}", s.remarks);
}

#[test]
fn in_frame_changes_get_no_bp4_without_a_splice_score() {
    // PM4 and BP4 from SpliceAI alone are not used together; without any
    // SpliceAI score, an in-frame deletion gets no BP4 at all, and says so.
    let case = one_record("1", 100, "GAAA", "G", "inframe_deletion", "");
    let s = case.suggestions("1:100:GAAA:G");
    assert!(!codes(&s).iter().any(|c| c.starts_with("BP4")), "{:?}", codes(&s));
}

#[test]
fn the_maximum_credible_af_follows_whiffin() {
    // Whiffin et al. 2017's hypertrophic cardiomyopathy: 4.0 x 10^-5.
    let hcm = MaxCredible::default().af().unwrap();
    assert!((hcm - 4.0e-5).abs() < 1e-9, "{hcm}");
    // Biallelic: sqrt(1/10000) x 0.5 x sqrt(1) / sqrt(1) = 0.005.
    let recessive = MaxCredible {
        prevalence_one_in: 10_000.0,
        allelic_heterogeneity: 0.5,
        genetic_heterogeneity: 1.0,
        penetrance: 1.0,
        biallelic: true,
    };
    assert!((recessive.af().unwrap() - 0.005).abs() < 1e-7);
    // Out of range: no answer, rather than a wrong one.
    assert_eq!(MaxCredible { penetrance: 0.0, ..MaxCredible::default() }.af(), None);
    assert_eq!(MaxCredible { allelic_heterogeneity: 1.5, ..MaxCredible::default() }.af(), None);
    assert_eq!(MaxCredible { prevalence_one_in: 0.5, ..MaxCredible::default() }.af(), None);
    // BS1 from it: a variant at 0.0001 is too common for HCM.
    let thresholds = Thresholds { bs1: hcm, ..Thresholds::default() };
    let case = one_record("1", 100, "G", "A", "missense_variant", "0.0001");
    let (alt, facts) = case.alt_and_facts("1:100:G:A");
    let s = suggest(&alt, &facts, &thresholds, &Answers::default());
    assert_eq!(codes(&s), ["BS1_Strong"]);
}

#[test]
fn frequencies_give_ba1_and_benign_computational_evidence() {
    let demo = Case::demo();
    // MAX_AF 0.081 > 5%; REVEL 0.041 is BP4 moderate, with no SpliceAI to rule out splicing.
    let s = demo.suggestions("chr13:32337751:A:G");
    assert_eq!(codes(&s), ["BA1_StandAlone", "BP4_Moderate"]);
    assert!(en(s.items[1].question.as_ref().unwrap()).contains("SpliceAI"));
    // Synonymous, SpliceAI 0.01: BP4 and BP7 (Walker 2023); AF 0.0048 between PM2 and BS1.
    // The unaffected father is hemizygous: BS2 is offered, with its question.
    let s = demo.suggestions("chrX:18604822:C:T");
    assert_eq!(codes(&s), ["BS2_Strong", "BP4_Supporting", "BP7_Supporting"]);
    let bs2 = &s.items[0];
    assert_eq!(en(&bs2.evidence[0].field), "Father");
    assert_eq!(en(&bs2.evidence[0].value), "hemizygous (DP 30, GQ 99, AB 0.5)");
    assert!(en(bs2.question.as_ref().unwrap()).contains("fully penetrant"));
}

#[test]
fn in_frame_deletion_and_an_unproven_de_novo() {
    let s = Case::demo().suggestions("chr20:63446031:CTTC:C");
    assert_eq!(codes(&s), ["PM2_Supporting", "PM4_Moderate"]);
    assert!(s.remarks.iter().any(|r| en(r).contains("De novo is possible but not proven")), "{:?}", s.remarks);
}

#[test]
fn without_a_family_no_inheritance_suggestions() {
    let case = Case::open("public/demo/tolk-demo-trio.vcf", None);
    assert_eq!(codes(&case.suggestions("chr2:166003512:C:T")), ["PM2_Supporting", "PP3_Strong"]);
}

#[test]
fn frequency_fields_in_info_are_named_as_the_evidence() {
    // Scout's VEP 104 record: gnomAD frequencies in INFO (GNOMADAF), none for this variant.
    let case = Case::open("tests/data/vep/scout-vep104-one-record.vcf", None);
    let key = case.loaded.store.row(0, TranscriptPolicy::All).key();
    let pm2 = case.suggestions(&key).items.into_iter().find(|i| i.code == Code::Pm2).expect("PM2");
    assert!(en(&pm2.evidence[0].field).contains("GNOMADAF"), "{:?}", pm2.evidence[0].field);
}

#[test]
fn a_file_without_frequencies_never_suggests_pm2() {
    let text = "##fileformat=VCFv4.2\n\
##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|Feature\">\n\
#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n\
1\t100\t.\tG\tA\t50\tPASS\tCSQ=A|missense_variant|MODERATE|G1|T1\n";
    let case = Case::from_text(text.to_owned(), None);
    let s = case.suggestions("1:100:G:A");
    assert!(s.items.is_empty(), "{:?}", codes(&s));
    assert!(s.remarks.iter().any(|r| en(r).contains("no population frequencies")));
    assert!(s.remarks.iter().any(|r| en(r).contains("no REVEL score")));
}

#[test]
fn vep_110_multi_exon_deletion_at_splice_sites() {
    // A deletion across introns 32-34 of 75 of ANKRD36 (vembrane's VEP 110 test file).
    let case = Case::open("tests/data/vep/vembrane-vep110-csq.vcf", None);
    let key = case.loaded.store.row(0, TranscriptPolicy::All).key();
    let s = case.suggestions(&key);
    let pvs1 = s.items.iter().find(|i| i.code == Code::Pvs1).expect("PVS1");
    assert!(
        pvs1.evidence.iter().any(|e| en(&e.field) == "INTRON" && en(&e.value) == "32-34/75"),
        "{:?}",
        pvs1.evidence
    );
    assert_eq!(pvs1.strength, Strength::VeryStrong);
}
