//! A BGZF file read in ranges of blocks (`tolk_core::parts::ranges`) gives
//! the load a single pass gives: every test file's text compressed again in
//! blocks of several sizes, so that block and range ends fall everywhere
//! (inside lines, on line ends, inside the header), cut, parsed, joined in
//! reverse order, and compared with the single pass field by field.

mod common;

use common::{assert_same, single_pass};
use std::io::Write;
use std::path::{Path, PathBuf};
use tolk_core::annotation::FieldMap;
use tolk_core::compression::bgzf::{inflate_blocks, Block, BlockScan, Blocks, Writer};
use tolk_core::parts::parse_part;
use tolk_core::parts::ranges::{cut, header_end, plan, HeaderEnd, LineNumbers, RangeLoad, RangeText};
use tolk_core::{LoadError, Loaded};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data")
}

/// `text` as BGZF with blocks of at most `block_text` text bytes.
fn bgzf(text: &[u8], block_text: usize) -> Vec<u8> {
    let mut writer = Writer::with_block_text(Vec::new(), block_text);
    writer.write_all(text).unwrap();
    writer.finish().unwrap()
}

fn scan(bytes: &[u8], chunk: usize) -> Option<Blocks> {
    let mut scan = BlockScan::default();
    bytes.chunks(chunk).for_each(|c| scan.push(c));
    scan.finish()
}

fn reader(bytes: &[u8]) -> impl FnMut(u64, u64) -> Result<Vec<u8>, String> + '_ {
    |a, b| Ok(bytes[a as usize..b as usize].to_vec())
}

#[test]
fn blocks_are_found_from_their_headers_whatever_the_chunking() {
    let text: Vec<u8> = (0..5000u32).flat_map(|i| format!("line {i}\n").into_bytes()).collect();
    let bytes = bgzf(&text, 1000);
    let scanned = scan(&bytes, bytes.len()).unwrap();
    assert!(scanned.ends_with_eof);
    let expected = scanned.blocks;
    assert_eq!(expected.len(), text.len().div_ceil(1000) + 1, "the blocks and the EOF block");
    for chunk in [1, 7, 18, 19, 4096] {
        assert_eq!(scan(&bytes, chunk).map(|s| s.blocks).as_ref(), Some(&expected), "chunk {chunk}");
    }
    let last = expected.last().unwrap();
    assert_eq!((last.text, last.text_len, last.end()), (text.len() as u64, 0, bytes.len() as u64));
    let without_eof = scan(&bytes[..bytes.len() - 28], 64).unwrap();
    assert!(!without_eof.ends_with_eof, "a file cut at a block's end lacks its EOF block");
    let mut inflated = Vec::new();
    let (from, to) = (expected[2], expected[5]);
    inflate_blocks(&bytes[from.offset as usize..to.offset as usize], &mut inflated).unwrap();
    assert_eq!(inflated, &text[from.text as usize..to.text as usize]);
}

#[test]
fn anything_but_whole_bgzf_blocks_is_not_scanned() {
    let bytes = bgzf(b"##fileformat=VCFv4.2\n", 100);
    assert_eq!(scan(&bytes[..bytes.len() - 3], 64), None, "cut short");
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gzip.write_all(b"##fileformat=VCFv4.2\n").unwrap();
    assert_eq!(scan(&gzip.finish().unwrap(), 64), None, "plain gzip");
    assert_eq!(scan(b"##fileformat=VCFv4.2\n", 64), None, "text");
    let mut damaged = bytes.clone();
    damaged[16] = 3; // BSIZE smaller than a header and trailer
    assert_eq!(scan(&damaged, 64), None);
    let mut flipped = bytes.clone();
    flipped[20] ^= 0x55;
    assert!(inflate_blocks(&flipped, &mut Vec::new()).is_err(), "a damaged block is not inflated");
}

/// The text of every range, cut from `text` compressed in blocks of
/// `block` bytes and planned in ranges of `range` bytes.
fn cut_all(text: &[u8], block: usize, range: usize) -> (HeaderEnd, Vec<RangeText>) {
    let bytes = bgzf(text, block);
    let blocks: Vec<Block> = scan(&bytes, 1 << 16).unwrap().blocks;
    let header = header_end(text).unwrap();
    let ranges = plan(&blocks, header, range).into_iter().map(|r| cut(&blocks, r, reader(&bytes)).unwrap());
    (header, ranges.collect())
}

#[test]
fn every_record_line_is_in_exactly_one_range_whatever_the_block_and_range_sizes() {
    let mut text = b"##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n".to_vec();
    for i in 0..300 {
        text.extend(format!("1\t{i}\t.\tA\tG\t.\t.\t{}\n", "X".repeat(i % 37)).bytes());
        if i % 50 == 0 {
            text.push(b'\n'); // an empty line is a line too
        }
    }
    text.extend(b"1\t999\t.\tA\tG\t.\t.\tLAST"); // no line end
    let records = header_end(&text).unwrap().records_start as usize;
    let mut expected = text[records..].to_vec();
    expected.push(b'\n');
    for block in [3, 17, 64, 1000, 100_000] {
        for range in [1, 10, 333, 4096, 1 << 20] {
            let (header, ranges) = cut_all(&text, block, range);
            assert_eq!(header.lines, 2);
            let joined: Vec<u8> = ranges.iter().flat_map(|r| r.text.clone()).collect();
            assert_eq!(joined, expected, "blocks of {block}, ranges of {range}");
            let mut numbers = LineNumbers::new(header, ranges.len());
            ranges.iter().rev().for_each(|r| numbers.count(r.index, r.lines));
            let (mut offset, mut line) = (records as u64, 3);
            for r in ranges.iter().filter(|r| !r.text.is_empty()) {
                assert_eq!((r.text_offset, numbers.first_line(r.index)), (offset, Some(line)), "range {}", r.index);
                offset += r.text.len() as u64;
                line += r.lines;
            }
        }
    }
}

