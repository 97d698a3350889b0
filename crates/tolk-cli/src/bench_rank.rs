//! `tolk bench-rank`: how well phenotype ranking finds a causal variant in
//! simulated patients, the way the Phenomizer (Köhler et al. 2009, AJHG
//! 85:457) and LIRICAL (Robinson et al. 2020, AJHG 107:403) papers test
//! theirs.
//!
//! A patient: a disease drawn uniformly among those with a gene and at
//! least five phenotype annotations; `--terms` of its annotation terms,
//! drawn by frequency (a term without one weighs 1); each term, with
//! probability `--imprecision`, replaced by one of its parents (clinicians
//! describe less precisely than the annotation); `--noise` random terms of
//! the phenotypic abnormality subtree added (findings unrelated to the
//! disease). A causal variant (a stop-gain in one of the disease's genes,
//! with a genotype that fits the disease's inheritance) goes in among the
//! rare-disease-filtered rows of real VCFs, and the rows are ranked by
//! `tolk_core::hpo::rank::rank` with two phenotype scores: the engine's
//! [`Profile`] and a baseline (the share of the patient's terms the
//! disease is annotated with exactly). Only the phenotype score differs.
//!
//! The output is a Markdown table: for each run (the exact terms, and the
//! terms with imprecision and noise) and method, how often the causal
//! variant and its gene rank first, in the top 3 and top 10, and their
//! median rank. Ties count against the causal variant. Numbers to read,
//! not assertions; the same seed prints the same table.

use crate::hpo::shipped;
use crate::input;
use std::collections::HashMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use tolk_core::annotation::{Impact, TranscriptPolicy};
use tolk_core::family::{Affection, Family, Pedigree, Sex};
use tolk_core::filter::Preset;
use tolk_core::hpo::rank::{rank, Ranked};
use tolk_core::hpo::similarity::{Patient, Profile};
use tolk_core::hpo::{Inheritance, Ontology, TermId, TermIndex};
use tolk_core::i18n::Lang;
use tolk_core::inheritance::{RelativeCall, Role};
use tolk_core::row::VariantRow;
use tolk_core::store::Call;
use tolk_core::vcf::genotype::{Genotype, Zygosity};
use tolk_core::view::{apply, Query};

/// The backgrounds used without FILE arguments: real files from other
/// projects (tests/data/SOURCES.md), with a PED where there is one.
const DEFAULT_BACKGROUNDS: [(&str, Option<&str>); 4] = [
    ("tests/data/families/scout-643594.clinical.vcf.gz", Some("tests/data/families/scout-643594.ped")),
    ("tests/data/vep/bystro-trio.trim.vep.vcf.gz", None),
    ("tests/data/snpeff/cyvcf2-ann-csq-189samples.vcf.gz", None),
    ("tests/data/edge/test-haploidX.vcf", None),
];

/// The phenotype scores compared, in the order they are computed.
const METHODS: [&str; 2] = ["Profile (Resnik, both directions)", "shared terms (baseline)"];

/// Phenotypic abnormality, the root of the terms a patient is described by.
const PHENOTYPIC_ABNORMALITY: TermId = TermId(118);

#[derive(clap::Args)]
pub struct Args {
    /// Background VCFs, each FILE or FILE,PED (without a PED: the first
    /// sample on their own). Default: four real files in tests/data.
    #[arg(value_name = "FILE[,PED]")]
    files: Vec<String>,
    /// Simulated patients per run.
    #[arg(long, default_value_t = 300)]
    patients: usize,
    /// Annotation terms drawn per patient.
    #[arg(long, default_value_t = 5)]
    terms: usize,
    /// The chance that a drawn term is replaced by one of its parents.
    #[arg(long, default_value_t = 0.5)]
    imprecision: f32,
    /// Random phenotypic abnormality terms added per patient.
    #[arg(long, default_value_t = 1)]
    noise: usize,
    /// The same seed gives the same patients and the same table.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

pub fn run(args: &Args, threads: usize) -> ExitCode {
    match bench(args, threads) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tolk bench-rank: {e}");
            ExitCode::from(2)
        }
    }
}

