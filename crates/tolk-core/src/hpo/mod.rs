//! The Human Phenotype Ontology and its disease and gene annotations, as
//! the app ships them: what a patient's phenotype is written in, and what
//! ranks variants by it.
//!
//! The data comes from HPO's own release files (`hp.obo`, `phenotype.hpoa`,
//! `genes_to_phenotype.txt`), which [`bundle::build`] turns into one compact
//! text file (the "bundle", `public/hpo/hpo.tsv.gz`); [`Ontology::read`]
//! reads the bundle. Labels, synonyms, definitions, is-a edges and
//! annotations go through unaltered, as HPO's licence asks; what is left out
//! (cross-references, comments, logical definitions, evidence codes) the
//! app does not use.
//!
//! - [`search`]: terms by label, synonym or id, for type-ahead.
//! - [`similarity`]: how well a patient's terms match each disease
//!   (information content, best match, frequencies and excluded terms).
//! - [`explain`]: a ranked variant's reasons, with the terms' labels, for
//!   the page and the CLI.
//! - [`genes`]: genes by their diseases' match, and the phenotype panel.
//! - [`rank`]: a variant's priority from its gene's phenotype match, its
//!   own evidence and whether its genotype fits the disease's inheritance.

pub mod bundle;
pub mod explain;
pub mod genes;
pub mod rank;
pub mod search;
pub mod similarity;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// An HPO term's number: `HP:0001250` is 1250. Terms are kept sorted by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TermId(pub u32);

impl TermId {
    /// Reads `HP:0001250` (any case, surrounding space allowed) or `HP_0001250`.
    pub fn parse(text: &str) -> Option<TermId> {
        let text = text.trim();
        let digits = text.get(3..)?;
        let prefix_ok = text.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("HP:") || p.eq_ignore_ascii_case("HP_"));
        (prefix_ok && digits.len() == 7 && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| TermId(digits.parse().expect("seven digits")))
    }
}

impl fmt::Display for TermId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HP:{:07}", self.0)
    }
}

/// Written as `HP:0001250`, as every file and API outside Tolk has it.
impl Serialize for TermId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TermId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<TermId, D::Error> {
        let text = String::deserialize(d)?;
        TermId::parse(&text).ok_or_else(|| serde::de::Error::custom(format!("`{text}` is not an HPO id (HP:0001250)")))
    }
}

/// The patient's phenotype as a view's query carries it: terms present and
/// terms excluded, by id (the ontology stays in the worker).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PatientTerms {
    pub present: Vec<TermId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excluded: Vec<TermId>,
}

impl PatientTerms {
    /// Nothing to rank by: no term present.
    pub fn is_empty(&self) -> bool {
        self.present.is_empty()
    }

    /// The terms in `ontology` (obsolete ids followed to their
    /// replacement); ids the release lacks are left out, and returned.
    pub fn resolve(&self, ontology: &Ontology) -> (similarity::Patient, Vec<TermId>) {
        let mut unknown = Vec::new();
        let mut find = |ids: &[TermId]| -> Vec<TermIndex> {
            let mut found: Vec<TermIndex> = Vec::new();
            for &id in ids {
                match ontology.find(id) {
                    Some(t) if !found.contains(&t) => found.push(t),
                    Some(_) => {}
                    None => unknown.push(id),
                }
            }
            found
        };
        let present = find(&self.present);
        let excluded = find(&self.excluded);
        (similarity::Patient { present, excluded }, unknown)
    }
}

/// One line of the case's phenotype (the note's phenotype field, one term
/// or remark per line): `HP:0001250 Seizure`, `NOT HP:0001250 Seizure` for a
/// term the patient is known not to have, or free text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhenotypeLine<'a> {
    pub term: Option<TermId>,
    pub excluded: bool,
    /// The label after the id, or the whole line when it is free text.
    pub text: &'a str,
}

