//! What one ALT allele's annotation entries add up to: under each transcript
//! policy, the worst consequence, its impact and gene; over all entries, the
//! frequency, scores, ClinVar and LoF facts the filters need.

use super::clinvar::ClinVarSignificance;
use super::consequence::{Consequence, Impact};
use super::schema::{AnnotationKind, AnnotationSchema};
use super::transcript::{max_f32, read_transcript, NumberCache, Transcript};
use crate::i18n::Lang;
use crate::text::split_on;
use serde::{Deserialize, Serialize};

/// Which transcripts count towards a variant's worst consequence (shared
/// SPEC.md section 2: "all, canonical, MANE Select, or the file's PICK
/// flag"; "clinicians read HGVS on MANE Select first, then canonical").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum TranscriptPolicy {
    /// MANE Select where the variant has a MANE Select entry, else the
    /// canonical transcript, else all: decided per variant, as clinicians
    /// read a variant.
    #[default]
    Preferred,
    All,
    Canonical,
    ManeSelect,
    Pick,
}

impl TranscriptPolicy {
    pub const EVERY: [TranscriptPolicy; 5] = [
        TranscriptPolicy::Preferred,
        TranscriptPolicy::All,
        TranscriptPolicy::Canonical,
        TranscriptPolicy::ManeSelect,
        TranscriptPolicy::Pick,
    ];

    /// The name shown to people, in `lang`.
    pub fn label(self, lang: Lang) -> String {
        lang.t(match self {
            TranscriptPolicy::Preferred => msg!("policy-preferred"),
            TranscriptPolicy::All => msg!("policy-all"),
            TranscriptPolicy::Canonical => msg!("policy-canonical"),
            TranscriptPolicy::ManeSelect => msg!("policy-mane-select"),
            TranscriptPolicy::Pick => msg!("policy-pick"),
        })
    }

    /// Position in [`TranscriptPolicy::EVERY`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Whether an entry counts under this policy; `Preferred` is decided
    /// from the others once every entry is seen.
    fn admits(self, t: &Transcript<'_>) -> bool {
        match self {
            TranscriptPolicy::Preferred => false,
            TranscriptPolicy::All => true,
            TranscriptPolicy::Canonical => t.canonical,
            TranscriptPolicy::ManeSelect => t.mane_select,
            TranscriptPolicy::Pick => t.pick,
        }
    }

    /// Which transcripts gave the worst consequence under this policy, for
    /// an ALT whose entries carry the flags in `flags`.
    pub fn basis(self, flags: TranscriptFlags) -> TranscriptBasis {
        let kind = |flagged: bool, basis| if flagged { basis } else { TranscriptBasis::All };
        match self {
            TranscriptPolicy::Preferred if flags.mane_select => TranscriptBasis::ManeSelect,
            TranscriptPolicy::Preferred => kind(flags.canonical, TranscriptBasis::Canonical),
            TranscriptPolicy::All => TranscriptBasis::All,
            TranscriptPolicy::Canonical => kind(flags.canonical, TranscriptBasis::Canonical),
            TranscriptPolicy::ManeSelect => kind(flags.mane_select, TranscriptBasis::ManeSelect),
            TranscriptPolicy::Pick => kind(flags.pick, TranscriptBasis::Pick),
        }
    }
}

/// Which kinds of flagged transcript an ALT's entries include.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranscriptFlags {
    pub mane_select: bool,
    pub canonical: bool,
    pub pick: bool,
}

impl TranscriptFlags {
    /// Packed in a byte, for the store.
    pub fn pack(self) -> u8 {
        u8::from(self.mane_select) | u8::from(self.canonical) << 1 | u8::from(self.pick) << 2
    }

    pub fn unpack(bits: u8) -> TranscriptFlags {
        TranscriptFlags { mane_select: bits & 1 != 0, canonical: bits & 2 != 0, pick: bits & 4 != 0 }
    }
}

/// Which transcripts a variant's shown consequence and HGVS come from, and
/// so why: said wherever they are shown (table, detail, note, FHIR).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum TranscriptBasis {
    /// The MANE Select transcript.
    ManeSelect,
    /// The canonical transcript (the variant has no MANE Select entry, or
    /// the policy asked for canonical).
    Canonical,
    /// VEP's PICK.
    Pick,
    /// The worst over every transcript (none of the kind asked for).
    All,
}

