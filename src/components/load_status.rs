//! The status area: what is being read, how far it has got, and what was
//! found. Its `data-state` and counts are the stable test hooks.

use super::use_engine;
use crate::engine::LoadState;
use crate::i18n::{t, tr_with, use_language};
use crate::pseudonymise::use_pseudonymise;
use leptos::prelude::*;
use tolk_core::i18n::Lang;
use tolk_core::phrase::Phrase;
use tolk_core::text::isolated;
use tolk_core::words::bytes as format_bytes;

/// Progress bar, cancel button, and the record and sample counts.
#[component]
pub fn LoadStatus() -> impl IntoView {
    let engine = use_engine();
    let state = engine.state;
    let pseudo = use_pseudonymise();
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
                    let note = note.unwrap_or_else(|| Phrase::new(msg!("status-no-file")));
                    view! { <p>{note.render(use_language().get())}</p> }.into_any()
                }
                LoadState::Loading { name, bytes_read, total_bytes, records, .. } => {
                    view! {
                        <p>
                            {pseudo.text(&tr_with(
                                msg!("status-reading"),
                                &[
                                    ("name", isolated(&name).into()),
                                    ("records", records.into()),
                                    ("read", format_bytes(bytes_read).into()),
                                    ("total", format_bytes(total_bytes).into()),
                                ],
                            ))}
                        </p>
                        <div class="progress-row">
                            <progress
                                max=total_bytes.max(1).to_string()
                                value=bytes_read.to_string()
                                aria-label=t(msg!("status-progress"))
                            ></progress>
                            <button type="button" class="button" on:click=move |_| engine.cancel()>
                                {t(msg!("status-cancel"))}
                            </button>
                        </div>
                    }
                        .into_any()
                }
                LoadState::Ready { name, summary, millis, wasm_memory_bytes, .. } => {
                    let lang = use_language().get();
                    let samples = sample_words(lang, &summary.samples);
                    let counts = [
                        ("name", isolated(&name).into()),
                        ("records", summary.records.into()),
                        ("variants", summary.variants.into()),
                        ("samples", samples.into()),
                    ];
                    let read = [
                        ("seconds", format!("{:.2}", millis / 1000.0).into()),
                        ("store", format_bytes(summary.store_bytes).into()),
                        ("memory", format_bytes(wasm_memory_bytes).into()),
                    ];
                    // Said where it cannot be missed: without a frequency,
                    // rarity filters keep everything.
                    let no_frequency = !summary.frequency.iter().any(|f| f.in_use);
                    view! {
                        <p>{pseudo.text(&lang.t_with(msg!("status-ready"), &counts))}</p>
                        <p class="detail">
                            {annotation_words(lang, &summary)} " " {lang.t_with(msg!("status-read-in"), &read)}
                        </p>
                        {no_frequency.then(|| view! {
                            <p class="caution" data-testid="no-frequency" role="status">{lang.t(msg!("status-no-frequency"))}</p>
                        })}
                    }
                        .into_any()
                }
                LoadState::Failed { name, message } => {
                    view! {
                        <p class="error" role="alert">
                            {pseudo.text(&if name.is_empty() {
                                tr_with(msg!("status-failed-unnamed"), &[("reason", message.render(use_language().get()).into())])
                            } else {
                                tr_with(msg!("status-failed"), &[("name", isolated(&name).into()), ("reason", message.render(use_language().get()).into())])
                            })}
                        </p>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

fn annotation_words(lang: Lang, summary: &tolk_core::LoadSummary) -> String {
    use tolk_core::annotation::AnnotationKind;
    use tolk_core::compression::Compression;
    let annotation = lang.t(match summary.annotation {
        AnnotationKind::Vep => msg!("status-vep"),
        AnnotationKind::Snpeff => msg!("status-snpeff"),
        AnnotationKind::Eff => msg!("status-eff"),
        AnnotationKind::None => msg!("status-no-annotation"),
    });
    // Without BGZF blocks a record can only be read again from the start of
    // the file (compression::TextIndex), which is slow for a large one.
    let args =
        [("annotation", annotation.into()), ("genes", summary.genes.into()), ("format", (&summary.file_format).into())];
    let mut words = lang.t_with(msg!("status-annotation"), &args);
    if summary.compression == Compression::Gzip {
        words.push(' ');
        words.push_str(&lang.t(msg!("status-gzip-hint")));
    }
    words
}

/// The samples, named up to a dozen: a cohort file's thousands of names
/// would bury the status (the family editor lists them all).
fn sample_words(lang: Lang, samples: &[String]) -> String {
    const NAMED: usize = 12;
    match samples.len() {
        0 => lang.t(msg!("status-no-samples")),
        n if n <= NAMED => lang.t_with(
            msg!("status-samples"),
            &[
                ("count", n.into()),
                ("names", samples.iter().map(|s| isolated(s)).collect::<Vec<_>>().join(", ").into()),
            ],
        ),
        n => lang.t_with(
            msg!("status-samples-more"),
            &[
                ("count", n.into()),
                ("names", samples[..NAMED].iter().map(|s| isolated(s)).collect::<Vec<_>>().join(", ").into()),
                ("more", (n - NAMED).into()),
            ],
        ),
    }
}