impl<'a> PhenotypeLine<'a> {
    /// Reads one line; `None` for a blank one. `NOT` is read in any case.
    pub fn read(line: &'a str) -> Option<PhenotypeLine<'a>> {
        let line = line.trim();
        if line.is_empty() {
            return None;
        }
        let (excluded, rest) = match line.split_once(char::is_whitespace) {
            Some((not, rest)) if not.eq_ignore_ascii_case("NOT") => (true, rest.trim_start()),
            _ => (false, line),
        };
        let (head, label) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        match TermId::parse(head).filter(|_| head.len() == 10) {
            Some(term) => Some(PhenotypeLine { term: Some(term), excluded, text: label.trim() }),
            None => Some(PhenotypeLine { term: None, excluded: false, text: line }),
        }
    }

    /// The line for a term: `HP:0001250 Seizure`, or `NOT HP:0001250 Seizure`.
    pub fn write(term: TermId, label: &str, excluded: bool) -> String {
        format!("{}{term} {label}", if excluded { "NOT " } else { "" })
    }
}

/// The phenotype field with `term` present or excluded: its line
/// rewritten where the field has it (free text and other lines kept as
/// typed, in their order), appended where it does not.
pub fn set_term(text: &str, term: TermId, label: &str, excluded: bool) -> String {
    let line = PhenotypeLine::write(term, label, excluded);
    let mut found = false;
    let mut lines: Vec<String> = Vec::new();
    for l in text.lines() {
        match PhenotypeLine::read(l).and_then(|p| p.term) {
            Some(t) if t == term && found => {}
            Some(t) if t == term => {
                found = true;
                lines.push(line.clone());
            }
            _ => lines.push(l.to_owned()),
        }
    }
    if !found {
        while lines.last().is_some_and(|l| l.trim().is_empty()) {
            lines.pop();
        }
        lines.push(line);
    }
    lines.join("\n")
}

/// The phenotype field without `term`'s line.
pub fn remove_term(text: &str, term: TermId) -> String {
    let kept: Vec<&str> = text.lines().filter(|l| PhenotypeLine::read(l).and_then(|p| p.term) != Some(term)).collect();
    kept.join("\n")
}

impl PatientTerms {
    /// The terms of the phenotype field's lines (free text is not ranked by).
    pub fn from_lines(text: &str) -> PatientTerms {
        let mut terms = PatientTerms::default();
        for line in text.lines().filter_map(PhenotypeLine::read) {
            let Some(term) = line.term else { continue };
            let list = if line.excluded { &mut terms.excluded } else { &mut terms.present };
            if !list.contains(&term) {
                list.push(term);
            }
        }
        terms
    }
}

/// Index of a term in [`Ontology::terms`].
pub type TermIndex = u32;

/// One HPO term, as the release has it.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub id: TermId,
    pub label: String,
    pub definition: String,
    pub synonyms: Vec<String>,
    /// Its is-a parents.
    pub parents: Vec<TermIndex>,
}

/// The modes of inheritance a disease is annotated with, as the app
/// checks a genotype against them. Read from the disease's inheritance
/// terms by their place in the ontology, so that "autosomal dominant
/// inheritance with maternal imprinting" counts as dominant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Inheritance {
    Dominant,
    Recessive,
    /// Semidominant: one allele causes disease, two a more severe one.
    Semidominant,
    XLinkedDominant,
    XLinkedRecessive,
    /// X-linked, not said which.
    XLinked,
    YLinked,
    Mitochondrial,
}

impl Inheritance {
    /// The HPO term of each mode, most specific first (a term under
    /// several of these takes the first).
    pub const TERMS: [(u32, Inheritance); 8] = [
        (1419, Inheritance::XLinkedRecessive),
        (1423, Inheritance::XLinkedDominant),
        (1417, Inheritance::XLinked),
        (32113, Inheritance::Semidominant),
        (6, Inheritance::Dominant),
        (7, Inheritance::Recessive),
        (1450, Inheritance::YLinked),
        (1427, Inheritance::Mitochondrial),
    ];

    /// The message key of its name.
    pub fn key(self) -> &'static str {
        match self {
            Inheritance::Dominant => msg!("hpo-moi-dominant"),
            Inheritance::Recessive => msg!("hpo-moi-recessive"),
            Inheritance::Semidominant => msg!("hpo-moi-semidominant"),
            Inheritance::XLinkedDominant => msg!("hpo-moi-xld"),
            Inheritance::XLinkedRecessive => msg!("hpo-moi-xlr"),
            Inheritance::XLinked => msg!("hpo-moi-xl"),
            Inheritance::YLinked => msg!("hpo-moi-y"),
            Inheritance::Mitochondrial => msg!("hpo-moi-mito"),
        }
    }
}

/// A disease's phenotype annotation: the term and how often patients have
/// it (0 to 1), where the annotation says.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Annotation {
    pub term: TermIndex,
    pub frequency: Option<f32>,
}

