//! The narrowing flags of `tolk view` (panels, filters, family, mode),
//! turned into the same `tolk_core::Query` the app's worker runs.

use clap::Args;
use std::path::{Path, PathBuf};
use tolk_core::annotation::{ClinVarClass, Consequence, Impact, TranscriptPolicy};
use tolk_core::family::{Family, Pedigree};
use tolk_core::filter::Preset;
use tolk_core::i18n::Lang;
use tolk_core::inheritance::Mode;
use tolk_core::panel::{Confidence, Panel, Region};
use tolk_core::search::Search;
use tolk_core::sv::SvKind;
use tolk_core::Query;

#[derive(Args, Default)]
pub struct Narrowing {
    /// A gene panel (PanelApp JSON or TSV, BED, or a list of symbols); repeat for a union.
    #[arg(long = "panel", value_name = "FILE")]
    panels: Vec<PathBuf>,
    /// Keep panel genes at this PanelApp confidence or higher: 3 green, 2 amber, 1 or 0 all.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(0..=3))]
    min_confidence: Option<u8>,
    /// A PED file describing the family.
    #[arg(long, value_name = "PED")]
    ped: Option<PathBuf>,
    /// The proband's sample id (default: the first affected individual with parents in the file).
    #[arg(long, value_name = "ID", requires = "ped")]
    proband: Option<String>,
    /// Inheritance mode for the proband.
    #[arg(long, value_parser = one_of(Mode::ALL.map(Mode::id), Mode::parse))]
    mode: Option<Mode>,
    /// Start from a preset; the flags below override it.
    #[arg(long, value_parser = one_of(Preset::ALL.map(Preset::id), Preset::parse))]
    preset: Option<Preset>,
    /// Keep variants whose FILTER is PASS (or `.`, not filtered).
    #[arg(long)]
    pass_only: bool,
    /// Keep variants the proband carries (without --ped, that some sample carries); a no-call is kept.
    #[arg(long)]
    carrier: bool,
    #[arg(long, value_name = "Q")]
    min_qual: Option<f32>,
    /// Depth of the proband (or, without a family, of any carrier).
    #[arg(long, value_name = "N")]
    min_dp: Option<u32>,
    #[arg(long, value_name = "N")]
    min_gq: Option<u32>,
    /// Keep variants with population AF below X (AF equal to X is dropped); no AF is kept.
    #[arg(long, value_name = "X")]
    max_af: Option<f32>,
    /// Impacts to keep, comma separated (HIGH,MODERATE,LOW,MODIFIER).
    #[arg(long, value_name = "LIST")]
    impact: Option<String>,
    /// SO consequence terms to keep besides the impacts, comma separated.
    #[arg(long, value_name = "LIST")]
    consequence: Option<String>,
    /// ClinVar classes to keep, comma separated (pathogenic,likely_pathogenic,...).
    #[arg(long, value_name = "LIST")]
    clinvar: Option<String>,
    #[arg(long, value_name = "X")]
    min_cadd: Option<f32>,
    #[arg(long, value_name = "X")]
    min_revel: Option<f32>,
    #[arg(long, value_name = "X")]
    min_spliceai: Option<f32>,
    /// Regions to keep, comma separated (chr1:100-200,chrX).
    #[arg(long, value_name = "LIST")]
    region: Option<String>,
    /// Keep only structural variants of these types, comma separated
    /// (DEL,DUP,INV,INS,CNV,BND,CPX).
    #[arg(long, value_name = "LIST")]
    svtype: Option<String>,
    /// Keep variants at least this many bases long (a structural variant's
    /// size; a small one's alleles' length difference).
    #[arg(long, value_name = "N")]
    min_svlen: Option<u32>,
    /// Keep variants at most this many bases long.
    #[arg(long, value_name = "N")]
    max_svlen: Option<u32>,
    /// Keep structural variants with at least this many ALT-supporting reads
    /// (Manta PR+SR, Delly DV+RV, Lumpy SU) in the proband or a carrier.
    #[arg(long, value_name = "N")]
    min_sv_reads: Option<u32>,
    /// Keep only what the app's grid search finds, after every other step:
    /// a gene, chr:pos, a span (chr:start-end), chr-pos-ref-alt, a dbSNP id
    /// or HGVS (c.5266dup, NM_007294.4:c.5266dup, p.R1699W).
    #[arg(long, value_name = "TEXT")]
    search: Option<String>,
}

