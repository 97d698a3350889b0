//! Colours: the Okabe-Ito palette (Okabe and Ito 2008, "Color Universal
//! Design"), distinguishable with protanopia, deuteranopia and tritanopia,
//! with ink and grid greys that keep WCAG AA contrast on white.

use plotters::style::RGBColor;
use tolk_core::acmg::Class;
use tolk_core::annotation::Impact;

pub const INK: RGBColor = RGBColor(0x1a, 0x1a, 0x1a);
pub const GRID: RGBColor = RGBColor(0xc9, 0xcc, 0xd1);
pub const MUTED: RGBColor = RGBColor(0x6b, 0x6b, 0x6b);
pub const ORANGE: RGBColor = RGBColor(0xe6, 0x9f, 0x00);
pub const SKY_BLUE: RGBColor = RGBColor(0x56, 0xb4, 0xe9);
pub const BLUISH_GREEN: RGBColor = RGBColor(0x00, 0x9e, 0x73);
pub const BLUE: RGBColor = RGBColor(0x00, 0x72, 0xb2);
pub const VERMILLION: RGBColor = RGBColor(0xd5, 0x5e, 0x00);

/// By impact: the severe warm, the mild cool, no annotation grey.
pub fn impact(impact: Option<Impact>) -> RGBColor {
    match impact {
        Some(Impact::High) => VERMILLION,
        Some(Impact::Moderate) => ORANGE,
        Some(Impact::Low) => SKY_BLUE,
        Some(Impact::Modifier) => BLUE,
        None => MUTED,
    }
}

/// By final class, pathogenic warm to benign cool, VUS grey.
pub fn class(class: Class) -> RGBColor {
    match class {
        Class::Pathogenic => VERMILLION,
        Class::LikelyPathogenic => ORANGE,
        Class::UncertainSignificance => MUTED,
        Class::LikelyBenign => SKY_BLUE,
        Class::Benign => BLUE,
    }
}

/// The legend entries for [`impact`], in order.
pub const IMPACTS: [(Option<Impact>, &str); 4] = [
    (Some(Impact::High), "HIGH"),
    (Some(Impact::Moderate), "MODERATE"),
    (Some(Impact::Low), "LOW"),
    (Some(Impact::Modifier), "MODIFIER"),
];
