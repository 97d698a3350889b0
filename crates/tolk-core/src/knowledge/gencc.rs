//! GenCC's gene-disease validity submissions (`gencc-submissions.tsv`):
//! which diseases a gene is known to cause, how firmly, by which mode of
//! inheritance, and who says so (shared SPEC.md section 8).
//!
//! The file is tab-separated with a header row, every value in double
//! quotes (a quote inside one doubled); a submitter's notes may hold
//! commas, quotes and line breaks, so a record can run over several lines
//! and is read quote-aware rather than line by line. Columns are found by
//! name. Each submitter's row becomes one voice in a gene-disease entry:
//! what the lab needs beside a variant is the relationship, not each
//! submission.

use super::KnowledgeError;
use crate::phrase::Phrase;
use memchr::{memchr, memchr2, memchr_iter};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// How firmly a gene is tied to a disease, in GenCC's classifications,
/// ordered strongest first (so the minimum of several is the strongest).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Validity {
    Definitive,
    Strong,
    Moderate,
    Supportive,
    Limited,
    Disputed,
    Refuted,
    NoKnownRelationship,
}

impl Validity {
    /// The validity GenCC's `classification_title` names (`Disputed
    /// Evidence`, `No Known Disease Relationship`), in any case.
    pub fn parse(title: &str) -> Option<Validity> {
        let validity = match title.trim().to_ascii_lowercase().as_str() {
            "definitive" => Validity::Definitive,
            "strong" => Validity::Strong,
            "moderate" => Validity::Moderate,
            "supportive" => Validity::Supportive,
            "limited" => Validity::Limited,
            "disputed evidence" | "disputed" => Validity::Disputed,
            "refuted evidence" | "refuted" => Validity::Refuted,
            "no known disease relationship" => Validity::NoKnownRelationship,
            _ => return None,
        };
        Some(validity)
    }

    /// The message key of its words.
    pub fn key(self) -> &'static str {
        match self {
            Validity::Definitive => msg!("gencc-definitive"),
            Validity::Strong => msg!("gencc-strong"),
            Validity::Moderate => msg!("gencc-moderate"),
            Validity::Supportive => msg!("gencc-supportive"),
            Validity::Limited => msg!("gencc-limited"),
            Validity::Disputed => msg!("gencc-disputed"),
            Validity::Refuted => msg!("gencc-refuted"),
            Validity::NoKnownRelationship => msg!("gencc-no-known-relationship"),
        }
    }
}

/// One gene-disease relationship under one mode of inheritance, as all its
/// submitters put it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GeneDisease {
    /// The MONDO id GenCC maps the disease to (`MONDO:0100135`).
    pub disease_id: String,
    pub disease: String,
    /// The strongest any submitter gave.
    pub validity: Validity,
    /// As GenCC titles it (`Autosomal dominant`).
    pub moi: String,
    /// Each submitter once, in the file's order.
    pub submitters: Vec<String>,
    /// The newest submission's date, `YYYY-MM-DD`.
    pub latest: Option<String>,
}

/// GenCC's relationships, by gene.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GenCC {
    /// Keyed by the symbol in upper case, so that any spelling finds it.
    pub genes: BTreeMap<String, Vec<GeneDisease>>,
}

/// The columns read, by their header names; all but the date are needed.
const GENE: &str = "gene_symbol";
const DISEASE_ID: &str = "disease_curie";
const DISEASE: &str = "disease_title";
const CLASSIFICATION: &str = "classification_title";
const MOI: &str = "moi_title";
const SUBMITTER: &str = "submitter_title";
const DATE: &str = "submitted_as_date";
const REQUIRED: [&str; 6] = [GENE, DISEASE_ID, DISEASE, CLASSIFICATION, MOI, SUBMITTER];

