//! `tolk rank FILE --hpo HP:..,HP:.. [--exclude HP:..] [--phenopacket CASE]
//! [narrowing flags] [--format tsv|json]`: the variants the filters keep,
//! ranked for the patient's phenotype as the app's rank column ranks them,
//! best first. Without narrowing flags the rare-disease preset narrows, as
//! the app's default flow does.
//!
//! TSV: `rank chrom pos ref alt gene score phenotype_score variant_score
//! disease`; JSON adds each variant's explanation (diseases matched, terms
//! matched and contradicted, the inheritance check).

use crate::hpo::shipped;
use crate::input;
use crate::narrow::Narrowing;
use clap::{Args, ValueEnum};
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use tolk_core::annotation::TranscriptPolicy;
use tolk_core::family::{Family, Sex};
use tolk_core::filter::Preset;
use tolk_core::hpo::explain::explain;
use tolk_core::hpo::rank::Ranking;
use tolk_core::hpo::similarity::Profile;
use tolk_core::hpo::{PatientTerms, TermId};
use tolk_core::i18n::Lang;
use tolk_core::view::apply;

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Tsv,
    Json,
}

#[derive(Args)]
pub struct RankArgs {
    /// The VCF file.
    file: PathBuf,
    /// The patient's HPO terms, comma separated (HP:0001250,HP:0001263).
    #[arg(long, value_name = "LIST")]
    hpo: Option<String>,
    /// Terms the patient is known not to have, comma separated.
    #[arg(long, value_name = "LIST")]
    exclude: Option<String>,
    /// A GA4GH Phenopacket (v2 JSON, a phenopacket or a family): its
    /// terms, excluded terms, the subject's sex and, without --ped, its
    /// pedigree.
    #[arg(long, value_name = "FILE")]
    phenopacket: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "tsv")]
    format: Format,
    #[command(flatten)]
    narrowing: Box<Narrowing>,
}

fn ids(list: &str, flag: &str) -> Result<Vec<TermId>, String> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| TermId::parse(s).ok_or_else(|| format!("--{flag}: \"{s}\" is not an HPO id (HP:0001250)")))
        .collect()
}

pub fn run(args: &RankArgs, threads: usize) -> ExitCode {
    match rank(args, threads) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is_empty() => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tolk rank: {e}");
            ExitCode::from(2)
        }
    }
}

fn rank(args: &RankArgs, threads: usize) -> Result<(), String> {
    let mut patient = PatientTerms::default();
    let mut case = None;
    if let Some(path) = &args.phenopacket {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let read = tolk_core::phenopacket::read(&text)
            .map_err(|e| format!("{}: {}", path.display(), e.phrase().render(Lang::En)))?;
        for term in &read.terms {
            let id = TermId::parse(&term.id)
                .ok_or_else(|| format!("{}: \"{}\" is not an HPO id", path.display(), term.id))?;
            if term.excluded { &mut patient.excluded } else { &mut patient.present }.push(id);
        }
        case = Some(read);
    }
    patient.present.extend(ids(args.hpo.as_deref().unwrap_or(""), "hpo")?);
    patient.excluded.extend(ids(args.exclude.as_deref().unwrap_or(""), "exclude")?);
    if patient.is_empty() {
        return Err("no phenotype: give --hpo or a --phenopacket with terms the patient has".into());
    }
    let loaded = input::load(&args.file, threads).map_err(|e| format!("{}: {e}", args.file.display()))?;
    let store = &loaded.store;
    let mut query = args.narrowing.query(&loaded.header.samples, TranscriptPolicy::Preferred)?;
    if !args.narrowing.is_active() {
        query.filters = Preset::RareDisease.filters();
    }
    let sex = case.as_ref().and_then(|c| c.sex).unwrap_or_default();
    if query.family.is_none() {
        query.family = match case.as_ref().and_then(|c| c.pedigree.as_ref()) {
            Some(pedigree) => {
                let proband = case.as_ref().and_then(|c| c.subject.as_deref());
                Some(
                    Family::from_pedigree(pedigree, &loaded.header.samples, proband)
                        .map_err(|e| format!("the phenopacket's pedigree: {}", e.render(Lang::En)))?,
                )
            }
            // One sample, or the first: the proband on their own.
            None if !loaded.header.samples.is_empty() => Some(Family::singleton(0, sex)),
            None => None,
        };
    }
    if let Some(family) = query.family.as_mut().filter(|f| f.proband_sex == Sex::Unknown) {
        family.proband_sex = sex;
    }
    let view = apply(store, &query);
    let ontology = shipped();
    let judge = query.judge(store);
    let proband_sex = query.family.as_ref().map_or(Sex::Unknown, |f| f.proband_sex);
    let ranking = Ranking::new(&ontology, store, &view.rows, &patient, query.policy, judge.as_ref(), proband_sex);
    for id in &ranking.unknown_terms {
        eprintln!("tolk rank: {id} is not in HPO {}; left out", ontology.release);
    }
    eprintln!("tolk rank: {} variants ranked, HPO {}", ranking.ranked.len(), ontology.release);
    let mut out = BufWriter::new(io::stdout().lock());
    let written = match args.format {
        Format::Tsv => {
            let mut result =
                writeln!(out, "rank\tchrom\tpos\tref\talt\tgene\tscore\tphenotype_score\tvariant_score\tdisease");
            for (i, r) in ranking.ranked.iter().enumerate() {
                let row = store.row(r.index as usize, query.policy);
                let disease = r.disease().map_or(".", |d| ontology.diseases[d.disease as usize].id.as_str());
                result = result.and_then(|()| {
                    writeln!(
                        out,
                        "{}\t{}\t{}\t{}\t{}\t{}\t{:.4}\t{:.4}\t{:.4}\t{disease}",
                        i + 1,
                        row.chrom,
                        row.pos,
                        row.reference,
                        row.alt,
                        r.gene.as_deref().unwrap_or("."),
                        r.priority,
                        r.phenotype,
                        r.variant.score()
                    )
                });
            }
            result
        }
        Format::Json => {
            let (resolved, _) = patient.resolve(&ontology);
            let profile = Profile::new(&ontology, resolved);
            let rows: Vec<serde_json::Value> = ranking
                .ranked
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let row = store.row(r.index as usize, query.policy);
                    serde_json::json!({
                        "chrom": row.chrom, "pos": row.pos, "ref": row.reference, "alt": row.alt,
                        "explanation": explain(&ontology, &profile, r, i as u32 + 1),
                    })
                })
                .collect();
            serde_json::to_writer_pretty(&mut out, &rows).map_err(io::Error::other).and_then(|()| writeln!(out))
        }
    };
    match written.and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`tolk rank f | head`) is a normal end.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Err(String::new()),
        Err(e) => Err(e.to_string()),
    }
}
