//! Which fields of a file are population allele frequencies, found from
//! the file's own header: INFO definitions (name and Description) and the
//! annotation's field list (names only: VEP and SnpEff describe none).
//!
//! Pipelines name the same fact in dozens of ways (shared SPEC.md section
//! 2): VEP `gnomADe_AF`, `gnomADg_NFE_AF`, `MAX_AF`, 1000 Genomes `AF` and
//! `EUR_AF` inside CSQ; Scout/MIP's vcfanno `GNOMADAF`, `GNOMADAF_popmax`,
//! `EXACAF`, `EXACMAX_AF`, `1000GAF`, `SWEGENAF`, `MTAF`; gnomAD's own
//! `AF_popmax`, `AF_grpmax`, `faf95_popmax`, `fafmax_faf95_max`. A fixed
//! list of names misses most of them, and a missed field reads as
//! "absent from the population", which is the one mistake a rare-disease
//! filter must not make. So every field is judged by its words:
//!
//! 1. A name is cut into words at `_`, `-`, `.` (`gnomADe_AFR_AF` ->
//!    `gnomade`, `afr`, `af`). It is a frequency when a word says so
//!    (`af`, `freq`, `frq`, `popmax`, `grpmax`, `faf95`, `faf99`,
//!    `fafmax`), or a word is a database's name with `af` glued on
//!    (`gnomadaf`, `exacaf`, `1000gaf`, `swegenaf`, `mtaf`), or, for an
//!    INFO field, its Description speaks of an allele frequency in a
//!    population database or cohort (dbSNP's `TOPMED`).
//! 2. Never a frequency: the callset's own INFO `AF` and `MLEAF` (the
//!    frequency in this file), counts (`AC`, `AN`, `nhomalt`, `SAF`...,
//!    which carry no frequency word), minor-allele frequencies (`MAF`,
//!    `GMAF`: for a common ALT they give the other allele's frequency and
//!    would make it look rare), and text fields (`MAX_AF_POPS`).
//! 3. Each source gets a kind: a filtering AF (`faf95`, `faf99`,
//!    `fafmax`), a maximum over groups (`popmax`, `grpmax`, `max`), one
//!    group (`afr`, `nfe`, ... 1000 Genomes' `EUR_AF`, ESP's `EA_AF`), a
//!    cohort (SweGen, SweRef, a lab's own, MITOMAP-style `MTAF`), or the
//!    database's whole population.
//! 4. Each is in use unless ClinGen's frequency guidance leaves it out
//!    (Ghosh et al. 2018, Whiffin et al. 2017): groups that gnomAD itself
//!    keeps out of popmax/grpmax (`asj`, `fin`, `oth`/`remaining`, `ami`,
//!    `mid`), 1000 Genomes' continental groups and their maximum (each
//!    under 2,000 alleles), sex-specific figures, and VEP's `MAX_AF` where
//!    the groups it summarises are in the file (it includes the small and
//!    bottlenecked ones). A lab can switch any source on or off
//!    ([`FrequencySettings`]); a variant's population AF is the maximum
//!    over the sources in use.

use crate::vcf::header::Header;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where a source's values are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Location {
    /// An INFO field of its own (vcfanno, bcftools annotate, dbSNP).
    Info,
    /// A column of the VEP or SnpEff annotation.
    Annotation,
}

/// What a source's number stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A database's whole population (gnomAD exomes, ExAC, 1000 Genomes).
    Overall,
    /// One continental or genetic-ancestry group of a database.
    Group,
    /// The highest over a database's groups (popmax, grpmax, `MAX_AF`).
    Max,
    /// The filtering allele frequency: the lower bound of the 95% (or 99%)
    /// confidence interval of the highest group frequency (Whiffin 2017),
    /// what ClinGen holds BA1 and BS1 against.
    Filtering,
    /// A national or local cohort (SweGen, a lab's own database).
    Cohort,
}

