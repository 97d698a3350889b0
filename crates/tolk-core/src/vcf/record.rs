//! One data line: its columns (VCF 4.3 section 1.6), split leniently
//! (files in the wild use runs of spaces instead of tabs, and htslib reads
//! them with a warning, so we do too), and its fields ([`RecordFields`]),
//! read the same way by the load and by decoding a record again.

use crate::annotation::info::InfoFields;
use crate::annotation::summary::{summarize, AltAnnotation, Anomalies, Scratch};
use crate::annotation::AnnotationSchema;
use crate::text::split_on;

/// The columns of one data line, borrowed from the line.
#[derive(Debug, PartialEq, Eq)]
pub struct Columns<'a> {
    pub fields: Vec<&'a str>,
    /// True when the line had no tabs and was split on whitespace instead.
    pub split_on_spaces: bool,
}

/// Splits `line` on tabs; a line with fewer than eight tab-separated fields
/// but with spaces is split on runs of whitespace instead.
pub fn split_columns(line: &str) -> Columns<'_> {
    let fields: Vec<&str> = crate::text::split_on(line, b'\t').collect();
    if fields.len() >= 8 || !line.contains(' ') {
        return Columns { fields, split_on_spaces: false };
    }
    Columns { fields: line.split_whitespace().collect(), split_on_spaces: true }
}

/// The fields of one data line, borrowed from it: what loading and
/// on-demand decoding ([`super::detail`]) both read, read one way.
#[derive(Debug)]
pub struct RecordFields<'a> {
    columns: Vec<&'a str>,
    pub pos: u32,
    /// The ALT alleles (a `.` ALT gives none).
    pub alts: Vec<&'a str>,
    /// INFO as key/value pairs in file order (a flag has an empty value).
    pub info: Vec<(&'a str, &'a str)>,
}

/// Why a data line is not a record that can be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable<'a> {
    /// Fewer than the eight fixed columns (how many there were).
    FewColumns(usize),
    /// POS is not a position (the text).
    BadPos(&'a str),
    /// REF is empty or `.`.
    EmptyRef,
}

/// An INFO item as key and value (`""` for a flag), found with one SIMD
/// scan: `str::split_once(char)` was a visible part of a load's profile.
fn key_value(item: &str) -> (&str, &str) {
    match memchr::memchr(b'=', item.as_bytes()) {
        Some(at) => (&item[..at], &item[at + 1..]),
        None => (item, ""),
    }
}

impl<'a> RecordFields<'a> {
    /// The record in `columns`, if it is one.
    pub fn new(columns: Columns<'a>) -> Result<RecordFields<'a>, Unreadable<'a>> {
        let f = columns.fields;
        if f.len() < 8 {
            return Err(Unreadable::FewColumns(f.len()));
        }
        let Ok(pos) = f[1].parse::<u32>() else { return Err(Unreadable::BadPos(f[1])) };
        if f[3].is_empty() || f[3] == "." {
            return Err(Unreadable::EmptyRef);
        }
        let alts = split_on(f[4], b',').filter(|a| *a != ".").collect();
        let info = split_on(f[7], b';').filter(|item| !item.is_empty() && *item != ".").map(key_value).collect();
        Ok(RecordFields { columns: f, pos, alts, info })
    }

    /// The record on `line` (without its line end).
    pub fn read(line: &'a str) -> Result<RecordFields<'a>, Unreadable<'a>> {
        RecordFields::new(split_columns(line))
    }

