//! A view: the rows of a store that survive a query (panels, filters,
//! inheritance), with the funnel of counts that shows why the others were
//! dropped. Steps run in a fixed order, each over the survivors of the
//! last, so the funnel reads top to bottom as the narrowing happened.

use crate::annotation::Consequence;
use crate::annotation::TranscriptPolicy;
use crate::chrom;
use crate::column::Column;
use crate::family::Affection;
use crate::family::Family;
use crate::family::Sex;
use crate::filter::{clinvar_mask, consequence_table, Filters, SPLICE_REGION_TERMS};
use crate::hpo::rank::Ranking;
use crate::hpo::{Ontology, PatientTerms};
use crate::inheritance::{CallQc, Fit, Judge, Mode, ModeFit, Pair, Pairable};
use crate::panel::matching::{count_in_view, match_panels, PanelReport};
use crate::panel::{Confidence, Panel, Region};
use crate::phrase::Phrase;
use crate::search::{Search, TextScan};
use crate::sort::{order_rows, GivenClasses, Sort};
use crate::store::{PackedCall, VariantStore, NONE_U8};
use crate::sv::samples::SvCall;
use crate::vcf::genotype::Zygosity;
use serde::{Deserialize, Serialize};

/// Everything that decides a view. Holds no patient data except the
/// family's sample indices and, when ranking, the patient's HPO terms (the
/// page keeps those in the session, never in the URL).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Query {
    pub panels: Vec<Panel>,
    /// Panel genes below this confidence are left out (`Red`: all genes).
    pub min_confidence: Option<Confidence>,
    pub filters: Filters,
    pub policy: TranscriptPolicy,
    pub family: Option<Family>,
    pub mode: Mode,
    /// What a call must pass to prove an inheritance pattern.
    pub qc: CallQc,
    /// The order the rows are shown in; file order when `None`.
    #[serde(default)]
    pub sort: Option<Sort>,
    /// The grid's quick search, applied last. Genes and positions are
    /// matched here; a search in the records' text (dbSNP ids, HGVS) is left
    /// to the caller, which can read the file: a [`TextScan`], then
    /// [`View::keep_found`].
    #[serde(default)]
    pub search: Option<Search>,
    /// The classes given in this session, when the rows are sorted by
    /// class (and only then, so that classifying a variant does not make
    /// a new view).
    #[serde(default, skip_serializing_if = "GivenClasses::is_empty")]
    pub given: GivenClasses,
    /// The patient's phenotype: with terms (and the ontology at hand,
    /// [`apply_ranked`]) the rows are ranked for it.
    #[serde(default, skip_serializing_if = "PatientTerms::is_empty")]
    pub phenotype: PatientTerms,
}

impl Query {
    /// The judge of this query's family, if it has one.
    pub fn judge<'a>(&'a self, store: &'a VariantStore) -> Option<Judge<'a>> {
        self.family.as_ref().map(|f| Judge::new(store, f).with_qc(self.qc))
    }
}

/// One step of the funnel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FunnelStep {
    /// A stable id (`panel`, `pass`, `af`, ...).
    pub id: String,
    /// What the step keeps, in words (`AF below 0.01`). Sessions from
    /// before phrases hold it as finished English text.
    pub label: Phrase,
    /// Rows left after this step.
    pub remaining: u32,
    /// Of those, rows kept only because the file gives no value to test.
    pub kept_missing: u32,
}

