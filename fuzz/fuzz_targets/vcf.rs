//! Any bytes, as a VCF (plain, gzip or BGZF: the loader sniffs), pushed in
//! chunks whose size the first byte picks; then each loaded row's record is
//! read back from the file's bytes and decoded in full, the way the worker
//! does when a variant is selected (the read plan, the inflate, the decode).
#![no_main]

use libfuzzer_sys::fuzz_target;
use tolk_core::vcf::detail::{decode_record, DecodeContext};
use tolk_core::Loader;

fuzz_target!(|data: &[u8]| {
    let Some((&chunk, file)) = data.split_first() else { return };
    let mut loader = Loader::new();
    for piece in file.chunks(usize::from(chunk).max(1)) {
        if loader.push(piece).is_err() {
            return;
        }
    }
    let Ok(loaded) = loader.finish() else { return };
    let context = DecodeContext::new(&loaded);
    for row in 0..loaded.store.len().min(64) {
        let at = loaded.store.location(row);
        let plan = loaded.index.plan(at.text_offset, u64::from(at.text_len));
        let end = plan.end.map_or(file.len(), |e| (e as usize).min(file.len()));
        let Some(bytes) = file.get((plan.start as usize).min(end)..end) else { continue };
        if let Ok(text) = plan.extract(bytes) {
            let _ = decode_record(&String::from_utf8_lossy(&text), &context);
        }
    }
});
