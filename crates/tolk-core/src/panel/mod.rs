//! Gene panels: the genes (or regions) a referral is about, read from the
//! formats clinicians bring (shared SPEC.md section 4) into one model, and
//! matched against the genes a file's annotation names.
//!
//! The format is sniffed from the content, not the file name: PanelApp
//! API JSON (one panel, a list, or the paginated `{results: [...]}` form),
//! a PanelApp TSV download, Scout's panel export (genes by HGNC id), a BED
//! file, or a plain list of symbols.

mod bed;
mod list;
pub mod matching;
mod panelapp;
mod scout;
mod tsv;

use crate::i18n::Lang;
use crate::phrase::Phrase;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One imported panel, kept whole so a note can say which version was used.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Panel {
    pub name: String,
    /// PanelApp's version; `None` for sources that have none (a BED, a list).
    pub version: Option<String>,
    pub source: PanelSource,
    pub genes: Vec<PanelGene>,
    /// Regions of a BED file without gene names (1-based, inclusive).
    pub regions: Vec<Region>,
}

/// Where a panel came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PanelSource {
    PanelAppJson,
    PanelAppTsv,
    Bed,
    List,
    /// Scout's panel export (genes by HGNC number under a `#hgnc_id` header).
    Scout,
    /// The genes whose diseases match the patient's HPO terms
    /// (`hpo::genes::phenotype_panel`).
    Phenotype,
}

/// One gene of a panel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PanelGene {
    /// The symbol as the panel writes it.
    pub symbol: String,
    /// `HGNC:1234`, where the panel gives it.
    pub hgnc_id: Option<String>,
    /// Other symbols the panel lists for the gene (aliases, previous symbols).
    pub aliases: Vec<String>,
    /// `None` where the source has no confidence levels (a BED, a list).
    pub confidence: Option<Confidence>,
    /// The panel's mode of inheritance, as written (PanelApp's vocabulary).
    pub inheritance: Option<String>,
}

/// PanelApp's traffic-light rating of the evidence linking a gene to the
/// panel's disorder: 3 green (diagnostic grade), 2 amber, 1 or 0 red.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    Red,
    Amber,
    Green,
}

impl Confidence {
    /// Reads PanelApp's level (`"3"`, `3`, `"2"`, ...); `None` if not a level.
    pub fn from_level(level: &str) -> Option<Confidence> {
        match level.trim() {
            "3" | "4" => Some(Confidence::Green),
            "2" => Some(Confidence::Amber),
            "1" | "0" => Some(Confidence::Red),
            _ => None,
        }
    }

    /// The lowest confidence a `--min-confidence N` keeps: 3 green, 2 amber,
    /// 1 or 0 everything.
    pub fn at_least(level: u8) -> Confidence {
        match level {
            3.. => Confidence::Green,
            2 => Confidence::Amber,
            _ => Confidence::Red,
        }
    }

    /// The numeric level as PanelApp and `--min-confidence` write it.
    pub fn level(self) -> u8 {
        match self {
            Confidence::Red => 1,
            Confidence::Amber => 2,
            Confidence::Green => 3,
        }
    }
}

/// A genomic interval, 1-based and inclusive at both ends (VCF's system).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Region {
    pub chrom: String,
    pub start: u32,
    pub end: u32,
}

impl Region {
    /// Reads `chr1:100-200`, `1:100`, or a whole chromosome `chrX`
    /// (commas as thousands separators are allowed, as genome browsers write them).
    pub fn parse(text: &str) -> Option<Region> {
        let text = text.trim();
        let (chrom, range) = match text.rsplit_once(':') {
            Some((chrom, range)) => (chrom, Some(range.replace(',', ""))),
            None => (text, None),
        };
        if chrom.is_empty() || chrom.contains(char::is_whitespace) {
            return None;
        }
        let (start, end) = match range.as_deref() {
            None => (1, u32::MAX),
            Some(range) => match range.split_once('-') {
                Some((a, b)) => (a.trim().parse().ok()?, b.trim().parse().ok()?),
                None => {
                    let at = range.trim().parse().ok()?;
                    (at, at)
                }
            },
        };
        (start <= end).then(|| Region { chrom: chrom.to_owned(), start, end })
    }

    /// True when `chrom:pos` lies in the region; `chr1` and `1` are the same
    /// chromosome (files and panels disagree on the prefix).
    pub fn contains(&self, chrom: &str, pos: u32) -> bool {
        crate::chrom::same(&self.chrom, chrom) && (self.start..=self.end).contains(&pos)
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.start == 1 && self.end == u32::MAX {
            write!(f, "{}", self.chrom)
        } else {
            write!(f, "{}:{}-{}", self.chrom, self.start, self.end)
        }
    }
}