/// The result of a query.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct View {
    /// Row indices into the store, in the query's [`Sort`] order (file
    /// order without one).
    pub rows: Vec<u32>,
    /// The first step is the whole file.
    pub funnel: Vec<FunnelStep>,
    pub panel: Option<PanelReport>,
    /// By interned gene id, whether the gene is in the active panels
    /// (empty without panels): what the charts mark as "in panel".
    #[serde(skip)]
    pub panel_genes: Vec<bool>,
    /// Compound heterozygous pairs among the view's rows (when the family
    /// allows judging them).
    pub pairs: Vec<Pair>,
    /// Every row of `pairs` with its best pair's fit, sorted by row: the
    /// lookup behind [`View::pair_fit`].
    paired: Vec<(u32, Fit)>,
    /// With a family, the view's rows that can be half of a compound-het
    /// pair, by gene: each row's partners are found from it when the row
    /// is shown, in any mode (listing every pair of an unfiltered genome
    /// would take millions).
    #[serde(skip)]
    pairable: Option<Pairable>,
    /// Things the user should know about how the view was made.
    pub notes: Vec<Phrase>,
    /// The rows ranked for the query's phenotype, where it has one and
    /// the ontology was given ([`apply_ranked`]).
    #[serde(skip)]
    pub ranking: Option<Ranking>,
}

/// Runs `query` over `store`.
pub fn apply(store: &VariantStore, query: &Query) -> View {
    apply_ranked(store, query, None)
}

