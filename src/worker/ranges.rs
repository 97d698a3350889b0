//! A BGZF file read in ranges of blocks by the parsing helpers
//! (`tolk_core::parts::ranges`): this worker reads the file once to find
//! its blocks (from their headers, nothing inflated), inflates the first
//! blocks for the header, hands each helper the file, the blocks and the
//! ranges to cut, tells each where its range's first line falls once the
//! ranges before it are counted, and joins the parsed ranges. It no longer
//! inflates or cuts the text the helpers parse: that was the serial share
//! that kept two helpers from paying on two cores.

use super::helpers::{Back, Helpers};
use super::{browser_failed, each_slice, part_failed, read_at_once, State};
use crate::protocol::{LoadId, Response};
use futures::StreamExt;
use std::cell::RefCell;
use std::ops::ControlFlow;
use std::rc::Rc;
use tolk_core::annotation::FieldMap;
use tolk_core::compression::bgzf::BlockScan;
use tolk_core::parts::ranges::RangeLoad;
use tolk_core::phrase::Phrase;
use tolk_core::Loaded;
use web_sys::{Blob, DedicatedWorkerGlobalScope};

/// Ranges out at a helper at once, at most. A range waits at its helper
/// between its count and its number (a round trip through this worker,
/// which may be joining a part meanwhile): with two out, a lone helper
/// idled through every round trip and took 3.7 s for a load this worker
/// alone reads in 2.9; with four it always has one to cut meanwhile. Each
/// holds about 4 MiB of text while it waits.
const RANGES_PER_HELPER: usize = 4;

/// How a load in ranges ended.
pub(super) enum Outcome {
    Loaded(Box<Loaded>),
    /// The page cancelled it, or it failed: the response says which.
    Stopped(Response),
    /// Not a file for ranges (not BGZF, no header near its start): read
    /// it as before, in parts if there are helpers.
    NotRanges,
    /// A block could not be read: read it in one pass, which names the
    /// line (not in parts: the helpers may still answer for this load).
    Damaged,
}

/// Reads `blob` in ranges with `helpers`; see the module docs.
pub(super) async fn load(
    scope: &DedicatedWorkerGlobalScope,
    state: &Rc<RefCell<State>>,
    load: LoadId,
    blob: &Blob,
    fields: FieldMap,
    helpers: &Helpers,
) -> Outcome {
    let current = || state.borrow().current == Some(load);
    let stopped = |message: Phrase| match current() {
        true => Outcome::Stopped(Response::Failed { load, message }),
        false => Outcome::Stopped(Response::Cancelled { load }),
    };
    let mut scan = BlockScan::default();
    let scanned = each_slice(blob, |bytes, _| {
        scan.push(bytes);
        if current() {
            ControlFlow::Continue(())
        } else {
            ControlFlow::Break(())
        }
    })
    .await;
    match scanned {
        Ok(ControlFlow::Continue(())) => {}
        Ok(ControlFlow::Break(())) => return Outcome::Stopped(Response::Cancelled { load }),
        Err(reason) => return stopped(browser_failed(reason)),
    }
    let Some(blocks) = scan.finish() else { return Outcome::NotRanges };
    let read = |a: u64, b: u64| read_at_once(blob, a as f64, b as f64);
    let Some(mut ranges) = RangeLoad::start(fields, blocks, read) else { return Outcome::NotRanges };
    let mut back = helpers.begin(load);
    if let Err(reason) = helpers.send_ranges(load, ranges.context(), ranges.blocks(), blob) {
        return stopped(part_failed(reason));
    }
    let plan = ranges.ranges().to_vec();
    let total = blob.size() as u64;
    let mut numbers = ranges.line_numbers();
    // Which helper holds each range cut and not yet numbered.
    let mut holder: Vec<Option<usize>> = vec![None; plan.len()];
    let (mut sent, mut numbered, mut joined, mut records) = (0, 0, 0, 0);
    let most = RANGES_PER_HELPER * helpers.len();
    while joined < plan.len() {
        while sent < plan.len() && sent - joined < most {
            if let Err(reason) = helpers.cut(load, plan[sent]) {
                return stopped(part_failed(reason));
            }
            sent += 1;
        }
        let Some(event) = back.next().await else { return Outcome::Stopped(Response::Cancelled { load }) };
        if !current() {
            return Outcome::Stopped(Response::Cancelled { load });
        }
        match event {
            Back::Counted { lines: Err(_), .. } => return Outcome::Damaged,
            Back::Counted { index, helper, lines: Ok(lines) } => {
                numbers.count(index, lines);
                holder[index as usize] = Some(helper);
                // Ranges are numbered in order, each once those before it are counted.
                while let (Some(helper), Some(first_line)) =
                    (holder.get(numbered).copied().flatten(), numbers.first_line(numbered as u32))
                {
                    if let Err(reason) = helpers.number(helper, load, numbered as u32, first_line) {
                        return stopped(part_failed(reason));
                    }
                    numbered += 1;
                }
            }
            Back::Parsed(Err(message)) => return stopped(message),
            Back::Parsed(Ok(part)) => {
                records += part.report.records;
                let index = part.report.index as usize;
                if let Err(e) = ranges.join(part) {
                    return stopped(e.phrase());
                }
                joined += 1;
                let bytes_read = ranges.blocks()[plan[index].end - 1].end().min(total);
                let progress = Response::Progress { load, bytes_read, total_bytes: total, records };
                super::post(scope, &progress);
            }
        }
    }
    match ranges.finish() {
        Ok(loaded) => Outcome::Loaded(Box::new(loaded)),
        Err(e) => stopped(e.phrase()),
    }
}
