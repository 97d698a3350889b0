//! The engine worker's parsing helpers: `parser` workers (`part_parser`),
//! one per core beside the engine's own, started with the engine so they
//! are warm when a file is opened. The engine reads, inflates and cuts the file into parts
//! (`tolk_core::parts`); the helpers parse them; the engine joins them.
//!
//! Each helper is a [`Line`], as the page's workers are: its messages wait
//! for its start, and a helper that dies (a trap) is replaced. The load
//! whose part it held fails with the browser's reason: the engine cannot
//! tell what the part would have held.

use super::part_failed;
use crate::channel::{Attachment, Line};
use crate::protocol::{from_bytes, to_bytes, LoadId, PartReply, PartRequest, ToParser};
use futures::channel::mpsc::{unbounded, UnboundedReceiver, UnboundedSender};
use std::cell::RefCell;
use std::rc::Rc;
use tolk_core::compression::bgzf::Block;
use tolk_core::parts::ranges::Range;
use tolk_core::parts::{ParsedPart, Part, PartContext};
use tolk_core::phrase::Phrase;
use wasm_bindgen::prelude::*;
use web_sys::{Blob, DedicatedWorkerGlobalScope};

/// The helpers' script, beside the engine's (trunk's loader shim).
const SCRIPT: &str = "./parser_loader.js";

/// Helpers start, unasked, on machines with at least this many cores, one
/// per core but the engine's own. A BGZF file is read in ranges
/// (`super::ranges`), where this worker only finds the blocks and joins:
/// on two cores, two helpers read a 100,000-record exome of real VEP
/// records (391 MB of text) in 2.2-2.8 s against 2.9-3.5 s for this worker
/// alone (issue 26's note), but with helpers on by default there, one CI
/// run of the end-to-end tests lost the demo family set just after a load
/// (a race not yet understood), so two cores keep the engine alone for now.
const MIN_CORES: usize = 4;

/// No more helpers than this, whatever the machine says: each is a wasm
/// instance of its own, and past this the engine's own reading and
/// joining is what limits.
const MAX_HELPERS: usize = 8;

/// A part parsed by a helper, or why it was not.
pub type Returned = Result<ParsedPart, Phrase>;

/// What a helper sends back during a load.
#[allow(clippy::large_enum_variant, reason = "a few per part, moved once each: boxing would only add an allocation")]
pub enum Back {
    Parsed(Returned),
    /// Range `index` was cut by helper `helper`: the lines it holds.
    Counted {
        index: u32,
        helper: usize,
        lines: Result<u64, Phrase>,
    },
}

/// The pool; cheap to clone (one pool per engine worker).
#[derive(Clone)]
pub struct Helpers {
    pool: Rc<RefCell<Pool>>,
}

struct Pool {
    helpers: Vec<Helper>,
    /// Where the current load's parsed parts go; parts of other loads are dropped.
    results: Option<(LoadId, UnboundedSender<Back>)>,
}

struct Helper {
    line: Line<ToParser>,
    /// The load whose header this helper has.
    context: Option<LoadId>,
    /// Parts sent and not yet answered.
    busy: usize,
}

impl Helpers {
    /// `count` helpers; `None` for none, or if none can start.
    pub fn start(count: usize) -> Option<Helpers> {
        let helpers = Helpers { pool: Rc::new(RefCell::new(Pool { helpers: Vec::new(), results: None })) };
        for _ in 0..count.min(MAX_HELPERS) {
            // Its place in the pool, which its handlers name it by.
            let index = helpers.len();
            match helpers.spawn(index) {
                Ok(helper) => helpers.pool.borrow_mut().helpers.push(helper),
                Err(e) => web_sys::console::warn_1(&format!("tolk: a parsing helper could not start: {e}").into()),
            }
        }
        let started = !helpers.pool.borrow().helpers.is_empty();
        started.then_some(helpers)
    }

    /// How many helpers this engine should have: `?parsers=N` on its
    /// script's URL (the page passes its own on), or else one per core but
    /// the engine's own, from [`MIN_CORES`] cores up.
    pub fn wanted(scope: &DedicatedWorkerGlobalScope) -> usize {
        let search = scope.location().search();
        let asked = search.trim_start_matches('?').split('&').find_map(|pair| pair.strip_prefix("parsers="));
        match asked.and_then(|n| n.parse::<usize>().ok()) {
            Some(n) => n,
            None => match scope.navigator().hardware_concurrency() as usize {
                cores if cores >= MIN_CORES => cores - 1,
                _ => 0,
            },
        }
    }

    /// How many helpers there are.
    pub fn len(&self) -> usize {
        self.pool.borrow().helpers.len()
    }

    /// Starts load `load`: its parsed parts come out of the receiver, in
    /// the order they are parsed. An earlier load's receiver ends.
    pub fn begin(&self, load: LoadId) -> UnboundedReceiver<Back> {
        let (sender, receiver) = unbounded();
        self.pool.borrow_mut().results = Some((load, sender));
        receiver
    }

