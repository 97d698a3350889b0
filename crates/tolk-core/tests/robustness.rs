//! No input makes the loader panic: arbitrary bytes, arbitrary bytes after a
//! valid header, and damaged gzip, each pushed in arbitrary chunk sizes.

use proptest::prelude::*;
use tolk_core::Loader;

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

/// Record-shaped text: tab-separated pieces from VCF's own alphabet, so the
/// parser's deeper branches are reached, not just the first-line check.
fn record_text() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just("\t".to_owned()),
        Just("\n".to_owned()),
        Just(",".to_owned()),
        Just("|".to_owned()),
        Just("&".to_owned()),
        Just(";CSQ=".to_owned()),
        "[ACGTN.*<>0-9]{0,4}",
        "[a-z_]{0,12}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|p| p.concat().into_bytes())
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