impl SourceKind {
    /// The message key of its name.
    pub fn key(self) -> &'static str {
        match self {
            SourceKind::Overall => msg!("frequency-kind-overall"),
            SourceKind::Group => msg!("frequency-kind-group"),
            SourceKind::Max => msg!("frequency-kind-max"),
            SourceKind::Filtering => msg!("frequency-kind-filtering"),
            SourceKind::Cohort => msg!("frequency-kind-cohort"),
        }
    }
}

/// Why a source found in the file is not used unless a lab switches it on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Unused {
    /// A founder or mixed group that gnomAD leaves out of popmax and
    /// grpmax (Ashkenazi Jewish, Finnish, Amish, Middle Eastern, "other").
    Bottlenecked,
    /// A group of fewer than 2,000 alleles (1000 Genomes' continental
    /// groups; Ghosh 2018), or the maximum over such groups.
    SmallGroup,
    /// Figures for one sex.
    SexSpecific,
    /// VEP's `MAX_AF`, which includes small and bottlenecked groups, in a
    /// file that also has the groups it is taken over.
    Superseded,
    /// Switched off by the lab.
    SwitchedOff,
}

impl Unused {
    /// The message key of why.
    pub fn key(self) -> &'static str {
        match self {
            Unused::Bottlenecked => msg!("frequency-unused-bottlenecked"),
            Unused::SmallGroup => msg!("frequency-unused-small-group"),
            Unused::SexSpecific => msg!("frequency-unused-sex-specific"),
            Unused::Superseded => msg!("frequency-unused-superseded"),
            Unused::SwitchedOff => msg!("frequency-unused-switched-off"),
        }
    }
}

/// One population-frequency field of the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FrequencySource {
    /// The field name as the file writes it.
    pub name: String,
    /// `INFO`, or the annotation's key (`CSQ`, `ANN`) for a column of it.
    pub field: String,
    pub kind: SourceKind,
    /// The database or cohort, as a proper name (`gnomAD exomes`); `None`
    /// when the name says frequency but not whose.
    pub database: Option<String>,
    /// The group's code for [`SourceKind::Group`] (`nfe`, `afr`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Why it is not used by default; `None` when it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unused_by_default: Option<Unused>,
    /// Whether a variant's population AF takes it into account.
    pub in_use: bool,
}

impl FrequencySource {
    /// `INFO/GNOMADAF`, `CSQ/gnomADe_AF`: how settings and notes name it.
    pub fn id(&self) -> String {
        format!("{}/{}", self.field, self.name)
    }

    /// Why it is not in use, if it is not.
    pub fn unused(&self) -> Option<Unused> {
        match (self.in_use, self.unused_by_default) {
            (true, _) => None,
            (false, Some(why)) => Some(why),
            (false, None) => Some(Unused::SwitchedOff),
        }
    }

    pub fn location(&self) -> Location {
        if self.field == "INFO" {
            Location::Info
        } else {
            Location::Annotation
        }
    }
}

/// A lab's choices over the defaults, by [`FrequencySource::id`]: `true`
/// switches a source on that is off by default, `false` switches one off.
/// Kept per lab in the browser, and with each case's work.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct FrequencySettings {
    pub overrides: BTreeMap<String, bool>,
}

impl FrequencySettings {
    /// True when nothing is changed from the defaults.
    pub fn is_default(&self) -> bool {
        self.overrides.is_empty()
    }
}

/// Every population-frequency source of a file, in header order (INFO
/// fields, then annotation columns).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrequencySources {
    pub sources: Vec<FrequencySource>,
}