    /// Sends `part` of load `load` to the least busy helper, preceded by
    /// the load's header if that helper has not had it.
    pub fn send(&self, load: LoadId, context: &PartContext, part: &Part) -> Result<(), String> {
        let mut pool = self.pool.borrow_mut();
        let (_, helper) = pool.least_busy(|_| true)?;
        if helper.context != Some(load) {
            let message = PartRequest::Context { load, context: Box::new(context.clone()) };
            helper.line.send(&message, Attachment::Nothing)?;
            helper.context = Some(load);
        }
        helper.line.send(&PartRequest::Part { load }, Attachment::Moved(&to_bytes(part)?))?;
        helper.busy += 1;
        Ok(())
    }

    /// Restarts every helper still working for an earlier load (one that
    /// failed or was cancelled with parts out): its parts would hold up the
    /// next load's, and a file too large to hold fills a helper's memory
    /// as it fills the engine's.
    pub fn drop_stale_work(&self) {
        for helper in self.pool.borrow_mut().helpers.iter_mut().filter(|h| h.busy > 0) {
            helper.line.restart();
            helper.busy = 0;
            helper.context = None;
        }
    }

    /// Tells every helper that load `load` is read in ranges: its header,
    /// its blocks, and the file.
    pub fn send_ranges(
        &self,
        load: LoadId,
        context: &PartContext,
        blocks: &[Block],
        file: &Blob,
    ) -> Result<(), String> {
        let message = PartRequest::Ranges { load, context: Box::new(context.clone()), blocks: blocks.to_vec() };
        for helper in self.pool.borrow_mut().helpers.iter_mut().filter(|h| h.line.is_running()) {
            helper.line.send(&message, Attachment::Shared(file))?;
            helper.context = Some(load);
        }
        Ok(())
    }

    /// Sends `range` to be cut by the least busy helper that has the
    /// load's blocks; returns which one, to send it its number.
    pub fn cut(&self, load: LoadId, range: Range) -> Result<usize, String> {
        let mut pool = self.pool.borrow_mut();
        let (index, helper) = pool.least_busy(|h| h.context == Some(load))?;
        helper.line.send(&PartRequest::Cut { load, range }, Attachment::Nothing)?;
        helper.busy += 1;
        Ok(index)
    }

    /// Tells helper `helper` where the range it cut as `index` starts.
    pub fn number(&self, helper: usize, load: LoadId, index: u32, first_line: u64) -> Result<(), String> {
        let pool = self.pool.borrow();
        let helper = pool.helpers.get(helper).ok_or("no parsing helper")?;
        helper.line.send(&PartRequest::Number { load, index, first_line }, Attachment::Nothing)
    }

    fn spawn(&self, index: usize) -> Result<Helper, String> {
        let line = Line::<ToParser>::new(SCRIPT);
        let pool = Rc::downgrade(&self.pool);
        let receive = move |reply: PartReply, store: JsValue| {
            let Some(pool) = pool.upgrade() else { return };
            let mut pool = pool.borrow_mut();
            match reply {
                PartReply::Parsed { load, report, .. } => {
                    let returned = report.and_then(|report| {
                        let store = from_bytes(store).map_err(part_failed)?;
                        Ok(ParsedPart { store, report })
                    });
                    let helper = &mut pool.helpers[index];
                    helper.busy = helper.busy.saturating_sub(1);
                    pool.deliver(load, Back::Parsed(returned));
                }
                PartReply::Counted { load, index: range, lines } => {
                    if lines.is_err() {
                        let helper = &mut pool.helpers[index];
                        helper.busy = helper.busy.saturating_sub(1);
                    }
                    pool.deliver(load, Back::Counted { index: range, helper: index, lines });
                }
                PartReply::Started => {}
            }
        };
        let pool = Rc::downgrade(&self.pool);
        let crashed = move |reason: Phrase| {
            if let Some(pool) = pool.upgrade() {
                pool.borrow_mut().crashed(index, reason);
            }
        };
        line.connect(receive, crashed)?;
        Ok(Helper { line, context: None, busy: 0 })
    }
}

impl Pool {
    /// The running helper with the fewest parts out among those `eligible`, and its place.
    fn least_busy(&mut self, eligible: impl Fn(&Helper) -> bool) -> Result<(usize, &mut Helper), String> {
        let running = self.helpers.iter_mut().enumerate().filter(|(_, h)| h.line.is_running() && eligible(h));
        running.min_by_key(|(_, h)| h.busy).ok_or_else(|| "no parsing helper".to_owned())
    }

    /// Helper `index` died (its line has started a fresh one, which has no
    /// header yet): the load it was parsing for fails.
    fn crashed(&mut self, index: usize, reason: Phrase) {
        let helper = &mut self.helpers[index];
        let busy = std::mem::take(&mut helper.busy) > 0;
        helper.context = None;
        if busy {
            if let Some(load) = self.results.as_ref().map(|(load, _)| *load) {
                self.deliver(load, Back::Parsed(Err(part_failed(reason))));
            }
        }
    }

    fn deliver(&mut self, load: LoadId, returned: Back) {
        if let Some((current, sender)) = &self.results {
            if *current == load {
                // A receiver dropped (its load was cancelled) wants nothing.
                let _ = sender.unbounded_send(returned);
            }
        }
    }
}
