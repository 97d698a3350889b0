//! Gene panels: PanelApp JSON and TSV, BED and plain lists (told apart by
//! content; the first byte picks the file name, which names some panels).
#![no_main]

use libfuzzer_sys::fuzz_target;
use tolk_core::panel::Panel;

const NAMES: [&str; 4] = ["panel.json", "panel.tsv", "panel.bed", "genes.txt"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, text)) = data.split_first() else { return };
    let _ = Panel::parse(NAMES[usize::from(pick) % NAMES.len()], &String::from_utf8_lossy(text));
});
