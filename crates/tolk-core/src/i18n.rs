//! The words Tolk shows and writes, in each language it speaks.
//!
//! Every user-facing sentence of the app and the note is a message in a
//! Fluent file under `locales/<code>/` (Project Fluent, Mozilla's format for
//! translations: plurals and variables belong to the translator, not the
//! code). The files are built into the binary, so nothing is fetched; the
//! tests hold both languages to the same keys and variables, and the
//! compiler holds the code to keys that exist (`msg!`, crate::messages).
//!
//! Data is not translated: gene symbols, consequence terms, ACMG codes,
//! HGVS and values from the file stay as they are written.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::OnceLock;

/// A language of the interface and of the note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Lang {
    #[default]
    En,
    /// Norwegian Bokmål.
    Nb,
}

/// The translation files of each language, in the order they are loaded.
const SOURCES: [(Lang, &str, &str); 38] = [
    (Lang::En, "app.ftl", include_str!("../locales/en/app.ftl")),
    (Lang::En, "acmg.ftl", include_str!("../locales/en/acmg.ftl")),
    (Lang::En, "note.ftl", include_str!("../locales/en/note.ftl")),
    (Lang::En, "meeting.ftl", include_str!("../locales/en/meeting.ftl")),
    (Lang::En, "teaching.ftl", include_str!("../locales/en/teaching.ftl")),
    (Lang::En, "reasoning.ftl", include_str!("../locales/en/reasoning.ftl")),
    (Lang::En, "charts.ftl", include_str!("../locales/en/charts.ftl")),
    (Lang::En, "vcf.ftl", include_str!("../locales/en/vcf.ftl")),
    (Lang::En, "explain.ftl", include_str!("../locales/en/explain.ftl")),
    (Lang::En, "phenotype.ftl", include_str!("../locales/en/phenotype.ftl")),
    (Lang::En, "clinvar.ftl", include_str!("../locales/en/clinvar.ftl")),
    (Lang::En, "gene-knowledge.ftl", include_str!("../locales/en/gene-knowledge.ftl")),
    (Lang::En, "labdb.ftl", include_str!("../locales/en/labdb.ftl")),
    (Lang::En, "trail.ftl", include_str!("../locales/en/trail.ftl")),
    (Lang::En, "review.ftl", include_str!("../locales/en/review.ftl")),
    (Lang::En, "knowledge.ftl", include_str!("../locales/en/knowledge.ftl")),
    (Lang::En, "sv.ftl", include_str!("../locales/en/sv.ftl")),
    (Lang::En, "cnv.ftl", include_str!("../locales/en/cnv.ftl")),
    (Lang::En, "about.ftl", include_str!("../locales/en/about.ftl")),
    (Lang::Nb, "app.ftl", include_str!("../locales/nb/app.ftl")),
    (Lang::Nb, "acmg.ftl", include_str!("../locales/nb/acmg.ftl")),
    (Lang::Nb, "note.ftl", include_str!("../locales/nb/note.ftl")),
    (Lang::Nb, "meeting.ftl", include_str!("../locales/nb/meeting.ftl")),
    (Lang::Nb, "teaching.ftl", include_str!("../locales/nb/teaching.ftl")),
    (Lang::Nb, "reasoning.ftl", include_str!("../locales/nb/reasoning.ftl")),
    (Lang::Nb, "charts.ftl", include_str!("../locales/nb/charts.ftl")),
    (Lang::Nb, "vcf.ftl", include_str!("../locales/nb/vcf.ftl")),
    (Lang::Nb, "explain.ftl", include_str!("../locales/nb/explain.ftl")),
    (Lang::Nb, "phenotype.ftl", include_str!("../locales/nb/phenotype.ftl")),
    (Lang::Nb, "clinvar.ftl", include_str!("../locales/nb/clinvar.ftl")),
    (Lang::Nb, "gene-knowledge.ftl", include_str!("../locales/nb/gene-knowledge.ftl")),
    (Lang::Nb, "labdb.ftl", include_str!("../locales/nb/labdb.ftl")),
    (Lang::Nb, "trail.ftl", include_str!("../locales/nb/trail.ftl")),
    (Lang::Nb, "review.ftl", include_str!("../locales/nb/review.ftl")),
    (Lang::Nb, "knowledge.ftl", include_str!("../locales/nb/knowledge.ftl")),
    (Lang::Nb, "sv.ftl", include_str!("../locales/nb/sv.ftl")),
    (Lang::Nb, "cnv.ftl", include_str!("../locales/nb/cnv.ftl")),
    (Lang::Nb, "about.ftl", include_str!("../locales/nb/about.ftl")),
];

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nb];

    /// The BCP 47 code: `en`, `nb` (also the `lang` attribute of the page).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nb => "nb",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's name in itself, as a language picker lists it: a
    /// reader who does not understand the current language can still find
    /// their own.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Nb => "Norsk bokmål",
        }
    }

    /// The message `key` in this language. A key missing from the tables
    /// comes back as itself, so that it shows (and the tests find it)
    /// rather than leaving a blank.
    pub fn t(self, key: &str) -> String {
        self.t_with(key, &[])
    }

    /// The message `key` with its variables.
    pub fn t_with(self, key: &str, args: &[(&str, Arg)]) -> String {
        self.t_checked(key, args).unwrap_or_else(|text| {
            // A missing key shows itself (tests/message_keys.rs finds the
            // code's); a variable the caller did not pass shows as
            // `{$name}`, and in tests and fuzzing (debug assertions) fails.
            debug_assert!(text == key, "message {key}: a variable is missing: {text}");
            text
        })
    }

    /// The message `key` with its variables, or `Err` with what could be
    /// worded when the tables lack the key (the key itself) or `args` lack
    /// a variable it uses (the text with a `{$name}` gap).
    pub fn t_checked(self, key: &str, args: &[(&str, Arg)]) -> Result<String, String> {
        let bundle = bundle(self);
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            return Err(key.to_owned());
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.to_fluent());
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
        if errors.is_empty() {
            Ok(text)
        } else {
            Err(text)
        }
    }

    /// The attribute `name` of message `key` (`.source` of an
    /// explanation), or `None` when the message or attribute is missing.
    pub fn attribute(self, key: &str, name: &str) -> Option<String> {
        let bundle = bundle(self);
        let pattern = bundle.get_message(key)?.get_attribute(name)?.value();
        let mut errors = Vec::new();
        Some(bundle.format_pattern(pattern, None, &mut errors).into_owned())
    }

    /// A count as this language groups digits: `12,345` or `12 345`.
    pub fn number(self, n: u64) -> String {
        group_digits(&n.to_string(), self.group_separator())
    }

    /// Any number as this language writes it: `12,345.5` or `12 345,5`.
    pub fn decimal(self, n: f64) -> String {
        format_number(self, &FluentValue::from(n)).unwrap_or_default()
    }

    fn group_separator(self) -> char {
        match self {
            Lang::En => ',',
            // Norwegian groups with a space; no-break, so a number never wraps.
            Lang::Nb => '\u{a0}',
        }
    }

    fn decimal_separator(self) -> char {
        match self {
            Lang::En => '.',
            Lang::Nb => ',',
        }
    }
}

