//! The selected variant's pane, its parts as tabs: the summary (frequency,
//! scores, ClinVar, links out, all INFO fields), every transcript with its
//! HGVS, each sample's FORMAT values, the classification, the gene, and
//! the comments. A structural variant's summary starts with what it is:
//! type, span, size, breakpoints, every gene it overlaps (those in the
//! active panels marked) and each member's copy number and supporting
//! reads.
//! The worker decodes the record again from the file's own bytes, so
//! nothing here was kept in memory for all variants.

use super::tab_list::{TabList, TabPanel};
use super::{use_engine, AcmgPanel, GeneFigure, KnownPart, PhenotypeMatch, VariantComments};
use crate::engine::{Engine, LoadState, Selection};
use crate::i18n::{t, tr, tr_with, use_language};
use crate::protocol::Selected;
use crate::pseudonymise::use_pseudonymise;
use crate::teaching::use_teaching;
use crate::workbench::{use_workbench, Part};
use crate::workstation::Workstation;
use leptos::prelude::*;
use std::sync::Arc;
use tolk_core::acmg::Facts;
use tolk_core::cnv::CnvFacts;
use tolk_core::grid_columns::gt_text;
use tolk_core::key::VariantKey;
use tolk_core::links::{self, Link};
use tolk_core::session::SampleRole;
use tolk_core::sv::Structural;
use tolk_core::vcf::detail::{AltDetail, FrequencyValue, RecordDetail, TranscriptDetail};
use tolk_core::words;

/// The selected variant's pane: its parts as tabs, the one chosen last
/// shown first. Before anything is selected, it says how to select.
#[component]
pub fn VariantDetail() -> impl IntoView {
    let engine = use_engine();
    let bench = use_workbench();
    let state = move || {
        engine.selection.with(|s| match s {
            Selection::None => "empty",
            Selection::Loading { .. } => "loading",
            Selection::Ready { .. } => "ready",
            Selection::Failed { .. } => "error",
        })
    };
    let status = move || match engine.selection.get() {
        Selection::None => Some(view! { <p class="muted">{t(msg!("detail-select"))}</p> }.into_any()),
        Selection::Loading { .. } => Some(view! { <p role="status">{t(msg!("detail-reading"))}</p> }.into_any()),
        Selection::Failed { message, .. } => Some(
            view! {
                <p class="error" role="alert">
                    {move || tr_with(msg!("detail-failed"), &[("reason", message.render(use_language().get()).into())])}
                </p>
            }
            .into_any(),
        ),
        Selection::Ready { .. } => None,
    };
    // Made once per selection (or policy) and shared by the heading and
    // the parts: each would otherwise clone the whole record again.
    let current = Memo::new_with_compare(move |_| shown(engine).map(Arc::new), |_, _| true);
    let title = move || current.get().map(|s| s.title());
    let gene = move || current.get().map(|s| s.gene());
    view! {
        <section class="variant-detail" data-testid="variant-detail" data-state=state aria-labelledby="detail-heading">
            <h2 id="detail-heading">
                {move || title().unwrap_or_else(|| tr(msg!("detail-heading")))} " " <span class="gene">{gene}</span>
            </h2>
            {status}
            <div class="detail-parts" hidden=move || state() != "ready">
                <TabList prefix="part" chosen=bench.part label=msg!("detail-parts")/>
                <TabPanel prefix="part" tab=Part::Summary chosen=bench.part>
                    {move || current.get().map(|s| summary_part(&s))}
                </TabPanel>
                <TabPanel prefix="part" tab=Part::Transcripts chosen=bench.part>
                    {move || current.get().map(|s| transcripts_part(&s))}
                </TabPanel>
                <TabPanel prefix="part" tab=Part::Samples chosen=bench.part>
                    {move || current.get().map(|s| samples_part(&s))}
                </TabPanel>
                <TabPanel prefix="part" tab=Part::Classification chosen=bench.part>
                    <AcmgPanel/>
                </TabPanel>
                <TabPanel prefix="part" tab=Part::Known chosen=bench.part>
                    <KnownPart/>
                </TabPanel>
                <TabPanel prefix="part" tab=Part::Phenotype chosen=bench.part>
                    <PhenotypeMatch/>
                </TabPanel>
                <TabPanel prefix="part" tab=Part::Gene chosen=bench.part>
                    <GeneFigure/>
                </TabPanel>
                <TabPanel prefix="part" tab=Part::Comments chosen=bench.part>
                    <VariantComments/>
                </TabPanel>
            </div>
        </section>
    }
}