/// One disease (OMIM, ORPHA or DECIPHER) with its annotations.
#[derive(Debug, Clone, PartialEq)]
pub struct Disease {
    /// `OMIM:619340`.
    pub id: String,
    pub name: String,
    /// Phenotypic features (aspect P), one per term.
    pub annotations: Vec<Annotation>,
    /// Features patients are known not to have (qualifier NOT).
    pub excluded: Vec<TermIndex>,
    /// Its modes of inheritance; empty where HPO gives none.
    pub inheritance: Vec<Inheritance>,
}

/// A gene and the diseases HPO links it to.
#[derive(Debug, Clone, PartialEq)]
pub struct Gene {
    pub symbol: String,
    pub ncbi: u32,
    /// Indices into [`Ontology::diseases`].
    pub diseases: Vec<u32>,
}

/// Why a bundle could not be read: the line and the problem.
#[derive(Debug, Clone, PartialEq)]
pub struct BundleError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HPO data, line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for BundleError {}

/// The ontology with its annotations, read from a bundle, with what
/// similarity needs worked out once: every term's ancestors and its
/// information content.
#[derive(Debug, Clone)]
pub struct Ontology {
    /// The HPO release (`2025-01-16`), shown wherever HPO's data is.
    pub release: String,
    /// Where the bundle was made from (package and files).
    pub source: String,
    /// Sorted by id.
    pub terms: Vec<Term>,
    /// Alternative and obsolete ids, and the current term they stand for.
    pub replaced: Vec<(TermId, TermIndex)>,
    pub diseases: Vec<Disease>,
    /// Sorted by symbol.
    pub genes: Vec<Gene>,
    /// Parents before children.
    topological: Vec<TermIndex>,
    /// `-ln(p)`, p the share of diseases annotated with the term or below it.
    information: Vec<f32>,
    /// The information of a disease's typical feature: the mean over every
    /// annotation of every disease.
    typical_feature: f32,
}

impl Ontology {
    /// The term with this id, following alternative and obsolete ids to
    /// the current term.
    pub fn find(&self, id: TermId) -> Option<TermIndex> {
        match self.terms.binary_search_by_key(&id, |t| t.id) {
            Ok(i) => Some(i as TermIndex),
            Err(_) => self.replaced.binary_search_by_key(&id, |r| r.0).ok().map(|i| self.replaced[i].1),
        }
    }

    pub fn term(&self, index: TermIndex) -> &Term {
        &self.terms[index as usize]
    }

    /// The term's information content: how specific it is, measured by
    /// how few diseases have it.
    pub fn information(&self, index: TermIndex) -> f32 {
        self.information[index as usize]
    }

    /// The information a disease's typical feature carries (the mean over
    /// every disease's annotations).
    pub fn typical_feature(&self) -> f32 {
        self.typical_feature
    }

    /// The gene with this symbol (HGNC symbols, as VEP and SnpEff write them).
    pub fn gene(&self, symbol: &str) -> Option<&Gene> {
        self.genes.binary_search_by(|g| g.symbol.as_str().cmp(symbol)).ok().map(|i| &self.genes[i])
    }

    /// The term and every ancestor of it, each once.
    pub fn ancestors(&self, index: TermIndex) -> Vec<TermIndex> {
        let mut seen = vec![index];
        let mut next = 0;
        while next < seen.len() {
            for &p in &self.terms[seen[next] as usize].parents {
                if !seen.contains(&p) {
                    seen.push(p);
                }
            }
            next += 1;
        }
        seen
    }