/// A value for a message's variable.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl Arg<'_> {
    fn to_fluent(&self) -> FluentValue<'_> {
        match self {
            Arg::Text(s) => FluentValue::from(s.as_ref()),
            Arg::Number(n) => FluentValue::from(*n),
        }
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f32, f64);

/// The keys of one language's tables, in file order (for the tests and
/// for tools that check a translation).
pub fn keys(lang: Lang) -> Vec<&'static str> {
    SOURCES
        .iter()
        .filter(|(l, _, _)| *l == lang)
        .flat_map(|(_, _, text)| text.lines())
        .filter_map(|line| line.split_once(" =").map(|(key, _)| key))
        .filter(|key| !key.is_empty() && !key.starts_with([' ', '#', '-', '.', '[', '*']))
        .collect()
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 2]> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| Lang::ALL.map(build));
    &bundles[lang as usize]
}

fn build(lang: Lang) -> FluentBundle<FluentResource> {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No invisible isolation marks around values: they would reach exports,
    // and the note names bidirectional controls where it finds them.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::En => |v, _| format_number(Lang::En, v),
        Lang::Nb => |v, _| format_number(Lang::Nb, v),
    }));
    for (_, _, text) in SOURCES.iter().filter(|(l, _, _)| *l == lang) {
        // A syntax error keeps the rest of the file; the tests refuse it.
        let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(partial, _)| partial);
        // A duplicate key keeps the first; the tests refuse it too.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn format_number(lang: Lang, value: &FluentValue) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    let text = n.as_string();
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (text.as_ref(), None),
    };
    let (sign, digits) = whole.strip_prefix('-').map_or(("", whole), |d| ("-", d));
    let mut out = format!("{sign}{}", group_digits(digits, lang.group_separator()));
    if let Some(f) = fraction {
        out.push(lang.decimal_separator());
        out.push_str(f);
    }
    Some(out)
}