/// The selected record and ALT with what they are shown with, once read.
struct Shown {
    record: RecordDetail,
    alt: AltDetail,
    /// The entry giving the worst consequence under the policy.
    worst: usize,
    /// Why that entry: MANE Select, canonical, or the worst of all.
    basis: tolk_core::annotation::TranscriptBasis,
    samples: Vec<String>,
    /// The family's members' roles, by sample.
    roles: Vec<SampleRole>,
    /// Their calls with trio QC (`facts.relatives`).
    facts: Facts,
    /// Where it is a structural variant: its type, span and size, and
    /// every gene its annotation names, in the file's order.
    sv: Option<Structural>,
    genes: Vec<String>,
    /// What the CNV points are suggested from (the genes wholly and partly
    /// covered, where known).
    cnv: Option<CnvFacts>,
}

/// The selected variant as shown, when its detail is ready.
fn shown(engine: Engine) -> Option<Shown> {
    let Selection::Ready { alt, detail, .. } = engine.selection.get() else { return None };
    let samples = match engine.state.get_untracked() {
        LoadState::Ready { summary, .. } => summary.samples,
        _ => Vec::new(),
    };
    let policy = engine.policy.get();
    let chosen = detail.record.alts.get(usize::from(alt) - 1).cloned()?;
    let worst = chosen.worst[policy.index()].unwrap_or(usize::MAX);
    let basis = chosen.basis(policy);
    let roles = engine.narrowing.family.get_untracked().map(|f| SampleRole::of(&f, &samples)).unwrap_or_default();
    let (sv, genes) = (detail.snapshot.sv.clone(), detail.snapshot.genes.clone());
    let Selected { record, facts, cnv, .. } = *detail;
    Some(Shown { record, alt: chosen, worst, basis, samples, roles, facts, sv, genes, cnv })
}

impl Shown {
    /// `chr2:166003512 C>T`.
    fn title(&self) -> String {
        format!("{}:{} {}>{}", self.record.chrom, self.record.pos, self.record.reference, self.alt.alt)
    }

    /// The gene of the transcript the policy chose.
    fn gene(&self) -> String {
        self.alt.transcripts.get(self.worst).and_then(|t| t.symbol.clone()).unwrap_or_default()
    }
}

/// `0.0122 (EXACMAX_AF)`, `not found in 6 sources`, or that the file has
/// none: what the population AF is and where it comes from.
fn af_words(alt: &AltDetail) -> String {
    match alt.highest_frequency() {
        Some(FrequencyValue { source, value: Some(v) }) => format!("{} ({})", words::af(*v), source.name),
        _ if alt.frequencies.iter().any(|f| f.source.in_use) => {
            let count = alt.frequencies.iter().filter(|f| f.source.in_use).count();
            tr_with(msg!("detail-af-not-found"), &[("count", count.into())])
        }
        _ => tr(msg!("detail-af-no-source")),
    }
}