    /// What the ontology holds on the heap, in bytes (strings and lists
    /// at their capacity): the memory figure the app reports.
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        let terms: usize = self
            .terms
            .iter()
            .map(|t| {
                t.label.capacity()
                    + t.definition.capacity()
                    + t.synonyms.iter().map(|s| s.capacity() + size_of::<String>()).sum::<usize>()
                    + t.parents.capacity() * size_of::<TermIndex>()
            })
            .sum();
        let diseases: usize = self
            .diseases
            .iter()
            .map(|d| {
                d.id.capacity()
                    + d.name.capacity()
                    + d.annotations.capacity() * size_of::<Annotation>()
                    + d.excluded.capacity() * size_of::<TermIndex>()
                    + d.inheritance.capacity() * size_of::<Inheritance>()
            })
            .sum();
        let genes: usize = self.genes.iter().map(|g| g.symbol.capacity() + g.diseases.capacity() * 4).sum();
        terms
            + diseases
            + genes
            + self.terms.capacity() * size_of::<Term>()
            + self.diseases.capacity() * size_of::<Disease>()
            + self.genes.capacity() * size_of::<Gene>()
            + self.replaced.capacity() * size_of::<(TermId, TermIndex)>()
            + (self.topological.capacity() + self.information.capacity()) * 4
    }

    /// Whether `ancestor` is `term` or above it.
    pub fn is_a(&self, term: TermIndex, ancestor: TermIndex) -> bool {
        self.ancestors(term).contains(&ancestor)
    }

    /// The terms in an order where every parent comes before its children.
    pub fn topological(&self) -> &[TermIndex] {
        &self.topological
    }

    /// Works out the order and the information content once the terms and
    /// diseases are in place.
    fn finish(&mut self) -> Result<(), String> {
        self.topological = topological_order(&self.terms)?;
        // Count each disease once under every term it is annotated with or
        // below (the annotation propagates up the is-a graph).
        let mut count = vec![0u32; self.terms.len()];
        let mut marked = vec![u32::MAX; self.terms.len()];
        for (d, disease) in self.diseases.iter().enumerate() {
            for a in &disease.annotations {
                for t in self.ancestors(a.term) {
                    if marked[t as usize] != d as u32 {
                        marked[t as usize] = d as u32;
                        count[t as usize] += 1;
                    }
                }
            }
        }
        let total = self.diseases.len().max(1) as f32;
        // A term no disease has is as specific as one that only one has.
        self.information = count.iter().map(|&c| -(c.max(1) as f32 / total).ln()).collect();
        let features: Vec<f32> = self
            .diseases
            .iter()
            .flat_map(|d| d.annotations.iter().map(|a| self.information[a.term as usize]))
            .collect();
        self.typical_feature = features.iter().sum::<f32>() / features.len().max(1) as f32;
        Ok(())
    }
}

