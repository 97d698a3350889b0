//! The per-ALT summary the variant table and the filters need from an
//! annotation value: gene, worst consequence and impact, over all
//! transcripts. (The transcript policy of the engine issue narrows which
//! entries count; here every entry does.)

use super::consequence::{Consequence, Impact};
use super::schema::{AnnotationKind, AnnotationSchema};

/// What one ALT allele's annotation entries add up to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AltSummary<'a> {
    /// Gene symbol of the entry with the worst consequence.
    pub gene: Option<&'a str>,
    /// The most severe consequence over the entries.
    pub consequence: Option<Consequence>,
    /// The impact written with that entry, or else the term's own class.
    pub impact: Option<Impact>,
}

impl<'a> AltSummary<'a> {
    fn absorb(&mut self, entry: Entry<'a>) {
        let better = match (entry.consequence, self.consequence) {
            (Some(new), Some(old)) => new < old,
            (Some(_), None) => true,
            (None, _) => false,
        };
        if better {
            self.consequence = entry.consequence;
            self.impact = entry.impact.or(entry.consequence.map(Consequence::impact));
            if entry.gene.is_some() {
                self.gene = entry.gene;
            }
        } else if self.consequence.is_none() {
            self.impact = match (self.impact, entry.impact) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
        }
        if self.gene.is_none() {
            self.gene = entry.gene;
        }
    }
}

/// Anomalies found while summarising, for the parser's diagnostics.
#[derive(Debug, Default)]
pub struct Anomalies<'a> {
    /// Entries whose allele matched no ALT of the record.
    pub unmatched_alleles: Vec<&'a str>,
    /// Consequence terms not in the SO table.
    pub unknown_terms: Vec<&'a str>,
}

#[derive(Clone, Copy)]
struct Entry<'a> {
    gene: Option<&'a str>,
    consequence: Option<Consequence>,
    impact: Option<Impact>,
}

/// Summarises `value` (the INFO value of `schema.key`) for each of `alts`,
/// writing one [`AltSummary`] per ALT into `out`.
pub fn summarize<'a>(
    schema: &AnnotationSchema,
    value: &'a str,
    reference: &str,
    alts: &[&str],
    out: &mut Vec<AltSummary<'a>>,
    anomalies: &mut Anomalies<'a>,
) {
    out.clear();
    out.resize(alts.len(), AltSummary::default());
    for raw in value.split(',') {
        if raw.is_empty() {
            continue;
        }
        let (fields_text, eff_name) = match schema.kind {
            AnnotationKind::Eff => split_eff(raw),
            _ => (raw, None),
        };
        let fields: Vec<&str> = fields_text.split('|').collect();
        let get = |col: Option<usize>| col.and_then(|c| fields.get(c)).map(|f| f.trim()).filter(|f| !f.is_empty());
        let consequence = match schema.kind {
            AnnotationKind::Eff => eff_name.and_then(|n| record_unknown(n, Consequence::parse_eff(n), anomalies)),
            _ => get(schema.consequence).and_then(|terms| {
                terms.split('&').filter_map(|t| record_unknown(t, Consequence::parse(t), anomalies)).min()
            }),
        };
        let entry = Entry { gene: get(schema.symbol), consequence, impact: get(schema.impact).and_then(Impact::parse) };
        match target_alt(schema, &get, reference, alts) {
            Target::One(i) => out[i].absorb(entry),
            Target::All => {
                for summary in out.iter_mut() {
                    summary.absorb(entry);
                }
            }
            Target::None(allele) => anomalies.unmatched_alleles.push(allele),
        }
    }
}

fn record_unknown<'a>(
    term: &'a str,
    parsed: Option<Consequence>,
    anomalies: &mut Anomalies<'a>,
) -> Option<Consequence> {
    if parsed.is_none() && !term.is_empty() {
        anomalies.unknown_terms.push(term);
    }
    parsed
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

enum Target<'a> {
    One(usize),
    All,
    None(&'a str),
}

/// Which ALT an entry belongs to: by `ALLELE_NUM` when present, else by the
/// `Allele` column, compared with the ALT as written and as VEP trims it.
/// Without either column every entry describes every ALT.
fn target_alt<'a>(
    schema: &AnnotationSchema,
    get: &dyn Fn(Option<usize>) -> Option<&'a str>,
    reference: &str,
    alts: &[&str],
) -> Target<'a> {
    if let Some(num) = get(schema.allele_num).and_then(|n| n.parse::<usize>().ok()) {
        return match num.checked_sub(1).filter(|i| *i < alts.len()) {
            Some(i) => Target::One(i),
            None => Target::None(get(schema.allele_num).unwrap_or("")),
        };
    }
    let Some(allele) = get(schema.allele) else {
        return Target::All;
    };
    if let Some(i) = alts.iter().position(|alt| alt.eq_ignore_ascii_case(allele)) {
        return Target::One(i);
    }
    if alts.len() == 1 && schema.kind != AnnotationKind::Vep {
        // SnpEff writes cancer-style `ALT-REF` alleles; with one ALT there is
        // no doubt which it describes.
        return Target::One(0);
    }
    let trim = vep_trims_first_base(reference, alts);
    if trim {
        if let Some(i) = alts.iter().position(|alt| vep_allele(alt).eq_ignore_ascii_case(allele)) {
            return Target::One(i);
        }
    }
    Target::None(allele)
}

