//! One annotation entry (one transcript or feature of one ALT allele), read
//! from its `|`-separated fields without copying: every text field borrows
//! from the record line.

use super::clinvar::{review_stars, ClinVarSignificance};
use super::consequence::{Consequence, Impact};
use super::fields::Columns;
use super::schema::AnnotationKind;
use crate::text::split_on;
use std::borrow::Cow;

/// One annotation entry, as the file wrote it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Transcript<'a> {
    /// The `Allele` column (VEP trims indel alleles; see `summary`).
    pub allele: &'a str,
    /// `ALLELE_NUM`, 1-based, when the file has it.
    pub allele_num: Option<usize>,
    /// The consequence terms as written (`&`-list, or the EFF effect name).
    pub terms: &'a str,
    /// The most severe recognised term.
    pub worst: Option<Consequence>,
    /// The impact written with the entry.
    pub impact: Option<Impact>,
    pub symbol: Option<&'a str>,
    pub gene_id: Option<&'a str>,
    pub hgnc_id: Option<&'a str>,
    pub feature: Option<&'a str>,
    pub biotype: Option<&'a str>,
    /// HGVS as written (percent escapes intact: see [`unescape`]).
    pub hgvsc: Option<&'a str>,
    pub hgvsp: Option<&'a str>,
    pub protein_start: Option<u32>,
    pub protein_end: Option<u32>,
    pub protein_length: Option<u32>,
    pub canonical: bool,
    pub mane_select: bool,
    /// The RefSeq transcript VEP's `MANE_SELECT` column (or, in VEP 97 to
    /// 102, its `MANE` column) names for the entry (`NM_003165.6`): the
    /// versioned NM_ a report quotes.
    pub mane_select_id: Option<&'a str>,
    pub pick: bool,
    /// LOFTEE `HC`/`LC`.
    pub lof: Option<&'a str>,
    /// The highest population AF over the columns in use.
    pub af: Option<f32>,
    /// The highest filtering AF (faf95) among them.
    pub faf: Option<f32>,
    pub clinvar: ClinVarSignificance,
    pub clinvar_stars: Option<u8>,
    pub cadd: Option<f32>,
    pub revel: Option<f32>,
    pub spliceai: Option<f32>,
    pub alphamissense: Option<f32>,
}

/// Parsed numbers of the previous entry, by column: VEP repeats per-allele
/// values (AF, most scores) in every transcript's entry, and comparing a
/// short text is much cheaper than parsing it again.
#[derive(Default)]
pub struct NumberCache<'a> {
    last: Vec<(&'a str, Option<f32>)>,
}

impl<'a> NumberCache<'a> {
    fn max_of(&mut self, column: usize, field: &'a str) -> Option<f32> {
        if self.last.len() <= column {
            self.last.resize(column + 1, ("\u{0}", None));
        }
        let (text, value) = &mut self.last[column];
        if *text != field {
            *text = field;
            *value = max_f32(numbers(field));
        }
        *value
    }
}

