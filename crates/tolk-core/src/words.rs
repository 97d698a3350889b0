//! Values written for people, the same way on screen and in the note.

use crate::i18n::Lang;
use crate::inheritance::{Fit, ModeFit};
use crate::vcf::genotype::Zygosity;

/// An allele frequency as people read them: `0.0012`, `3.1e-5`.
pub fn af(af: f32) -> String {
    if af == 0.0 || af >= 0.001 {
        format!("{af:.4}").trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        format!("{af:.1e}")
    }
}

/// A score to at most three decimals: `0.942`, `25.3`.
pub fn score(value: f32) -> String {
    format!("{value:.3}").trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// `De novo; Compound heterozygous with chr2:2200:T:C (possible)`: the
/// modes a variant fits, a compound-het pair's partners named (the first
/// two, then how many more).
pub fn inheritance(lang: Lang, fits: &[ModeFit]) -> String {
    fits.iter()
        .filter(|m| m.fit != Fit::No)
        .map(|m| {
            let mut mode = m.mode.label(lang);
            if let [first, rest @ ..] = m.partners.as_slice() {
                let mut partners = first.clone();
                if let Some(second) = rest.first() {
                    partners = format!("{partners}, {second}");
                }
                let more = rest.len().saturating_sub(1);
                let args = [("mode", mode.into()), ("partners", partners.into()), ("more", more.into())];
                mode = lang.t_with(msg!("mode-with-partners"), &args);
            }
            match m.fit {
                Fit::Possible => lang.t_with(msg!("mode-possible"), &[("mode", mode.into())]),
                _ => mode,
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// `1234567` -> `1,234,567`, as English writes it (the CLI's and the
/// load status's counts); [`Lang::number`] for other languages.
pub fn thousands(n: u64) -> String {
    Lang::En.number(n)
}

/// A structural variant's size in the unit cytogeneticists read it in:
/// `776 bp`, `1.8 kb`, `3.6 Mb`.
pub fn bases(n: u32) -> String {
    match n {
        0..=999 => format!("{n} bp"),
        1_000..=999_999 => format!("{:.1} kb", f64::from(n) / 1e3),
        _ => format!("{:.1} Mb", f64::from(n) / 1e6),
    }
}

/// Bytes in the unit that keeps the number readable: `830 B`, `12.4 kB`, `1.2 GB`.
pub fn bytes(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["kB", "MB", "GB", "TB"];
    if bytes < 1000 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1000.0;
    let mut unit = 0;
    while value >= 1000.0 && unit < UNITS.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

/// `1 point`, `-3 points`, `+2 points` (with `signed`).
pub fn points(lang: Lang, n: i32, signed: bool) -> String {
    let shown = if signed { format!("{n:+}") } else { n.to_string() };
    lang.t_with(msg!("points"), &[("count", n.abs().into()), ("shown", shown.into())])
}

/// `2026-11-23T10:01:02.345Z` -> `2026-11-23 10:01 UTC`; other text as is.
pub fn time(iso: &str) -> String {
    match (iso.get(..10), iso.get(11..16), iso.ends_with('Z')) {
        (Some(date), Some(time), true) => format!("{date} {time} UTC"),
        _ => iso.to_owned(),
    }
}

pub fn zygosity(lang: Lang, z: Zygosity) -> String {
    lang.t(z.key())
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn sizes_use_a_readable_unit_and_counts_get_separators() {
        assert_eq!(super::bytes(830), "830 B");
        assert_eq!(super::bytes(12_400), "12.4 kB");
        assert_eq!(super::bytes(133_000_000), "133.0 MB");
        assert_eq!(super::bytes(1_200_000_000), "1.2 GB");
        assert_eq!(super::thousands(0), "0");
        assert_eq!(super::thousands(1234), "1,234");
        assert_eq!(super::thousands(1234567), "1,234,567");
    }

    #[test]
    fn frequencies_read_as_people_write_them() {
        assert_eq!(super::af(0.0012), "0.0012");
        assert_eq!(super::af(0.25), "0.25");
        assert_eq!(super::af(0.0), "0");
        assert_eq!(super::af(0.000_031), "3.1e-5");
        assert_eq!(super::score(0.942), "0.942");
        assert_eq!(super::score(25.30), "25.3");
        assert_eq!(super::points(Lang::En, 1, false), "1 point");
        assert_eq!(super::points(Lang::En, -3, true), "-3 points");
        assert_eq!(super::points(Lang::Nb, 2, true), "+2 poeng");
        assert_eq!(super::points(Lang::En, -1, true), "-1 point");
        assert_eq!(super::points(Lang::En, 8, true), "+8 points");
        assert_eq!(super::time("2026-11-23T10:01:02.345Z"), "2026-11-23 10:01 UTC");
        assert_eq!(super::time("yesterday"), "yesterday");
    }
}
