//! PED files, as a user picks them for the family.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tolk_core::family::Pedigree;

fuzz_target!(|data: &[u8]| {
    let _ = Pedigree::parse(&String::from_utf8_lossy(data));
});