/// Reads one entry (`raw`, between commas of the INFO value). Terms that are
/// not in the SO table go to `unknown`. `fields` and `cache` are reused
/// between entries.
pub fn read_transcript<'a>(
    raw: &'a str,
    kind: AnnotationKind,
    cols: &Columns,
    fields: &mut Vec<&'a str>,
    cache: &mut NumberCache<'a>,
    unknown: &mut Vec<&'a str>,
) -> Transcript<'a> {
    let (inner, eff_name) = match kind {
        AnnotationKind::Eff => split_eff(raw),
        _ => (raw, None),
    };
    fields.clear();
    fields.extend(split_on(inner, b'|').take(cols.needed));
    // No trimming: VEP and SnpEff write no padding inside values.
    let get = |c: Option<usize>| c.and_then(|i| fields.get(i)).copied().filter(|f| !f.is_empty());
    let mut max_of = |cs: &[usize]| {
        let mut best: Option<f32> = None;
        for &i in cs {
            if let Some(field) = get(Some(i)) {
                if let Some(v) = cache.max_of(i, field) {
                    best = Some(best.map_or(v, |b| b.max(v)));
                }
            }
        }
        best
    };

    let terms = match kind {
        AnnotationKind::Eff => eff_name.unwrap_or(""),
        _ => get(cols.consequence).unwrap_or(""),
    };
    let worst = terms
        .split('&')
        .filter(|t| !t.is_empty())
        .filter_map(|t| {
            let parsed = if kind == AnnotationKind::Eff { Consequence::parse_eff(t) } else { Consequence::parse(t) };
            if parsed.is_none() {
                unknown.push(t);
            }
            parsed
        })
        .min();
    let (protein_start, protein_end, protein_length) =
        get(cols.protein_position).map_or((None, None, None), protein_position);
    let clinvar =
        cols.clinvar.iter().filter_map(|&i| fields.get(i)).fold(ClinVarSignificance::default(), |acc, f| {
            ClinVarSignificance(acc.0 | ClinVarSignificance::parse(f).0)
        });
    let clinvar_stars = cols.clinvar_review.iter().filter_map(|&i| get(Some(i))).map(review_stars).max();
    // VEP 97 to 102 write the MANE Select RefSeq accession in `MANE` (their
    // --mane reports MANE Select only); later releases write `MANE_Select`
    // or `MANE_Plus_Clinical` there and the accession in `MANE_SELECT`.
    let mane = get(cols.mane);
    let mane_accession = mane.filter(|m| m.starts_with("NM_") || m.starts_with("NR_"));
    let mane = mane.is_some_and(|m| m.contains("MANE_Select")) || mane_accession.is_some();

    Transcript {
        allele: get(cols.allele).unwrap_or(""),
        allele_num: get(cols.allele_num).and_then(|n| n.parse().ok()),
        terms,
        worst,
        impact: get(cols.impact).and_then(Impact::parse),
        symbol: get(cols.symbol),
        gene_id: get(cols.gene_id),
        hgnc_id: get(cols.hgnc_id),
        feature: get(cols.feature),
        biotype: get(cols.biotype),
        hgvsc: get(cols.hgvsc),
        hgvsp: get(cols.hgvsp),
        protein_start,
        protein_end,
        protein_length,
        canonical: get(cols.canonical).is_some_and(|c| c.eq_ignore_ascii_case("YES") || c == "1"),
        mane_select: mane || get(cols.mane_select).is_some(),
        mane_select_id: get(cols.mane_select).or(mane_accession),
        pick: get(cols.pick) == Some("1"),
        lof: get(cols.lof),
        af: max_of(&cols.af),
        faf: max_of(&cols.faf),
        clinvar,
        clinvar_stars,
        cadd: max_of(&cols.cadd),
        revel: max_of(&cols.revel),
        spliceai: max_of(&cols.spliceai),
        alphamissense: max_of(&cols.alphamissense),
    }
}

/// `EFFECT(f1|f2|...)` -> (`f1|f2|...`, `EFFECT`).
fn split_eff(raw: &str) -> (&str, Option<&str>) {
    match raw.find('(') {
        Some(open) => {
            let inner = &raw[open + 1..];
            (inner.strip_suffix(')').unwrap_or(inner), Some(&raw[..open]))
        }
        None => ("", Some(raw)),
    }
}

/// The numbers in a field: VEP writes `&`-lists when several sources
/// match (`0.01&0.02`), and `.` or nothing when there is no value.
pub fn numbers(field: &str) -> impl Iterator<Item = f32> + '_ {
    // Most fields are empty or one number: skip the splitting for them.
    let simple = !field.contains(['&', ',']);
    let single = simple.then(|| field.trim().parse::<f32>().ok()).flatten();
    let many =
        (!simple).then(|| field.split(['&', ',']).filter_map(|v| v.trim().parse::<f32>().ok())).into_iter().flatten();
    single.into_iter().chain(many).filter(|v| v.is_finite())
}

/// The maximum, ignoring NaN; `None` for no values.
pub fn max_f32(values: impl Iterator<Item = f32>) -> Option<f32> {
    values.fold(None, |acc: Option<f32>, v| Some(acc.map_or(v, |a| a.max(v))))
}

/// VEP `Protein_position` is `start[-end][/length]` (`?` for an unknown
/// end); SnpEff `AA.pos / AA.length` is `pos/length`.
fn protein_position(text: &str) -> (Option<u32>, Option<u32>, Option<u32>) {
    let (span, length) = match text.split_once('/') {
        Some((span, length)) => (span.trim(), length.trim().parse().ok()),
        None => (text.trim(), None),
    };
    let (start, end) = match span.split_once('-') {
        Some((s, e)) => (s.parse().ok(), e.parse().ok()),
        None => (span.parse().ok(), span.parse().ok()),
    };
    (start, end, length)
}