    pub fn chrom(&self) -> &'a str {
        self.columns[0]
    }

    pub fn id(&self) -> &'a str {
        self.columns[2]
    }

    pub fn reference(&self) -> &'a str {
        self.columns[3]
    }

    /// QUAL: `Ok(None)` when missing, `Err` with the text when it is not a number.
    pub fn qual(&self) -> Result<Option<f32>, &'a str> {
        match self.columns[5] {
            "." => Ok(None),
            q => q.parse().map(Some).map_err(|_| q),
        }
    }

    pub fn filter(&self) -> &'a str {
        self.columns[6]
    }

    /// The value of INFO key `key` (`Some("")` for a flag).
    pub fn info_value(&self, key: &str) -> Option<&'a str> {
        self.info.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }

    /// FORMAT (`None` when the file has no sample columns).
    pub fn format(&self) -> Option<&'a str> {
        self.columns.get(8).copied()
    }

    /// The sample columns, in header order.
    pub fn samples(&self) -> &[&'a str] {
        self.columns.get(9..).unwrap_or(&[])
    }

    /// All the columns (fixed, FORMAT and samples).
    pub fn column_count(&self) -> usize {
        self.columns.len()
    }

    /// What the annotation says of each ALT: the entries of the annotation
    /// field (`schema`), then the INFO fields read beside it (ClinVar,
    /// frequencies, scores). Entries that do not fit go to `anomalies`.
    pub fn annotate(
        &self,
        schema: Option<&AnnotationSchema>,
        info_fields: &InfoFields,
        anomalies: &mut Anomalies<'a>,
    ) -> Vec<AltAnnotation<'a>> {
        let mut annotations = Vec::new();
        match schema {
            Some(schema) => {
                let value = self.info_value(&schema.key).unwrap_or("");
                let scratch = &mut Scratch::default();
                summarize(schema, value, self.reference(), &self.alts, &mut annotations, anomalies, scratch);
            }
            None => annotations.resize(self.alts.len(), AltAnnotation::default()),
        }
        info_fields.apply(&self.info, &self.alts, &mut annotations);
        annotations
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_are_the_separator() {
        let c = split_columns("1\t10\t.\tA\tG\t.\tPASS\tDP=3;X");
        assert_eq!(c.fields.len(), 8);
        assert!(!c.split_on_spaces);
    }

    #[test]
    fn spaces_are_accepted_with_a_flag() {
        let c = split_columns("1 10  . A G . PASS DP=3");
        assert_eq!(c.fields, ["1", "10", ".", "A", "G", ".", "PASS", "DP=3"]);
        assert!(c.split_on_spaces);
    }

    #[test]
    fn a_tab_line_with_spaces_inside_a_value_keeps_them() {
        let c = split_columns("1\t10\t.\tA\tG\t.\tPASS\tNOTE=two words");
        assert_eq!(c.fields[7], "NOTE=two words");
    }

    #[test]
    fn record_fields_read_info_alts_and_qual() {
        let r = RecordFields::read("1\t10\trs1\tA\tG,.\t.\tPASS\tDP=3;DB;.;CSQ=a|b\tGT\t0/1").unwrap();
        assert_eq!((r.chrom(), r.pos, r.id(), r.reference()), ("1", 10, "rs1", "A"));
        assert_eq!(r.alts, ["G"], "a `.` ALT is no allele");
        assert_eq!(r.info, [("DP", "3"), ("DB", ""), ("CSQ", "a|b")]);
        assert_eq!((r.info_value("DB"), r.info_value("AF")), (Some(""), None));
        assert_eq!(r.qual(), Ok(None));
        assert_eq!((r.format(), r.samples()), (Some("GT"), &["0/1"][..]));
        let r = RecordFields::read("1\t10\t.\tA\tG\tlow\tPASS\t.").unwrap();
        assert_eq!((r.qual(), r.format(), r.samples().len(), r.info.len()), (Err("low"), None, 0, 0));
    }

    #[test]
    fn unusable_lines_say_why() {
        assert_eq!(RecordFields::read("1\t10\t.\tA").unwrap_err(), Unreadable::FewColumns(4));
        assert_eq!(RecordFields::read("1\tx1\t.\tA\tG\t.\t.\t.").unwrap_err(), Unreadable::BadPos("x1"));
        assert_eq!(RecordFields::read("1\t10\t.\t.\tG\t.\t.\t.").unwrap_err(), Unreadable::EmptyRef);
    }
}