/// A simulated patient: what is drawn once per seed, before imprecision
/// and noise.
#[derive(Debug, Clone, PartialEq)]
struct Case {
    disease: u32,
    gene: String,
    /// The mode the causal genotype is made to fit (`None`: the disease
    /// has none annotated).
    mode: Option<Inheritance>,
    sex: Sex,
    /// Distinct annotation terms of the disease.
    drawn: Vec<TermIndex>,
    /// The background row the causal variant is made from.
    template: usize,
}

/// How the drawn terms are blurred.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Blur {
    imprecision: f32,
    noise: usize,
}

/// What the simulation needs of the ontology, worked out once.
struct Simulator<'a> {
    ontology: &'a Ontology,
    /// Diseases a patient can have, with their genes.
    eligible: Vec<(u32, Vec<&'a str>)>,
    /// The terms strictly below Phenotypic abnormality.
    abnormal: Vec<TermIndex>,
}

impl<'a> Simulator<'a> {
    fn new(ontology: &'a Ontology) -> Simulator<'a> {
        let mut genes: Vec<Vec<&str>> = vec![Vec::new(); ontology.diseases.len()];
        for g in &ontology.genes {
            for &d in &g.diseases {
                genes[d as usize].push(g.symbol.as_str());
            }
        }
        let eligible = genes
            .into_iter()
            .enumerate()
            .filter(|(d, g)| !g.is_empty() && ontology.diseases[*d].annotations.len() >= 5)
            .map(|(d, g)| (d as u32, g))
            .collect();
        let mut below = vec![false; ontology.terms.len()];
        let root = ontology.find(PHENOTYPIC_ABNORMALITY);
        for &t in ontology.topological() {
            below[t as usize] = Some(t) == root || ontology.term(t).parents.iter().any(|&p| below[p as usize]);
        }
        let abnormal =
            (0..ontology.terms.len() as TermIndex).filter(|&t| below[t as usize] && Some(t) != root).collect();
        Simulator { ontology, eligible, abnormal }
    }

    /// `count` patients, the same for the same seed.
    fn cases(&self, seed: u64, count: usize, terms: usize, backgrounds: usize) -> Vec<Case> {
        let mut rng = fastrand::Rng::with_seed(seed);
        (0..count).map(|_| self.case(&mut rng, terms, backgrounds)).collect()
    }

    fn case(&self, rng: &mut fastrand::Rng, terms: usize, backgrounds: usize) -> Case {
        let (disease, genes) = &self.eligible[rng.usize(..self.eligible.len())];
        let d = &self.ontology.diseases[*disease as usize];
        let gene = genes[rng.usize(..genes.len())].to_owned();
        // A disease without a mode of its own is held to its gene's other
        // diseases' modes by the ranking (`hpo::rank`), so the causal
        // genotype is made to fit one of those.
        let modes: Vec<Inheritance> = if d.inheritance.is_empty() {
            let mut of_gene: Vec<Inheritance> = self
                .ontology
                .gene(&gene)
                .map(|g| {
                    g.diseases.iter().flat_map(|&x| self.ontology.diseases[x as usize].inheritance.clone()).collect()
                })
                .unwrap_or_default();
            of_gene.sort();
            of_gene.dedup();
            of_gene
        } else {
            d.inheritance.clone()
        };
        let mode = (!modes.is_empty()).then(|| modes[rng.usize(..modes.len())]);
        let sex = match mode {
            Some(Inheritance::YLinked) => Sex::Male,
            _ if rng.bool() => Sex::Male,
            _ => Sex::Female,
        };
        // Weighted draws without replacement; a feature said to be in no
        // patient still has a sliver of a chance, so that five are found.
        let mut pool: Vec<(TermIndex, f64)> =
            d.annotations.iter().map(|a| (a.term, f64::from(a.frequency.unwrap_or(1.0)).max(1e-3))).collect();
        let mut drawn = Vec::new();
        while drawn.len() < terms && !pool.is_empty() {
            let total: f64 = pool.iter().map(|p| p.1).sum();
            let mut at = rng.f64() * total;
            let mut pick = pool.len() - 1;
            for (i, p) in pool.iter().enumerate() {
                if at < p.1 {
                    pick = i;
                    break;
                }
                at -= p.1;
            }
            drawn.push(pool.swap_remove(pick).0);
        }
        Case { disease: *disease, gene, mode, sex, drawn, template: rng.usize(..backgrounds.max(1)) }
    }

    /// The patient's present terms: the drawn ones blurred.
    fn present(&self, case: &Case, blur: Blur, rng: &mut fastrand::Rng) -> Vec<TermIndex> {
        let mut present: Vec<TermIndex> = Vec::new();
        for &t in &case.drawn {
            let parents = &self.ontology.term(t).parents;
            let t = if rng.f32() < blur.imprecision && !parents.is_empty() {
                parents[rng.usize(..parents.len())]
            } else {
                t
            };
            if !present.contains(&t) {
                present.push(t);
            }
        }
        let mut added = 0;
        while added < blur.noise && !self.abnormal.is_empty() {
            let t = self.abnormal[rng.usize(..self.abnormal.len())];
            if !present.contains(&t) {
                present.push(t);
                added += 1;
            }
        }
        present
    }
}

/// The causal variant: `template` (a background row) made into a
/// stop-gain of the case's gene, with no population frequency, and a
/// proband's call that fits the case's mode of inheritance.
fn causal_row(template: &VariantRow, index: u32, case: &Case) -> VariantRow {
    let male = case.sex == Sex::Male;
    let (chrom, zygosity) = match case.mode {
        Some(Inheritance::Recessive) => ("1", Zygosity::HomAlt),
        Some(Inheritance::XLinkedRecessive) => ("X", if male { Zygosity::Hemizygous } else { Zygosity::HomAlt }),
        Some(Inheritance::XLinkedDominant | Inheritance::XLinked) => {
            ("X", if male { Zygosity::Hemizygous } else { Zygosity::Het })
        }
        Some(Inheritance::YLinked) => ("Y", Zygosity::Hemizygous),
        Some(Inheritance::Mitochondrial) => ("MT", Zygosity::HomAlt),
        Some(Inheritance::Dominant | Inheritance::Semidominant) | None => ("1", Zygosity::Het),
    };
    let (alt_copies, called, ab) = match zygosity {
        Zygosity::HomAlt => (2, 2, 1.0),
        Zygosity::Hemizygous => (1, 1, 1.0),
        _ => (1, 2, 0.5),
    };
    let proband = template.calls.first().map(|c| c.call.clone());
    let call = Call {
        zygosity,
        genotype: Genotype { alt_copies, called, phased: false, missing: false },
        dp: proband.as_ref().and_then(|c| c.dp).or(Some(40)),
        gq: proband.as_ref().and_then(|c| c.gq).or(Some(99)),
        ab: proband.as_ref().and_then(|c| c.ab).map(|_| ab),
        copies: None,
        sv_reads: None,
    };
    let mut row = template.clone();
    row.index = index;
    row.chrom = if template.chrom.starts_with("chr") { format!("chr{chrom}") } else { chrom.to_owned() };
    row.gene = Some(case.gene.clone());
    row.genes = vec![case.gene.clone()];
    row.hgnc_id = None;
    row.consequence = Some("stop_gained".into());
    row.impact = Some(Impact::High);
    // The template's evidence was about another variant.
    row.scores.af = None;
    row.scores.faf = None;
    row.scores.revel = None;
    row.scores.alphamissense = None;
    row.scores.spliceai = None;
    row.scores.clinvar = Vec::new();
    row.scores.clinvar_stars = None;
    row.scores.rank_score = None;
    row.inheritance = Vec::new();
    row.hgvsc = None;
    row.hgvsp = None;
    row.calls = vec![RelativeCall { role: Role::Proband, sample: 0, affected: Affection::Affected, call, qc: None }];
    row
}

/// The baseline: per disease, the share of the patient's terms among its
/// annotation terms, exactly.
fn shared_terms(ontology: &Ontology, present: &[TermIndex]) -> Vec<f32> {
    let n = present.len().max(1) as f32;
    ontology
        .diseases
        .iter()
        .map(|d| present.iter().filter(|&&q| d.annotations.iter().any(|a| a.term == q)).count() as f32 / n)
        .collect()
}

/// The causal variant's rank and its gene's (1 for the best), counted
/// pessimistically: everything that ties with it on priority comes first.
/// A row without a gene is a "gene" of its own.
fn places(ranked: &[Ranked], causal: u32, gene: &str) -> (usize, usize) {
    let Some(mine) = ranked.iter().find(|r| r.index == causal) else { return (ranked.len() + 1, ranked.len() + 1) };
    let variant = ranked.iter().filter(|r| r.priority >= mine.priority).count();
    let mut best: HashMap<String, f32> = HashMap::new();
    for r in ranked {
        let key = r.gene.clone().unwrap_or_else(|| format!("#{}", r.index));
        let b = best.entry(key).or_insert(r.priority);
        *b = b.max(r.priority);
    }
    let top = best.get(gene).copied().unwrap_or(mine.priority);
    let gene_rank = 1 + best.iter().filter(|(g, &p)| g.as_str() != gene && p >= top).count();
    (variant, gene_rank)
}

/// One background file's candidate rows.
struct Background {
    label: String,
    rows: Vec<VariantRow>,
}

fn load_background(vcf: &Path, ped: Option<&Path>, label: String, threads: usize) -> Result<Background, String> {
    let loaded = input::load(vcf, threads).map_err(|e| format!("{}: {e}", vcf.display()))?;
    let store = &loaded.store;
    let family = match ped {
        Some(ped) => {
            let text = std::fs::read_to_string(ped).map_err(|e| format!("{}: {e}", ped.display()))?;
            let pedigree = Pedigree::parse(&text).map_err(|e| format!("{}: {e}", ped.display()))?;
            Family::from_pedigree(&pedigree, &loaded.header.samples, None)
                .map_err(|e| format!("{}: {}", ped.display(), e.render(Lang::En)))?
        }
        None => Family::singleton(0, Sex::Unknown),
    };
    let query = Query {
        filters: Preset::RareDisease.filters(),
        policy: TranscriptPolicy::Preferred,
        family: Some(family),
        ..Query::default()
    };
    let view = apply(store, &query);
    let judge = query.judge(store);
    let rows = view
        .rows
        .iter()
        .map(|&r| {
            let mut row = store.row(r as usize, query.policy);
            if let Some(judge) = &judge {
                row.calls = judge.relatives(r as usize);
            }
            row
        })
        .collect();
    Ok(Background { label: if ped.is_some() { format!("{label} (with its PED)") } else { label }, rows })
}

fn backgrounds(args: &Args, threads: usize) -> Result<Vec<Background>, String> {
    if args.files.is_empty() {
        // From the repository, wherever the program is run.
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        return DEFAULT_BACKGROUNDS
            .iter()
            .map(|(vcf, ped)| {
                let ped = ped.map(|p| root.join(p));
                load_background(&root.join(vcf), ped.as_deref(), (*vcf).to_owned(), threads)
            })
            .collect();
    }
    args.files
        .iter()
        .map(|arg| {
            let (vcf, ped) = match arg.split_once(',') {
                Some((v, p)) => (PathBuf::from(v), Some(PathBuf::from(p))),
                None => (PathBuf::from(arg), None),
            };
            load_background(&vcf, ped.as_deref(), vcf.display().to_string(), threads)
        })
        .collect()
}

/// One method's results over a run.
#[derive(Default)]
struct Tally {
    variant: Vec<usize>,
    gene: Vec<usize>,
    millis: Vec<f64>,
    /// The gene ranked first, where it is not the causal one.
    wrong_top: Vec<String>,
    /// By the phenotype alone: the causal disease's rank among all
    /// diseases, and its gene's among all genes HPO links to a disease.
    disease: Vec<usize>,
    disease_gene: Vec<usize>,
    /// The disease scored best, where the causal gene is not first and
    /// that disease is not the causal one (a disease of several genes
    /// ties them all).
    wrong_disease: Vec<u32>,
}

fn share(ranks: &[usize], k: usize) -> String {
    format!("{:.1}%", 100.0 * ranks.iter().filter(|&&r| r <= k).count() as f64 / ranks.len().max(1) as f64)
}

fn median_rank(ranks: &[usize]) -> f64 {
    median(&ranks.iter().map(|&r| r as f64).collect::<Vec<_>>())
}

impl Tally {
    fn row(&self, run: &str, method: &str) -> String {
        format!(
            "| {run} | {method} | {} | {} | {} | {} | {} | {} | {} | {} | {:.2} |",
            share(&self.variant, 1),
            share(&self.variant, 3),
            share(&self.variant, 10),
            share(&self.gene, 1),
            share(&self.gene, 3),
            share(&self.gene, 10),
            median_rank(&self.variant),
            median_rank(&self.gene),
            median(&self.millis),
        )
    }