/// Runs `query` over `store`, ranking the rows it keeps for the query's
/// phenotype by `ontology` (where both are there) before they are sorted.
pub fn apply_ranked(store: &VariantStore, query: &Query, ontology: Option<&Ontology>) -> View {
    let mut rows: Vec<u32> = (0..store.len() as u32).collect();
    let mut view = View::default();
    let step = |view: &mut View, rows: &[u32], id: &str, label: Phrase, kept_missing: u32| {
        view.funnel.push(FunnelStep { id: id.into(), label, remaining: rows.len() as u32, kept_missing });
    };
    step(&mut view, &rows, "file", Phrase::new(msg!("funnel-step-file")), 0);

    let mut panel = (!query.panels.is_empty())
        .then(|| match_panels(store, &query.panels, query.min_confidence.unwrap_or(Confidence::Red)));
    if let Some(m) = &panel {
        let regions = &m.report.regions;
        let in_regions = RegionIndex::new(store, regions);
        rows.retain(|&r| store.row_genes(r as usize).iter().any(|&g| m.in_panel[g as usize]) || in_regions.has(r));
        let label =
            Phrase::new(msg!("funnel-step-panel")).arg("genes", m.report.genes.len()).arg("regions", regions.len());
        step(&mut view, &rows, "panel", label, 0);
    }

    let f = &query.filters;
    let rec = |r: u32| store.record_of(r as usize);
    let (records, scores) = (store.record_columns(), store.scores());
    let sv = store.sv_columns();
    if !f.sv_types.is_empty() {
        rows.retain(|&r| sv.find(r).is_some_and(|i| f.sv_types.contains(&sv.entry(i).kind)));
        let names = f.sv_types.iter().map(|k| Phrase::new(k.key()));
        step(&mut view, &rows, "svtype", Phrase::new(msg!("funnel-step-svtype")).arg("types", or_list(names)), 0);
    }
    if f.min_size.is_some() || f.max_size.is_some() {
        let (min, max) = (f.min_size.unwrap_or(0), f.max_size.unwrap_or(u32::MAX));
        let kept = retain_counting(&mut rows, |r| size(store, r).map(|len| (min..=max).contains(&len)));
        let label = match (f.min_size, f.max_size) {
            (Some(min), Some(max)) => Phrase::new(msg!("funnel-step-size-range")).arg("min", min).arg("max", max),
            (Some(min), None) => Phrase::new(msg!("funnel-step-size-min")).arg("min", min),
            (_, max) => Phrase::new(msg!("funnel-step-size-max")).arg("max", max.unwrap_or(u32::MAX)),
        };
        step(&mut view, &rows, "size", label, kept);
    }
    if f.pass_only {
        let pass: Vec<bool> = store.filters().names.iter().map(|n| &**n == "PASS" || &**n == ".").collect();
        rows.retain(|&r| pass.get(records.filter[rec(r)] as usize).copied().unwrap_or(false));
        step(&mut view, &rows, "pass", Phrase::new(msg!("funnel-step-pass")), 0);
    }
    let samples = SampleScope::new(store, query.family.as_ref());
    if f.carrier {
        let kept = retain_counting(&mut rows, |r| samples.carries(r));
        let label = Phrase::new(if samples.proband.is_some() {
            msg!("funnel-step-carrier-proband")
        } else {
            msg!("funnel-step-carrier-any")
        });
        step(&mut view, &rows, "carrier", label, kept);
    }
    if let Some(min) = f.min_qual {
        let kept = retain_counting(&mut rows, |r| threshold(records.qual[rec(r)], |q| q >= min));
        step(&mut view, &rows, "qual", at_least("QUAL", min), kept);
    }
    if let Some(min) = f.min_dp {
        let kept = retain_counting(&mut rows, |r| samples.check(r, |c| c.dp().map(|dp| dp >= min)));
        step(&mut view, &rows, "dp", Phrase::new(msg!("funnel-step-dp")).arg("min", min), kept);
    }
    if let Some(min) = f.min_gq {
        let kept = retain_counting(&mut rows, |r| samples.check(r, |c| c.gq().map(|gq| gq >= min)));
        step(&mut view, &rows, "gq", Phrase::new(msg!("funnel-step-gq")).arg("min", min), kept);
    }
    if let Some(min) = f.min_sv_reads {
        let kept = retain_counting(&mut rows, |r| match sv.find(r) {
            Some(i) => samples.check_sv(r, sv.calls(i, store.samples()), |reads| u32::from(reads) >= min),
            None => Some(true),
        });
        step(&mut view, &rows, "reads", Phrase::new(msg!("funnel-step-sv-reads")).arg("min", min), kept);
    }
    if let Some((lo, hi)) = f.het_ab {
        let kept = retain_counting(&mut rows, |r| {
            samples.check(r, |c| {
                if c.zygosity() == Zygosity::Het {
                    c.ab().map(|ab| (lo..=hi).contains(&ab))
                } else {
                    Some(true)
                }
            })
        });
        let label = Phrase::new(msg!("funnel-step-ab")).arg("low", format!("{lo}")).arg("high", format!("{hi}"));
        step(&mut view, &rows, "ab", label, kept);
    }
    if let Some(below) = f.af_below {
        let kept = retain_counting(&mut rows, |r| threshold(scores.af[r as usize], |af| af < below));
        step(&mut view, &rows, "af", Phrase::new(msg!("funnel-step-af")).arg("max", format!("{below}")), kept);
    }
    if let Some(keep) = consequence_table(f) {
        let column = &store.under(query.policy).consequence;
        // A structural variant that overlaps a transcript is kept: VEP
        // calls a deletion of some exons `coding_sequence_variant` or
        // `feature_truncation` (MODIFIER in VEP releases before the latter
        // was made HIGH, as in Scout's VEP 85 file), the same words it has
        // for one within an intron, and the store keeps only the worst, so the two
        // cannot be told apart here; a deletion is not to be hidden for
        // that. One the file does not annotate is kept for want of a
        // value, counted.
        let coding = Consequence::known("coding_sequence_variant").rank();
        let kept = retain_counting(&mut rows, |r| {
            let rank = column[r as usize];
            match sv.find(r) {
                Some(_) if rank == NONE_U8 => None,
                Some(_) => Some(keep[rank as usize] || rank <= coding),
                None => Some(keep[rank as usize]),
            }
        });
        step(&mut view, &rows, "consequence", consequence_label(f, !sv.rows().is_empty()), kept);
    }
    if !f.clinvar.is_empty() {
        let mask = clinvar_mask(f);
        rows.retain(|&r| scores.clinvar[r as usize] & mask != 0);
        let names = f.clinvar.iter().map(|c| Phrase::from(c.id()));
        step(&mut view, &rows, "clinvar", Phrase::new(msg!("funnel-step-clinvar")).arg("names", or_list(names)), 0);
    }
    for (id, name, min, column) in [
        ("cadd", "CADD", f.min_cadd, &scores.cadd),
        ("revel", "REVEL", f.min_revel, &scores.revel),
        ("spliceai", "SpliceAI", f.min_spliceai, &scores.spliceai),
    ] {
        if let Some(min) = min {
            let kept = retain_counting(&mut rows, |r| threshold(column[r as usize], |s| s >= min));
            step(&mut view, &rows, id, at_least(name, min), kept);
        }
    }
    if !f.regions.is_empty() {
        let in_regions = RegionIndex::new(store, &f.regions);
        rows.retain(|&r| in_regions.has(r));
        let names: Vec<String> = f.regions.iter().map(ToString::to_string).collect();
        step(&mut view, &rows, "regions", Phrase::new(msg!("funnel-step-regions")).arg("regions", names.join(", ")), 0);
    }
    match (&query.family, query.mode) {
        (None, Mode::Any) => {}
        (Some(family), Mode::Any) => {
            view.pairable = Some(Judge::new(store, family).with_qc(query.qc).pairable(&rows, query.policy));
        }
        (None, mode) => view.notes.push(Phrase::new(msg!("view-note-needs-proband")).arg("mode", mode.phrase())),
        (Some(family), mode) => {
            let judge = Judge::new(store, family).with_qc(query.qc);
            if mode == Mode::CompHet {
                let pairable = judge.pairable(&rows, query.policy);
                view.pairs = pairable.pairs(&judge);
                view.paired = best_pair_fits(&view.pairs);
                view.pairable = Some(pairable);
                rows.retain(|&r| view.pair_fit(r) > Fit::No);
            } else {
                rows.retain(|&r| judge.fit(r as usize, mode) > Fit::No);
            }
            if family.father.is_none() || family.mother.is_none() {
                view.notes.push(Phrase::new(msg!("view-note-parent-missing")));
            }
            let affected = |m: Option<crate::family::Member>| m.is_some_and(|m| m.affected == Affection::Affected);
            if mode == Mode::Ad && !affected(family.father) && !affected(family.mother) {
                view.notes.push(Phrase::new(msg!("view-note-dominant-needs-affected-parent")));
            }
            step(&mut view, &rows, mode.id(), mode.phrase(), 0);
        }
    }
    if let Some(m) = &mut panel {
        count_in_view(store, m, &rows);
    }
    if let Some(m) = panel {
        view.panel_genes = m.in_panel;
        view.panel = Some(m.report);
    }
    if let Some(ontology) = ontology.filter(|_| !query.phenotype.is_empty()) {
        let judge = query.judge(store);
        let sex = query.family.as_ref().map_or(Sex::Unknown, |f| f.proband_sex);
        view.ranking = Some(Ranking::new(ontology, store, &rows, &query.phenotype, query.policy, judge.as_ref(), sex));
    }
    view.rows = rows;
    view.reorder(store, query);
    if let Some(search) = query.search.as_ref().filter(|s| s.keep_in_store(store, &mut view.rows)) {
        view.record_search(search);
    }
    view
}

