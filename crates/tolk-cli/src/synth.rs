//! `tolk synth --records N [--samples S] [--seed X] [--bgzf]`: a deterministic,
//! realistic VEP-annotated VCF for benchmarks and tests. Real gene symbols
//! on their real chromosomes, several transcripts per record (the first
//! canonical, MANE Select and PICKed), the consequence mix of an exome,
//! plausible gnomAD AF, CADD, REVEL, SpliceAI, AlphaMissense and ClinVar
//! values, 3% multi-allelic sites, and GT:AD:DP:GQ for every sample.
//! Not a patient: every value is drawn from a seeded generator.

use std::io::{self, BufWriter, Write};
use tolk_core::compression::bgzf::Writer;

/// Genes, with the chromosome each is on (GRCh38).
const GENES: &[(&str, &str)] = &[
    ("1", "MTHFR"),
    ("1", "PINK1"),
    ("1", "LMNA"),
    ("1", "MUTYH"),
    ("1", "GBA1"),
    ("1", "RYR2"),
    ("1", "USH2A"),
    ("2", "SCN1A"),
    ("2", "SCN2A"),
    ("2", "TTN"),
    ("2", "MSH2"),
    ("2", "MSH6"),
    ("2", "COL4A3"),
    ("2", "NEB"),
    ("3", "MLH1"),
    ("3", "SCN5A"),
    ("3", "BTD"),
    ("3", "COL7A1"),
    ("4", "PKD2"),
    ("4", "HTT"),
    ("4", "FGFR3"),
    ("5", "APC"),
    ("5", "ALDH7A1"),
    ("5", "SMN1"),
    ("5", "NIPBL"),
    ("6", "HFE"),
    ("6", "PKHD1"),
    ("6", "COL11A2"),
    ("7", "CFTR"),
    ("7", "BRAF"),
    ("7", "PMS2"),
    ("7", "KCNH2"),
    ("7", "ELN"),
    ("8", "CHD7"),
    ("8", "EXT1"),
    ("9", "STXBP1"),
    ("9", "TSC1"),
    ("9", "ABCA1"),
    ("9", "GNAQ"),
    ("10", "PTEN"),
    ("10", "RET"),
    ("10", "CDH23"),
    ("11", "ATM"),
    ("11", "HBB"),
    ("11", "KCNQ1"),
    ("11", "MYBPC3"),
    ("11", "WT1"),
    ("12", "PAH"),
    ("12", "KRAS"),
    ("12", "PKP2"),
    ("12", "VWF"),
    ("13", "BRCA2"),
    ("13", "GJB2"),
    ("13", "RB1"),
    ("14", "MYH7"),
    ("14", "TGM1"),
    ("15", "FBN1"),
    ("15", "UBE3A"),
    ("15", "CAPN3"),
    ("16", "TSC2"),
    ("16", "PKD1"),
    ("16", "PALB2"),
    ("16", "CDH1"),
    ("16", "GRIN2A"),
    ("17", "TP53"),
    ("17", "BRCA1"),
    ("17", "NF1"),
    ("17", "COL1A1"),
    ("17", "MYO15A"),
    ("18", "SMAD4"),
    ("18", "NPC1"),
    ("19", "LDLR"),
    ("19", "STK11"),
    ("19", "RYR1"),
    ("19", "CACNA1A"),
    ("19", "NOTCH3"),
    ("20", "KCNQ2"),
    ("20", "JAG1"),
    ("21", "APP"),
    ("21", "CBS"),
    ("22", "DEPDC5"),
    ("22", "NF2"),
    ("22", "CHEK2"),
    ("X", "DMD"),
    ("X", "MECP2"),
    ("X", "CDKL5"),
    ("X", "PCDH19"),
    ("X", "OTC"),
    ("X", "F8"),
];

const CHROMOSOMES: [&str; 23] = [
    "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20",
    "21", "22", "X",
];

const CSQ_FIELDS: &str = "Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|EXON|INTRON|HGVSc|HGVSp|cDNA_position|CDS_position|Protein_position|Amino_acids|Codons|Existing_variation|DISTANCE|STRAND|FLAGS|PICK|SYMBOL_SOURCE|HGNC_ID|CANONICAL|MANE_SELECT|gnomADe_AF|gnomADg_AF|MAX_AF|CLIN_SIG|REVEL|CADD_PHRED|SpliceAI_pred_DS_AG|SpliceAI_pred_DS_AL|SpliceAI_pred_DS_DG|SpliceAI_pred_DS_DL|am_pathogenicity|LoF|DOMAINS";