    fn phenotype_row(&self, run: &str, method: &str) -> String {
        format!(
            "| {run} | {method} | {} | {} | {} | {} | {} | {} | {} | {} |",
            share(&self.disease, 1),
            share(&self.disease, 3),
            share(&self.disease, 10),
            share(&self.disease_gene, 1),
            share(&self.disease_gene, 3),
            share(&self.disease_gene, 10),
            median_rank(&self.disease),
            median_rank(&self.disease_gene),
        )
    }
}

/// By the phenotype alone (no variant, no inheritance): the rank of
/// `disease` among all diseases and of `gene` among all genes (a gene
/// scoring its best disease's score), ties counted against them; and the
/// best-scoring disease.
fn phenotype_places(ontology: &Ontology, scores: &[f32], disease: u32, gene: &str) -> (usize, usize, u32) {
    let mine = scores[disease as usize];
    let disease_rank = scores.iter().filter(|&&s| s >= mine).count();
    let gene_score = |g: &tolk_core::hpo::Gene| g.diseases.iter().map(|&d| scores[d as usize]).fold(0.0f32, f32::max);
    let own = ontology.gene(gene).map_or(mine, gene_score);
    let gene_rank = 1 + ontology.genes.iter().filter(|g| g.symbol != gene && gene_score(g) >= own).count();
    let best = (0..scores.len()).max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a))).unwrap_or(0);
    (disease_rank, gene_rank, best as u32)
}