impl FrequencySources {
    /// Finds the sources in `header` and in the annotation's columns
    /// (`annotation`: its INFO key and column names), and decides which are
    /// in use under `settings`.
    pub fn detect(header: &Header, annotation: Option<(&str, &[String])>, settings: &FrequencySettings) -> Self {
        let mut sources: Vec<FrequencySource> = header
            .infos
            .iter()
            .filter(|def| annotation.is_none_or(|(key, _)| key != def.id))
            // Not String: dbSNP declares its TOPMED frequencies as text.
            .filter(|def| def.kind != "Flag")
            .filter_map(|def| judge(&def.id, Some(&def.description), Location::Info, "INFO"))
            .collect();
        if let Some((key, columns)) = annotation {
            sources.extend(columns.iter().filter_map(|name| judge(name, None, Location::Annotation, key)));
        }
        let gnomad_groups = |field: &str| {
            sources.iter().any(|s| {
                s.field == field && s.kind == SourceKind::Group && s.database.as_deref().is_some_and(is_gnomad)
            })
        };
        let superseded: Vec<bool> = sources
            .iter()
            .map(|s| {
                s.name.eq_ignore_ascii_case("MAX_AF") && s.location() == Location::Annotation && gnomad_groups(&s.field)
            })
            .collect();
        for (source, superseded) in sources.iter_mut().zip(superseded) {
            if superseded {
                source.unused_by_default = Some(Unused::Superseded);
            }
            source.in_use = settings.overrides.get(&source.id()).copied().unwrap_or(source.unused_by_default.is_none());
        }
        FrequencySources { sources }
    }

    /// The sources a variant's population AF is taken over.
    pub fn in_use(&self) -> impl Iterator<Item = &FrequencySource> {
        self.sources.iter().filter(|s| s.in_use)
    }

    /// True when the file has no source in use: a missing AF then says
    /// nothing about rarity, and nothing frequency-based may be suggested.
    pub fn none_in_use(&self) -> bool {
        self.in_use().next().is_none()
    }

    /// The INFO keys in use, each with whether it is a filtering AF.
    pub fn info_keys(&self) -> impl Iterator<Item = (&str, bool)> {
        self.in_use()
            .filter(|s| s.location() == Location::Info)
            .map(|s| (s.name.as_str(), s.kind == SourceKind::Filtering))
    }

    /// The annotation columns in use, by name, each with whether it is a
    /// filtering AF.
    pub fn columns(&self) -> impl Iterator<Item = (&str, bool)> {
        self.in_use()
            .filter(|s| s.location() == Location::Annotation)
            .map(|s| (s.name.as_str(), s.kind == SourceKind::Filtering))
    }
}

fn is_gnomad(database: &str) -> bool {
    database.starts_with("gnomAD")
}

/// Names that are frequencies in no population: the callset's own, and
/// minor-allele frequencies (see the module docs).
const NEVER: [&str; 6] = ["mleaf", "maf", "gmaf", "minor_af", "saf", "caf"];

/// Words that make a name a frequency on their own.
const FREQUENCY_WORDS: [&str; 10] =
    ["af", "freq", "frq", "popmax", "grpmax", "faf95", "faf99", "fafmax", "maxaf", "svaf"];

/// Databases and cohorts, by the word that starts their field names, with
/// the proper name and whether it is a cohort rather than a population
/// database. Longest first, so `gnomade` wins over `gnomad`.
const DATABASES: [(&str, &str, bool); 24] = [
    ("gnomadexomes", "gnomAD exomes", false),
    ("gnomadgenomes", "gnomAD genomes", false),
    ("gnomade", "gnomAD exomes", false),
    ("gnomadg", "gnomAD genomes", false),
    ("gnomad", "gnomAD", false),
    ("exac", "ExAC", false),
    ("1000genomes", "1000 Genomes", false),
    ("thousandg", "1000 Genomes", false),
    ("1000g", "1000 Genomes", false),
    ("1kg", "1000 Genomes", false),
    ("kg", "1000 Genomes", false),
    ("topmed", "TOPMed", false),
    ("esp6500", "ESP", false),
    ("esp", "ESP", false),
    ("uk10k", "UK10K", false),
    ("alfa", "ALFA", false),
    ("swegen", "SweGen", true),
    ("sweref", "SweRef", true),
    ("gonl", "GoNL", true),
    ("loqusdb", "LoqusDB", true),
    ("inhouse", "in-house", true),
    ("local", "local", true),
    ("cohort", "cohort", true),
    ("mt", "mitochondrial sequences", false),
];

