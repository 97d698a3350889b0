//! The engine against real third-party files (tests/data, see SOURCES.md):
//! every file loads without a panic, the counts agree with bcftools, and the
//! result does not depend on how the bytes were chunked.

use std::path::{Path, PathBuf};
use tolk_core::annotation::{AnnotationKind, TranscriptPolicy};
use tolk_core::compression::{Compression, Inflater, TextIndex};
use tolk_core::{LoadError, Loaded, Loader};

const ALL: TranscriptPolicy = TranscriptPolicy::All;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data")
}

fn read(path: &str) -> Vec<u8> {
    std::fs::read(data_dir().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn load_in_chunks(bytes: &[u8], chunk: usize) -> Result<Loaded, LoadError> {
    let mut loader = Loader::new();
    for c in bytes.chunks(chunk) {
        loader.push(c)?;
    }
    loader.finish()
}

/// Non-empty lines after the `#CHROM` line that are not comments.
fn data_lines(bytes: &[u8]) -> u64 {
    let text = String::from_utf8_lossy(bytes);
    let after_header = text.lines().skip_while(|l| !l.starts_with("#CHROM"));
    after_header.filter(|l| !l.trim().is_empty() && !l.starts_with('#')).count() as u64
}

/// One row of expected-counts.tsv, made by expected-counts.sh with bcftools.
struct Expected {
    path: String,
    /// `None` where bcftools refuses the file.
    counts: Option<(u64, usize)>,
}

fn expected() -> Vec<Expected> {
    let table = std::fs::read_to_string(data_dir().join("expected-counts.tsv")).unwrap();
    table
        .lines()
        .skip(1)
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            let counts = (cols[1] != "error").then(|| (cols[1].parse().unwrap(), cols[2].parse().unwrap()));
            Expected { path: cols[0].to_owned(), counts }
        })
        .collect()
}

#[test]
fn every_file_matches_bcftools_counts_or_fails_naming_a_line() {
    let all = expected();
    assert!(all.len() > 80, "the golden table lists every test file");
    for Expected { path, counts } in all {
        let bytes = read(&path);
        let result = load_in_chunks(&bytes, 64 * 1024);
        match (counts, result) {
            (Some((records, samples)), Ok(loaded)) => {
                assert_eq!(loaded.records, records, "{path}: records");
                assert_eq!(loaded.header.samples.len(), samples, "{path}: samples");
            }
            (Some(_), Err(e)) => panic!("{path}: bcftools reads it, we stopped: {e}"),
            // bcftools refuses these (mostly for FORMAT values the engine
            // issue will validate); we read them leniently, every data line
            // counted.
            (None, Ok(loaded)) => assert_eq!(loaded.records, data_lines(&bytes), "{path}"),
            (None, Err(e)) => assert!(e.to_string().starts_with("line "), "{path}: {e}"),
        }
    }
}

#[test]
fn chunk_boundaries_do_not_change_the_result() {
    for path in
        ["vep/bystro-trio.trim.vep.vcf.gz", "snpeff/cyvcf2-ann-csq-189samples.vcf.gz", "edge/pyvcf3-bcftools.vcf"]
    {
        let bytes = read(path);
        let whole = Loaded::from_bytes(&bytes).unwrap();
        for chunk in [1, 13, 4096] {
            let chunked = load_in_chunks(&bytes, chunk).unwrap();
            assert_eq!(chunked.summary(), whole.summary(), "{path} in {chunk}-byte chunks");
            assert_eq!(chunked.store.rows(0, usize::MAX, ALL), whole.store.rows(0, usize::MAX, ALL), "{path}");
        }
    }
}

#[test]
fn bystro_trio_is_bgzf_vep_with_genes_and_consequences() {
    let loaded = Loaded::from_bytes(&read("vep/bystro-trio.trim.vep.vcf.gz")).unwrap();
    let s = loaded.summary();
    assert_eq!((s.compression, s.annotation), (Compression::Bgzf, AnnotationKind::Vep));
    assert_eq!(s.samples, ["1805", "1847", "4805"]);
    let first = loaded.store.row(0, ALL);
    assert_eq!(first.key(), "2:41647:A:G");
    assert_eq!(first.gene.as_deref(), Some("FAM110C"));
    assert_eq!(first.consequence.as_deref(), Some("intron_variant"));
    let second = loaded.store.row(1, ALL);
    assert_eq!(second.consequence.as_deref(), Some("missense_variant"), "worst over three transcripts");
}

#[test]
fn snpeff_ann_and_old_eff_are_read() {
    let ann = Loaded::from_bytes(&read("edge/vembrane-filter__test_missing_ann.vcf")).unwrap();
    assert_eq!(ann.annotation, AnnotationKind::Snpeff);
    let genes: Vec<Option<String>> = ann.store.rows(0, 10, ALL).into_iter().map(|r| r.gene).collect();
    assert_eq!(genes, [Some("CDH2"), Some("CDH2"), Some("CDH2"), None, Some("LOXHD1")].map(|g| g.map(String::from)));
    assert_eq!(ann.store.row(1, ALL).consequence.as_deref(), Some("stop_gained"));
    let eff = Loaded::from_bytes(&read("snpeff/cyvcf2-snpeff-eff.vcf")).unwrap();
    assert_eq!(eff.annotation, AnnotationKind::Eff);
    assert!(eff.store.rows(0, 10, ALL).iter().all(|r| r.consequence.is_some()));
}