fn median(values: &[f64]) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    if v.len() % 2 == 1 {
        v[mid]
    } else {
        (v[mid - 1] + v[mid]) / 2.0
    }
}

fn bench(args: &Args, threads: usize) -> Result<(), String> {
    if !(0.0..=1.0).contains(&args.imprecision) {
        return Err(format!("--imprecision {}: give a probability, 0 to 1", args.imprecision));
    }
    let started = Instant::now();
    let ontology = shipped();
    let backgrounds = backgrounds(args, threads)?;
    // One pool of candidates, each row numbered anew; the causal variant
    // takes the number past the last.
    let mut pool: Vec<VariantRow> = backgrounds.iter().flat_map(|b| b.rows.iter().cloned()).collect();
    for (i, row) in pool.iter_mut().enumerate() {
        row.index = i as u32;
    }
    if pool.is_empty() {
        return Err("the backgrounds keep no row after the rare-disease filters".into());
    }
    let loading = started.elapsed();
    let sim = Simulator::new(&ontology);
    let cases = sim.cases(args.seed, args.patients, args.terms, pool.len());
    let causal = pool.len() as u32;
    let exact = Blur { imprecision: 0.0, noise: 0 };
    let given = Blur { imprecision: args.imprecision, noise: args.noise };
    let mut runs = vec![("exact terms (imprecision 0, noise 0)".to_owned(), exact)];
    if given != exact {
        runs.push((format!("imprecision {}, noise {}", args.imprecision, args.noise), given));
    }
    let mut table = Vec::new();
    let mut phenotype_table = Vec::new();
    let mut last: Vec<Tally> = Vec::new();
    let mut sizes: Vec<String> = Vec::new();
    for (name, blur) in &runs {
        let mut terms = 0;
        let mut blur_rng = fastrand::Rng::with_seed(args.seed ^ 0x9E37_79B9_7F4A_7C15);
        let mut tallies = [Tally::default(), Tally::default()];
        for case in &cases {
            let present = sim.present(case, *blur, &mut blur_rng);
            terms += present.len();
            let mut rows = pool.clone();
            rows.push(causal_row(&pool[case.template], causal, case));
            for (m, tally) in tallies.iter_mut().enumerate() {
                let clock = Instant::now();
                let scores = if m == 0 {
                    Profile::new(&ontology, Patient { present: present.clone(), excluded: Vec::new() }).scores()
                } else {
                    shared_terms(&ontology, &present)
                };
                let ranked = rank(&ontology, &scores, &rows, case.sex, false);
                tally.millis.push(clock.elapsed().as_secs_f64() * 1e3);
                let (variant, gene) = places(&ranked, causal, &case.gene);
                tally.variant.push(variant);
                tally.gene.push(gene);
                let (disease, disease_gene, best) = phenotype_places(&ontology, &scores, case.disease, &case.gene);
                tally.disease.push(disease);
                tally.disease_gene.push(disease_gene);
                if disease_gene > 1 && best != case.disease {
                    tally.wrong_disease.push(best);
                }
                if gene > 1 {
                    if let Some(top) = ranked.first() {
                        tally.wrong_top.push(top.gene.clone().unwrap_or_else(|| ".".into()));
                    }
                }
            }
        }
        for (tally, method) in tallies.iter().zip(METHODS) {
            table.push(tally.row(name, method));
            phenotype_table.push(tally.phenotype_row(name, method));
        }
        last = Vec::from(tallies);
        sizes.push(format!("{:.1} ({name})", terms as f64 / cases.len().max(1) as f64));
    }
    let total = started.elapsed();
    let mut out = String::new();
    macro_rules! say {
        () => {
            out.push('\n')
        };
        ($($arg:tt)*) => {{
            out.push_str(&format!($($arg)*));
            out.push('\n');
        }};
    }

    say!("Causal variant among the background's rows, ranked by rank() (priority = variant score x (0.1 + 0.9 x phenotype score)):");
    say!();
    say!("| run | method | variant top-1 | top-3 | top-10 | gene top-1 | top-3 | top-10 | median variant rank | median gene rank | ms/patient (median) |");
    say!("|---|---|---|---|---|---|---|---|---|---|---|");
    for line in &table {
        say!("{line}");
    }
    say!();
    say!(
        "Phenotype score alone (no variants, no inheritance check), as the Phenomizer is measured: the causal disease's rank \
         among all {} diseases, and its gene's among all {} genes (a gene scores its best disease):",
        ontology.diseases.len(),
        ontology.genes.len()
    );
    say!();
    say!("| run | method | disease top-1 | top-3 | top-10 | gene top-1 | top-3 | top-10 | median disease rank | median gene rank |");
    say!("|---|---|---|---|---|---|---|---|---|---|");
    for line in &phenotype_table {
        say!("{line}");
    }
    say!();
    say!(
        "{} patients per run (the same diseases, genes and drawn terms in every run), {} terms drawn each by annotated \
         frequency (terms per patient, with duplicates merged and noise added: {}); seed {}; diseases drawn uniformly \
         from the {} of HPO {} with a gene and at least 5 annotations; the patient's sex drawn at random.",
        args.patients,
        args.terms,
        sizes.join(", "),
        args.seed,
        sim.eligible.len(),
        ontology.release,
    );
    say!(
        "Background: {} rare-disease-filtered rows in one pool, plus the causal stop-gain (no AF, genotype fitting the \
         disease's mode): {}.",
        pool.len(),
        backgrounds.iter().map(|b| format!("{}: {}", b.label, b.rows.len())).collect::<Vec<_>>().join(", ")
    );
    say!(
        "Ranks are pessimistic: a causal variant, disease or gene that ties with others counts below all of them. \
         Time per patient: one method's disease scores plus rank(), median. Loading the ontology and backgrounds took \
         {:.2} s, the whole benchmark {:.2} s.",
        loading.as_secs_f64(),
        total.as_secs_f64()
    );
    let name = runs.last().map_or("", |r| r.0.as_str());
    let most = |items: Vec<String>| {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for item in items {
            *counts.entry(item).or_default() += 1;
        }
        let mut counts: Vec<(String, usize)> = counts.into_iter().collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let list: Vec<String> = counts.iter().take(5).map(|(g, n)| format!("{g} x{n}")).collect();
        if list.is_empty() {
            "none".to_owned()
        } else {
            list.join(", ")
        }
    };
    let annotations = |d: u32| ontology.diseases[d as usize].annotations.len();
    let drawable: Vec<usize> = sim.eligible.iter().map(|(d, _)| annotations(*d)).collect();
    for (tally, method) in last.iter().zip(METHODS) {
        let winners: Vec<usize> = tally.wrong_disease.iter().map(|&d| annotations(d)).collect();
        say!(
            "{name}, {method}: another gene's variant ranked first for {} of {} patients ({}). By the phenotype alone, \
             another disease scored best for {} ({}); those diseases have a median of {} annotations, a drawable disease {}.",
            tally.wrong_top.len(),
            tally.variant.len(),
            most(tally.wrong_top.clone()),
            tally.wrong_disease.len(),
            most(
                tally
                    .wrong_disease
                    .iter()
                    .map(|&d| {
                        let d = &ontology.diseases[d as usize];
                        format!("{} {} [{} annotations]", d.id, d.name, d.annotations.len())
                    })
                    .collect()
            ),
            median(&winners.iter().map(|&n| n as f64).collect::<Vec<_>>()),
            median(&drawable.iter().map(|&n| n as f64).collect::<Vec<_>>()),
        );
    }
    match io::stdout().lock().write_all(out.as_bytes()) {
        // A closed pipe (`tolk bench-rank | head`) is a normal end.
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e.to_string()),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tolk_core::annotation::summary::Scores;
    use tolk_core::hpo::rank::MoiCheck;

    /// A real background row (the Scout trio's first), given evidence the
    /// causal variant must not inherit.
    fn template() -> VariantRow {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let (vcf, ped) = DEFAULT_BACKGROUNDS[0];
        let background =
            load_background(&root.join(vcf), ped.map(|p| root.join(p)).as_deref(), String::new(), 1).unwrap();
        let mut row = background.rows[0].clone();
        assert_eq!(row.calls[0].role, Role::Proband);
        row.scores.af = Some(0.001);
        row.scores.clinvar = vec!["benign".into()];
        row.scores.clinvar_stars = Some(2);
        row
    }

    #[test]
    fn the_same_seed_draws_the_same_patients_and_another_seed_others() {
        let o = shipped();
        let sim = Simulator::new(&o);
        let blur = Blur { imprecision: 0.5, noise: 1 };
        let draw = |seed| {
            let mut rng = fastrand::Rng::with_seed(seed);
            sim.cases(seed, 40, 5, 10).iter().map(|c| (c.clone(), sim.present(c, blur, &mut rng))).collect::<Vec<_>>()
        };
        assert_eq!(draw(7), draw(7));
        assert_ne!(draw(7), draw(8));
    }

    #[test]
    fn drawn_terms_are_the_diseases_and_blurred_terms_their_parents_or_abnormalities() {
        let o = shipped();
        let sim = Simulator::new(&o);
        let root = o.find(PHENOTYPIC_ABNORMALITY).unwrap();
        let mut rng = fastrand::Rng::with_seed(3);
        for case in sim.cases(3, 100, 5, 1) {
            let d = &o.diseases[case.disease as usize];
            assert!(d.annotations.len() >= 5);
            assert!(o.gene(&case.gene).unwrap().diseases.contains(&case.disease), "{} {}", case.gene, d.id);
            assert_eq!(case.drawn.len(), 5, "{}", d.id);
            for (i, t) in case.drawn.iter().enumerate() {
                assert!(d.annotations.iter().any(|a| a.term == *t) && !case.drawn[..i].contains(t));
            }
            // Every term moved up: a parent of a drawn term (or the term,
            // where it has none); the one noise term is an abnormality.
            let present = sim.present(&case, Blur { imprecision: 1.0, noise: 1 }, &mut rng);
            let (blurred, noise) = present.split_at(present.len() - 1);
            for &t in blurred {
                assert!(case.drawn.iter().any(|&q| o.term(q).parents.contains(&t)), "{}", o.term(t).id);
            }
            assert!(noise[0] != root && o.is_a(noise[0], root));
            assert_eq!(sim.present(&case, Blur { imprecision: 0.0, noise: 0 }, &mut rng), case.drawn);
        }
    }

    #[test]
    fn the_causal_genotype_fits_the_disease_and_nothing_of_the_template_counts_against_it() {
        let o = shipped();
        let sim = Simulator::new(&o);
        let everything = vec![1.0; o.diseases.len()];
        let cases = sim.cases(5, 300, 5, 1);
        assert!(cases.iter().any(|c| matches!(c.mode, Some(Inheritance::XLinkedRecessive))));
        let template = template();
        for case in &cases {
            let row = causal_row(&template, 9, case);
            let ranked = rank(&o, &everything, std::slice::from_ref(&row), case.sex, false);
            let fit = ranked[0].diseases.iter().find(|f| f.disease == case.disease).unwrap();
            assert!(
                !matches!(fit.moi, MoiCheck::DoesNotFit(_)),
                "{:?} {:?} {:?}",
                case.mode,
                case.sex,
                row.calls[0].call
            );
            // A stop-gain with no frequency and no benign assertion: 1.
            assert_eq!((ranked[0].index, ranked[0].variant.score()), (9, 1.0));
        }
    }

    #[test]
    fn ties_count_against_the_causal_variant_and_its_gene() {
        let o = shipped();
        let scores = vec![0.0; o.diseases.len()];
        let template = template();
        let mut rows: Vec<VariantRow> = ["A1", "A1", "B2", "C3"]
            .iter()
            .enumerate()
            .map(|(i, g)| VariantRow {
                index: i as u32,
                gene: Some((*g).into()),
                genes: vec![(*g).into()],
                ..template.clone()
            })
            .collect();
        // A weaker variant first, so that row order alone would not decide.
        rows[0].impact = Some(Impact::Low);
        rows[0].scores = Scores::default();
        for r in &mut rows[1..] {
            r.scores = Scores::default();
        }
        let ranked = rank(&o, &scores, &rows, Sex::Female, false);
        // Rows 1, 2 and 3 tie (missense, 0.6); row 0 is below them.
        assert_eq!(places(&ranked, 3, "C3"), (3, 3));
        assert_eq!(places(&ranked, 1, "A1"), (3, 3));
        assert_eq!(places(&ranked, 0, "A1"), (4, 3));
    }
}