/// The facts a clinician reads first, the links out, every frequency
/// source, and all INFO fields (folded).
fn summary_part(shown: &Shown) -> impl IntoView {
    let gene = shown.gene();
    let Shown { record, alt, worst, basis, .. } = shown;
    // In a teaching case's exam, ClinVar's class (and the raw annotation
    // that holds it) would give the answer away until the learner submits.
    let key = VariantKey { chrom: &record.chrom, pos: record.pos, reference: &record.reference, alt: &alt.alt };
    let exam = use_teaching().hides_help(&key.to_string());
    let links = links_out(record, &alt.alt, &gene, exam);
    let number = |v: Option<f32>| v.map_or_else(|| tr(msg!("detail-not-given")), |v| format!("{v}"));
    let transcript_used = match alt.transcripts.get(*worst).and_then(|t| t.feature.clone()) {
        Some(id) => format!("{id} ({})", tr(basis.key())),
        None => tr(msg!("detail-not-given")),
    };
    let filtering = alt.highest_filtering().and_then(|f| Some(format!("{} ({})", words::af(f.value?), f.source.name)));
    let mut facts = vec![
        (tr(msg!("detail-id")), record.id.clone()),
        ("QUAL".to_owned(), record.qual.map_or_else(|| ".".to_owned(), |q| q.to_string())),
        ("FILTER".to_owned(), record.filter.clone()),
        (tr(msg!("detail-transcript-used")), transcript_used),
        (tr(msg!("detail-af")), af_words(alt)),
        ("CADD".to_owned(), number(alt.scores.cadd)),
        ("REVEL".to_owned(), number(alt.scores.revel)),
        (tr(msg!("detail-spliceai")), number(alt.scores.spliceai)),
        ("AlphaMissense".to_owned(), number(alt.scores.alphamissense)),
        (
            "ClinVar".to_owned(),
            match exam {
                true => tr(msg!("exam-hidden")),
                false => clinvar_words(&alt.scores.clinvar, alt.scores.clinvar_stars),
            },
        ),
    ];
    if let Some(filtering) = filtering {
        facts.insert(5, (tr(msg!("detail-faf")), filtering));
    }
    let frequency_count = alt.frequencies.len();
    let frequency_rows = alt.frequencies.iter().cloned().map(frequency_row).collect_view();
    let info_count = record.info.len();
    let info = record
        .info
        .iter()
        .cloned()
        .map(|(k, v)| view! { <tr><th scope="row">{k}</th><td class="info-value">{v}</td></tr> })
        .collect_view();
    view! {
        {structural_section(shown)}
        <dl class="facts">
            {facts.into_iter().map(|(k, v)| view! { <div><dt>{k}</dt><dd>{v}</dd></div> }).collect_view()}
        </dl>
        {links}
        <details class="frequency-values" data-testid="frequency-values">
            <summary>{tr_with(msg!("detail-frequencies"), &[("count", frequency_count.into())])}</summary>
            <div class="detail-scroll">
                <table class="detail-table">
                    <thead>
                        <tr>
                            <th scope="col">{t(msg!("detail-col-field"))}</th>
                            <th scope="col">{t(msg!("detail-col-source"))}</th>
                            <th scope="col" class="num">{t(msg!("detail-col-value"))}</th>
                            <th scope="col">{t(msg!("detail-col-in-use"))}</th>
                        </tr>
                    </thead>
                    <tbody>{frequency_rows}</tbody>
                </table>
            </div>
        </details>
        {match exam {
            true => view! { <p class="muted">{tr(msg!("exam-info-hidden"))}</p> }.into_any(),
            false => view! {
                <details class="info-fields">
                    <summary>{tr_with(msg!("detail-info"), &[("count", info_count.into())])}</summary>
                    <div class="detail-scroll">
                        <table class="detail-table">
                            <tbody>{info}</tbody>
                        </table>
                    </div>
                </details>
            }
            .into_any(),
        }}
    }
}