impl TranscriptBasis {
    /// The message key of its name.
    pub fn key(self) -> &'static str {
        match self {
            TranscriptBasis::ManeSelect => msg!("basis-mane-select"),
            TranscriptBasis::Canonical => msg!("basis-canonical"),
            TranscriptBasis::Pick => msg!("basis-pick"),
            TranscriptBasis::All => msg!("basis-all"),
        }
    }

    /// The message key of its short name (a table cell's tag).
    pub fn short_key(self) -> &'static str {
        match self {
            TranscriptBasis::ManeSelect => msg!("basis-short-mane-select"),
            TranscriptBasis::Canonical => msg!("basis-short-canonical"),
            TranscriptBasis::Pick => msg!("basis-short-pick"),
            TranscriptBasis::All => msg!("basis-short-all"),
        }
    }
}

/// The worst entry of one ALT under one policy.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PolicySummary<'a> {
    pub gene: Option<&'a str>,
    pub consequence: Option<Consequence>,
    /// The impact written with that entry, or else the term's own class.
    pub impact: Option<Impact>,
    /// Index of that entry among the record's entries.
    pub entry: Option<u16>,
}

/// Everything the store keeps about one ALT's annotation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AltAnnotation<'a> {
    /// By [`TranscriptPolicy::index`]. A policy that admits none of this
    /// ALT's entries (an intergenic variant has no canonical transcript, an
    /// older file no MANE column) falls back to all entries.
    pub by_policy: [PolicySummary<'a>; 5],
    /// Which flagged transcripts the ALT's entries include.
    pub flags: TranscriptFlags,
    pub hgnc_id: Option<&'a str>,
    /// Every distinct gene symbol among this ALT's entries, in file order:
    /// a variant can lie in two genes, and a panel should find it by either.
    pub genes: Vec<&'a str>,
    /// Population AF: the highest over the sources in use.
    pub af: Option<f32>,
    /// The highest filtering allele frequency (faf95) among them.
    pub faf: Option<f32>,
    pub cadd: Option<f32>,
    pub revel: Option<f32>,
    pub spliceai: Option<f32>,
    pub alphamissense: Option<f32>,
    pub clinvar: ClinVarSignificance,
    pub clinvar_stars: Option<u8>,
    /// A LOFTEE high-confidence loss-of-function call on any entry.
    pub lof_hc: bool,
    /// The pipeline's rank score ([`super::fields::FieldMap::rank_score_info`]).
    pub rank_score: Option<f32>,
}

/// The frequency, scores and ClinVar facts of one ALT, as shown to people
/// and exported: the same for a table row and a decoded record.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Scores {
    /// Population AF: the highest over the file's frequency sources in use
    /// (`annotation::frequency`).
    pub af: Option<f32>,
    /// The highest filtering allele frequency (faf95) in use, where the
    /// file has one: what BA1 and BS1 are held against.
    #[serde(default)]
    pub faf: Option<f32>,
    pub cadd: Option<f32>,
    pub revel: Option<f32>,
    /// SpliceAI: the maximum delta score.
    pub spliceai: Option<f32>,
    pub alphamissense: Option<f32>,
    /// ClinVar significance classes (snake_case words).
    pub clinvar: Vec<String>,
    /// ClinVar review stars, 0 to 4.
    pub clinvar_stars: Option<u8>,
    /// A LOFTEE high-confidence loss-of-function call on any entry.
    pub lof_hc: bool,
    /// A pipeline's own rank score (genmod's `RankScore`), where the file
    /// has one. Written only then, so notes and sessions of files without
    /// one stay as they were.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank_score: Option<f32>,
}

impl<'a> AltAnnotation<'a> {
    /// The facts shown for this ALT.
    pub fn scores(&self) -> Scores {
        Scores {
            af: self.af,
            faf: self.faf,
            cadd: self.cadd,
            revel: self.revel,
            spliceai: self.spliceai,
            alphamissense: self.alphamissense,
            clinvar: self.clinvar.words().into_iter().map(String::from).collect(),
            clinvar_stars: self.clinvar_stars,
            lof_hc: self.lof_hc,
            rank_score: self.rank_score,
        }
    }

