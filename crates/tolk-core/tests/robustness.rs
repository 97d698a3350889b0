//! No input makes the loader panic: arbitrary bytes, arbitrary bytes after a
//! valid header, and damaged gzip, each pushed in arbitrary chunk sizes.

use proptest::prelude::*;
use tolk_core::vcf::detail::{decode_record, DecodeContext};
use tolk_core::{Loaded, Loader};

const HEADER: &[u8] = b"##fileformat=VCFv4.2\n##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|ALLELE_NUM\">\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n";

fn load(bytes: &[u8], chunk: usize) {
    let mut loader = Loader::new();
    for c in bytes.chunks(chunk.max(1)) {
        if loader.push(c).is_err() {
            return;
        }
    }
    if let Err(e) = loader.finish() {
        assert!(e.to_string().starts_with("line "), "{e}");
    }
}

/// Record-shaped text: lines of tab-separated columns from VCF's own
/// alphabet (a CSQ value in INFO, GT-like sample values), so the parser's
/// deeper branches are reached, not just the first-line check.
fn record_text() -> impl Strategy<Value = Vec<u8>> {
    let column = "[ACGTN.*<>0-9,]{0,6}";
    let csq_piece =
        prop_oneof![Just("|".to_owned()), Just(",".to_owned()), Just("&".to_owned()), "[A-Za-z_0-9.%-]{0,12}"];
    let csq = prop::collection::vec(csq_piece, 0..40).prop_map(|p| p.concat());
    let sample = "[0-9./|:,]{0,10}";
    let line = (prop::collection::vec(column, 5..9), csq, prop::collection::vec(sample, 0..4)).prop_map(
        |(columns, csq, samples)| {
            let mut fields = columns;
            fields.insert(fields.len().min(7), format!("DP=3;CSQ={csq}"));
            fields.push("GT:AD:DP:GQ".to_owned());
            fields.extend(samples);
            fields.join("\t")
        },
    );
    prop::collection::vec(line, 0..12).prop_map(|lines| lines.join("\n").into_bytes())
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000), chunk in 1usize..300) {
        load(&bytes, chunk);
    }

    #[test]
    fn arbitrary_records_after_a_header_never_panic(body in record_text(), chunk in 1usize..300) {
        let mut bytes = HEADER.to_vec();
        bytes.extend(body);
        load(&bytes, chunk);
    }

    #[test]
    fn decoding_any_record_shaped_line_never_panics(body in record_text()) {
        let loaded = Loaded::from_bytes(HEADER).unwrap();
        let ctx = DecodeContext::new(&loaded);
        for line in String::from_utf8_lossy(&body).lines() {
            let _ = decode_record(line, &ctx);
        }
    }

    #[test]
    fn damaged_gzip_never_panics(flips in prop::collection::vec((0usize..4000, any::<u8>()), 1..8), cut in 0usize..4000) {
        let mut bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/data/vep/bystro-trio.trim.vep.vcf.gz")).unwrap();
        for (at, b) in flips {
            let n = bytes.len();
            bytes[at % n] ^= b;
        }
        bytes.truncate(bytes.len() - cut.min(bytes.len()));
        load(&bytes, 4096);
    }
}