impl GenCC {
    /// Reads GenCC's submissions, one entry per gene, disease and mode of
    /// inheritance. Fails when the header lacks a column Tolk reads, or a
    /// record is cut short, has an unclosed quote, names no gene or an
    /// unknown classification (naming the line, and the column where there
    /// is one), or when there are no submissions.
    pub fn parse(text: &str) -> Result<GenCC, KnowledgeError> {
        let mut records = Records { text, pos: 0, line: 1 };
        let mut fields = Vec::new();
        if records.next_into(&mut fields)?.is_none() {
            return Err(KnowledgeError::whole(Phrase::new(msg!("gencc-empty"))));
        }
        let find = |name: &str| fields.iter().position(|f| f.trim() == name);
        let lacking: Vec<&str> = REQUIRED.into_iter().filter(|name| find(name).is_none()).collect();
        if !lacking.is_empty() {
            let count = lacking.len() as f64;
            let columns = Phrase::separated(lacking.into_iter().map(Phrase::from), ", ");
            let problem = Phrase::new(msg!("gencc-missing-columns")).arg("count", count).arg("columns", columns);
            return Err(KnowledgeError::at(1, problem));
        }
        let [gene, disease_id, disease, classification, moi, submitter] =
            REQUIRED.map(|name| find(name).expect("checked above"));
        let date = find(DATE);
        let width = fields.len();

        let mut gencc = GenCC::default();
        while let Some(line) = records.next_into(&mut fields)? {
            if fields.len() < width {
                let problem = Phrase::new(msg!("gencc-short-row"))
                    .arg("found", fields.len() as f64)
                    .arg("expected", width as f64);
                return Err(KnowledgeError::at(line, problem));
            }
            let cell = |c: usize| fields[c].trim();
            let symbol = cell(gene);
            if symbol.is_empty() {
                return Err(KnowledgeError::at(line, Phrase::new(msg!("gencc-no-gene")).arg("column", GENE)));
            }
            let Some(validity) = Validity::parse(cell(classification)) else {
                let problem = Phrase::new(msg!("gencc-unknown-classification"))
                    .arg("column", CLASSIFICATION)
                    .arg("value", cell(classification));
                return Err(KnowledgeError::at(line, problem));
            };
            let submitted = date.and_then(|c| day(cell(c)));
            let entries = gencc.genes.entry(symbol.to_ascii_uppercase()).or_default();
            let (disease_curie, moi_title, submitter_title) = (cell(disease_id), cell(moi), cell(submitter));
            match entries.iter_mut().find(|e| e.disease_id == disease_curie && e.moi == moi_title) {
                Some(entry) => {
                    entry.validity = entry.validity.min(validity);
                    if !entry.submitters.iter().any(|s| s == submitter_title) {
                        entry.submitters.push(submitter_title.to_owned());
                    }
                    if submitted.is_some_and(|d| entry.latest.as_deref().is_none_or(|latest| d > latest)) {
                        entry.latest = submitted.map(str::to_owned);
                    }
                }
                None => entries.push(GeneDisease {
                    disease_id: disease_curie.to_owned(),
                    disease: cell(disease).to_owned(),
                    validity,
                    moi: moi_title.to_owned(),
                    submitters: vec![submitter_title.to_owned()],
                    latest: submitted.map(str::to_owned),
                }),
            }
        }
        if gencc.genes.is_empty() {
            return Err(KnowledgeError::whole(Phrase::new(msg!("gencc-empty"))));
        }
        for entries in gencc.genes.values_mut() {
            // Stable: relationships of equal validity stay in the file's order.
            entries.sort_by_key(|e| e.validity);
        }
        Ok(gencc)
    }

    /// The relationships of gene `symbol` (in any case), strongest first;
    /// none when GenCC has none.
    pub fn gene(&self, symbol: &str) -> &[GeneDisease] {
        self.genes.get(&symbol.trim().to_ascii_uppercase()).map_or(&[], Vec::as_slice)
    }
}

