//! The status area: what is being read, how far it has got, and what was
//! found. Its `data-state` and counts are the stable test hooks.

use super::use_engine;
use crate::engine::LoadState;
use leptos::prelude::*;

/// Progress bar, cancel button, and the record and sample counts.
#[component]
pub fn LoadStatus() -> impl IntoView {
    let engine = use_engine();
    let state = engine.state;
    let records = move || match state.get() {
        LoadState::Ready { summary, .. } => Some(summary.records.to_string()),
        _ => None,
    };
    let samples = move || match state.get() {
        LoadState::Ready { summary, .. } => Some(summary.samples.len().to_string()),
        _ => None,
    };
    let millis = move || match state.get() {
        LoadState::Ready { millis, .. } => Some(format!("{millis:.0}")),
        _ => None,
    };
    let memory = move || match state.get() {
        LoadState::Ready { wasm_memory_bytes, .. } => Some(wasm_memory_bytes.to_string()),
        _ => None,
    };
    let store_bytes = move || match state.get() {
        LoadState::Ready { summary, .. } => Some(summary.store_bytes.to_string()),
        _ => None,
    };

    view! {
        <section
            class="load-status"
            data-testid="load-status"
            data-state=move || state.get().name()
            data-records=records
            data-samples=samples
            data-load-ms=millis
            data-store-bytes=store_bytes
            data-wasm-memory-bytes=memory
            aria-live="polite"
        >
            {move || match state.get() {
                LoadState::Idle { note } => {
                    view! { <p>{note.unwrap_or_else(|| "No file open.".into())}</p> }.into_any()
                }
                LoadState::Loading { name, bytes_read, total_bytes, records, .. } => {
                    view! {
                        <p>
                            "Reading " <strong>{name}</strong> ": " {format_count(records)} " records, "
                            {format_bytes(bytes_read)} " of " {format_bytes(total_bytes)}
                        </p>
                        <div class="progress-row">
                            <progress
                                max=total_bytes.max(1).to_string()
                                value=bytes_read.to_string()
                                aria-label="Reading the file"
                            ></progress>
                            <button type="button" class="button" on:click=move |_| engine.cancel()>
                                "Cancel"
                            </button>
                        </div>
                    }
                        .into_any()
                }
                LoadState::Ready { name, summary, millis, wasm_memory_bytes, .. } => {
                    let samples = if summary.samples.is_empty() {
                        "no samples".to_owned()
                    } else {
                        format!("{} sample(s): {}", summary.samples.len(), summary.samples.join(", "))
                    };
                    view! {
                        <p>
                            <strong>{name}</strong> ": " {format_count(summary.records)} " records, "
                            {format_count(summary.variants)} " variants (one per ALT allele), " {samples}
                            ". "
                        </p>
                        <p class="detail">
                            {annotation_words(&summary)} " Read in " {format!("{:.2}", millis / 1000.0)}
                            " s; the engine holds " {format_bytes(summary.store_bytes)} " of variants in "
                            {format_bytes(wasm_memory_bytes)} " of memory."
                        </p>
                    }
                        .into_any()
                }
                LoadState::Failed { name, message } => {
                    view! {
                        <p class="error" role="alert">
                            <strong>{if name.is_empty() { "The file".to_owned() } else { name }}</strong>
                            " could not be read: " {message}
                        </p>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

fn annotation_words(summary: &tolk_core::LoadSummary) -> String {
    use tolk_core::annotation::AnnotationKind;
    use tolk_core::compression::Compression;
    let annotation = match summary.annotation {
        AnnotationKind::Vep => "Annotated by VEP",
        AnnotationKind::Snpeff => "Annotated by SnpEff",
        AnnotationKind::Eff => "Annotated by SnpEff (old EFF format)",
        AnnotationKind::None => "No VEP or SnpEff annotation found",
    };
    // Without BGZF blocks a record can only be read again from the start of
    // the file (compression::TextIndex), which is slow for a large one.
    let gzip_hint = if summary.compression == Compression::Gzip {
        " The file is gzip but not BGZF, so opening a variant reads the file from its start; compress it with bgzip for quicker access."
    } else {
        ""
    };
    format!("{annotation}, {} genes. {}.{gzip_hint}", format_count(summary.genes), summary.file_format)
}

/// `1234567` -> `1,234,567`.
fn format_count(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Bytes in the unit that keeps the number readable: `830 B`, `12.4 kB`, `1.2 GB`.
fn format_bytes(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["kB", "MB", "GB", "TB"];
    if bytes < 1000 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1000.0;
    let mut unit = 0;
    while value >= 1000.0 && unit < UNITS.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn sizes_use_a_readable_unit() {
        assert_eq!(super::format_bytes(830), "830 B");
        assert_eq!(super::format_bytes(12_400), "12.4 kB");
        assert_eq!(super::format_bytes(133_000_000), "133.0 MB");
        assert_eq!(super::format_bytes(1_200_000_000), "1.2 GB");
    }

    #[wasm_bindgen_test]
    fn counts_get_thousands_separators() {
        assert_eq!(super::format_count(0), "0");
        assert_eq!(super::format_count(1234), "1,234");
        assert_eq!(super::format_count(1234567), "1,234,567");
    }
}