/// `1234567` -> `1,234,567` with `,` as `separator`.
fn group_digits(digits: &str, separator: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// The variables a message's text uses, `{ $name }`.
    fn variables(text: &str) -> BTreeSet<String> {
        text.split('$')
            .skip(1)
            .map(|rest| rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-').collect())
            .collect()
    }

    /// Each message of a language's files and its text, continuation
    /// lines included; and a file that Fluent cannot parse fails the test.
    fn messages(lang: Lang) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        for (_, file, text) in SOURCES.iter().filter(|(l, _, _)| *l == lang) {
            if let Err((_, errors)) = FluentResource::try_new((*text).to_owned()) {
                panic!("{lang:?} {file}: {errors:?}");
            }
            for line in text.lines() {
                match line.split_once(" =") {
                    Some((key, value)) if !key.is_empty() && !key.starts_with([' ', '#']) => {
                        out.push((key.to_owned(), value.to_owned()))
                    }
                    _ if line.starts_with(' ') => out.last_mut().unwrap().1.push_str(line),
                    _ => {}
                }
            }
        }
        out
    }

    #[test]
    fn every_language_has_the_same_keys_with_the_same_variables() {
        let en = messages(Lang::En);
        let nb = messages(Lang::Nb);
        let en_keys: BTreeSet<_> = en.iter().map(|(k, _)| k.clone()).collect();
        let nb_keys: BTreeSet<_> = nb.iter().map(|(k, _)| k.clone()).collect();
        assert_eq!(en_keys.len(), en.len(), "a key is written twice in en");
        assert_eq!(nb_keys.len(), nb.len(), "a key is written twice in nb");
        assert_eq!(en_keys.difference(&nb_keys).collect::<Vec<_>>(), Vec::<&String>::new(), "missing in nb");
        assert_eq!(nb_keys.difference(&en_keys).collect::<Vec<_>>(), Vec::<&String>::new(), "missing in en");
        for (key, en_text) in &en {
            let nb_text = &nb.iter().find(|(k, _)| k == key).unwrap().1;
            assert_eq!(variables(en_text), variables(nb_text), "variables of {key}");
        }
        assert_eq!(keys(Lang::En).len(), en.len(), "keys() reads every message");
    }

    #[test]
    fn messages_take_their_variables_and_numbers_follow_the_language() {
        let args = [("count", Arg::from(12_345u64))];
        assert_eq!(Lang::En.t_with("count-in-view", &args), "12,345 in view");
        assert_eq!(Lang::Nb.t_with("count-in-view", &args), "12\u{a0}345 i visningen");
        assert_eq!(Lang::En.t_with("warnings-summary", &[("count", 1.into())]), "1 warning - details");
        assert_eq!(Lang::Nb.number(4096), "4\u{a0}096");
        assert_eq!(format_number(Lang::Nb, &FluentValue::from(-1234.5)).unwrap(), "-1\u{a0}234,5");
    }

    #[test]
    fn a_missing_key_shows_itself() {
        assert_eq!(Lang::Nb.t("no-such-key"), "no-such-key");
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("de"), None);
    }
}