/// Whether `head` (the first line or lines of a text file) is GenCC's
/// submissions table: its header names the gene symbol, classification and
/// submitter columns.
pub fn sniff(head: &str) -> bool {
    let Some(header) = head.lines().next() else { return false };
    let names: Vec<&str> = header.split('\t').map(|n| n.trim().trim_matches('"')).collect();
    [GENE, CLASSIFICATION, SUBMITTER].iter().all(|name| names.contains(name))
}

/// The day of a `submitted_as_date` (`2018-03-30 13:31:56`), if it starts
/// with one: the date is shown, not reasoned on, so anything else is left
/// out rather than refused.
fn day(date: &str) -> Option<&str> {
    let day = date.get(..10)?;
    let shaped = day.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    shaped.then_some(day)
}

/// The records of a tab-separated text whose values may be quoted: a
/// quoted value runs to the next lone quote, across tabs and line breaks,
/// with `""` standing for one quote. Blank lines between records are
/// skipped.
struct Records<'a> {
    text: &'a str,
    pos: usize,
    /// The 1-based line `pos` is on.
    line: u64,
}

impl<'a> Records<'a> {
    /// Puts the next record's values in `fields` and gives the line it
    /// starts on; `None` at the end of the text.
    fn next_into(&mut self, fields: &mut Vec<Cow<'a, str>>) -> Result<Option<u64>, KnowledgeError> {
        let (text, bytes) = (self.text, self.text.as_bytes());
        loop {
            if self.pos >= bytes.len() {
                return Ok(None);
            }
            let end = memchr(b'\n', &bytes[self.pos..]).map_or(bytes.len(), |o| self.pos + o);
            if !text[self.pos..end].trim().is_empty() {
                break;
            }
            self.pos = end + 1;
            self.line += 1;
        }
        fields.clear();
        let start = self.line;
        loop {
            let value = if bytes[self.pos..].first() == Some(&b'"') {
                self.quoted(start)?
            } else {
                let end = memchr2(b'\t', b'\n', &bytes[self.pos..]).map_or(bytes.len(), |o| self.pos + o);
                let value = text[self.pos..end].trim_end_matches('\r');
                self.pos = end;
                Cow::Borrowed(value)
            };
            fields.push(value);
            match bytes.get(self.pos) {
                Some(b'\t') => self.pos += 1,
                Some(_) => {
                    self.pos += 1;
                    self.line += 1;
                    return Ok(Some(start));
                }
                None => return Ok(Some(start)),
            }
        }
    }

    /// The quoted value at `pos`, leaving `pos` at the tab or line break
    /// after it. `start` is the record's first line, where an unclosed
    /// quote is reported.
    fn quoted(&mut self, start: u64) -> Result<Cow<'a, str>, KnowledgeError> {
        let (text, bytes) = (self.text, self.text.as_bytes());
        let open = self.pos;
        let mut owned: Option<String> = None;
        let (mut piece, mut at) = (open + 1, open + 1);
        let value = loop {
            let Some(quote) = memchr(b'"', &bytes[at..]).map(|o| at + o) else {
                return Err(KnowledgeError::at(start, Phrase::new(msg!("gencc-unclosed-quote"))));
            };
            if bytes.get(quote + 1) == Some(&b'"') {
                owned.get_or_insert_with(String::new).push_str(&text[piece..=quote]);
                at = quote + 2;
                piece = at;
                continue;
            }
            self.line += memchr_iter(b'\n', &bytes[open..quote]).count() as u64;
            self.pos = quote + 1;
            break match owned {
                Some(mut value) => {
                    value.push_str(&text[piece..quote]);
                    Cow::Owned(value)
                }
                None => Cow::Borrowed(&text[piece..quote]),
            };
        };
        let end = memchr2(b'\t', b'\n', &bytes[self.pos..]).map_or(bytes.len(), |o| self.pos + o);
        let after = text[self.pos..end].trim_end_matches('\r');
        if !after.is_empty() {
            return Err(KnowledgeError::at(self.line, Phrase::new(msg!("gencc-text-after-quote")).arg("text", after)));
        }
        self.pos = end;
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    const GENCC: &str = include_str!("../../../../tests/data/knowledge/gencc-submissions.tsv");