impl View {
    /// Puts the view's rows in `query`'s order: its sort, the ranking's
    /// order for the phenotype rank (file order without a ranking), or
    /// file order. The same rows re-ordered, never filtered again.
    pub fn reorder(&mut self, store: &VariantStore, query: &Query) {
        let sort = match (query.sort, &self.ranking) {
            (Some(Sort { key: Column::Priority, descending }), Some(ranking)) => {
                return ranking.order(&mut self.rows, descending);
            }
            (Some(Sort { key: Column::Priority, .. }), None) => None,
            (sort, _) => sort,
        };
        order_rows(store, &mut self.rows, sort, query.policy, &query.given);
    }

    /// Keeps the rows `scan` found in the records' text (a search the
    /// store could not match), with the funnel's step.
    pub fn keep_found(&mut self, scan: TextScan) {
        let search = scan.keep(&mut self.rows);
        self.record_search(&search);
    }

    /// The search's funnel step: what is left after it.
    fn record_search(&mut self, search: &Search) {
        self.funnel.push(FunnelStep {
            id: "search".into(),
            label: Phrase::new(msg!("funnel-step-search")).arg("text", search.text.clone()),
            remaining: self.rows.len() as u32,
            kept_missing: 0,
        });
    }

    /// The best fit of the compound-het pairs row `row` is in (`No` when
    /// none, or when the view was not made for compound heterozygosity).
    pub fn pair_fit(&self, row: u32) -> Fit {
        self.paired.binary_search_by_key(&row, |&(r, _)| r).map_or(Fit::No, |i| self.paired[i].1)
    }

