//! The engine against bcftools on the same files: every transcript of every
//! ALT (bcftools +split-vep) and the alleles of every genotype (AC and AN
//! from bcftools +fill-tags). The golden files and the commands that made
//! them are in tests/data/golden (make-golden.sh).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tolk_core::annotation::transcript::unescape;
use tolk_core::compression::Inflater;
use tolk_core::store::Call;
use tolk_core::vcf::detail::{decode_record, DecodeContext, RecordDetail};
use tolk_core::vcf::lines::LineSplitter;
use tolk_core::{Loaded, TranscriptPolicy};

fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data").join(path)
}

/// Every data line of `path` decoded in full, through the same inflater and
/// line splitter as the loader.
fn decoded(path: &Path) -> (Loaded, Vec<RecordDetail>) {
    let bytes = std::fs::read(path).unwrap();
    let loaded = Loaded::from_bytes(&bytes).unwrap();
    let ctx = DecodeContext::new(&loaded);
    let mut text = Inflater::new(Vec::new());
    text.write(&bytes).unwrap();
    text.finish().unwrap();
    let text = text.into_sink();
    let mut records = Vec::new();
    let mut splitter = LineSplitter::default();
    let mut take = |bytes: &[u8]| {
        if !bytes.starts_with(b"#") && !bytes.is_empty() {
            records.extend(decode_record(std::str::from_utf8(bytes).unwrap(), &ctx));
        }
    };
    splitter.push(&text, |line| {
        take(line.bytes);
        true
    });
    splitter.finish(|line| take(line.bytes));
    (loaded, records)
}

fn golden(name: &str) -> Vec<Vec<String>> {
    std::fs::read_to_string(data(&format!("golden/{name}")))
        .unwrap()
        .lines()
        .map(|l| l.split('\t').map(String::from).collect())
        .collect()
}

#[test]
fn every_transcript_matches_bcftools_split_vep() {
    let files = [
        ("vep/vembrane-vep110-csq.vcf", "vembrane-vep110-csq"),
        ("vep/scout-vep104-one-record.vcf", "scout-vep104-one-record"),
        ("vep/vembrane-alphamissense.vcf", "vembrane-alphamissense"),
        ("vep/vembrane-spliceai.vcf", "vembrane-spliceai"),
        ("vep/vembrane-vep-in-ANN.vcf", "vembrane-vep-in-ANN"),
        ("golden/tolk-synth-400.vcf.gz", "tolk-synth-400"),
        ("../../public/demo/tolk-demo-trio.vcf", "tolk-demo-trio"),
    ];
    for (file, name) in files {
        let (_, records) = decoded(&data(file));
        let dot = |v: Option<&str>| v.map_or(".".to_owned(), |s| unescape(s).into_owned());
        let mut ours: Vec<Vec<String>> = records
            .iter()
            .flat_map(|r| {
                // bcftools prints the record's whole ALT column on each line.
                let alt_column = r.alts.iter().map(|a| a.alt.as_str()).collect::<Vec<_>>().join(",");
                r.alts.iter().flat_map(move |a| {
                    let alt_column = alt_column.clone();
                    a.transcripts.iter().map(move |t| {
                        vec![
                            r.chrom.clone(),
                            r.pos.to_string(),
                            r.reference.clone(),
                            alt_column.clone(),
                            dot(t.symbol.as_deref()),
                            if t.consequences.is_empty() { ".".into() } else { t.consequences.join("&") },
                            dot(t.hgvsc.as_deref()),
                            dot(t.hgvsp.as_deref()),
                        ]
                    })
                })
            })
            .collect();
        // bcftools writes HGVS as the file has it; ours is unescaped.
        let mut theirs: Vec<Vec<String>> = golden(&format!("{name}.split-vep.tsv"))
            .into_iter()
            .map(|mut row| {
                for cell in &mut row[6..] {
                    *cell = unescape(cell).into_owned();
                }
                row
            })
            .collect();
        ours.sort();
        theirs.sort();
        assert!(!theirs.is_empty(), "{name}: empty golden file");
        let first_difference = ours.iter().zip(&theirs).find(|(a, b)| a != b);
        assert_eq!(first_difference, None, "{name}: first differing line (ours, bcftools)");
        assert_eq!(ours.len(), theirs.len(), "{name}: transcript lines");
    }
}