/// A structural variant's section, at the top of the summary: what it
/// is, where, how large, how sure its breakpoints are, every gene it
/// overlaps (those in the view's panels marked), and each member's (or
/// sample's) genotype, copy number and supporting reads. Nothing for a
/// small variant.
fn structural_section(shown: &Shown) -> Option<impl IntoView> {
    let sv = shown.sv.clone()?;
    let engine = use_engine();
    let chrom = &shown.record.chrom;
    let kind = sv.kind;
    let size = match sv.len {
        Some(len) => tr_with(
            msg!("detail-sv-size-value"),
            &[
                ("bases", use_language().get_untracked().number(u64::from(len)).into()),
                ("short", words::bases(len).into()),
            ],
        ),
        None => tr(msg!("detail-sv-size-unknown")),
    };
    let interval = |key: &'static str, (from, to): (i32, i32)| {
        tr_with(key, &[("from", format!("{from:+}").into()), ("to", format!("{to:+}").into())])
    };
    let mut breakpoints = Vec::new();
    if sv.imprecise {
        breakpoints.push(tr(msg!("detail-sv-imprecise")));
    }
    breakpoints.extend(sv.cipos.map(|ci| interval(msg!("detail-sv-ci-start"), ci)));
    breakpoints.extend(sv.ciend.map(|ci| interval(msg!("detail-sv-ci-end"), ci)));
    if sv.cipos.is_none() && sv.ciend.is_none() {
        breakpoints.push(tr(msg!("detail-sv-ci-none")));
    }
    let mut facts = vec![
        (tr(msg!("detail-sv-type")), format!("{} ({})", kind.label(use_language().get()), kind.id())),
        (tr(msg!("detail-sv-span")), format!("{chrom}:{}-{}", sv.start, sv.end)),
        (tr(msg!("detail-sv-size")), size),
        (tr(msg!("detail-sv-breakpoints")), breakpoints.join("; ")),
    ];
    if let Some(mate) = &sv.mate {
        facts.push((tr(msg!("detail-sv-mate")), mate.clone()));
    }
    // In the view's panels: the symbol the file uses, as the panel step
    // matched it (or the panel's own symbol).
    let in_panel = move |gene: &str| {
        engine.view.with(|v| {
            v.as_ref().and_then(|v| v.panel.as_ref()).is_some_and(|p| {
                p.genes.iter().any(|g| g.file_symbol.as_deref().unwrap_or(&g.symbol).eq_ignore_ascii_case(gene))
            })
        })
    };
    let panel_active = move || engine.view.with(|v| v.as_ref().is_some_and(|v| v.panel.is_some()));
    let genes = shown.genes.clone();
    let count = genes.len();
    // How much of each gene it covers, where the engine knows it.
    let (whole, part) =
        shown.cnv.as_ref().map(|c| (c.fully_covered.clone(), c.partially_covered.clone())).unwrap_or_default();
    let coverage_known = !whole.is_empty() || !part.is_empty();
    let genes_for_count = genes.clone();
    let panel_count = move || genes_for_count.iter().filter(|g| in_panel(g)).count();
    let gene_items = genes
        .into_iter()
        .map(|gene| {
            let covered = if whole.contains(&gene) {
                Some(tr(msg!("detail-sv-gene-whole")))
            } else if part.contains(&gene) {
                Some(tr(msg!("detail-sv-gene-part")))
            } else {
                None
            };
            let marked = {
                let gene = gene.clone();
                move || in_panel(&gene)
            };
            let shown_mark = marked.clone();
            view! {
                <li data-gene=gene.clone() data-in-panel=move || marked().to_string()>
                    <span class="gene">{gene.clone()}</span>
                    {covered.map(|c| view! { " " <span class="muted">{format!("({c})")}</span> })}
                    {move || shown_mark().then(|| view! { " " <span class="panel-chip">{t(msg!("detail-sv-in-panel"))}</span> })}
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <section class="detail-sv" data-testid="detail-sv" data-svtype=kind.id() data-imprecise=sv.imprecise.to_string() aria-labelledby="detail-sv-heading">
            <h3 id="detail-sv-heading">{t(msg!("detail-sv-heading"))}</h3>
            <dl class="facts">
                {facts.into_iter().map(|(k, v)| view! { <div><dt>{k}</dt><dd>{v}</dd></div> }).collect_view()}
            </dl>
            <h4 id="detail-sv-genes-heading">{tr_with(msg!("detail-sv-genes"), &[("count", count.into())])}</h4>
            {move || panel_active().then(|| view! {
                <p class="hint" data-testid="detail-sv-genes-panel">{tr_with(msg!("detail-sv-genes-panel"), &[("count", panel_count().into())])}</p>
            })}
            {(count == 0).then(|| view! { <p class="muted">{t(msg!("detail-sv-genes-none"))}</p> })}
            // A long list scrolls: from the keyboard too.
            <ul
                class="sv-genes"
                data-testid="detail-sv-genes"
                aria-labelledby="detail-sv-genes-heading"
                tabindex=(count > 30).then_some("0")
            >{gene_items}</ul>
            {(count > 0 && !coverage_known).then(|| view! { <p class="hint" data-testid="detail-sv-coverage">{t(msg!("detail-sv-coverage-none"))}</p> })}
            {sv_calls(shown)}
        </section>
    })
}