/// Why a panel file could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct PanelError {
    /// 1-based line, where the problem has one.
    pub line: Option<usize>,
    pub message: Phrase,
}

impl PanelError {
    fn at(line: usize, message: Phrase) -> PanelError {
        PanelError { line: Some(line), message }
    }

    fn whole(message: Phrase) -> PanelError {
        PanelError { line: None, message }
    }

    /// The problem, after its line where it has one; worded when shown.
    pub fn phrase(&self) -> Phrase {
        match self.line {
            Some(line) => {
                Phrase::new(msg!("file-error-line")).arg("line", line.to_string()).arg("message", self.message.clone())
            }
            None => self.message.clone(),
        }
    }
}

/// In English, as the terminal reads it.
impl fmt::Display for PanelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.phrase().render(Lang::En))
    }
}

impl std::error::Error for PanelError {}

impl Panel {
    /// Reads every panel in `text`. `file_name` names the panel when the
    /// format carries no name of its own (a BED file, a list).
    pub fn parse(file_name: &str, text: &str) -> Result<Vec<Panel>, PanelError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        let trimmed = first.trim_start();
        let panels = if trimmed.starts_with('{') || trimmed.starts_with('[') {
            panelapp::parse(text)?
        } else if tsv::is_panelapp_header(first) {
            vec![tsv::parse(stem(file_name), text)?]
        } else if scout::is_scout(text) {
            vec![scout::parse(stem(file_name), text)?]
        } else if bed::looks_like_bed(text) {
            vec![bed::parse(stem(file_name), text)?]
        } else {
            vec![list::parse(stem(file_name), text)?]
        };
        if panels.iter().all(|p| p.genes.is_empty() && p.regions.is_empty()) {
            return Err(PanelError::whole(Phrase::new(msg!("panel-empty"))));
        }
        Ok(panels)
    }

    /// The genes at or above `min` confidence. Genes without a level (from
    /// a source that has none) always count: the panel's author chose them.
    pub fn genes_at(&self, min: Confidence) -> impl Iterator<Item = &PanelGene> {
        self.genes.iter().filter(move |g| g.confidence.is_none_or(|c| c >= min))
    }

    /// `name (version)`, as a note cites it.
    pub fn label(&self) -> String {
        match &self.version {
            Some(v) => format!("{} (version {v})", self.name),
            None => self.name.clone(),
        }
    }
}

/// The file name without directories and panel-ish extensions.
fn stem(file_name: &str) -> String {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let mut stem = base;
    for ext in [".gz", ".bed", ".tsv", ".txt", ".csv", ".list"] {
        if stem.len() > ext.len() && stem.to_ascii_lowercase().ends_with(ext) {
            stem = &stem[..stem.len() - ext.len()];
        }
    }
    if stem.is_empty() {
        "Gene list".to_owned()
    } else {
        stem.to_owned()
    }
}

/// A gene with only a symbol.
fn plain_gene(symbol: &str) -> PanelGene {
    PanelGene { symbol: symbol.to_owned(), hgnc_id: None, aliases: Vec::new(), confidence: None, inheritance: None }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_read_the_ways_people_write_them() {
        assert_eq!(Region::parse("chr1:1,000-2,000"), Some(Region { chrom: "chr1".into(), start: 1000, end: 2000 }));
        assert_eq!(Region::parse("X:5").map(|r| (r.start, r.end)), Some((5, 5)));
        assert_eq!(Region::parse("chrX").map(|r| r.to_string()), Some("chrX".into()));
        assert_eq!(Region::parse("1:200-100"), None);
        assert_eq!(Region::parse("1:a-b"), None);
        let r = Region::parse("chr7:100-200").unwrap();
        assert!(r.contains("7", 100) && r.contains("chr7", 200) && !r.contains("7", 201) && !r.contains("17", 150));
    }

    #[test]
    fn confidence_levels_follow_panelapp() {
        assert_eq!(Confidence::from_level("3"), Some(Confidence::Green));
        assert_eq!(Confidence::from_level("0"), Some(Confidence::Red));
        assert_eq!(Confidence::from_level("green"), None);
        assert!(Confidence::Green > Confidence::Amber);
    }

    #[test]
    fn stems_name_panels_without_their_own_name() {
        assert_eq!(stem("/tmp/epilepsy_v2.bed"), "epilepsy_v2");
        assert_eq!(stem("C:\\lab\\genes.txt"), "genes");
        assert_eq!(stem(".txt"), ".txt");
    }

    #[test]
    fn an_empty_file_is_not_a_panel() {
        let e = Panel::parse("x.txt", "\n# nothing\n").unwrap_err();
        assert_eq!(e.to_string(), "the file holds no genes or regions");
    }
}