#[test]
fn vep_written_under_ann_is_read_as_vep() {
    let loaded = Loaded::from_bytes(&read("vep/vembrane-vep-in-ANN.vcf")).unwrap();
    assert_eq!(loaded.annotation, AnnotationKind::Vep);
    assert!(loaded.store.row(0, ALL).gene.is_some());
}

#[test]
fn multi_allelic_records_give_one_row_per_alt() {
    let loaded = Loaded::from_bytes(&read("edge/genmod-multi_allele_example.vcf")).unwrap();
    let text = String::from_utf8(read("edge/genmod-multi_allele_example.vcf")).unwrap();
    let alts: usize = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split('\t').nth(4).unwrap().split(',').filter(|a| *a != ".").count())
        .sum();
    assert_eq!(loaded.store.len(), alts);
    assert!(loaded.store.len() > loaded.records as usize);
}

#[test]
fn a_truncated_bgzf_file_is_reported_with_a_line() {
    let bytes = read("vep/bystro-trio.trim.vep.vcf.gz");
    let err = Loaded::from_bytes(&bytes[..bytes.len() / 2]).err().expect("truncated");
    assert!(matches!(err, LoadError::TruncatedCompression { .. }), "{err}");
    assert!(err.line() > 1, "{err}");
}

#[test]
fn a_bgzf_file_without_its_eof_block_loads_with_a_warning() {
    let bytes = read("vep/bystro-trio.trim.vep.vcf.gz");
    let loaded = Loaded::from_bytes(&bytes[..bytes.len() - 28]).unwrap();
    assert_eq!(loaded.records, 146);
    assert!(loaded.diagnostics.kept().iter().any(|d| d.to_string().contains("end-of-file marker")));
}

#[test]
fn files_that_are_not_vcf_say_so() {
    assert_eq!(Loaded::from_bytes(b"").err(), Some(LoadError::Empty));
    let err = Loaded::from_bytes(b"\x00\x01\x02binary\n").err().unwrap();
    assert_eq!(err.to_string(), "line 1: not a VCF file: expected '##fileformat=VCFv4.x', found 'binary data'");
    let err = Loaded::from_bytes(read("panels/chanjo-hgnc.min.bed").as_slice()).err().unwrap();
    assert!(err.to_string().starts_with("line 1: not a VCF file"), "{err}");
    let err = Loaded::from_bytes(b"##fileformat=VCFv4.2\n##INFO=<ID=DP>\n").err().unwrap();
    assert_eq!(err, LoadError::MissingColumnHeader { line: 2 });
    let err = Loaded::from_bytes(b"##fileformat=VCFv4.2\n1\t10\t.\tA\tG\t.\t.\t.\n").err().unwrap();
    assert_eq!(err, LoadError::DataBeforeHeader { line: 2 });
}

#[test]
fn a_foreign_file_is_refused_at_its_first_chunk_not_at_its_first_newline() {
    let mut loader = Loader::new();
    // 2 MB without a newline: held whole, a file like this could fill memory.
    let err = loader.push(&vec![b'x'; 2 << 20]).expect_err("refused while the line is still open");
    assert!(err.to_string().starts_with("line 1: not a VCF file"), "{err}");
}

#[test]
fn a_line_longer_than_any_vcf_line_is_skipped_with_a_warning_and_its_length() {
    let head = b"##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";
    let mut loader = Loader::new();
    loader.push(head).unwrap();
    loader.push(b"1\t10\t.\tA\tG\t50\tPASS\tX=").unwrap();
    let slab = vec![b'A'; 1 << 20];
    for _ in 0..70 {
        loader.push(&slab).unwrap();
    }
    loader.push(b"\n1\t20\t.\tC\tT\t50\tPASS\t.\n").unwrap();
    let loaded = loader.finish().unwrap();
    assert_eq!(loaded.store.len(), 1, "the record after it is read");
    assert_eq!(loaded.records, 2, "the skipped line is a data line all the same");
    let warning = &loaded.diagnostics.kept()[1];
    assert_eq!(warning.line, 3);
    assert!(warning.to_string().contains(": a line of 73.4 MB, more than the 64.0 MB"), "{warning}");
}