#[test]
fn a_range_waits_for_the_counts_of_every_range_before_it() {
    let header = HeaderEnd { lines: 10, records_start: 500 };
    let mut numbers = LineNumbers::new(header, 3);
    assert_eq!(numbers.first_line(0), Some(11));
    numbers.count(1, 4);
    assert_eq!(numbers.first_line(2), None);
    numbers.count(0, 6);
    assert_eq!(numbers.first_line(2), Some(21));
}

#[test]
fn a_header_without_records_plans_no_ranges() {
    let text = b"##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";
    let (_, ranges) = cut_all(text, 10, 10);
    assert!(ranges.is_empty());
    assert_eq!(header_end(b"##fileformat=VCFv4.2\n#CHROM\tPOS"), None, "the #CHROM line is not complete");
}

/// The file in `bytes` read in ranges of `range_bytes` as the CLI reads it,
/// but on one thread, the ranges parsed and joined last first; `None` if
/// the reader would read it in one pass instead.
fn in_ranges(bytes: &[u8], skip: Option<u32>) -> Option<Result<Loaded, LoadError>> {
    let blocks = scan(bytes, 1 << 16)?;
    let mut load = RangeLoad::start(FieldMap::default(), blocks, reader(bytes))?;
    let mut numbers = load.line_numbers();
    let mut cut_ranges = Vec::new();
    for &range in load.ranges() {
        let text = cut(load.blocks(), range, reader(bytes)).ok()?;
        numbers.count(text.index, text.lines);
        cut_ranges.push(text);
    }
    let mut parsed = Vec::new();
    for text in cut_ranges.into_iter().filter(|t| Some(t.index) != skip) {
        let first_line = numbers.first_line(text.index).expect("every range is counted");
        match parse_part(load.context(), &text.into_part(first_line)) {
            Ok(part) => parsed.push(part),
            Err(e) => return Some(Err(e)),
        }
    }
    while let Some(part) = parsed.pop() {
        if let Err(e) = load.join(part) {
            return Some(Err(e));
        }
    }
    Some(load.finish())
}

#[test]
fn every_file_read_in_ranges_is_the_file_read_in_one_pass() {
    let table = std::fs::read_to_string(data_dir().join("expected-counts.tsv")).unwrap();
    let files: Vec<&str> = table.lines().skip(1).map(|line| line.split('\t').next().unwrap()).collect();
    assert!(files.len() > 80);
    let mut in_ranges_read = 0;
    for path in &files {
        let Ok(text) = single_pass_text(&std::fs::read(data_dir().join(path)).unwrap()) else { continue };
        // 300 bytes: blocks end inside most lines; 64 KiB: as bgzip writes.
        for block in [300, 1 << 16] {
            let bytes = bgzf(&text, block);
            let how = format!("in blocks of {block} bytes");
            let one = single_pass(&bytes);
            match (&one, in_ranges(&bytes, None)) {
                (Ok(one), Some(Ok(ranges))) => {
                    assert_same(path, &how, one, &ranges);
                    in_ranges_read += 1;
                }
                (Err(one), Some(Err(ranges))) => assert_eq!(&ranges, one, "{path} {how}"),
                // Files without a complete `#CHROM` line, or with a header the
                // loader refuses, are read in one pass.
                (_, None) => {}
                (one, ranges) => {
                    let ranges = ranges.map(|r| r.err());
                    panic!("{path} {how}: one pass {:?}, in ranges {ranges:?}", one.as_ref().err())
                }
            }
        }
    }
    assert!(in_ranges_read > 150, "{in_ranges_read} reads in ranges");
}

/// The text of a test file, inflated if it is compressed (damaged ones are skipped).
fn single_pass_text(bytes: &[u8]) -> Result<Vec<u8>, ()> {
    let mut text = Vec::new();
    let mut inflater = tolk_core::compression::Inflater::new(&mut text);
    inflater.write(bytes).map_err(|_| ())?;
    inflater.finish().map_err(|_| ())?;
    Ok(text)
}

#[test]
fn a_range_that_never_comes_back_fails_the_load() {
    let text = single_pass_text(&std::fs::read(data_dir().join("vep/bystro-trio.trim.vep.vcf.gz")).unwrap()).unwrap();
    let bytes = bgzf(&text, 200);
    let blocks = scan(&bytes, 1 << 16).unwrap();
    let load = RangeLoad::start(FieldMap::default(), blocks, reader(&bytes)).unwrap();
    assert!(!load.ranges().is_empty());
    let result = in_ranges(&bytes, Some(0)).unwrap();
    assert!(matches!(result, Err(LoadError::Unfinished { .. })), "{:?}", result.err());
}