/// Group codes of gnomAD, 1000 Genomes and ESP, with why a group is not
/// used by default.
const GROUPS: [(&str, Option<Unused>); 18] = [
    ("afr", None),
    ("amr", None),
    ("eas", None),
    ("nfe", None),
    ("sas", None),
    ("eur", None),
    ("aa", None),
    ("ea", None),
    ("asj", Some(Unused::Bottlenecked)),
    ("fin", Some(Unused::Bottlenecked)),
    ("oth", Some(Unused::Bottlenecked)),
    ("remaining", Some(Unused::Bottlenecked)),
    ("ami", Some(Unused::Bottlenecked)),
    ("mid", Some(Unused::Bottlenecked)),
    ("xx", Some(Unused::SexSpecific)),
    ("xy", Some(Unused::SexSpecific)),
    ("male", Some(Unused::SexSpecific)),
    ("female", Some(Unused::SexSpecific)),
];

/// VEP's bare 1000 Genomes and ESP columns (VEP documentation, "--af",
/// "--af_1kg", "--af_esp"): `AF` is 1000 Genomes' overall frequency.
const VEP_1000G_GROUPS: [&str; 5] = ["afr_af", "amr_af", "eas_af", "eur_af", "sas_af"];
const VEP_ESP_GROUPS: [&str; 2] = ["aa_af", "ea_af"];

/// Descriptions that make an otherwise unnamed INFO field a population
/// frequency: they name a population or a database beside a frequency.
fn description_says_population(description: &str) -> bool {
    let d = description.to_ascii_lowercase();
    let frequency = d.contains("frequenc");
    let whose = [
        "gnomad",
        "exac",
        "1000 genomes",
        "1000genomes",
        "thousand genomes",
        "topmed",
        "population",
        "cohort",
        "database",
        "esp6500",
        "swegen",
    ]
    .iter()
    .any(|w| d.contains(w));
    frequency && whose && !d.contains("minor allele")
}