    /// The summary under `policy`.
    pub fn under(&self, policy: TranscriptPolicy) -> &PolicySummary<'a> {
        &self.by_policy[policy.index()]
    }

    fn absorb(&mut self, t: &Transcript<'a>, entry: u16, admitted: &mut [bool; 5]) {
        self.flags.mane_select |= t.mane_select;
        self.flags.canonical |= t.canonical;
        self.flags.pick |= t.pick;
        for policy in TranscriptPolicy::EVERY {
            if !policy.admits(t) {
                continue;
            }
            admitted[policy.index()] = true;
            let summary = &mut self.by_policy[policy.index()];
            let better = match (t.worst, summary.consequence) {
                (Some(new), Some(old)) => new < old,
                (Some(_), None) => true,
                (None, _) => summary.entry.is_none(),
            };
            if better {
                summary.consequence = t.worst;
                summary.impact = t.impact.or(t.worst.map(Consequence::impact));
                summary.entry = Some(entry);
                summary.gene = t.symbol.or(summary.gene);
            } else if summary.gene.is_none() {
                summary.gene = t.symbol;
            }
        }
        self.hgnc_id = self.hgnc_id.or(t.hgnc_id);
        if let Some(symbol) = t.symbol {
            if !self.genes.contains(&symbol) {
                self.genes.push(symbol);
            }
        }
        self.af = max_f32(self.af.into_iter().chain(t.af));
        self.faf = max_f32(self.faf.into_iter().chain(t.faf));
        self.cadd = max_f32(self.cadd.into_iter().chain(t.cadd));
        self.revel = max_f32(self.revel.into_iter().chain(t.revel));
        self.spliceai = max_f32(self.spliceai.into_iter().chain(t.spliceai));
        self.alphamissense = max_f32(self.alphamissense.into_iter().chain(t.alphamissense));
        self.clinvar = ClinVarSignificance(self.clinvar.0 | t.clinvar.0);
        self.clinvar_stars = self.clinvar_stars.max(t.clinvar_stars);
        self.lof_hc |= t.lof == Some("HC");
    }

    /// A policy that admitted none of the ALT's entries takes all of
    /// them; `Preferred` takes MANE Select's, else canonical's, else all.
    fn fall_back(&mut self, admitted: &[bool; 5]) {
        let all = self.by_policy[TranscriptPolicy::All.index()];
        for policy in TranscriptPolicy::EVERY {
            if !admitted[policy.index()] {
                self.by_policy[policy.index()] = all;
            }
        }
        let preferred = match TranscriptPolicy::Preferred.basis(self.flags) {
            TranscriptBasis::ManeSelect => TranscriptPolicy::ManeSelect,
            TranscriptBasis::Canonical => TranscriptPolicy::Canonical,
            _ => TranscriptPolicy::All,
        };
        self.by_policy[TranscriptPolicy::Preferred.index()] = self.by_policy[preferred.index()];
    }
}

/// Anomalies found while summarising, for the parser's diagnostics.
#[derive(Debug, Default)]
pub struct Anomalies<'a> {
    /// Entries whose allele matched no ALT of the record.
    pub unmatched_alleles: Vec<&'a str>,
    /// Entries whose allele differs from a record's only ALT; they are read
    /// as describing it (as bcftools +split-vep does).
    pub mismatched_alleles: Vec<&'a str>,
    /// Consequence terms not in the SO table.
    pub unknown_terms: Vec<&'a str>,
}

/// Reusable buffers, so summarising allocates nothing per record.
#[derive(Default)]
pub struct Scratch<'a> {
    fields: Vec<&'a str>,
    numbers: NumberCache<'a>,
    admitted: Vec<[bool; 5]>,
}