    fn records(text: &str) -> Result<Vec<(u64, Vec<String>)>, KnowledgeError> {
        let mut records = Records { text, pos: 0, line: 1 };
        let mut fields = Vec::new();
        let mut out = Vec::new();
        while let Some(line) = records.next_into(&mut fields)? {
            out.push((line, fields.iter().map(|f| f.to_string()).collect()));
        }
        Ok(out)
    }

    #[test]
    fn submitters_of_one_relationship_are_merged_with_the_strongest_validity() {
        let gencc = GenCC::parse(GENCC).unwrap();
        let scn1a = gencc.gene("SCN1A");
        assert_eq!(scn1a.len(), 2);
        let dravet = &scn1a[0];
        assert_eq!((dravet.disease_id.as_str(), dravet.disease.as_str()), ("MONDO:0100135", "Dravet syndrome"));
        // Definitive, Strong and Definitive: Definitive.
        assert_eq!(dravet.validity, Validity::Definitive);
        assert_eq!(dravet.moi, "Autosomal dominant");
        assert_eq!(dravet.submitters, ["Ambry Genetics", "Genomics England PanelApp", "ClinGen"]);
        assert_eq!(dravet.latest.as_deref(), Some("2022-06-17"));
        assert_eq!(scn1a[1].validity, Validity::Moderate);

        // Supportive and Definitive: Definitive, whatever the order.
        let depdc5 = gencc.gene("DEPDC5");
        assert_eq!(depdc5.len(), 1);
        assert_eq!(depdc5[0].validity, Validity::Definitive);
        assert_eq!(depdc5[0].submitters, ["ClinGen", "Orphanet"]);
        assert_eq!(depdc5[0].latest.as_deref(), Some("2024-03-14"));

        // Disputed and no known relationship: Disputed; ranked after Definitive.
        let ttn = gencc.gene("TTN");
        assert_eq!(ttn.iter().map(|e| e.validity).collect::<Vec<_>>(), [Validity::Definitive, Validity::Disputed]);
        assert_eq!(ttn[1].submitters.len(), 2);
    }

    #[test]
    fn another_mode_of_inheritance_is_another_relationship() {
        let gencc = GenCC::parse(GENCC).unwrap();
        let kcnq2 = gencc.gene("KCNQ2");
        let summary: Vec<(&str, &str, Validity, usize)> =
            kcnq2.iter().map(|e| (e.disease_id.as_str(), e.moi.as_str(), e.validity, e.submitters.len())).collect();
        assert_eq!(
            summary,
            [
                ("MONDO:0007287", "Autosomal dominant", Validity::Definitive, 1),
                ("MONDO:0013416", "Autosomal dominant", Validity::Definitive, 2),
                ("MONDO:0013416", "Autosomal recessive", Validity::Limited, 1),
            ]
        );
    }

    #[test]
    fn genes_are_found_in_any_case_and_unknown_ones_have_nothing() {
        let gencc = GenCC::parse(GENCC).unwrap();
        assert_eq!(gencc.gene("scn1a"), gencc.gene("SCN1A"));
        assert!(!gencc.gene("scn1a").is_empty());
        assert!(gencc.gene("NOTAGENE").is_empty());
        assert_eq!(gencc.genes.len(), 8);
    }

    #[test]
    fn quoted_values_run_over_tabs_and_lines() {
        let text = "\"a\"\t\"b\"\r\n\"one\ttwo\"\t\"said \"\"hi\"\",\nthen left\"\n\n3\t\"\"\n";
        let got = records(text).unwrap();
        assert_eq!(
            got,
            [
                (1, vec!["a".to_owned(), "b".to_owned()]),
                (2, vec!["one\ttwo".to_owned(), "said \"hi\",\nthen left".to_owned()]),
                (5, vec!["3".to_owned(), String::new()]),
            ]
        );
        // The notes over two lines in the test file: the rows after it
        // keep their line numbers.
        let text = GENCC.replace("\"Limited\"", "\"Likely\"");
        let err = GenCC::parse(&text).unwrap_err();
        assert_eq!(err.line, Some(10));
        assert_eq!(
            err.problem.render(Lang::En),
            "classification_title is 'Likely', not one of GenCC's classifications"
        );
    }