/// Judges one field; `None` when it is not a population frequency.
fn judge(name: &str, description: Option<&str>, location: Location, field: &str) -> Option<FrequencySource> {
    let lower = name.to_ascii_lowercase();
    if NEVER.contains(&lower.as_str()) || lower.ends_with("_pops") || lower.contains("minor") {
        return None;
    }
    let words: Vec<&str> = lower.split(['_', '-', '.']).filter(|w| !w.is_empty()).collect();
    let source = |kind, database: Option<&str>, group: Option<&str>, unused| FrequencySource {
        name: name.to_owned(),
        field: field.to_owned(),
        kind,
        database: database.map(str::to_owned),
        group: group.map(str::to_owned),
        unused_by_default: unused,
        in_use: false,
    };
    // VEP's own 1000 Genomes and ESP columns, and its MAX_AF.
    if location == Location::Annotation {
        match lower.as_str() {
            "af" => return Some(source(SourceKind::Overall, Some("1000 Genomes"), None, None)),
            "max_af" => return Some(source(SourceKind::Max, None, None, None)),
            l if VEP_1000G_GROUPS.contains(&l) => {
                return Some(source(SourceKind::Group, Some("1000 Genomes"), Some(&l[..3]), Some(Unused::SmallGroup)))
            }
            l if VEP_ESP_GROUPS.contains(&l) => {
                return Some(source(SourceKind::Group, Some("ESP"), Some(&l[..2]), None))
            }
            _ => {}
        }
    } else if lower == "af" {
        // The callset's own frequency.
        return None;
    } else if lower == "max_af" {
        // VEP's MAX_AF copied to INFO (Scout reads it there).
        return Some(source(SourceKind::Max, None, None, None));
    }

    // A database word, alone (`gnomad_af`) or with `af`/`max` glued on
    // (`GNOMADAF`, `EXACMAX_AF`, `1000GAF`).
    let mut database = None;
    let mut glued_af = false;
    let mut glued_max = false;
    for word in &words {
        for &(prefix, proper, cohort) in &DATABASES {
            if let Some(rest) = word.strip_prefix(prefix) {
                let rest_ok = match rest {
                    // `gnomADsv_AF`: the structural-variant callset of a database.
                    "" | "sv" => true,
                    "af" => {
                        glued_af = true;
                        true
                    }
                    "max" | "maxaf" => {
                        glued_max = true;
                        glued_af |= rest == "maxaf";
                        true
                    }
                    _ => false,
                };
                // `mt` and `kg` are database words only as prefixes of a
                // glued AF or on their own with another frequency word.
                if rest_ok && database.is_none() {
                    database = Some((proper, cohort));
                }
            }
        }
    }
    let has_word = |w: &str| words.contains(&w);
    let frequency_word = words.iter().any(|w| FREQUENCY_WORDS.contains(w));
    let filtering = words.iter().any(|w| w.starts_with("faf"));
    let max = glued_max || has_word("max") || has_word("popmax") || has_word("grpmax") || has_word("maxaf");
    let gnomad_vocabulary = has_word("popmax") || has_word("grpmax") || filtering;
    let described = description.is_some_and(description_says_population);
    if !(glued_af || (frequency_word && (database.is_some() || gnomad_vocabulary || described)) || described) {
        // `AF_nfe`, `AF_afr`: gnomAD's own names, used bare by annotators.
        let bare_gnomad = words.first() == Some(&"af")
            && words.len() >= 2
            && words[1..].iter().all(|w| GROUPS.iter().any(|(g, _)| g == w) || *w == "raw");
        if !bare_gnomad || words.contains(&"raw") {
            return None;
        }
        database = Some(("gnomAD", false));
    }
    if words.iter().any(|w| ["ac", "an", "nhomalt", "count", "counts", "hemi", "het", "n", "obs", "occ"].contains(w))
        && !frequency_word
        && !glued_af
    {
        return None;
    }
    let (proper, cohort) = match database {
        Some((proper, cohort)) => (Some(proper), cohort),
        // gnomAD's own vocabulary names no database but is gnomAD's.
        None if gnomad_vocabulary => (Some("gnomAD"), false),
        None => (None, description.is_some_and(|d| d.to_ascii_lowercase().contains("cohort"))),
    };
    // A sex-specific figure is one whatever group it is of (`AF_nfe_XX`).
    let group = words
        .iter()
        .find_map(|w| GROUPS.iter().find(|(g, why)| g == w && *why == Some(Unused::SexSpecific)))
        .or_else(|| words.iter().find_map(|w| GROUPS.iter().find(|(g, _)| g == w)));
    let thousand_genomes = proper == Some("1000 Genomes");
    let (kind, unused) = if filtering {
        (SourceKind::Filtering, None)
    } else if max {
        (SourceKind::Max, thousand_genomes.then_some(Unused::SmallGroup))
    } else if let Some(&(code, why)) = group {
        let why = why.or(thousand_genomes.then_some(Unused::SmallGroup));
        let source = source(SourceKind::Group, proper, Some(code), why);
        return Some(source);
    } else if cohort {
        (SourceKind::Cohort, None)
    } else {
        (SourceKind::Overall, None)
    };
    // Sex-specific figures of a whole population (`AF_XX`) are groups above.
    Some(source(kind, proper, None, unused))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(name: &str, description: &str) -> Option<FrequencySource> {
        judge(name, Some(description), Location::Info, "INFO")
    }

    fn column(name: &str) -> Option<FrequencySource> {
        judge(name, None, Location::Annotation, "CSQ")
    }

    const GATK_AF: &str = "Allele Frequency, for each ALT allele, in the same order as listed";

    #[test]
    fn scout_mip_info_names() {
        let kind = |name: &str| info(name, GATK_AF).map(|s| (s.kind, s.database, s.unused_by_default));
        assert_eq!(kind("GNOMADAF"), Some((SourceKind::Overall, Some("gnomAD".into()), None)));
        assert_eq!(kind("GNOMADAF_popmax"), Some((SourceKind::Max, Some("gnomAD".into()), None)));
        assert_eq!(kind("EXACAF"), Some((SourceKind::Overall, Some("ExAC".into()), None)));
        assert_eq!(kind("EXACMAX_AF"), Some((SourceKind::Max, Some("ExAC".into()), None)));
        assert_eq!(kind("EXACMAXAF"), Some((SourceKind::Max, Some("ExAC".into()), None)));
        assert_eq!(kind("1000GAF"), Some((SourceKind::Overall, Some("1000 Genomes".into()), None)));
        assert_eq!(
            kind("1000G_MAX_AF"),
            Some((SourceKind::Max, Some("1000 Genomes".into()), Some(Unused::SmallGroup)))
        );
        assert_eq!(kind("SWEGENAF"), Some((SourceKind::Cohort, Some("SweGen".into()), None)));
        assert_eq!(kind("SWEREFAF"), Some((SourceKind::Cohort, Some("SweRef".into()), None)));
        assert_eq!(kind("MTAF"), Some((SourceKind::Overall, Some("mitochondrial sequences".into()), None)));
        assert_eq!(kind("GNOMAD_MTAF_hom"), Some((SourceKind::Overall, Some("gnomAD".into()), None)));
        assert_eq!(kind("AF_1000G"), Some((SourceKind::Overall, Some("1000 Genomes".into()), None)));
    }

    /// gnomAD-SV's frequencies as annotators write them for structural
    /// variants: vcfanno/VEP `--custom` names and AnnotSV-style names.
    #[test]
    fn gnomad_sv_names() {
        let kind = |name: &str| info(name, GATK_AF).map(|s| (s.kind, s.database));
        for name in ["gnomAD_SV_AF", "GNOMAD_SV_AF", "gnomADsv_AF", "gnomad_sv_popmax_af"] {
            let found = kind(name);
            assert!(matches!(&found, Some((_, Some(db))) if db == "gnomAD"), "{name}: {found:?}");
        }
        assert_eq!(kind("gnomad_sv_popmax_af").map(|k| k.0), Some(SourceKind::Max));
    }

    #[test]
    fn the_callsets_own_figures_and_counts_are_not_frequencies() {
        for name in [
            "AF",
            "MLEAF",
            "SAF",
            "AC",
            "AN",
            "SWEGENAC_Hom",
            "SWEREFAC_Het",
            "gnomAD_AC",
            "nhomalt",
            "MAF",
            "GMAF",
            "Obs",
            "Hom",
            "AB",
            "DPRA",
        ] {
            assert_eq!(info(name, GATK_AF), None, "{name}");
        }
        assert_eq!(column("MAX_AF_POPS"), None);
        assert_eq!(info("QD", "Variant Confidence/Quality by Depth"), None);
    }

    #[test]
    fn vep_columns() {
        let c = |name: &str| column(name).map(|s| (s.kind, s.database, s.group, s.unused_by_default));
        assert_eq!(c("AF"), Some((SourceKind::Overall, Some("1000 Genomes".into()), None, None)));
        assert_eq!(
            c("EUR_AF"),
            Some((SourceKind::Group, Some("1000 Genomes".into()), Some("eur".into()), Some(Unused::SmallGroup)))
        );
        assert_eq!(c("EA_AF"), Some((SourceKind::Group, Some("ESP".into()), Some("ea".into()), None)));
        assert_eq!(c("gnomADe_AF"), Some((SourceKind::Overall, Some("gnomAD exomes".into()), None, None)));
        assert_eq!(
            c("gnomADg_NFE_AF"),
            Some((SourceKind::Group, Some("gnomAD genomes".into()), Some("nfe".into()), None))
        );
        assert_eq!(
            c("gnomADe_FIN_AF"),
            Some((SourceKind::Group, Some("gnomAD exomes".into()), Some("fin".into()), Some(Unused::Bottlenecked)))
        );
        assert_eq!(c("gnomAD_ASJ_AF").and_then(|s| s.3), Some(Unused::Bottlenecked));
        assert_eq!(c("gnomADg_AMI_AF").and_then(|s| s.3), Some(Unused::Bottlenecked));
        assert_eq!(c("MAX_AF").map(|s| s.0), Some(SourceKind::Max));
        assert_eq!(c("GnomadExomes_AF").map(|s| s.1), Some(Some("gnomAD exomes".into())));
        assert_eq!(c("GnomadGenomes_AF_NFE").map(|s| (s.0, s.2)), Some((SourceKind::Group, Some("nfe".into()))));
        for other in [
            "Allele",
            "Consequence",
            "SIFT",
            "CADD_PHRED",
            "REVEL",
            "CLIN_SIG",
            "SpliceAI_pred_DS_AG",
            "am_pathogenicity",
            "LoF",
        ] {
            assert_eq!(column(other), None, "{other}");
        }
    }

    #[test]
    fn gnomad_names_v2_v3_v4() {
        let c = |name: &str| info(name, "").map(|s| (s.kind, s.group, s.unused_by_default));
        assert_eq!(c("AF_popmax"), Some((SourceKind::Max, None, None)));
        assert_eq!(c("popmax"), Some((SourceKind::Max, None, None)));
        assert_eq!(c("AF_grpmax"), Some((SourceKind::Max, None, None)));
        assert_eq!(c("grpmax"), Some((SourceKind::Max, None, None)));
        assert_eq!(c("faf95_popmax"), Some((SourceKind::Filtering, None, None)));
        assert_eq!(c("fafmax_faf95_max"), Some((SourceKind::Filtering, None, None)));
        assert_eq!(c("gnomad_faf95_popmax"), Some((SourceKind::Filtering, None, None)));
        assert_eq!(c("AF_nfe"), Some((SourceKind::Group, Some("nfe".into()), None)));
        assert_eq!(c("AF_fin"), Some((SourceKind::Group, Some("fin".into()), Some(Unused::Bottlenecked))));
        assert_eq!(c("AF_XX"), Some((SourceKind::Group, Some("xx".into()), Some(Unused::SexSpecific))));
        assert_eq!(c("AF_raw"), None, "raw counts every sample, low-quality calls included");
        assert_eq!(c("gnomad_popmax_af"), Some((SourceKind::Max, None, None)));
        assert_eq!(c("GNOMAD_AF_grpmax"), Some((SourceKind::Max, None, None)));
        assert_eq!(c("gnomADg_AF_POPMAX"), Some((SourceKind::Max, None, None)));
        assert_eq!(c("GNOMAD_MT_AF_HOM").map(|s| s.0), Some(SourceKind::Overall));
    }

    #[test]
    fn descriptions_name_the_rest() {
        let topmed = info(
            "TOPMED",
            "An ordered, comma delimited list of allele frequencies based on TOPMed, starting with the reference allele followed by alternate alleles",
        );
        assert_eq!(topmed.map(|s| s.kind), Some(SourceKind::Overall));
        let cohort = info("LAB_FREQ", "Allele frequency in the lab's cohort of 812 exomes");
        assert_eq!(cohort.map(|s| s.kind), Some(SourceKind::Cohort));
        assert_eq!(info("XYZ", GATK_AF), None, "a callset-style description names no population");
        assert_eq!(info("GMAF", "Global minor allele frequency in 1000 Genomes"), None);
    }
}
