//! The store's structural-variant columns. Kept apart and sparse, one
//! entry per structural row, not per row: a genome has millions of small
//! variants and a few thousand structural ones, so the small-variant rows
//! pay nothing for them.

use super::kind::SvKind;
use super::samples::SvCall;
use super::SvAllele;
use crate::missing::NONE_U32;
use serde::{Deserialize, Serialize};

/// "No confidence interval": CIPOS and CIEND are small signed offsets.
const NO_INTERVAL: [i32; 2] = [i32::MIN, i32::MIN];

/// One entry per structural row, in row order (`row` ascending).
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub(crate) struct SvColumns {
    /// The store row each entry describes.
    row: Vec<u32>,
    /// [`SvKind`] as its index in [`SvKind::ALL`].
    kind: Vec<u8>,
    end: Vec<u32>,
    /// `NONE_U32` when the size is unknown.
    len: Vec<u32>,
    cipos: Vec<[i32; 2]>,
    ciend: Vec<[i32; 2]>,
    imprecise: Vec<bool>,
    /// A breakend's mate, `chr:pos`, in the store's allele arena (`NONE_U32`).
    mate: Vec<u32>,
    /// Per entry and sample, row-major, like the store's calls.
    calls: Vec<SvCall>,
}

/// One structural row as the columns hold it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SvEntry {
    pub kind: SvKind,
    pub end: u32,
    pub len: Option<u32>,
    pub cipos: Option<(i32, i32)>,
    pub ciend: Option<(i32, i32)>,
    pub imprecise: bool,
    /// In the allele arena.
    pub mate: Option<u32>,
}

impl SvColumns {
    /// Adds row `row` (the last pushed, so rows stay ascending); `mate` is
    /// already in the arena.
    pub(crate) fn push(&mut self, row: u32, sv: &SvAllele<'_>, mate: Option<u32>, calls: &[SvCall]) {
        let index = SvKind::ALL.iter().position(|&k| k == sv.kind).unwrap_or(0);
        self.row.push(row);
        self.kind.push(index as u8);
        self.end.push(sv.end);
        self.len.push(sv.len.unwrap_or(NONE_U32));
        self.cipos.push(sv.cipos.map_or(NO_INTERVAL, |(a, b)| [a, b]));
        self.ciend.push(sv.ciend.map_or(NO_INTERVAL, |(a, b)| [a, b]));
        self.imprecise.push(sv.imprecise);
        self.mate.push(mate.unwrap_or(NONE_U32));
        self.calls.extend_from_slice(calls);
    }

    /// The entry of store row `row`, if it is structural.
    pub(crate) fn find(&self, row: u32) -> Option<usize> {
        self.row.binary_search(&row).ok()
    }

    /// The store rows that are structural, ascending.
    pub(crate) fn rows(&self) -> &[u32] {
        &self.row
    }

    pub(crate) fn entry(&self, i: usize) -> SvEntry {
        let interval = |v: [i32; 2]| (v != NO_INTERVAL).then_some((v[0], v[1]));
        SvEntry {
            kind: SvKind::ALL[self.kind[i] as usize],
            end: self.end[i],
            len: (self.len[i] != NONE_U32).then_some(self.len[i]),
            cipos: interval(self.cipos[i]),
            ciend: interval(self.ciend[i]),
            imprecise: self.imprecise[i],
            mate: (self.mate[i] != NONE_U32).then_some(self.mate[i]),
        }
    }

    /// Entry `i`'s calls, one per sample.
    pub(crate) fn calls(&self, i: usize, samples: usize) -> &[SvCall] {
        &self.calls[i * samples..(i + 1) * samples]
    }

    /// Appends `other`'s entries, whose rows follow `rows` rows of this
    /// store's and whose mates' arena ids follow `alleles` of this store's.
    pub(crate) fn append(&mut self, other: &SvColumns, rows: u32, alleles: u32) {
        self.row.extend(other.row.iter().map(|&r| r + rows));
        self.kind.extend_from_slice(&other.kind);
        self.end.extend_from_slice(&other.end);
        self.len.extend_from_slice(&other.len);
        self.cipos.extend_from_slice(&other.cipos);
        self.ciend.extend_from_slice(&other.ciend);
        self.imprecise.extend_from_slice(&other.imprecise);
        self.mate.extend(other.mate.iter().map(|&m| if m == NONE_U32 { NONE_U32 } else { m + alleles }));
        self.calls.extend_from_slice(&other.calls);
    }

    pub(crate) fn heap_bytes(&self) -> usize {
        self.row.capacity() * 4
            + self.kind.capacity()
            + self.end.capacity() * 4
            + self.len.capacity() * 4
            + (self.cipos.capacity() + self.ciend.capacity()) * 8
            + self.imprecise.capacity()
            + self.mate.capacity() * 4
            + self.calls.capacity() * std::mem::size_of::<SvCall>()
    }

    pub(crate) fn shrink_to_fit(&mut self) {
        self.row.shrink_to_fit();
        self.kind.shrink_to_fit();
        self.end.shrink_to_fit();
        self.len.shrink_to_fit();
        self.cipos.shrink_to_fit();
        self.ciend.shrink_to_fit();
        self.imprecise.shrink_to_fit();
        self.mate.shrink_to_fit();
        self.calls.shrink_to_fit();
    }
}