/// Summarises `value` (the INFO value of `schema.key`) for each of `alts`,
/// writing one [`AltAnnotation`] per ALT into `out`.
pub fn summarize<'a>(
    schema: &AnnotationSchema,
    value: &'a str,
    reference: &str,
    alts: &[&str],
    out: &mut Vec<AltAnnotation<'a>>,
    anomalies: &mut Anomalies<'a>,
    scratch: &mut Scratch<'a>,
) {
    out.clear();
    out.resize(alts.len(), AltAnnotation::default());
    scratch.admitted.clear();
    scratch.admitted.resize(alts.len(), [false; 5]);
    // One allocation for the entry's fields, not a growth chain per record.
    scratch.fields.reserve(schema.cols.needed);
    let trims = schema.kind == AnnotationKind::Vep && vep_trims_first_base(reference, alts);
    for (entry, raw) in split_on(value, b',').filter(|r| !r.is_empty()).enumerate() {
        let entry = u16::try_from(entry).unwrap_or(u16::MAX);
        let t = read_transcript(
            raw,
            schema.kind,
            &schema.cols,
            &mut scratch.fields,
            &mut scratch.numbers,
            &mut anomalies.unknown_terms,
        );
        match assign_entry(schema, &t, trims, alts) {
            Target::One(i) => out[i].absorb(&t, entry, &mut scratch.admitted[i]),
            Target::OnlyAlt => {
                anomalies.mismatched_alleles.push(t.allele);
                out[0].absorb(&t, entry, &mut scratch.admitted[0]);
            }
            Target::All => {
                for (alt, admitted) in out.iter_mut().zip(scratch.admitted.iter_mut()) {
                    alt.absorb(&t, entry, admitted);
                }
            }
            Target::None => anomalies.unmatched_alleles.push(t.allele),
        }
    }
    for (alt, admitted) in out.iter_mut().zip(&scratch.admitted) {
        alt.fall_back(admitted);
    }
}

/// Which ALT(s) an annotation entry describes.
pub(crate) enum Target {
    One(usize),
    /// The record's only ALT, although the entry's allele text differs.
    OnlyAlt,
    All,
    None,
}

/// Which ALT an entry belongs to: by `ALLELE_NUM` when present, else by the
/// `Allele` column, compared with the ALT as written and as VEP trims it.
/// Without either column every entry describes every ALT.
pub(crate) fn assign_entry(schema: &AnnotationSchema, t: &Transcript<'_>, trims: bool, alts: &[&str]) -> Target {
    if schema.cols.allele_num.is_some() {
        if let Some(num) = t.allele_num {
            return match num.checked_sub(1).filter(|i| *i < alts.len()) {
                Some(i) => Target::One(i),
                None => Target::None,
            };
        }
    }
    if schema.cols.allele.is_none() || t.allele.is_empty() {
        return Target::All;
    }
    if let Some(i) = alts.iter().position(|alt| alt.eq_ignore_ascii_case(t.allele)) {
        return Target::One(i);
    }
    if trims {
        if let Some(i) = alts.iter().position(|alt| vep_allele(alt).eq_ignore_ascii_case(t.allele)) {
            return Target::One(i);
        }
    }
    if let Some(i) = alts.iter().position(|alt| crate::sv::kind::vep_allele_names(alt, t.allele)) {
        return Target::One(i);
    }
    if alts.len() == 1 && crate::sv::kind::is_vep_sv_word(t.allele) {
        // VEP's structural-variant mode names a deletion written as
        // sequence `deletion`: no doubt, and nothing to warn of.
        return Target::One(0);
    }
    if alts.len() == 1 {
        // SnpEff writes cancer-style `ALT-REF` alleles, and files get edited:
        // with one ALT there is no doubt which the entry describes.
        return if schema.kind == AnnotationKind::Vep { Target::OnlyAlt } else { Target::One(0) };
    }
    Target::None
}

/// VEP drops the first base when REF and every ALT share it (VEP docs,
/// "Input formats: VCF").
pub(crate) fn vep_trims_first_base(reference: &str, alts: &[&str]) -> bool {
    let first = reference.as_bytes().first();
    first.is_some() && alts.iter().all(|alt| alt.as_bytes().first() == first)
}

