//! The status area: what is being read, how far it has got, and what was
//! found. Its `data-state` and counts are the stable test hooks.

use super::use_engine;
use crate::engine::LoadState;
use leptos::prelude::*;
use tolk_core::words::{bytes as format_bytes, thousands as format_count};

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
                    let samples = sample_words(&summary.samples);
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

/// The samples, named up to a dozen: a cohort file's thousands of names
/// would bury the status (the family editor lists them all).
fn sample_words(samples: &[String]) -> String {
    const NAMED: usize = 12;
    match samples.len() {
        0 => "no samples".to_owned(),
        n if n <= NAMED => format!("{n} sample(s): {}", samples.join(", ")),
        n => format!(
            "{} samples: {}, and {} more",
            format_count(n as u64),
            samples[..NAMED].join(", "),
            format_count((n - NAMED) as u64)
        ),
    }
}
