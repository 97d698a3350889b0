//! The grid's cells: one column of one row as the grid shows it, with the
//! words a reader needs in its title (a genotype's depth, GQ, allele
//! balance and trio QC; the HGVS's transcript). The values are those the
//! exports write (`tolk_core::grid_columns`), worded for people.

use super::variant_detail::clinvar_words;
use crate::i18n::{t, tr, tr_with, use_language};
use leptos::prelude::*;
use tolk_core::grid_columns::{gt_text, Column, MemberColumn, RowMarks};
use tolk_core::inheritance::RelativeCall;
use tolk_core::trail::Verdict;
use tolk_core::{words, VariantRow};

/// How many cells `column` takes in the grid: one per member for the
/// family's calls, else one.
pub fn width(column: Column, members: &[MemberColumn]) -> usize {
    match column {
        Column::Genotype | Column::CallQuality | Column::SvCalls => members.len(),
        _ => 1,
    }
}

/// What a cell needs beside the row: the session's marks, whether a
/// frequency source is in use (a missing AF then means "not found"),
/// whether an exam hides ClinVar, whether the file lets HGVS be read row
/// by row (a gzip that is not BGZF does not), and whether the row's HGVS
/// is still being read.
pub struct CellContext {
    pub marks: Option<RowMarks>,
    pub frequency_in_use: bool,
    pub exam: bool,
    pub hgvs_readable: bool,
    pub hgvs_pending: bool,
}

