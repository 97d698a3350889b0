//! A file read in parts (`tolk_core::parts`) gives the load a single pass
//! gives: every test file, cut into parts of several sizes, the parts
//! parsed out of order and sent between workers' formats as the browser
//! sends them (parts and stores as postcard, the rest self-described), joined, and compared with the single pass field by field.

mod common;

use common::{assert_same, single_pass};
use std::path::{Path, PathBuf};
use tolk_core::annotation::FieldMap;
use tolk_core::parts::{parse_part, ParsedPart, Part, PartContext, PartReport};
use tolk_core::{LoadError, Loaded, Loader};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data")
}

/// Every file the count table lists (all of tests/data's VCFs, broken ones included).
fn test_files() -> Vec<String> {
    let table = std::fs::read_to_string(data_dir().join("expected-counts.tsv")).unwrap();
    table.lines().skip(1).map(|line| line.split('\t').next().unwrap().to_owned()).collect()
}

/// How the parsed parts come back to the reader.
#[derive(Debug, Clone, Copy)]
enum Order {
    /// Each as soon as it is cut, as one fast helper returns them.
    AsCut,
    /// All at the end, last first: every part waits for its elders.
    Reversed,
}

/// The part, its context and its parse, there and back as the worker
/// sends them: bytes through postcard, messages through a self-describing
/// format (JSON here, JS values in the browser).
fn sent(context: &PartContext, part: &Part) -> Result<ParsedPart, LoadError> {
    let part: Part = postcard::from_bytes(&postcard::to_allocvec(part).unwrap()).unwrap();
    let context: PartContext = serde_json::from_str(&serde_json::to_string(context).unwrap()).unwrap();
    let ParsedPart { store, report } = parse_part(&context, &part)?;
    let store = postcard::from_bytes(&postcard::to_allocvec(&store).unwrap()).unwrap();
    let report: PartReport = serde_json::from_str(&serde_json::to_string(&report).unwrap()).unwrap();
    Ok(ParsedPart { store, report })
}

fn in_parts(bytes: &[u8], part_bytes: usize, order: Order) -> Result<Loaded, LoadError> {
    let mut loader = Loader::in_parts(FieldMap::default(), part_bytes);
    let mut held = Vec::new();
    let parse = |loader: &mut Loader, held: &mut Vec<ParsedPart>| -> Result<(), LoadError> {
        let parts = loader.take_parts();
        if parts.is_empty() {
            return Ok(());
        }
        let context = loader.part_context().expect("parts come after the header");
        for part in &parts {
            let parsed = sent(&context, part)?;
            match order {
                Order::AsCut => loader.join_part(parsed)?,
                Order::Reversed => held.push(parsed),
            }
        }
        Ok(())
    };
    for chunk in bytes.chunks(1 << 16) {
        loader.push(chunk)?;
        parse(&mut loader, &mut held)?;
    }
    loader.end_input()?;
    parse(&mut loader, &mut held)?;
    while let Some(parsed) = held.pop() {
        loader.join_part(parsed)?;
    }
    loader.finish()
}

#[test]
fn every_file_read_in_parts_is_the_file_read_in_one_pass() {
    let files = test_files();
    assert!(files.len() > 80);
    let mut compared = 0;
    for path in &files {
        let bytes = std::fs::read(data_dir().join(path)).unwrap();
        let one = single_pass(&bytes);
        // 1 byte: every line a part of its own; 700: a few lines each; 64 KiB: a few parts per file.
        for (part_bytes, order) in
            [(1, Order::Reversed), (700, Order::AsCut), (700, Order::Reversed), (1 << 16, Order::AsCut)]
        {
            let how = format!("in parts of {part_bytes} bytes, joined {order:?}");
            match (&one, in_parts(&bytes, part_bytes, order)) {
                (Ok(one), Ok(parts)) => assert_same(path, &how, one, &parts),
                (Err(one), Err(parts)) => assert_eq!(&parts, one, "{path} {how}"),
                (one, parts) => panic!("{path} {how}: one pass {:?}, in parts {:?}", one.as_ref().err(), parts.err()),
            }
        }
        compared += 1;
    }
    assert_eq!(compared, files.len());
}

#[test]
fn a_part_that_never_comes_back_fails_the_load_at_its_first_line() {
    let bytes = std::fs::read(data_dir().join("vep/bystro-trio.trim.vep.vcf.gz")).unwrap();
    let mut loader = Loader::in_parts(FieldMap::default(), 1 << 12);
    loader.push(&bytes).unwrap();
    loader.end_input().unwrap();
    let parts = loader.take_parts();
    assert!(parts.len() > 3, "{} parts", parts.len());
    let context = loader.part_context().unwrap();
    let lost = &parts[2];
    for part in parts.iter().filter(|p| p.index != lost.index) {
        loader.join_part(parse_part(&context, part).unwrap()).unwrap();
    }
    assert_eq!(loader.finish().err(), Some(LoadError::Unfinished { line: lost.first_line }));
}

#[test]
fn a_line_too_long_to_hold_is_a_part_of_its_own_and_warned_at_its_line() {
    // The same file with a 70 MB line in the middle of its records.
    let text = std::fs::read_to_string(data_dir().join("edge/pyvcf3-bcftools.vcf")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let at = lines.iter().position(|l| !l.starts_with('#')).unwrap() + 2;
    let long = format!("1\t1\t.\tA\tG\t.\t.\tX={}", "A".repeat(70_000_000));
    let mut with_long = lines.clone();
    with_long.insert(at, &long);
    let bytes = with_long.join("\n").into_bytes();
    let one = single_pass(&bytes).unwrap();
    let parts = in_parts(&bytes, 700, Order::Reversed).unwrap();
    assert_same("with a long line", "in parts", &one, &parts);
    let warning = &parts.diagnostics.kept().iter().find(|d| d.line == at as u64 + 1).unwrap();
    assert!(warning.to_string().contains("a line of 70.0 MB"), "{warning}");
}