    /// How row `row` fits every mode, for the table, with its compound-het
    /// partners in the view. `judge` is made once for the family of the
    /// view's query and reused across rows.
    pub fn fits(&self, judge: &Judge<'_>, row: u32) -> Vec<ModeFit> {
        judge.fits(self.pairable.as_ref(), row, true)
    }
}

fn best_pair_fits(pairs: &[Pair]) -> Vec<(u32, Fit)> {
    let mut paired: Vec<(u32, Fit)> = pairs.iter().flat_map(|p| [(p.first, p.fit), (p.second, p.fit)]).collect();
    // Best fit first within each row, so dedup keeps it.
    paired.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    paired.dedup_by_key(|&mut (row, _)| row);
    paired
}

/// Keeps rows where `keep` is `Some(true)` or `None` (no value to test),
/// and returns how many were kept for want of a value.
fn retain_counting(rows: &mut Vec<u32>, keep: impl Fn(u32) -> Option<bool>) -> u32 {
    let mut missing = 0;
    rows.retain(|&r| match keep(r) {
        Some(k) => k,
        None => {
            missing += 1;
            true
        }
    });
    missing
}

/// A NaN ("missing") value passes as `None`.
fn threshold(v: f32, pass: impl Fn(f32) -> bool) -> Option<bool> {
    (!v.is_nan()).then(|| pass(v))
}

/// Regions resolved to the store's interned chromosomes once, so the
/// per-row test compares numbers, not chromosome names.
struct RegionIndex<'a> {
    store: &'a VariantStore,
    /// By interned chromosome id: the `(start, end)` ranges on it.
    by_chrom: Vec<Vec<(u32, u32)>>,
}

impl<'a> RegionIndex<'a> {
    fn new(store: &'a VariantStore, regions: &[Region]) -> RegionIndex<'a> {
        let by_chrom = store
            .chroms()
            .names
            .iter()
            .map(|chrom| regions.iter().filter(|g| chrom::same(&g.chrom, chrom)).map(|g| (g.start, g.end)).collect())
            .collect();
        RegionIndex { store, by_chrom }
    }

    /// Whether row `row` lies in a region (a structural variant: overlaps one).
    fn has(&self, row: u32) -> bool {
        let records = self.store.record_columns();
        let rec = self.store.record_of(row as usize);
        let pos = records.pos[rec];
        let sv = self.store.sv_columns();
        let (first, last) = match sv.find(row) {
            Some(i) => {
                let e = sv.entry(i);
                e.kind.span(pos, e.end)
            }
            None => (pos, pos),
        };
        self.by_chrom[records.chrom[rec] as usize].iter().any(|&(start, end)| first <= end && start <= last)
    }
}

/// `QUAL at least 30`: a score column held to a minimum.
fn at_least(name: &str, min: f32) -> Phrase {
    Phrase::new(msg!("funnel-step-at-least")).arg("name", name).arg("min", format!("{min}"))
}

/// `HIGH or MODERATE`.
fn or_list(items: impl IntoIterator<Item = Phrase>) -> Phrase {
    Phrase::separated(items, Phrase::new(msg!("list-or")))
}

/// Row `row`'s size in bases: a structural variant's (`None` when the
/// caller gives none), a small variant's alleles' length difference, or a
/// substitution's length.
fn size(store: &VariantStore, row: u32) -> Option<u32> {
    let sv = store.sv_columns();
    if let Some(i) = sv.find(row) {
        return sv.entry(i).len;
    }
    let (reference, alt) = (store.reference(row as usize).len(), store.alt(row as usize).len());
    Some(if reference == alt { reference } else { reference.abs_diff(alt) } as u32)
}

/// `HIGH or MODERATE impact, or in the splice region`, and with
/// structural variants in the file, what is kept of them.
fn consequence_label(f: &Filters, structural: bool) -> Phrase {
    let mut parts = Vec::new();
    if !f.impacts.is_empty() {
        let names = f.impacts.iter().map(|i| Phrase::from(i.as_str()));
        parts.push(Phrase::new(msg!("funnel-impact")).arg("impacts", or_list(names)));
    }
    let splice_region = SPLICE_REGION_TERMS.iter().all(|t| f.consequences.iter().any(|c| c == t));
    if splice_region {
        parts.push(Phrase::new(msg!("funnel-splice-region")));
    }
    parts.extend(
        f.consequences
            .iter()
            .filter(|c| !(splice_region && SPLICE_REGION_TERMS.contains(c)))
            .map(|c| Phrase::from(c.as_str().replace('_', " "))),
    );
    if structural {
        parts.push(Phrase::new(msg!("funnel-sv-coding")));
    }
    Phrase::separated(parts, Phrase::new(msg!("list-comma-or")))
}

/// Whose calls the per-sample filters look at: the proband's when a family
/// is set, otherwise those of every sample carrying the ALT (a row passes
/// if any of them does).
struct SampleScope<'a> {
    store: &'a VariantStore,
    proband: Option<usize>,
}

