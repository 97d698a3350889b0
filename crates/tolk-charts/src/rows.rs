//! Named rows on a segmented axis, read from the top down (bars of a bar
//! chart, chromosomes): row `i` sits in segment `n - 1 - i`, since plotters
//! counts segments from the bottom.

use plotters::coord::ranged1d::{SegmentValue, SegmentedCoord};
use plotters::coord::types::RangedCoordu32;
use plotters::prelude::IntoSegmentedCoord;

pub(crate) struct TopDown {
    names: Vec<String>,
}

impl TopDown {
    pub(crate) fn new(names: Vec<String>) -> TopDown {
        TopDown { names }
    }

    fn n(&self) -> u32 {
        self.names.len().max(1) as u32
    }

    /// The segment row `i` is drawn in.
    pub(crate) fn segment(&self, i: usize) -> u32 {
        self.n() - 1 - i as u32
    }

    /// The axis: one segment per row (plotters counts both ends of the range).
    pub(crate) fn axis(&self) -> SegmentedCoord<RangedCoordu32> {
        (0..(self.n() - 1).max(1)).into_segmented()
    }

    /// The axis's label formatter: each segment's row name.
    pub(crate) fn label(&self, v: &SegmentValue<u32>) -> String {
        match v {
            SegmentValue::CenterOf(s) if *s < self.n() => {
                self.names.get(self.segment(*s as usize) as usize).cloned().unwrap_or_default()
            }
            _ => String::new(),
        }
    }

    /// How many labels the axis needs.
    pub(crate) fn len(&self) -> usize {
        self.n() as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_row_is_the_top_segment_and_labels_follow() {
        let rows = TopDown::new(vec!["chr1".into(), "chr2".into(), "chrX".into()]);
        assert_eq!((rows.segment(0), rows.segment(2)), (2, 0));
        assert_eq!(rows.label(&SegmentValue::CenterOf(2)), "chr1");
        assert_eq!(rows.label(&SegmentValue::CenterOf(0)), "chrX");
        assert_eq!(rows.label(&SegmentValue::CenterOf(3)), "");
        assert_eq!(TopDown::new(Vec::new()).len(), 1, "an empty chart still has an axis");
    }
}