#[test]
fn bad_lines_are_skipped_with_their_line_number() {
    let text = b"##fileformat=VCFv4.2\r\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\r\n1\t10\t.\tA\tG\t50\tPASS\t.\r\n1\tten\t.\tA\tG\t.\t.\t.\r\n1\t30\t.\tA\n1\t40\t.\tA\tT\tbad\tPASS\tXX=1\n";
    let loaded = Loaded::from_bytes(text).unwrap();
    assert_eq!(loaded.records, 4);
    assert_eq!(loaded.store.len(), 2);
    let lines: Vec<u64> = loaded.diagnostics.kept().iter().map(|d| d.line).collect();
    // Line 2 (the column header): the file has no population frequency.
    assert_eq!(lines, [2, 4, 5, 6, 6], "{:?}", loaded.diagnostics.kept());
    assert_eq!(loaded.store.row(0, ALL).qual, Some(50.0), "CRLF is stripped");
}

#[test]
fn a_vcf_older_than_4_0_is_named_once() {
    let loaded = Loaded::from_bytes(&read("edge/vcftools-deb-valid-3.3.vcf")).unwrap();
    let first = &loaded.diagnostics.kept()[0];
    assert_eq!(first.line, 1);
    assert!(first.to_string().contains("VCFv3.3"), "{first}");
}

/// The store keeps where each record's text is; the index says which bytes
/// of the file hold it. Every record, read back that way, is its line.
#[test]
fn every_record_reads_back_from_its_own_bytes_of_the_file() {
    for path in [
        "vep/bystro-trio.trim.vep.vcf.gz",
        "snpeff/cyvcf2-ann-csq-189samples.vcf.gz",
        "golden/tolk-synth-400.vcf.gz",
        // Plain single-member gzip, not BGZF.
        "edge/pyvcf3-1kg.vcf.gz",
        "edge/vcftools-deb-valid-4.1.vcf",
    ] {
        let file = read(path);
        let loaded = Loaded::from_bytes(&file).unwrap();
        let mut inflater = Inflater::new(Vec::new());
        inflater.write(&file).unwrap();
        inflater.finish().unwrap();
        let text = inflater.into_sink();
        match loaded.compression {
            Compression::Bgzf => {
                assert!(matches!(&loaded.index, TextIndex::Gzip(s) if s.len() > 1), "{path}: BGZF blocks indexed")
            }
            // One member: every record is read from the start of the file.
            Compression::Gzip => assert!(matches!(&loaded.index, TextIndex::Gzip(s) if s.len() == 1), "{path}"),
            Compression::Plain => assert_eq!(loaded.index, TextIndex::Plain, "{path}"),
        }
        // A single gzip member is inflated from its start for every record:
        // check its first and last records only.
        let n = loaded.store.len();
        let rows: Vec<usize> = if loaded.compression == Compression::Gzip { vec![0, n - 1] } else { (0..n).collect() };
        for row in rows {
            let at = loaded.store.location(row);
            let plan = loaded.index.plan(at.text_offset, u64::from(at.text_len));
            let end = plan.end.map_or(file.len(), |e| e as usize);
            let got = plan.extract(&file[plan.start as usize..end]).unwrap();
            let expected = &text[at.text_offset as usize..][..at.text_len as usize];
            assert_eq!(got, expected, "{path}: row {row}");
            assert!(expected.starts_with(loaded.store.row(row, ALL).chrom.as_bytes()), "{path}: row {row} is its line");
        }
    }
}

/// Regression for the checks added with FORMAT validation: an empty sample
/// column (strelka) and an AD with too few values are named, once each.
#[test]
fn format_values_are_checked_against_the_header() {
    let strelka = Loaded::from_bytes(&read("edge/pyvcf3-strelka.vcf")).unwrap();
    assert!(strelka.diagnostics.kept().iter().any(|d| d.to_string().contains(": a sample column is empty")));
    let text = b"##fileformat=VCFv4.2\n##FORMAT=<ID=GT,Number=1,Type=String,Description=\"\">\n##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"\">\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS\n1\t5\t.\tA\tC,G\t.\t.\t.\tGT:AD\t0/1:3,4\n";
    let loaded = Loaded::from_bytes(text).unwrap();
    let messages: Vec<String> = loaded.diagnostics.kept().iter().map(|d| d.to_string()).collect();
    assert_eq!(
        messages,
        [
            "line 4: no population allele frequency found in the header: AF filters keep every variant, and PM2, BS1 and BA1 are not suggested",
            "line 5: FORMAT/AD has 2 value(s), the header declares Number=R"
        ]
    );
}

#[test]
fn a_scout_files_genmod_rank_score_is_read_as_a_score() {
    // `RankScore=justhusky:31`: genmod's family:score, as Scout/MIP writes it.
    let loaded = load_in_chunks(&read("vep/scout-vep104-one-record.vcf"), 1 << 20).unwrap();
    assert_eq!(loaded.store.row(0, ALL).scores.rank_score, Some(31.0));
    let vep = load_in_chunks(&read("vep/vembrane-vep110-csq.vcf"), 1 << 20).unwrap();
    assert!((0..vep.store.len()).all(|r| vep.store.row(r, ALL).scores.rank_score.is_none()), "no RankScore field");
}
