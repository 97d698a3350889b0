//! The VCF header: `##` meta lines and the `#CHROM` column line
//! (VCF 4.3 section 1.4 and 1.5).
//!
//! Only what later stages use is modelled: INFO, FORMAT and FILTER
//! definitions, contigs and sample names. Structured values
//! (`<ID=..,Description="..">`) are read leniently: real headers carry IDs
//! the spec forbids (`1000GAF`, `GERP++_RS`), and we accept them.

use super::assembly::{self, Build, BuildEvidence};
use super::sources::{self, DataSource};
use serde::{Deserialize, Serialize};

/// An `##INFO` or `##FORMAT` definition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldDef {
    pub id: String,
    /// `Number` as written: an integer, `A`, `R`, `G` or `.`.
    pub number: String,
    /// `Type` as written: Integer, Float, Flag, Character or String.
    pub kind: String,
    pub description: String,
}

/// The parsed header of a VCF file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    /// `VCFv4.2` from `##fileformat=VCFv4.2`.
    pub file_format: String,
    pub infos: Vec<FieldDef>,
    pub formats: Vec<FieldDef>,
    /// `##FILTER` IDs.
    pub filters: Vec<String>,
    /// `##contig` IDs, in header order.
    pub contigs: Vec<String>,
    /// Sample names from the `#CHROM` line.
    pub samples: Vec<String>,
    /// The reference build, from the first meta line that names one.
    pub build: Option<BuildEvidence>,
    /// The annotation tools and databases the header names, with versions.
    #[serde(default)]
    pub sources: Vec<DataSource>,
}

/// The fixed columns every data line has (VCF 4.3 section 1.6).
pub const FIXED_COLUMNS: [&str; 8] = ["#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO"];

/// What a meta line held, for the parser to report on.
#[derive(Debug, PartialEq, Eq)]
pub enum MetaLine {
    /// Recognised and recorded.
    Ok,
    /// A second definition of an INFO or FORMAT ID; the first is kept.
    Duplicate(String),
    /// A structured line whose `<...>` could not be read.
    Malformed(String),
}

impl Header {
    /// Records one `##key=value` line (without its `##`).
    pub fn add_meta_line(&mut self, line: &str) -> MetaLine {
        let Some((key, value)) = line.split_once('=') else {
            return MetaLine::Ok; // free text after ##: allowed, ignored
        };
        if self.build.is_none() && assembly::names_build(key) {
            self.build = Build::find_in(value).map(|build| BuildEvidence { build, source: key.to_owned() });
        }
        for source in sources::from_meta_line(key, value) {
            if !self.sources.contains(&source) {
                self.sources.push(source);
            }
        }
        match key {
            "fileformat" => {
                self.file_format = value.trim().to_owned();
                MetaLine::Ok
            }
            "INFO" | "FORMAT" => match field_def(value) {
                Some(def) => {
                    let list = if key == "INFO" { &mut self.infos } else { &mut self.formats };
                    if list.iter().any(|d| d.id == def.id) {
                        MetaLine::Duplicate(format!("{key} {}", def.id))
                    } else {
                        list.push(def);
                        MetaLine::Ok
                    }
                }
                None => MetaLine::Malformed(key.to_owned()),
            },
            "FILTER" | "contig" => match structured(value).and_then(|f| take(&f, "ID")) {
                Some(id) => {
                    let list = if key == "FILTER" { &mut self.filters } else { &mut self.contigs };
                    list.push(id);
                    MetaLine::Ok
                }
                None => MetaLine::Malformed(key.to_owned()),
            },
            _ => MetaLine::Ok,
        }
    }

    /// The INFO definition with this ID.
    pub fn info(&self, id: &str) -> Option<&FieldDef> {
        self.infos.iter().find(|d| d.id == id)
    }
}

fn field_def(value: &str) -> Option<FieldDef> {
    let fields = structured(value)?;
    Some(FieldDef {
        id: take(&fields, "ID")?,
        number: take(&fields, "Number").unwrap_or_else(|| ".".into()),
        kind: take(&fields, "Type").unwrap_or_else(|| "String".into()),
        description: take(&fields, "Description").unwrap_or_default(),
    })
}

fn take(fields: &[(String, String)], key: &str) -> Option<String> {
    fields.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| v.clone())
}

/// Reads `<k=v,k="quoted, \"with\" commas",...>` into key/value pairs.
/// Returns `None` when the value is not in angle brackets or a quote is
/// never closed.
pub fn structured(value: &str) -> Option<Vec<(String, String)>> {
    let inner = value.trim().strip_prefix('<')?.strip_suffix('>')?;
    let mut pairs = Vec::new();
    let mut chars = inner.chars().peekable();
    loop {
        let mut key = String::new();
        for c in chars.by_ref() {
            if c == '=' {
                break;
            }
            key.push(c);
        }
        let mut val = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            let mut closed = false;
            while let Some(c) = chars.next() {
                match c {
                    '\\' => val.extend(chars.next()),
                    '"' => {
                        closed = true;
                        break;
                    }
                    c => val.push(c),
                }
            }
            if !closed {
                return None;
            }
            // Skip to the separator after a quoted value.
            for c in chars.by_ref() {
                if c == ',' {
                    break;
                }
            }
        } else {
            for c in chars.by_ref() {
                if c == ',' {
                    break;
                }
                val.push(c);
            }
        }
        let key = key.trim().to_owned();
        if !key.is_empty() {
            pairs.push((key, val));
        }
        if chars.peek().is_none() {
            return Some(pairs);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn info_definition_with_commas_and_escaped_quotes() {
        let mut h = Header::default();
        let line = r#"INFO=<ID=CSQ,Number=.,Type=String,Description="Format: a|b, with \"quotes\"">"#;
        assert_eq!(h.add_meta_line(line), MetaLine::Ok);
        let def = h.info("CSQ").unwrap();
        assert_eq!(def.description, r#"Format: a|b, with "quotes""#);
        assert_eq!((def.number.as_str(), def.kind.as_str()), (".", "String"));
    }

    #[test]
    fn ids_the_spec_forbids_are_accepted() {
        let mut h = Header::default();
        h.add_meta_line(r#"INFO=<ID=1000GAF,Number=1,Type=Float,Description="x">"#);
        h.add_meta_line(r#"INFO=<ID=GERP++_RS,Number=1,Type=Float,Description="y">"#);
        assert!(h.info("1000GAF").is_some() && h.info("GERP++_RS").is_some());
    }

    #[test]
    fn duplicates_and_malformed_lines_are_reported() {
        let mut h = Header::default();
        h.add_meta_line(r#"INFO=<ID=DP,Number=1,Type=Integer,Description="a">"#);
        assert_eq!(
            h.add_meta_line(r#"INFO=<ID=DP,Number=1,Type=Integer,Description="b">"#),
            MetaLine::Duplicate("INFO DP".into())
        );
        assert_eq!(h.add_meta_line(r#"INFO=<ID=X,Description="never closed>"#), MetaLine::Malformed("INFO".into()));
        assert_eq!(h.add_meta_line("FORMAT=no brackets"), MetaLine::Malformed("FORMAT".into()));
    }

    #[test]
    fn contigs_filters_and_fileformat() {
        let mut h = Header::default();
        h.add_meta_line("fileformat=VCFv4.3");
        h.add_meta_line("contig=<ID=chr1,length=248956422>");
        h.add_meta_line(r#"FILTER=<ID=LowQual,Description="Low quality">"#);
        assert_eq!(h.file_format, "VCFv4.3");
        assert_eq!(h.contigs, ["chr1"]);
        assert_eq!(h.filters, ["LowQual"]);
    }
}