impl Narrowing {
    /// True when any flag narrows the view.
    pub fn is_active(&self) -> bool {
        !self.panels.is_empty()
            || self.ped.is_some()
            || self.mode.is_some()
            || self.preset.is_some()
            || self.pass_only
            || self.carrier
            || self.min_qual.is_some()
            || self.min_dp.is_some()
            || self.min_gq.is_some()
            || self.max_af.is_some()
            || self.impact.is_some()
            || self.consequence.is_some()
            || self.clinvar.is_some()
            || self.min_cadd.is_some()
            || self.min_revel.is_some()
            || self.min_spliceai.is_some()
            || self.region.is_some()
            || self.svtype.is_some()
            || self.min_svlen.is_some()
            || self.max_svlen.is_some()
            || self.min_sv_reads.is_some()
            || self.search.is_some()
    }

    /// The query for a file with these `samples`.
    pub fn query(&self, samples: &[String], policy: TranscriptPolicy) -> Result<Query, String> {
        let search = self.search.as_deref().map(Search::parse).transpose();
        let search = search.map_err(|e| format!("--search: {}", e.render(Lang::En)))?.flatten();
        let mut query = Query { policy, search, ..Query::default() };
        for path in &self.panels {
            query.panels.extend(read_panels(path)?);
        }
        query.min_confidence = self.min_confidence.map(Confidence::at_least);
        let f = &mut query.filters;
        if let Some(p) = self.preset {
            *f = p.filters();
        }
        f.pass_only |= self.pass_only;
        f.carrier |= self.carrier;
        f.min_qual = self.min_qual.or(f.min_qual);
        f.min_dp = self.min_dp.or(f.min_dp);
        f.min_gq = self.min_gq.or(f.min_gq);
        f.af_below = self.max_af.or(f.af_below);
        f.min_cadd = self.min_cadd.or(f.min_cadd);
        f.min_revel = self.min_revel.or(f.min_revel);
        f.min_spliceai = self.min_spliceai.or(f.min_spliceai);
        if let Some(list) = &self.impact {
            f.impacts = items(list)
                .map(|i| {
                    Impact::parse(i).ok_or_else(|| format!("--impact: \"{i}\" is not HIGH, MODERATE, LOW or MODIFIER"))
                })
                .collect::<Result<_, _>>()?;
        }
        if let Some(list) = &self.consequence {
            f.consequences = items(list)
                .map(|t| {
                    Consequence::parse(t)
                        .ok_or_else(|| format!("--consequence: \"{t}\" is not a Sequence Ontology consequence term"))
                })
                .collect::<Result<_, _>>()?;
        }
        if let Some(list) = &self.clinvar {
            f.clinvar = items(list)
                .map(|w| ClinVarClass::read(w).ok_or_else(|| format!("--clinvar: \"{w}\" is not a ClinVar class")))
                .collect::<Result<_, _>>()?;
        }
        if let Some(list) = &self.region {
            f.regions = items(list)
                .map(|r| {
                    Region::parse(r)
                        .ok_or_else(|| format!("--region: \"{r}\" is not chrom, chrom:pos or chrom:start-end"))
                })
                .collect::<Result<_, _>>()?;
        }
        if let Some(list) = &self.svtype {
            f.sv_types = items(list)
                .map(|k| {
                    SvKind::parse(&k.to_ascii_uppercase()).ok_or_else(|| {
                        let ids: Vec<&str> = SvKind::ALL.iter().map(|k| k.id()).collect();
                        format!("--svtype: \"{k}\" is not one of {}", ids.join(", "))
                    })
                })
                .collect::<Result<_, _>>()?;
        }
        f.min_size = self.min_svlen.or(f.min_size);
        f.max_size = self.max_svlen.or(f.max_size);
        f.min_sv_reads = self.min_sv_reads.or(f.min_sv_reads);
        if let Some(ped) = &self.ped {
            let text = std::fs::read_to_string(ped).map_err(|e| format!("{}: {e}", ped.display()))?;
            let pedigree = Pedigree::parse(&text).map_err(|e| format!("{}: {e}", ped.display()))?;
            let family = Family::from_pedigree(&pedigree, samples, self.proband.as_deref())
                .map_err(|e| format!("{}: {}", ped.display(), e.render(Lang::En)))?;
            query.family = Some(family);
        }
        query.mode = self.mode.unwrap_or_default();
        Ok(query)
    }
}

/// A clap parser that offers the `ids` of a vocabulary (in `--help` and in
/// errors) and gives the value, so the CLI's list is the engine's.
pub(crate) fn one_of<T: Clone + Send + Sync + 'static>(
    ids: impl IntoIterator<Item = &'static str>,
    parse: fn(&str) -> Option<T>,
) -> impl clap::builder::TypedValueParser<Value = T> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(ids).map(move |id: String| parse(&id).expect("one of the ids"))
}

fn items(list: &str) -> impl Iterator<Item = &str> {
    list.split(',').map(str::trim).filter(|s| !s.is_empty())
}

/// Every panel in the file at `path`.
pub fn read_panels(path: &Path) -> Result<Vec<Panel>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    Panel::parse(&name, &text).map_err(|e| format!("{}: {e}", path.display()))
}