/// Row `row`'s cells under `column`.
pub fn cells(column: Column, row: &VariantRow, members: &[MemberColumn], cx: &CellContext) -> AnyView {
    let number = |v: Option<f32>| view! { <td class="num">{v.map(words::score)}</td> }.into_any();
    match column {
        Column::Priority => {
            // The rank, with the three scores in the title: what a reader
            // needs to see why, before opening the explanation.
            let place = row.priority;
            let title = place.map(|p| {
                let args = [
                    ("priority", format!("{:.2}", p.priority).into()),
                    ("phenotype", format!("{:.2}", p.phenotype).into()),
                    ("variant", format!("{:.2}", p.variant).into()),
                ];
                tr_with(msg!("table-phenotype-rank-title"), &args)
            });
            let text = place.map(|p| format!("{} · {:.2}", p.rank, p.priority));
            view! { <td class="num" data-testid="grid-rank" data-rank=place.map(|p| p.rank) title=title>{text}</td> }
                .into_any()
        }
        Column::Gene => view! { <td class="gene">{row.gene.clone()}</td> }.into_any(),
        Column::Consequence => consequence(row).into_any(),
        Column::HgvsC | Column::HgvsP if !cx.hgvs_readable => {
            view! { <td class="hgvs" title=tr(msg!("table-hgvs-unread"))>"–"</td> }.into_any()
        }
        Column::HgvsC | Column::HgvsP if cx.hgvs_pending => {
            view! { <td class="hgvs" aria-busy="true" data-state="reading">"…"</td> }.into_any()
        }
        Column::HgvsC => hgvs(row.hgvsc.as_deref()).into_any(),
        Column::HgvsP => hgvs(row.hgvsp.as_deref()).into_any(),
        Column::Af => {
            let af = row.scores.af;
            let words = match af {
                Some(af) => words::af(af),
                None if cx.frequency_in_use => tr(msg!("table-af-absent")),
                None => tr(msg!("table-af-no-source")),
            };
            view! { <td class="num" data-af=af.map(|af| af.to_string())>{words}</td> }.into_any()
        }
        Column::Faf => view! { <td class="num">{row.scores.faf.map(words::af)}</td> }.into_any(),
        Column::Cadd => number(row.scores.cadd),
        Column::Revel => number(row.scores.revel),
        Column::SpliceAi => number(row.scores.spliceai),
        Column::AlphaMissense => number(row.scores.alphamissense),
        Column::RankScore => number(row.scores.rank_score),
        Column::ClinVar => {
            let text = match (cx.exam, row.scores.clinvar.is_empty()) {
                (true, _) => tr(msg!("exam-hidden")),
                (false, true) => String::new(),
                (false, false) => clinvar_words(&row.scores.clinvar, row.scores.clinvar_stars),
            };
            view! { <td class="clinvar">{text}</td> }.into_any()
        }
        Column::ClinVarNow => {
            let known = &row.known;
            let text = match (cx.exam, &known.clinvar) {
                (true, Some(_)) => tr(msg!("exam-hidden")),
                (_, None) => String::new(),
                (false, Some(words)) => match known.clinvar_stars {
                    Some(stars) => {
                        tr_with(msg!("detail-clinvar-stars"), &[("words", words.into()), ("stars", stars.into())])
                    }
                    None => words.clone(),
                },
            };
            view! { <td class="clinvar" data-testid="grid-clinvar-now">{text}</td> }.into_any()
        }
        Column::Lab => {
            let lab = row.known.lab_class.filter(|_| !cx.exam);
            let cases = row.known.lab_cases.filter(|&n| n > 0);
            let ours = cx.marks.as_ref().and_then(|m| m.class);
            let differs = matches!((lab, ours), (Some(lab), Some(ours)) if lab != ours);
            let chip = lab.map(|c| {
                let css = format!("class-chip class-{}", c.id());
                view! { <span class=css>{move || c.label(use_language().get())}</span> }
            });
            let count = cases.map(
                |n| view! { <span class="lab-cases">{tr_with(msg!("table-lab-cases"), &[("cases", n.into())])}</span> },
            );
            let warning = differs.then(|| {
                view! { <span class="differs" title=tr(msg!("table-lab-differs")) aria-label=tr(msg!("table-lab-differs"))>"≠"</span> }
            });
            view! {
                <td data-testid="grid-lab" data-class=lab.map(|c| c.id()) data-cases=cases data-differs=differs.then_some("true")>
                    {chip}{count}{warning}
                </td>
            }
            .into_any()
        }
        Column::Loeuf => number(row.known.loeuf),
        Column::Inheritance => {
            let fits = row.inheritance.clone();
            let text = move || words::inheritance(use_language().get(), &fits);
            view! { <td class="inheritance" data-testid="inheritance">{text}</td> }.into_any()
        }
        Column::Genotype => members
            .iter()
            .map(|m| genotype(m, row.calls.iter().find(|c| c.sample == m.sample)))
            .collect_view()
            .into_any(),
        Column::CallQuality => members
            .iter()
            .map(|m| {
                let call = row.calls.iter().find(|c| c.sample == m.sample);
                let dash = |v: Option<String>| v.unwrap_or_else(|| "–".into());
                let text = call.map(|c| {
                    let ab = c.call.ab.map(|ab| format!("{ab:.2}"));
                    format!(
                        "{} · {} · {}",
                        dash(c.call.dp.map(|v| v.to_string())),
                        dash(c.call.gq.map(|v| v.to_string())),
                        dash(ab)
                    )
                });
                view! { <td class="num call">{text}</td> }
            })
            .collect_view()
            .into_any(),
        Column::Sv => structural(row).into_any(),
        Column::SvCalls => members
            .iter()
            .map(|m| {
                let call = row.calls.iter().find(|c| c.sample == m.sample).filter(|_| row.sv.is_some());
                let dash = |v: Option<String>| v.unwrap_or_else(|| "–".into());
                let (copies, reads) =
                    call.map_or((None, None), |c| (c.call.copies.map(|v| v.to_string()), c.call.sv_reads.map(|v| v.to_string())));
                let text = call.map(|_| format!("{} · {}", dash(copies.clone()), dash(reads.clone())));
                // In words: whose call, and which number is which.
                let title = call.map(|_| {
                    let args =
                        [("role", m.label.clone().into()), ("copies", dash(copies).into()), ("reads", dash(reads).into())];
                    tr_with(msg!("table-sv-call-title"), &args)
                });
                view! {
                    <td class="num call" data-testid="grid-sv-calls" data-cn=call.and_then(|c| c.call.copies) title=title>
                        {text}
                    </td>
                }
            })
            .collect_view()
            .into_any(),
        Column::Class => {
            let class = cx.marks.as_ref().and_then(|m| m.class);
            let chip = class.map(|c| {
                let css = format!("class-chip class-{}", c.id());
                view! { <span class=css>{move || c.label(use_language().get())}</span> }
            });
            // The reviewer's verdict beside the class it judges.
            let review = cx.marks.as_ref().and_then(|m| m.review);
            let mark = review.map(|v| {
                let (sign, id, key) = match v {
                    Verdict::Agree => ("✓", "agree", msg!("review-verdict-agreed")),
                    Verdict::Disagree => ("✗", "disagree", msg!("review-verdict-disagreed")),
                };
                view! {
                    <span class=format!("review-mark review-{id}") aria-hidden="true">{sign}</span>
                    <span class="visually-hidden">{t(key)}</span>
                }
            });
            let review = review.map(|v| if v == Verdict::Agree { "agree" } else { "disagree" });
            view! { <td data-testid="grid-class" data-class=class.map(|c| c.id()) data-review=review>{chip}{mark}</td> }
                .into_any()
        }
        Column::Tags => {
            let marks = cx.marks.clone().unwrap_or_default();
            let discuss = marks.discuss.then(|| view! { <span class="tag">{tr(msg!("discuss-label"))}</span> });
            let report =
                marks.report.map(|r| view! { <span class="tag">{move || r.label(use_language().get())}</span> });
            view! { <td class="tags" data-testid="grid-tags">{discuss}{report}</td> }.into_any()
        }
        Column::Comment => {
            let has = cx.marks.as_ref().is_some_and(|m| m.comment);
            let marker = has.then(|| {
                view! {
                    <span class="comment-marker" title=tr(msg!("table-has-comment")) aria-label=tr(msg!("table-has-comment"))>
                        "✎"
                    </span>
                }
            });
            view! { <td class="marker" data-testid="grid-comment">{marker}</td> }.into_any()
        }
        Column::Chrom => view! { <td>{row.chrom.clone()}</td> }.into_any(),
        Column::Pos => view! { <td class="num">{row.pos}</td> }.into_any(),
        Column::Ref => view! { <td class="allele" title=row.reference.clone()>{row.reference.clone()}</td> }.into_any(),
        Column::Alt => view! { <td class="allele" title=row.alt.clone()>{row.alt.clone()}</td> }.into_any(),
        Column::Qual => {
            view! { <td class="num">{row.qual.map(|q| format!("{q:.1}")).unwrap_or_else(|| ".".into())}</td> }
                .into_any()
        }
        Column::Filter => view! { <td>{row.filter.clone()}</td> }.into_any(),
    }
}