/// A record's identity in bcftools' output.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Site {
    chrom: String,
    pos: u32,
    reference: String,
    /// The whole ALT column.
    alts: String,
}

/// AC (one per ALT) and AN.
#[derive(Debug, Default, PartialEq, Eq)]
struct Counts {
    ac: Vec<u32>,
    an: u32,
}

#[test]
fn genotype_allele_counts_match_bcftools_fill_tags() {
    let files = [
        ("vep/bystro-trio.trim.vep.vcf.gz", "bystro-trio.trim.vep"),
        ("snpeff/cyvcf2-ann-csq-189samples.vcf.gz", "cyvcf2-ann-csq-189samples"),
        ("edge/test-haploidX.vcf", "test-haploidX"),
        ("families/gemini-test.comp_het.vcf", "gemini-test.comp_het"),
        ("golden/tolk-synth-400.vcf.gz", "tolk-synth-400"),
        ("../../public/demo/tolk-demo-trio.vcf", "tolk-demo-trio"),
    ];
    for (file, name) in files {
        let loaded = Loaded::from_bytes(&std::fs::read(data(file)).unwrap()).unwrap();
        // Per record: AC per ALT and AN, summed over the samples' calls in our store.
        let mut by_line: BTreeMap<u32, (Site, Counts)> = BTreeMap::new();
        for row in loaded.store.rows(0, usize::MAX, TranscriptPolicy::All) {
            let calls: Vec<Call> = loaded.store.calls(row.index as usize);
            let ac: u32 = calls.iter().map(|c| u32::from(c.genotype.alt_copies)).sum();
            let an: u32 = calls.iter().map(|c| u32::from(c.genotype.called)).sum();
            let site = Site { chrom: row.chrom, pos: row.pos, reference: row.reference, alts: String::new() };
            let (site, counts) = by_line.entry(row.line).or_insert((site, Counts::default()));
            site.alts = if site.alts.is_empty() { row.alt } else { format!("{},{}", site.alts, row.alt) };
            counts.ac.push(ac);
            counts.an = an;
        }
        let ours: BTreeMap<Site, Counts> = by_line.into_values().collect();
        let mut checked = 0;
        for row in golden(&format!("{name}.acan.tsv")) {
            let key = Site {
                chrom: row[0].clone(),
                pos: row[1].parse().unwrap(),
                reference: row[2].clone(),
                alts: row[3].clone(),
            };
            let counts =
                Counts { ac: row[4].split(',').map(|v| v.parse().unwrap()).collect(), an: row[5].parse().unwrap() };
            assert_eq!(ours.get(&key), Some(&counts), "{name} at {key:?}");
            checked += 1;
        }
        assert_eq!(checked, ours.len(), "{name}: every record compared");
    }
}

/// bcftools +fill-tags miscounts calls of ploidy above 2: it gives AC=3,
/// AN=5 for `0`, `1|0`, `1/1/1` (a haploid, a diploid and a triploid call),
/// and AC=20, AN=40 for the 27 partially missing triploid calls (`1/./0`) of
/// the vembrane file. By VCF 4.3 section 1.6.2 each allele is called or
/// missing on its own, which gives the counts below, made by hand.
#[test]
fn polyploid_and_partially_missing_calls_count_each_allele() {
    for (file, expected) in [
        ("edge/pyvcf3-example-4.1-ploidy.vcf", (4, 6)),
        ("edge/vembrane-filter__test_custom_count_functions_triploid.vcf", (27, 54)),
    ] {
        let loaded = Loaded::from_bytes(&std::fs::read(data(file)).unwrap()).unwrap();
        let calls = loaded.store.calls(0);
        let ac: u32 = calls.iter().map(|c| u32::from(c.genotype.alt_copies)).sum();
        let an: u32 = calls.iter().map(|c| u32::from(c.genotype.called)).sum();
        assert_eq!((ac, an), expected, "{file}");
    }
}