    #[test]
    fn the_notes_keep_their_line_break_and_quotes() {
        let notes = records(GENCC)
            .unwrap()
            .into_iter()
            .find_map(|(line, fields)| fields.iter().find(|f| f.contains('\n')).map(|notes| (line, notes.clone())));
        let (line, notes) = notes.unwrap();
        assert_eq!(line, 4);
        assert_eq!(
            notes,
            "Curated by the Epilepsy Gene Curation Expert Panel.\nSee the \"SCN1A\" summary, which covers GEFS+ as well."
        );
    }

    #[test]
    fn broken_quoting_names_its_line() {
        let err = records("\"a\"\t\"b\"\n\"open\t\"x\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert_eq!(err.problem.render(Lang::En), "a quoted value is followed by 'x' before the next tab");
        let err = records("a\tb\n\"never\nclosed\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert_eq!(err.problem, Phrase::new(msg!("gencc-unclosed-quote")));
    }

    #[test]
    fn a_header_without_the_columns_names_those_missing() {
        let err = GenCC::parse("\"gene_symbol\"\t\"disease_title\"\n\"A\"\t\"B\"\n").unwrap_err();
        assert_eq!(err.line, Some(1));
        assert_eq!(
            err.problem.render(Lang::En),
            "the file is not GenCC's submissions table: it lacks the columns disease_curie, classification_title, moi_title, submitter_title"
        );
    }

    #[test]
    fn rows_without_a_gene_short_rows_and_empty_files_are_errors() {
        let no_gene = GENCC.replacen("\"SCN1A\"", "\"\"", 1);
        let err = GenCC::parse(&no_gene).unwrap_err();
        assert_eq!(
            (err.line, err.problem.render(Lang::En)),
            (Some(2), "the row names no gene in gene_symbol".to_owned())
        );
        let short = format!("{}\"x\"\t\"y\"\n", GENCC);
        let err = GenCC::parse(&short).unwrap_err();
        assert_eq!(err.line, Some(GENCC.lines().count() as u64 + 1));
        assert!(err.problem.render(Lang::Nb).contains("30"));
        let header = GENCC.lines().next().unwrap();
        assert_eq!(GenCC::parse(header).unwrap_err(), KnowledgeError::whole(Phrase::new(msg!("gencc-empty"))));
        assert_eq!(GenCC::parse("\n\n").unwrap_err().line, None);
    }

    #[test]
    fn validity_reads_gencc_titles_and_orders_strongest_first() {
        assert_eq!(Validity::parse("Disputed Evidence"), Some(Validity::Disputed));
        assert_eq!(Validity::parse("No Known Disease Relationship"), Some(Validity::NoKnownRelationship));
        assert_eq!(Validity::parse(" definitive "), Some(Validity::Definitive));
        assert_eq!(Validity::parse("Animal Model Only"), None);
        assert!(Validity::Definitive < Validity::Strong && Validity::Supportive < Validity::Limited);
        assert!(Validity::Refuted < Validity::NoKnownRelationship);
        assert_eq!(Phrase::new(Validity::Refuted.key()).render(Lang::En), "Refuted evidence");
        assert_eq!(Phrase::new(Validity::Definitive.key()).render(Lang::Nb), "Definitiv");
    }

    #[test]
    fn sniff_knows_gencc_from_gnomad() {
        assert!(sniff(GENCC));
        assert!(sniff(GENCC.lines().next().unwrap()));
        assert!(!sniff(include_str!("../../../../tests/data/knowledge/constraint-v2.1.1.tsv")));
        assert!(!sniff(include_str!("../../../../tests/data/knowledge/constraint-v4.1.tsv")));
        assert!(!sniff(""));
    }
}