fn vep_allele(alt: &str) -> &str {
    match alt.get(1..) {
        Some("") | None => "-",
        Some(rest) => rest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::fields::FieldMap;

    fn schema(description: &str) -> AnnotationSchema {
        AnnotationSchema::from_description("CSQ", description, &FieldMap::default()).unwrap().with_frequencies()
    }

    fn vep() -> AnnotationSchema {
        schema("Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|CANONICAL|MANE_SELECT|PICK")
    }

    fn run<'a>(schema: &AnnotationSchema, value: &'a str, reference: &str, alts: &[&str]) -> Vec<AltAnnotation<'a>> {
        let mut out = Vec::new();
        summarize(schema, value, reference, alts, &mut out, &mut Anomalies::default(), &mut Scratch::default());
        out
    }

    #[test]
    fn worst_consequence_wins_over_transcripts_and_ampersand_lists() {
        let s = run(
            &vep(),
            "T|intron_variant|MODIFIER|GENE1|||,T|splice_region_variant&missense_variant|MODERATE|GENE2|||",
            "C",
            &["T"],
        );
        let all = s[0].under(TranscriptPolicy::All);
        assert_eq!(all.consequence.unwrap().as_str(), "missense_variant");
        assert_eq!(all.impact, Some(Impact::Moderate));
        assert_eq!((all.gene, all.entry), (Some("GENE2"), Some(1)));
    }

    #[test]
    fn policies_narrow_the_entries_and_fall_back_when_none_is_flagged() {
        let value = "T|stop_gained|HIGH|A|||,T|missense_variant|MODERATE|A|YES|NM_1.1|,T|synonymous_variant|LOW|A|||1";
        let s = run(&vep(), value, "C", &["T"]);
        let worst = |p| s[0].under(p).consequence.unwrap().as_str();
        assert_eq!(worst(TranscriptPolicy::All), "stop_gained");
        assert_eq!(worst(TranscriptPolicy::Canonical), "missense_variant");
        assert_eq!(worst(TranscriptPolicy::ManeSelect), "missense_variant");
        assert_eq!(worst(TranscriptPolicy::Pick), "synonymous_variant");
        assert_eq!(worst(TranscriptPolicy::Preferred), "missense_variant");
        let s = run(&vep(), "T|intergenic_variant|MODIFIER||||", "C", &["T"]);
        assert_eq!(s[0].under(TranscriptPolicy::Canonical).consequence.unwrap().as_str(), "intergenic_variant");
    }

    #[test]
    fn preferred_is_mane_select_then_canonical_then_all_per_variant() {
        // Intronic on MANE Select, missense on another transcript: a
        // clinician reads the MANE transcript.
        let value = "T|intron_variant|MODIFIER|A|YES|NM_1.1|,T|missense_variant|MODERATE|A|||";
        let s = run(&vep(), value, "C", &["T"]);
        let preferred = s[0].under(TranscriptPolicy::Preferred);
        assert_eq!((preferred.consequence.unwrap().as_str(), preferred.entry), ("intron_variant", Some(0)));
        assert_eq!(TranscriptPolicy::Preferred.basis(s[0].flags), TranscriptBasis::ManeSelect);
        assert_eq!(s[0].under(TranscriptPolicy::All).consequence.unwrap().as_str(), "missense_variant");
        // No MANE entry: canonical.
        let s = run(&vep(), "T|intron_variant|MODIFIER|A|YES||,T|stop_gained|HIGH|A|||", "C", &["T"]);
        assert_eq!(s[0].under(TranscriptPolicy::Preferred).consequence.unwrap().as_str(), "intron_variant");
        assert_eq!(TranscriptPolicy::Preferred.basis(s[0].flags), TranscriptBasis::Canonical);
        // Neither: all.
        let s = run(&vep(), "T|intron_variant|MODIFIER|A|||,T|stop_gained|HIGH|A|||", "C", &["T"]);
        assert_eq!(s[0].under(TranscriptPolicy::Preferred).consequence.unwrap().as_str(), "stop_gained");
        assert_eq!(TranscriptPolicy::Preferred.basis(s[0].flags), TranscriptBasis::All);
        assert_eq!(TranscriptFlags::unpack(s[0].flags.pack()), s[0].flags);
    }

    #[test]
    fn trimmed_vep_alleles_find_their_alt() {
        // CTT > C (deletion, VEP allele "-") and CTT > CT.
        let s = run(&vep(), "-|frameshift_variant|HIGH|A|||,T|inframe_deletion|MODERATE|A|||", "CTT", &["C", "CT"]);
        assert_eq!(s[0].under(TranscriptPolicy::All).consequence.unwrap().as_str(), "frameshift_variant");
        assert_eq!(s[1].under(TranscriptPolicy::All).consequence.unwrap().as_str(), "inframe_deletion");
    }

    #[test]
    fn allele_num_overrides_allele_text() {
        let schema = schema("Ensembl VEP. Format: Allele|Consequence|SYMBOL|ALLELE_NUM");
        let s = run(&schema, "X|stop_gained|G|2", "A", &["C", "G"]);
        assert!(s[0].under(TranscriptPolicy::All).consequence.is_none());
        assert_eq!(s[1].under(TranscriptPolicy::All).consequence.unwrap().as_str(), "stop_gained");
    }

    #[test]
    fn without_an_allele_column_entries_apply_to_every_alt() {
        let schema = schema("Ensembl VEP. Format: Consequence|SYMBOL");
        let s = run(&schema, "missense_variant|G", "A", &["C", "G"]);
        assert!(s.iter().all(|a| a.under(TranscriptPolicy::All).gene == Some("G")));
    }

    #[test]
    fn every_gene_of_an_alt_is_listed_once() {
        let s = run(
            &vep(),
            "T|intron_variant|MODIFIER|A|||,T|missense_variant|MODERATE|B|||,T|intron_variant|MODIFIER|A|||",
            "C",
            &["T"],
        );
        assert_eq!(s[0].genes, ["A", "B"]);
        assert_eq!(s[0].under(TranscriptPolicy::All).gene, Some("B"), "the worst entry's gene is still the one shown");
    }

    #[test]
    fn scores_are_the_maximum_over_the_alts_entries() {
        let schema = schema("Ensembl VEP. Format: Allele|Consequence|REVEL|MAX_AF|LoF");
        let s = run(
            &schema,
            "T|missense_variant|0.2|0.01|,T|missense_variant|0.7|0.01|HC,G|missense_variant|0.9||",
            "C",
            &["T", "G"],
        );
        assert_eq!((s[0].revel, s[0].af, s[0].lof_hc), (Some(0.7), Some(0.01), true));
        assert_eq!((s[1].revel, s[1].af, s[1].lof_hc), (Some(0.9), None, false));
    }

    #[test]
    fn unmatched_alleles_and_unknown_terms_are_reported() {
        let mut out = Vec::new();
        let mut anomalies = Anomalies::default();
        let mut scratch = Scratch::default();
        summarize(&vep(), "G|bogus_term|HIGH|X|||", "A", &["C", "T"], &mut out, &mut anomalies, &mut scratch);
        assert_eq!(anomalies.unmatched_alleles, ["G"]);
        let mut anomalies = Anomalies::default();
        summarize(&vep(), "G|missense_variant|MODERATE|X|||", "A", &["C"], &mut out, &mut anomalies, &mut scratch);
        assert_eq!(anomalies.mismatched_alleles, ["G"]);
        assert_eq!(out[0].under(TranscriptPolicy::All).gene, Some("X"), "read as the only ALT's");
        let mut anomalies = Anomalies::default();
        summarize(&vep(), "C|bogus_term|HIGH|X|||", "A", &["C"], &mut out, &mut anomalies, &mut scratch);
        assert_eq!(anomalies.unknown_terms, ["bogus_term"]);
        assert_eq!(out[0].under(TranscriptPolicy::All).impact, Some(Impact::High), "the written impact survives");
    }

    #[test]
    fn eff_entries_are_read() {
        let schema = AnnotationSchema::from_description(
            "EFF",
            "Predicted effects. Format: 'Effect ( Effect_Impact | Functional_Class | Codon_Change | Amino_Acid_change| Amino_Acid_length | Gene_Name | Gene_BioType )'",
            &FieldMap::default(),
        )
        .unwrap();
        let s = run(
            &schema,
            "DOWNSTREAM(MODIFIER|||||FAM138A|protein_coding),NON_SYNONYMOUS_CODING(MODERATE|MISSENSE|Gca/Aca|A32T|100|OR4F5|protein_coding)",
            "G",
            &["A"],
        );
        let all = s[0].under(TranscriptPolicy::All);
        assert_eq!(all.consequence.unwrap().as_str(), "missense_variant");
        assert_eq!(all.gene, Some("OR4F5"));
    }
}