/// Undoes VCF 4.3 percent-encoding (section 1.2): `p.Gly12%3D` -> `p.Gly12=`.
pub fn unescape(text: &str) -> Cow<'_, str> {
    if !text.contains('%') {
        return Cow::Borrowed(text);
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    Cow::Owned(String::from_utf8_lossy(&out).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::fields::FieldMap;

    /// The entry `raw` read under the VEP fields `list`.
    fn read<'a>(list: &str, raw: &'a str) -> Transcript<'a> {
        let cols = columns(list);
        read_transcript(raw, AnnotationKind::Vep, &cols, &mut Vec::new(), &mut NumberCache::default(), &mut Vec::new())
    }

    fn columns(list: &str) -> Columns {
        let description = format!("Ensembl VEP. Format: {list}");
        let schema = crate::annotation::AnnotationSchema::from_description("CSQ", &description, &FieldMap::default());
        schema.unwrap().with_frequencies().cols
    }

    #[test]
    fn a_vep_entry_with_scores_and_flags() {
        let t = read(
            "Allele|Consequence|IMPACT|SYMBOL|HGNC_ID|HGVSp|Protein_position|CANONICAL|MANE_SELECT|PICK|gnomADe_AF|MAX_AF|CLIN_SIG|REVEL|SpliceAI_pred_DS_AG|SpliceAI_pred_DS_DL|LoF",
            "T|splice_region_variant&missense_variant|MODERATE|SCN1A|HGNC:10585|ENSP1:p.Arg1516Gln|1516/2009|YES|NM_001165963.4|1|0.0001|0.0003|pathogenic&likely_pathogenic|0.94|0.02|0.31|HC",
        );
        assert_eq!(t.worst.unwrap().as_str(), "missense_variant");
        assert_eq!((t.symbol, t.hgnc_id), (Some("SCN1A"), Some("HGNC:10585")));
        assert_eq!((t.protein_start, t.protein_length), (Some(1516), Some(2009)));
        assert!(t.canonical && t.mane_select && t.pick);
        assert_eq!(t.af, Some(0.0003), "the maximum over the AF columns");
        assert_eq!(t.spliceai, Some(0.31));
        assert_eq!(t.revel, Some(0.94));
        assert_eq!(t.clinvar.words(), ["pathogenic", "likely_pathogenic"]);
        assert_eq!(t.lof, Some("HC"));
    }

    #[test]
    fn mane_select_as_each_vep_release_writes_it() {
        let read = |list: &str, raw: &str| {
            let t = read(list, raw);
            (t.mane_select, t.mane_select_id.map(str::to_owned))
        };
        // VEP 100 (vembrane's test files): the accession in `MANE`.
        assert_eq!(
            read("Allele|Consequence|MANE", "T|synonymous_variant|NM_006015.6"),
            (true, Some("NM_006015.6".into()))
        );
        // VEP 104 and later: the kind in `MANE`, the accession in `MANE_SELECT`.
        let later = "Allele|Consequence|MANE|MANE_SELECT";
        assert_eq!(read(later, "T|missense_variant|MANE_Select|NM_000059.4"), (true, Some("NM_000059.4".into())));
        assert_eq!(read(later, "T|missense_variant|MANE_Plus_Clinical|"), (false, None));
        assert_eq!(read(later, "T|missense_variant||"), (false, None));
    }

    #[test]
    fn snpeff_protein_position_and_length() {
        let cols = columns("Allele|Annotation|Annotation_Impact|Gene_Name|HGVS.p|AA.pos / AA.length");
        let t = read_transcript(
            "A|missense_variant|MODERATE|G|p.Ala32Thr|32/100",
            AnnotationKind::Snpeff,
            &cols,
            &mut Vec::new(),
            &mut NumberCache::default(),
            &mut Vec::new(),
        );
        assert_eq!((t.protein_start, t.protein_length), (Some(32), Some(100)));
        assert_eq!(t.hgvsp, Some("p.Ala32Thr"));
    }

    #[test]
    fn missing_values_are_none_not_zero() {
        let cols = columns("Allele|Consequence|MAX_AF|REVEL|Protein_position");
        let t = read_transcript(
            "T|intron_variant|||-/321",
            AnnotationKind::Vep,
            &cols,
            &mut Vec::new(),
            &mut NumberCache::default(),
            &mut Vec::new(),
        );
        assert_eq!((t.af, t.revel, t.protein_start, t.protein_length), (None, None, None, Some(321)));
    }

    #[test]
    fn percent_escapes_are_undone() {
        assert_eq!(unescape("p.Gly12%3D"), "p.Gly12=");
        assert_eq!(unescape("a%2Cb%3Bc%25"), "a,b;c%");
        assert_eq!(unescape("100%"), "100%");
        assert_eq!(unescape("%zz"), "%zz");
    }
}