/// Consequence mix of an exome's variants (per mille), with VEP's impact.
const CONSEQUENCES: &[(u32, &str, &str)] = &[
    (380, "intron_variant", "MODIFIER"),
    (150, "missense_variant", "MODERATE"),
    (120, "synonymous_variant", "LOW"),
    (60, "3_prime_UTR_variant", "MODIFIER"),
    (30, "5_prime_UTR_variant", "MODIFIER"),
    (60, "upstream_gene_variant", "MODIFIER"),
    (50, "downstream_gene_variant", "MODIFIER"),
    (40, "splice_region_variant&intron_variant", "LOW"),
    (40, "non_coding_transcript_exon_variant", "MODIFIER"),
    (20, "intron_variant&NMD_transcript_variant", "MODIFIER"),
    (12, "frameshift_variant", "HIGH"),
    (12, "stop_gained", "HIGH"),
    (8, "inframe_deletion", "MODERATE"),
    (5, "splice_donor_variant", "HIGH"),
    (5, "splice_acceptor_variant", "HIGH"),
    (4, "start_lost", "HIGH"),
    (4, "stop_lost", "HIGH"),
];

const AMINO: [&str; 20] = [
    "Ala", "Arg", "Asn", "Asp", "Cys", "Gln", "Glu", "Gly", "His", "Ile", "Leu", "Lys", "Met", "Phe", "Pro", "Ser",
    "Thr", "Trp", "Tyr", "Val",
];
const BASES: [char; 4] = ['A', 'C', 'G', 'T'];
const CLINVAR: [&str; 5] = ["pathogenic", "likely_pathogenic", "uncertain_significance", "likely_benign", "benign"];