/// VEP drops the first base when REF and every ALT share it (VEP docs,
/// "Input formats: VCF").
fn vep_trims_first_base(reference: &str, alts: &[&str]) -> bool {
    let first = reference.as_bytes().first();
    first.is_some() && alts.iter().all(|alt| alt.as_bytes().first() == first)
}

fn vep_allele(alt: &str) -> &str {
    match &alt[1..] {
        "" => "-",
        rest => rest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vep() -> AnnotationSchema {
        AnnotationSchema::from_description("CSQ", "Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL").unwrap()
    }

    fn run<'a>(schema: &AnnotationSchema, value: &'a str, reference: &str, alts: &[&str]) -> Vec<AltSummary<'a>> {
        let mut out = Vec::new();
        summarize(schema, value, reference, alts, &mut out, &mut Anomalies::default());
        out
    }

    #[test]
    fn worst_consequence_wins_over_transcripts_and_ampersand_lists() {
        let s = run(
            &vep(),
            "T|intron_variant|MODIFIER|GENE1,T|splice_region_variant&missense_variant|MODERATE|GENE2",
            "C",
            &["T"],
        );
        assert_eq!(s[0].consequence.unwrap().as_str(), "missense_variant");
        assert_eq!(s[0].impact, Some(Impact::Moderate));
        assert_eq!(s[0].gene, Some("GENE2"));
    }

    #[test]
    fn trimmed_vep_alleles_find_their_alt() {
        // CTT > C (deletion, VEP allele "-") and CTT > CT.
        let s = run(&vep(), "-|frameshift_variant|HIGH|A,T|inframe_deletion|MODERATE|A", "CTT", &["C", "CT"]);
        assert_eq!(s[0].consequence.unwrap().as_str(), "frameshift_variant");
        assert_eq!(s[1].consequence.unwrap().as_str(), "inframe_deletion");
    }

    #[test]
    fn allele_num_overrides_allele_text() {
        let schema =
            AnnotationSchema::from_description("CSQ", "Ensembl VEP. Format: Allele|Consequence|SYMBOL|ALLELE_NUM")
                .unwrap();
        let s = run(&schema, "X|stop_gained|G|2", "A", &["C", "G"]);
        assert!(s[0].consequence.is_none());
        assert_eq!(s[1].consequence.unwrap().as_str(), "stop_gained");
    }

    #[test]
    fn without_an_allele_column_entries_apply_to_every_alt() {
        let schema = AnnotationSchema::from_description("CSQ", "Ensembl VEP. Format: Consequence|SYMBOL").unwrap();
        let s = run(&schema, "missense_variant|G", "A", &["C", "G"]);
        assert!(s.iter().all(|a| a.gene == Some("G")));
    }

    #[test]
    fn unmatched_alleles_and_unknown_terms_are_reported() {
        let mut out = Vec::new();
        let mut anomalies = Anomalies::default();
        summarize(&vep(), "G|bogus_term|HIGH|X", "A", &["C"], &mut out, &mut anomalies);
        assert_eq!(anomalies.unmatched_alleles, ["G"]);
        let mut anomalies = Anomalies::default();
        summarize(&vep(), "C|bogus_term|HIGH|X", "A", &["C"], &mut out, &mut anomalies);
        assert_eq!(anomalies.unknown_terms, ["bogus_term"]);
        assert_eq!(out[0].impact, Some(Impact::High), "the written impact survives an unknown term");
    }

    #[test]
    fn eff_entries_are_read() {
        let schema = AnnotationSchema::from_description(
            "EFF",
            "Predicted effects. Format: 'Effect ( Effect_Impact | Functional_Class | Codon_Change | Amino_Acid_change| Amino_Acid_length | Gene_Name | Gene_BioType )'",
        )
        .unwrap();
        let s = run(
            &schema,
            "DOWNSTREAM(MODIFIER|||||FAM138A|protein_coding),NON_SYNONYMOUS_CODING(MODERATE|MISSENSE|Gca/Aca|A32T|100|OR4F5|protein_coding)",
            "G",
            &["A"],
        );
        assert_eq!(s[0].consequence.unwrap().as_str(), "missense_variant");
        assert_eq!(s[0].gene, Some("OR4F5"));
    }
}