/// Every gene a row lists is a SYMBOL bcftools +split-vep gives for it, and
/// no SYMBOL is missing (records with one ALT, where bcftools' ALT column
/// names the row).
#[test]
fn row_gene_lists_match_bcftools_symbols() {
    use std::collections::BTreeSet;
    let files = [
        ("vep/scout-vep104-one-record.vcf", "scout-vep104-one-record"),
        ("vep/vembrane-vep-in-ANN.vcf", "vembrane-vep-in-ANN"),
        ("golden/tolk-synth-400.vcf.gz", "tolk-synth-400"),
        ("../../public/demo/tolk-demo-trio.vcf", "tolk-demo-trio"),
    ];
    for (file, name) in files {
        let loaded = Loaded::from_bytes(&std::fs::read(data(file)).unwrap()).unwrap();
        let mut theirs: BTreeMap<(String, u32, String, String), BTreeSet<String>> = BTreeMap::new();
        for row in golden(&format!("{name}.split-vep.tsv")).into_iter().filter(|r| !r[3].contains(',')) {
            let genes =
                theirs.entry((row[0].clone(), row[1].parse().unwrap(), row[2].clone(), row[3].clone())).or_default();
            if row[4] != "." {
                genes.insert(row[4].clone());
            }
        }
        let mut compared = 0;
        for row in loaded.store.rows(0, usize::MAX, TranscriptPolicy::All) {
            let key = (row.chrom.clone(), row.pos, row.reference.clone(), row.alt.clone());
            if let Some(expected) = theirs.get(&key) {
                let ours: BTreeSet<String> = row.genes.into_iter().collect();
                assert_eq!(&ours, expected, "{name} at {key:?}");
                compared += 1;
            }
        }
        assert!(compared > 0, "{name}");
    }
}

/// `tolk view` reads only the worst entry's HGVS (`worst_hgvs`); on every
/// record of the annotated test files it is what the full decode gives.
#[test]
fn the_worst_entry_s_hgvs_read_alone_is_the_full_decode_s() {
    use tolk_core::vcf::detail::{worst_hgvs, WorstHgvs};
    let mut compared = 0;
    for dir in ["vep", "snpeff", "families", "clinical", "sv"] {
        for entry in std::fs::read_dir(data(dir)).unwrap() {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            let Ok(loaded) = Loaded::from_bytes(&bytes) else { continue };
            let ctx = DecodeContext::new(&loaded);
            let mut text = Inflater::new(Vec::new());
            text.write(&bytes).unwrap();
            text.finish().unwrap();
            let text = text.into_sink();
            for row in 0..loaded.store.len() {
                let at = loaded.store.location(row);
                let line = std::str::from_utf8(&text[at.text_offset as usize..][..at.text_len as usize]).unwrap();
                let full = decode_record(line, &ctx).unwrap();
                for policy in TranscriptPolicy::EVERY {
                    let expected: Vec<WorstHgvs> = full
                        .alts
                        .iter()
                        .map(|a| a.worst_under(policy))
                        .map(|t| WorstHgvs {
                            hgvsc: t.and_then(|t| t.hgvsc.clone()),
                            hgvsp: t.and_then(|t| t.hgvsp.clone()),
                        })
                        .collect();
                    assert_eq!(worst_hgvs(line, &ctx, policy), Some(expected), "{} row {row}", path.display());
                }
                compared += 1;
            }
        }
    }
    assert!(compared > 2000, "{compared} rows");
}