/// One line of [`sv_calls`]: a sample, its role in the family, its
/// genotype, copy number and supporting reads.
struct SvCallRow {
    name: String,
    role: Option<String>,
    gt: String,
    copies: Option<u8>,
    reads: Option<u16>,
}

/// Each family member's (else each sample's) genotype, copy number and
/// reads supporting the structural variant, as the file gives them.
fn sv_calls(shown: &Shown) -> impl IntoView {
    let Shown { record, samples, facts, .. } = shown;
    let pseudo = use_pseudonymise();
    // The same reading of CN and the callers' read counts as the grid's.
    let format = record.format.join(":");
    let columns: Vec<String> = record.samples.iter().map(|values| values.join(":")).collect();
    let column_refs: Vec<&str> = columns.iter().map(String::as_str).collect();
    let read = tolk_core::sv::samples::read(&format, &column_refs, samples.len());
    let gt_at = record.format.iter().position(|k| k == "GT");
    let dash = |v: Option<String>| v.unwrap_or_else(|| "–".to_owned());
    let rows: Vec<SvCallRow> = if facts.relatives.is_empty() {
        samples
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let gt = gt_at.and_then(|g| record.samples.get(i)?.get(g).cloned());
                let call = read.get(i).copied();
                SvCallRow {
                    name: name.clone(),
                    role: None,
                    gt: dash(gt),
                    copies: call.and_then(|c| c.copies()),
                    reads: call.and_then(|c| c.reads()),
                }
            })
            .collect()
    } else {
        facts
            .relatives
            .iter()
            .map(|r| {
                let call = read.get(r.sample).copied();
                SvCallRow {
                    name: samples.get(r.sample).cloned().unwrap_or_default(),
                    role: Some(tr(r.role.key())),
                    gt: gt_text(r.call.genotype),
                    copies: r.call.copies.or(call.and_then(|c| c.copies())),
                    reads: r.call.sv_reads.or(call.and_then(|c| c.reads())),
                }
            })
            .collect()
    };
    let none_given = rows.iter().all(|r| r.copies.is_none() && r.reads.is_none());
    let body = rows
        .into_iter()
        .map(|SvCallRow { name, role, gt, copies: cn, reads }| {
            view! {
                <tr data-cn=cn data-reads=reads>
                    <th scope="row">
                        {move || pseudo.text(&name)}
                        {role.map(|r| view! { " " <span class="role">{format!("({r})")}</span> })}
                    </th>
                    <td>{gt}</td>
                    <td class="num">{dash(cn.map(|v| v.to_string()))}</td>
                    <td class="num">{dash(reads.map(|v| v.to_string()))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h4 id="detail-sv-calls-heading">{t(msg!("detail-sv-calls"))}</h4>
        {none_given.then(|| view! { <p class="muted">{t(msg!("detail-sv-calls-none"))}</p> })}
        <div class="detail-scroll" tabindex="0" role="region" aria-labelledby="detail-sv-calls-heading">
            <table class="detail-table" data-testid="detail-sv-calls">
                <thead>
                    <tr>
                        <th scope="col">{t(msg!("detail-col-sample"))}</th>
                        <th scope="col">{t(msg!("detail-sv-col-gt"))}</th>
                        <th scope="col" class="num">{t(msg!("detail-sv-col-cn"))}</th>
                        <th scope="col" class="num">{t(msg!("detail-sv-col-reads"))}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

/// Every transcript with its HGVS, the one the policy chose marked.
fn transcripts_part(shown: &Shown) -> impl IntoView {
    let Shown { alt, worst, .. } = shown;
    let transcript_count = alt.transcripts.len();
    let transcripts =
        alt.transcripts.iter().cloned().enumerate().map(|(i, t)| transcript_row(t, i == *worst)).collect_view();
    view! {
        <h3 id="detail-transcripts">{tr_with(msg!("detail-transcripts"), &[("count", transcript_count.into())])}</h3>
        // Focusable, so a wide table scrolls from the keyboard too.
        <div class="detail-scroll" tabindex="0" role="region" aria-labelledby="detail-transcripts">
            <table class="detail-table">
                <thead>
                    <tr>
                        <th scope="col">{t(msg!("detail-col-transcript"))}</th>
                        <th scope="col">{t(msg!("detail-col-gene"))}</th>
                        <th scope="col">{t(msg!("detail-col-consequence"))}</th>
                        <th scope="col">{t(msg!("detail-col-impact"))}</th>
                        <th scope="col">"HGVSc"</th>
                        <th scope="col">"HGVSp"</th>
                        <th scope="col">{t(msg!("detail-col-protein"))}</th>
                        <th scope="col">{t(msg!("detail-col-flags"))}</th>
                    </tr>
                </thead>
                <tbody>{transcripts}</tbody>
            </table>
        </div>
    }
}

/// Each sample's FORMAT values, by role, with trio QC when a family is set.
fn samples_part(shown: &Shown) -> impl IntoView {
    let Shown { record, samples, roles, facts: family_facts, .. } = shown;
    let pseudo = use_pseudonymise();
    let has_family = !roles.is_empty();
    let sample_rows = samples
        .iter()
        .cloned()
        .enumerate()
        .zip(record.samples.iter().cloned())
        .map(|((column, name), values)| {
            let role = roles.iter().find(|r| r.sample == name).map(|r| r.role);
            let qc = family_facts.relatives.iter().find(|r| r.sample == column).map(|r| match r.qc {
                None => tr(msg!("evidence-qc-passed")),
                Some(failure) => tr(failure.key()),
            });
            view! {
                <tr data-testid="sample-row" data-role=role.map(|r| r.key().trim_start_matches("role-"))>
                    <th scope="row">
                        {move || pseudo.text(&name)}
                        {role.map(|r| view! { " " <span class="role">{format!("({})", tr(r.key()))}</span> })}
                    </th>
                    {values.into_iter().map(|v| view! { <td>{v}</td> }).collect_view()}
                    {has_family.then(|| view! { <td>{qc.unwrap_or_default()}</td> })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <h3 id="detail-samples">{t(msg!("detail-samples"))}</h3>
        <div class="detail-scroll" tabindex="0" role="region" aria-labelledby="detail-samples">
            <table class="detail-table">
                <thead>
                    <tr>
                        <th scope="col">{t(msg!("detail-col-sample"))}</th>
                        {record.format.iter().cloned().map(|k| view! { <th scope="col">{k}</th> }).collect_view()}
                        {has_family.then(|| view! { <th scope="col">{t(msg!("detail-col-qc"))}</th> })}
                    </tr>
                </thead>
                <tbody>{sample_rows}</tbody>
            </table>
        </div>
    }
}

/// One frequency source with its value for this ALT, and whether the
/// population AF counts it (and if not, why).
fn frequency_row(f: FrequencyValue) -> impl IntoView {
    let source = f.source;
    let what = match &source.database {
        Some(d) => format!("{d}, {}", tr(source.kind.key())),
        None => tr(source.kind.key()),
    };
    let value = f.value.map_or_else(|| tr(msg!("detail-not-given")), words::af);
    let used = match source.unused() {
        None => tr(msg!("detail-in-use")),
        Some(why) => tr(why.key()),
    };
    view! {
        <tr data-testid="frequency-row" data-in-use=source.in_use.to_string()>
            <td><code>{source.id()}</code></td>
            <td>{what}</td>
            <td class="num">{value}</td>
            <td>{used}</td>
        </tr>
    }
}

/// `likely_pathogenic` -> `likely pathogenic`, with review stars if given.
pub(crate) fn clinvar_words(classes: &[String], stars: Option<u8>) -> String {
    if classes.is_empty() {
        return tr(msg!("detail-not-given"));
    }
    let words = classes.iter().map(|c| c.replace('_', " ")).collect::<Vec<_>>().join(", ");
    match stars {
        Some(s) => tr_with(msg!("detail-clinvar-stars"), &[("words", words.into()), ("stars", s.into())]),
        None => words,
    }
}

/// One transcript; the one giving the worst consequence under the current
/// policy is marked, in words as well as style.
fn transcript_row(t: TranscriptDetail, is_worst: bool) -> impl IntoView {
    let mut flags = Vec::new();
    if is_worst {
        flags.push(tr(msg!("detail-flag-worst")));
    }
    if t.mane_select {
        flags.push("MANE Select".to_owned());
    }
    if t.canonical {
        flags.push(tr(msg!("detail-flag-canonical")));
    }
    if t.pick {
        flags.push("PICK".to_owned());
    }
    if let Some(lof) = &t.lof {
        flags.push(if lof == "HC" { "LoF HC" } else { "LoF LC" }.to_owned());
    }
    let protein = match (t.protein_start, t.protein_length) {
        (Some(p), Some(l)) => format!("{p}/{l}"),
        (Some(p), None) => p.to_string(),
        _ => String::new(),
    };
    view! {
        <tr data-testid="transcript-row" class:worst=is_worst>
            <td>{t.feature.unwrap_or_default()}</td>
            <td class="gene">{t.symbol.unwrap_or_default()}</td>
            <td>{t.consequences.join(", ").replace('_', " ")}</td>
            <td>{t.impact.map(|i| i.as_str()).unwrap_or("")}</td>
            <td class="hgvs">{t.hgvsc.unwrap_or_default()}</td>
            <td class="hgvs">{t.hgvsp.unwrap_or_default()}</td>
            <td class="num">{protein}</td>
            <td>{flags.join(", ")}</td>
        </tr>
    }
}

/// Links to public resources for the variant and its gene, where the lab
/// allows them: each opens a new tab only when clicked, sends no referrer,
/// and carries the variant or the gene alone (`tolk_core::links`). In an
/// exam, ClinVar's link goes with ClinVar's class: it would give the
/// answer away.
fn links_out(record: &RecordDetail, alt: &str, gene: &str, exam: bool) -> impl IntoView {
    let ws = use_context::<Workstation>().expect("App provides the Workstation");
    let build = match use_engine().state.get_untracked() {
        LoadState::Ready { summary, .. } => summary.build.map(|b| b.build),
        _ => None,
    };
    let mut variant = links::variant_links(build, &record.chrom, record.pos, &record.reference, alt);
    if exam {
        variant.retain(|link| link.site != links::Site::ClinVar);
    }
    let gene = links::gene_links(gene);
    let no_build = build.is_none();
    move || {
        ws.links.get().then(|| {
            let anchor = |link: &Link| {
                view! {
                    <li>
                        <a
                            href=link.url.clone()
                            target="_blank"
                            rel="noopener noreferrer"
                            referrerpolicy="no-referrer"
                            data-testid=format!("link-{}", link.site.id())
                        >
                            {t(link.site.key())}
                        </a>
                    </li>
                }
            };
            view! {
                <section class="links-out" data-testid="links-out" aria-labelledby="links-heading">
                    <h3 id="links-heading">{t(msg!("links-heading"))}</h3>
                    <p class="hint">{t(msg!("links-leave"))}</p>
                    {no_build.then(|| view! { <p class="hint" data-testid="links-no-build">{t(msg!("links-no-build"))}</p> })}
                    <ul class="links">{variant.iter().chain(&gene).map(anchor).collect_view()}</ul>
                </section>
            }
        })
    }
}