/// Kahn's algorithm over the is-a edges; an error names a term on a cycle.
fn topological_order(terms: &[Term]) -> Result<Vec<TermIndex>, String> {
    let mut children: Vec<Vec<TermIndex>> = vec![Vec::new(); terms.len()];
    let mut waiting: Vec<usize> = terms.iter().map(|t| t.parents.len()).collect();
    for (i, t) in terms.iter().enumerate() {
        for &p in &t.parents {
            children[p as usize].push(i as TermIndex);
        }
    }
    let mut order: Vec<TermIndex> = (0..terms.len()).filter(|&i| waiting[i] == 0).map(|i| i as TermIndex).collect();
    let mut next = 0;
    while next < order.len() {
        for &c in &children[order[next] as usize] {
            waiting[c as usize] -= 1;
            if waiting[c as usize] == 0 {
                order.push(c);
            }
        }
        next += 1;
    }
    match waiting.iter().position(|&w| w > 0) {
        Some(i) => Err(format!("the is-a graph has a cycle through {}", terms[i].id)),
        None => Ok(order),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A hand-made bundle small enough to know every score of:
    ///
    /// ```text
    /// 1 All
    /// └ 118 Phenotypic abnormality
    ///   ├ 10 Seizure ── 11 Focal seizure, 12 Generalized seizure
    ///   ├ 20 Hypotonia
    ///   └ 30 Delay ── 31 Motor delay, 32 Speech delay
    /// 5 Mode of inheritance ── 6 AD, 7 AR, 1417 XL ── 1419 XLR
    /// ```
    pub(crate) const SMALL: &str = "\
#tolk-hpo\t1
#release\t2099-01-01
#source\ttest
T\t1\tAll\t\t
T\t5\tMode of inheritance\t1\t
T\t6\tAutosomal dominant inheritance\t5\t
T\t7\tAutosomal recessive inheritance\t5\t
T\t10\tSeizure\t118\tAn intermittent abnormality of the nervous system.\tEpileptic seizure\tFits
T\t11\tFocal seizure\t10\t
T\t12\tGeneralized seizure\t10\t
T\t20\tHypotonia\t118\tLow muscle tone.\tFloppy baby
T\t30\tDelay\t118\t
T\t31\tMotor delay\t30\t
T\t32\tSpeech delay\t30\t
T\t118\tPhenotypic abnormality\t1\t
T\t1417\tX-linked inheritance\t5\t
T\t1419\tX-linked recessive inheritance\t1417\t
A\t99\t12
D\tOMIM:1\tEpilepsy A\t6\t11:90,31\t20
D\tOMIM:2\tMyopathy B\t7\t20:90,31:50\t
D\tOMIM:3\tSpeech disorder C\t1419\t32\t
D\tOMIM:4\tEpilepsy D\t7\t12,20:10\t
G\t100\tGENEA\tOMIM:1
G\t200\tGENEB\tOMIM:2,OMIM:4
G\t300\tGENEC\tOMIM:3
";

    pub(crate) fn small() -> Ontology {
        Ontology::read(SMALL).unwrap()
    }

    #[test]
    fn term_ids_read_in_the_forms_files_write_them() {
        assert_eq!(TermId::parse("HP:0001250"), Some(TermId(1250)));
        assert_eq!(TermId::parse(" hp_0001250 "), Some(TermId(1250)));
        assert_eq!(TermId(1250).to_string(), "HP:0001250");
        for bad in ["HP:001250", "HP:00012500", "MP:0001250", "HP:00012x0", "", "HP"] {
            assert_eq!(TermId::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn phenotype_lines_are_terms_excluded_terms_or_free_text() {
        let line = |l| PhenotypeLine::read(l).unwrap();
        assert_eq!(
            line(" hp:0001250  Seizure "),
            PhenotypeLine { term: Some(TermId(1250)), excluded: false, text: "Seizure" }
        );
        assert_eq!(
            line("not HP:0001250 Seizure"),
            PhenotypeLine { term: Some(TermId(1250)), excluded: true, text: "Seizure" }
        );
        assert_eq!(line("HP:0001250"), PhenotypeLine { term: Some(TermId(1250)), excluded: false, text: "" });
        // Not a term: the whole line is the text, and "not" is just a word.
        assert_eq!(
            line("Not walking at 2 years"),
            PhenotypeLine { term: None, excluded: false, text: "Not walking at 2 years" }
        );
        // The OWL form, as pasted from an ontology browser's IRI.
        assert_eq!(line("HP_0001250 seizure").term, Some(TermId(1250)));
        assert_eq!(PhenotypeLine::read("   "), None);
        assert_eq!(PhenotypeLine::write(TermId(1250), "Seizure", true), "NOT HP:0001250 Seizure");
        let terms = PatientTerms::from_lines(
            "HP:0001250 Seizure\nNOT HP:0000365 Hearing impairment\nfree text\nHP:0001250 again",
        );
        assert_eq!(terms, PatientTerms { present: vec![TermId(1250)], excluded: vec![TermId(365)] });
    }

    #[test]
    fn terms_are_set_and_removed_in_place_keeping_what_was_typed() {
        let text = "Referred for seizures\nHP:0001250 Seizure\nHP:0001263 Global developmental delay";
        let not = set_term(text, TermId(1250), "Seizure", true);
        assert_eq!(not, "Referred for seizures\nNOT HP:0001250 Seizure\nHP:0001263 Global developmental delay");
        let added = set_term(&not, TermId(1252), "Hypotonia", false);
        assert!(added.ends_with("\nHP:0001252 Hypotonia"), "{added}");
        assert_eq!(set_term("", TermId(1252), "Hypotonia", false), "HP:0001252 Hypotonia");
        assert_eq!(
            remove_term(&added, TermId(1250)),
            "Referred for seizures\nHP:0001263 Global developmental delay\nHP:0001252 Hypotonia"
        );
        // A term written twice is kept once.
        assert_eq!(set_term("HP:0001250 a\nHP:0001250 b", TermId(1250), "Seizure", false), "HP:0001250 Seizure");
    }

    #[test]
    fn rarer_terms_carry_more_information_and_ancestors_are_found() {
        let o = small();
        let ix = |n| o.find(TermId(n)).unwrap();
        // Every disease sits under Phenotypic abnormality: no information.
        assert_eq!(o.information(ix(118)), 0.0);
        // Seizure: 2 of 4 diseases; Focal seizure: 1 of 4.
        assert!((o.information(ix(10)) - 2f32.ln()).abs() < 1e-6);
        assert!((o.information(ix(11)) - 4f32.ln()).abs() < 1e-6);
        assert!(o.is_a(ix(11), ix(118)) && !o.is_a(ix(118), ix(11)));
        // An alternative id finds its term.
        assert_eq!(o.find(TermId(99)), Some(ix(12)));
        let order = o.topological();
        let place = |n| order.iter().position(|&t| t == ix(n)).unwrap();
        assert!(place(1) < place(118) && place(118) < place(10) && place(10) < place(11));
        assert_eq!(o.gene("GENEB").unwrap().diseases.len(), 2);
        assert_eq!(o.diseases[2].inheritance, vec![Inheritance::XLinkedRecessive]);
    }
}