/// Writes the file to stdout: as text, or with `bgzf` compressed as
/// bgzip writes it (for machines without htslib, and a genome's worth).
pub fn run(records: u64, samples: usize, seed: u64, bgzf: bool) -> io::Result<()> {
    let stdout = BufWriter::with_capacity(1 << 20, io::stdout().lock());
    let written = match bgzf {
        true => {
            let mut out = Writer::new(stdout);
            write_file(&mut out, records, samples, seed).and_then(|()| out.finish()).map(drop)
        }
        false => {
            let mut out = stdout;
            write_file(&mut out, records, samples, seed).and_then(|()| out.flush())
        }
    };
    match written {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

fn write_file(out: &mut impl Write, records: u64, samples: usize, seed: u64) -> io::Result<()> {
    let mut rng = fastrand::Rng::with_seed(seed);
    write_header(out, samples)?;
    // Records spread over the chromosomes in order, positions increasing.
    let per_chrom = records.div_ceil(CHROMOSOMES.len() as u64).max(1);
    let mut written = 0;
    for chrom in CHROMOSOMES {
        let genes: Vec<&str> = GENES.iter().filter(|(c, _)| *c == chrom).map(|(_, g)| *g).collect();
        let mut pos: u64 = 1_000_000;
        for _ in 0..per_chrom {
            if written == records {
                break;
            }
            pos += rng.u64(50..3_000);
            let gene = if genes.is_empty() { None } else { Some(genes[((pos / 400_000) as usize) % genes.len()]) };
            write_record(out, &mut rng, chrom, pos, gene, samples)?;
            written += 1;
        }
    }
    Ok(())
}

fn write_header(out: &mut impl Write, samples: usize) -> io::Result<()> {
    writeln!(out, "##fileformat=VCFv4.2")?;
    writeln!(out, "##source=tolk synth (synthetic; no real sample)")?;
    writeln!(out, "##reference=GRCh38")?;
    for chrom in CHROMOSOMES {
        writeln!(out, "##contig=<ID=chr{chrom}>")?;
    }
    writeln!(out, "##FILTER=<ID=PASS,Description=\"All filters passed\">")?;
    writeln!(out, "##FILTER=<ID=LowQual,Description=\"Low quality\">")?;
    writeln!(out, "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Total depth\">")?;
    writeln!(out, "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: {CSQ_FIELDS}\">")?;
    writeln!(out, "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">")?;
    writeln!(out, "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">")?;
    writeln!(out, "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Read depth\">")?;
    writeln!(out, "##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Genotype quality\">")?;
    write!(out, "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT")?;
    for s in 0..samples {
        let name = match s {
            0 => "PROBAND".to_owned(),
            1 => "MOTHER".to_owned(),
            2 => "FATHER".to_owned(),
            n => format!("SAMPLE{n}"),
        };
        write!(out, "\t{name}")?;
    }
    writeln!(out)
}

/// REF and ALT alleles: mostly SNVs, some small deletions and insertions.
fn alleles(rng: &mut fastrand::Rng) -> (String, Vec<String>) {
    let base = |rng: &mut fastrand::Rng| BASES[rng.usize(..4)];
    let first = base(rng);
    let alt_count = if rng.u32(..100) < 3 { 2 } else { 1 };
    let kind = rng.u32(..100);
    if kind < 85 {
        let alts = BASES.iter().filter(|b| **b != first).take(alt_count).map(|b| b.to_string()).collect();
        (first.to_string(), alts)
    } else if kind < 93 {
        let deleted: String = (0..rng.usize(1..4)).map(|_| base(rng)).collect();
        (format!("{first}{deleted}"), (0..alt_count).map(|i| format!("{first}{}", &deleted[..i])).collect())
    } else {
        let alts = (0..alt_count)
            .map(|i| format!("{first}{}", (0..=i + rng.usize(0..3)).map(|_| base(rng)).collect::<String>()))
            .collect();
        (first.to_string(), alts)
    }
}

/// VEP's allele: the shared first base is dropped for indels.
fn vep_allele(reference: &str, alt: &str) -> String {
    if reference.len() == 1 && alt.len() == 1 {
        alt.to_owned()
    } else if alt.len() == 1 {
        "-".to_owned()
    } else {
        alt[1..].to_owned()
    }
}

fn pick_consequence(rng: &mut fastrand::Rng) -> (&'static str, &'static str) {
    let mut roll = rng.u32(..CONSEQUENCES.iter().map(|c| c.0).sum::<u32>());
    for &(weight, term, impact) in CONSEQUENCES {
        if roll < weight {
            return (term, impact);
        }
        roll -= weight;
    }
    ("intron_variant", "MODIFIER")
}

fn write_record(
    out: &mut impl Write,
    rng: &mut fastrand::Rng,
    chrom: &str,
    pos: u64,
    gene: Option<&str>,
    samples: usize,
) -> io::Result<()> {
    let (reference, alts) = alleles(rng);
    let indel = alts.iter().any(|a| a.len() != reference.len());
    let mut entries = Vec::new();
    for alt in &alts {
        let allele = if indel { vep_allele(&reference, alt) } else { alt.clone() };
        // Population AF: log-uniform over 1e-6..0.5, absent for a fifth.
        let af = (rng.u32(..5) > 0).then(|| 10f64.powf(-6.0 + rng.f64() * 5.7));
        let transcripts = rng.usize(1..7);
        let protein_length = rng.u32(150..4000);
        for t in 0..transcripts {
            let (term, impact) = match (indel, pick_consequence(rng)) {
                (true, (term, _)) if term == "missense_variant" || term == "synonymous_variant" => {
                    ("frameshift_variant", "HIGH")
                }
                (_, c) => c,
            };
            let entry = Entry { allele: &allele, term, impact, gene, transcript: t, protein_length, af };
            entries.push(csq_entry(rng, entry));
        }
    }
    let qual = rng.f32() * 2000.0 + 20.0;
    let filter = if qual < 60.0 { "LowQual" } else { "PASS" };
    write!(out, "chr{chrom}\t{pos}\t.\t{reference}\t{}\t{qual:.1}\t{filter}\tDP={}", alts.join(","), rng.u32(20..300))?;
    if !entries.is_empty() {
        write!(out, ";CSQ={}", entries.join(","))?;
    }
    write!(out, "\tGT:AD:DP:GQ")?;
    for _ in 0..samples {
        write!(out, "\t{}", call(rng, alts.len()))?;
    }
    writeln!(out)
}

/// What one CSQ entry is about; the rest of it is drawn at random.
struct Entry<'a> {
    allele: &'a str,
    term: &'a str,
    impact: &'a str,
    gene: Option<&'a str>,
    /// 0 for the canonical, MANE Select, PICKed transcript.
    transcript: usize,
    protein_length: u32,
    af: Option<f64>,
}

fn csq_entry(rng: &mut fastrand::Rng, entry: Entry<'_>) -> String {
    let Entry { allele, term, impact, gene, transcript, protein_length, af } = entry;
    let main = transcript == 0;
    let symbol = gene.unwrap_or("");
    let gene_id = gene.map(|g| format!("ENSG{:011}", g.bytes().map(u64::from).sum::<u64>() * 7919)).unwrap_or_default();
    let feature = format!("ENST{:011}", rng.u64(100_000..999_999));
    let coding = matches!(impact, "HIGH" | "MODERATE") || term == "synonymous_variant";
    let residue = rng.u32(1..protein_length);
    let (hgvsc, hgvsp, protein) = if coding {
        let from = AMINO[rng.usize(..20)];
        let to = match term {
            "synonymous_variant" => "%3D".to_owned(),
            "stop_gained" => "Ter".to_owned(),
            "frameshift_variant" => format!("{}fsTer{}", AMINO[rng.usize(..20)], rng.u32(2..40)),
            _ => AMINO[rng.usize(..20)].to_owned(),
        };
        (
            format!("{feature}.1:c.{}A>G", residue * 3),
            format!("ENSP{:011}.1:p.{from}{residue}{to}", rng.u64(100_000..999_999)),
            format!("{residue}/{protein_length}"),
        )
    } else {
        (format!("{feature}.1:c.{}+{}A>G", residue * 3, rng.u32(3..900)), String::new(), String::new())
    };
    let score = |rng: &mut fastrand::Rng, scale: f32| format!("{:.3}", rng.f32() * scale);
    let missense = term == "missense_variant";
    let revel = if missense { score(rng, 1.0) } else { String::new() };
    let am = if missense { score(rng, 1.0) } else { String::new() };
    let spliceai: Vec<String> = (0..4).map(|_| format!("{:.2}", rng.f32().powi(6))).collect();
    let clin_sig = if main && rng.u32(..100) < 5 { CLINVAR[rng.usize(..5)] } else { "" };
    let lof = if main
        && matches!(term, "frameshift_variant" | "stop_gained" | "splice_donor_variant" | "splice_acceptor_variant")
    {
        "HC"
    } else {
        ""
    };
    let af_text = af.map(|a| format!("{a:.6}")).unwrap_or_default();
    let fields: [String; 39] = [
        allele.to_owned(),
        term.to_owned(),
        impact.to_owned(),
        symbol.to_owned(),
        gene_id,
        "Transcript".to_owned(),
        feature,
        "protein_coding".to_owned(),
        if coding { format!("{}/{}", rng.u32(1..20), 20) } else { String::new() },
        if coding { String::new() } else { format!("{}/{}", rng.u32(1..19), 19) },
        hgvsc,
        hgvsp,
        String::new(),
        String::new(),
        protein,
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        if rng.bool() { "1".to_owned() } else { "-1".to_owned() },
        String::new(),
        if main { "1".to_owned() } else { String::new() },
        "HGNC".to_owned(),
        gene.map(|g| format!("HGNC:{}", g.bytes().map(u32::from).sum::<u32>() * 13)).unwrap_or_default(),
        if main { "YES".to_owned() } else { String::new() },
        if main { format!("NM_{:06}.{}", rng.u32(1..999_999), rng.u32(1..6)) } else { String::new() },
        af_text.clone(),
        af.map(|a| format!("{:.6}", a * 0.9)).unwrap_or_default(),
        af_text,
        clin_sig.to_owned(),
        revel,
        score(rng, 40.0),
        spliceai[0].clone(),
        spliceai[1].clone(),
        spliceai[2].clone(),
        spliceai[3].clone(),
        am,
        lof.to_owned(),
        String::new(),
    ];
    fields.join("|")
}

/// One sample's GT:AD:DP:GQ.
fn call(rng: &mut fastrand::Rng, alts: usize) -> String {
    let dp = rng.u32(8..90);
    let roll = rng.u32(..100);
    let alt = if alts > 1 { rng.usize(1..=alts) } else { 1 };
    let (gt, alt_reads) = match roll {
        0..=44 => ("0/0".to_owned(), 0),
        45..=84 => (format!("0/{alt}"), dp / 2 + rng.u32(0..=dp / 5) - dp / 10),
        85..=97 => (format!("{alt}/{alt}"), dp),
        _ => return "./.:.:.:.".to_owned(),
    };
    let mut ad = vec![0; alts + 1];
    ad[0] = dp - alt_reads.min(dp);
    ad[alt] = alt_reads.min(dp);
    let ad: Vec<String> = ad.iter().map(u32::to_string).collect();
    format!("{gt}:{}:{dp}:{}", ad.join(","), rng.u32(20..100))
}