impl<'a> SampleScope<'a> {
    fn new(store: &'a VariantStore, family: Option<&Family>) -> SampleScope<'a> {
        SampleScope { store, proband: family.map(|f| f.proband).filter(|&p| p < store.samples()) }
    }

    /// Whether the proband (or, without a family, any sample) carries the
    /// ALT: `None` when the calls cannot say (a no-call, no samples).
    fn carries(&self, row: u32) -> Option<bool> {
        let n = self.store.samples();
        let calls = self.store.packed_calls(row as usize);
        // `1/.` carries it; `0/.` and `./.` cannot say.
        let carries = |c: &PackedCall| {
            let g = c.genotype();
            if g.alt_copies > 0 {
                Some(true)
            } else {
                (!g.missing && g.called > 0).then_some(false)
            }
        };
        match self.proband {
            Some(p) => carries(&calls[p]),
            None if calls.iter().any(|c| carries(c) == Some(true)) => Some(true),
            None if calls.iter().any(|c| carries(c).is_none()) || n == 0 => None,
            None => Some(false),
        }
    }

    /// `test` answers for a structural row's supporting reads (`calls`, one
    /// per sample): the proband's, or without a family any carrier's;
    /// `None` when the calls give no count.
    fn check_sv(&self, row: u32, calls: &[SvCall], test: impl Fn(u16) -> bool) -> Option<bool> {
        if let Some(p) = self.proband {
            return calls.get(p).and_then(|c| c.reads()).map(test);
        }
        let packed = self.store.packed_calls(row as usize);
        let mut answer = None;
        for (call, _) in calls.iter().zip(packed).filter(|(_, p)| p.genotype().alt_copies > 0) {
            match call.reads().map(&test) {
                Some(true) => return Some(true),
                Some(false) => answer = Some(false),
                None => {}
            }
        }
        answer
    }

    /// `test` answers for one call, `None` when the call lacks the value.
    fn check(&self, row: u32, test: impl Fn(PackedCall) -> Option<bool>) -> Option<bool> {
        if self.store.samples() == 0 {
            return None;
        }
        let calls = self.store.packed_calls(row as usize);
        if let Some(p) = self.proband {
            return test(calls[p]);
        }
        let mut answer = None;
        for &c in calls.iter().filter(|c| c.genotype().alt_copies > 0) {
            match test(c) {
                Some(true) => return Some(true),
                Some(false) => answer = Some(false),
                None => {}
            }
        }
        answer
    }
}