/// The worst consequence with its impact, and which transcripts it comes
/// from, said beside it.
fn consequence(row: &VariantRow) -> impl IntoView {
    let impact = row.impact.map(|i| i.as_str()).unwrap_or("");
    let impact_class = format!("impact impact-{}", impact.to_ascii_lowercase());
    let consequence = row.consequence.clone().unwrap_or_default().replace('_', " ");
    let basis = row.basis;
    let basis_class = format!("basis basis-{}", basis.short_key().trim_start_matches("basis-short-"));
    view! {
        <td>
            <span class=impact_class>{impact}</span>
            " "
            {consequence}
            " "
            <span class=basis_class title=move || tr(basis.key())>{move || tr(basis.short_key())}</span>
        </td>
    }
}

/// An HGVS expression without its transcript (`c.1745G>A`, `p.Arg582Gln`),
/// the whole of it in the title.
fn hgvs(full: Option<&str>) -> impl IntoView {
    let short = full.map(|h| h.rsplit_once(':').map_or(h, |(_, change)| change).to_owned());
    view! { <td class="hgvs" title=full.map(str::to_owned)>{short}</td> }
}

/// A member's genotype, seen from this ALT, with the call's depth, GQ and
/// allele balance in its title; a call that fails trio QC is marked, in
/// words as well as style.
fn genotype(member: &MemberColumn, call: Option<&RelativeCall>) -> impl IntoView {
    let Some(call) = call.cloned() else {
        return view! { <td class="gt"></td> }.into_any();
    };
    let gt = gt_text(call.call.genotype);
    let dash = |v: Option<String>| v.unwrap_or_else(|| "–".into());
    let args = [
        ("role", member.label.clone().into()),
        ("gt", gt.clone().into()),
        ("dp", dash(call.call.dp.map(|v| v.to_string())).into()),
        ("gq", dash(call.call.gq.map(|v| v.to_string())).into()),
        ("ab", dash(call.call.ab.map(|v| format!("{v:.2}"))).into()),
    ];
    let failed = call.qc;
    let title = move || match failed {
        None => tr_with(msg!("table-call"), &args),
        Some(why) => {
            let mut args = args.to_vec();
            args.push(("why", tr(why.key()).into()));
            tr_with(msg!("table-call-failed"), &args)
        }
    };
    view! {
        <td class="gt" class:qc-fail=failed.is_some() title=title data-testid="grid-gt">
            {gt}
            {failed.map(|why| {
                view! {
                    <span class="qc-mark" aria-hidden="true">" ⚠"</span>
                    <span class="visually-hidden">{move || tr(why.key())}</span>
                }
            })}
        </td>
    }
    .into_any()
}

/// A structural variant's type and size (`DEL 1.8 kb`), its span and exact
/// size in the title; empty for a small variant.
fn structural(row: &VariantRow) -> impl IntoView {
    let sv = row.sv.clone();
    let title = sv.as_ref().map(|sv| {
        let lang = use_language().get_untracked();
        let size = sv.len.map(|l| format!(" ({} bp)", lang.number(u64::from(l)))).unwrap_or_default();
        format!("{}:{}-{}{size}", row.chrom, sv.start, sv.end)
    });
    let text = sv.as_ref().map(|sv| match sv.len {
        Some(len) => format!("{} {}", sv.kind.id(), words::bases(len)),
        None => sv.kind.id().to_owned(),
    });
    view! {
        <td
            class="sv"
            data-testid="grid-sv"
            data-svtype=sv.as_ref().map(|sv| sv.kind.id())
            data-svlen=sv.as_ref().and_then(|sv| sv.len)
            title=title
        >
            {text}
        </td>
    }
}
