//! What the engine says, kept as message keys and their values rather than
//! as finished sentences, so that each reader sees it in their own language.
//!
//! The engine reasons in one place (a suggestion's evidence, a counting
//! note, a funnel step, a parser warning) and is read in another: on a
//! Norwegian screen, in an English note, in a session saved last week and
//! opened in the other language. A [`Phrase`] is worded only when it is
//! shown ([`Phrase::render`]), from the same tables as the rest of the
//! interface (`crate::i18n`).
//!
//! Written as JSON (sessions keep a decision's evidence, and the funnel of
//! the case), a phrase is a string for data, a number for a measure, an
//! array for pieces read in a row, and `{"key", "args"}` for a message. A
//! session from before phrases existed held finished English strings;
//! they read back as data and are shown as they were written.

use crate::i18n::{Arg, Lang};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Words for people, worded when shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Phrase {
    /// A message of the tables, with its variables.
    Message {
        key: String,
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        args: BTreeMap<String, Phrase>,
    },
    /// Pieces read one after another, as they are (no space added).
    Joined(Vec<Phrase>),
    /// A count or measure, written as the reader's language writes numbers.
    Number(f64),
    /// Data shown as written in every language: a field name, a value from
    /// the file, an identifier, a gene symbol.
    Data(String),
}

impl Phrase {
    /// The message `key` (a key of the tables), to be given its variables
    /// with [`Phrase::arg`].
    pub fn new(key: &str) -> Phrase {
        Phrase::Message { key: key.to_owned(), args: BTreeMap::new() }
    }

    /// Sets the message's variable `name`. On anything but a message it
    /// does nothing (a caller's slip shows as the message without it).
    pub fn arg(mut self, name: &str, value: impl Into<Phrase>) -> Phrase {
        if let Phrase::Message { args, .. } = &mut self {
            args.insert(name.to_owned(), value.into());
        }
        self
    }

    /// `pieces` in a row, each followed by `separator` but the last.
    pub fn separated(pieces: impl IntoIterator<Item = Phrase>, separator: impl Into<Phrase>) -> Phrase {
        let separator = separator.into();
        let mut out = Vec::new();
        for piece in pieces {
            if !out.is_empty() {
                out.push(separator.clone());
            }
            out.push(piece);
        }
        Phrase::Joined(out)
    }

    /// The phrase in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Phrase::Message { key, args } => {
                let args: Vec<(&str, Arg)> = args
                    .iter()
                    .map(|(name, value)| {
                        let value = match value {
                            Phrase::Number(n) => Arg::Number(*n),
                            other => Arg::from(other.render(lang)),
                        };
                        (name.as_str(), value)
                    })
                    .collect();
                // A phrase may come from a session file made elsewhere.
                lang.t_outside(key, &args)
            }
            Phrase::Joined(pieces) => pieces.iter().map(|p| p.render(lang)).collect(),
            Phrase::Number(n) => lang.decimal(*n),
            Phrase::Data(text) => text.clone(),
        }
    }

    /// Calls `f` on each piece of data in the phrase, arguments included:
    /// how pseudonymising reaches a name inside evidence.
    pub fn each_data_mut(&mut self, f: &mut impl FnMut(&mut String)) {
        match self {
            Phrase::Message { args, .. } => args.values_mut().for_each(|a| a.each_data_mut(f)),
            Phrase::Joined(pieces) => pieces.iter_mut().for_each(|p| p.each_data_mut(f)),
            Phrase::Number(_) => {}
            Phrase::Data(text) => f(text),
        }
    }
}

impl From<String> for Phrase {
    fn from(text: String) -> Phrase {
        Phrase::Data(text)
    }
}

impl From<&str> for Phrase {
    fn from(text: &str) -> Phrase {
        Phrase::Data(text.to_owned())
    }
}

macro_rules! number_phrase {
    ($($t:ty),*) => {$(
        impl From<$t> for Phrase {
            fn from(n: $t) -> Phrase {
                Phrase::Number(n as f64)
            }
        }
    )*};
}
number_phrase!(u32, u64, usize, i64, f32, f64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_worded_in_the_language_it_is_shown_in() {
        let p = Phrase::new("no_such_message").arg("count", 3usize);
        // Unknown key: shows itself, so the slip is seen.
        assert_eq!(p.render(Lang::En), "no_such_message");
        let known = Phrase::new("strength-moderate");
        assert_eq!(known.render(Lang::En), "moderate");
        assert_eq!(known.render(Lang::Nb), "moderat");
    }

    #[test]
    fn arguments_are_worded_too_and_numbers_follow_the_language() {
        let p = Phrase::new("suggest-pp3-revel").arg("score", "0.942").arg("strength", Phrase::new("strength-strong"));
        assert!(
            p.render(Lang::En).contains("0.942") && p.render(Lang::En).contains("strong"),
            "{}",
            p.render(Lang::En)
        );
        assert!(p.render(Lang::Nb).contains("0.942") && p.render(Lang::Nb).contains("sterk"), "{}", p.render(Lang::Nb));
        assert_eq!(Phrase::Number(12345.5).render(Lang::Nb), "12\u{a0}345,5");
        assert_eq!(Phrase::Number(12345.0).render(Lang::En), "12,345");
    }

    #[test]
    fn round_trips_through_json_and_old_finished_strings_read_as_data() {
        let p = Phrase::separated(
            [Phrase::from("REVEL"), Phrase::new("strength-strong").arg("n", 2u32), Phrase::Number(0.5)],
            " = ",
        );
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(serde_json::from_str::<Phrase>(&json).unwrap(), p);
        let old: Phrase = serde_json::from_str("\"REVEL = 0.942 (>= 0.932)\"").unwrap();
        assert_eq!(old.render(Lang::Nb), "REVEL = 0.942 (>= 0.932)");
    }

    #[test]
    fn a_phrase_from_a_foreign_file_with_a_variable_missing_shows_the_gap() {
        // Found by fuzzing the session reader: `regions` misspelt.
        let p: Phrase =
            serde_json::from_str(r#"{"key": "funnel-step-panel", "args": {"genes": 11, "reiongs": 0}}"#).unwrap();
        assert!(p.render(Lang::En).contains("In panel (11 genes"), "{}", p.render(Lang::En));
    }

    #[test]
    fn data_is_reached_in_every_piece_and_argument() {
        let mut p = Phrase::Joined(vec![
            "NA12878".into(),
            Phrase::new("evidence-in-trans-with").arg("variant", "NA12878 chr1:5:A:G").arg("clinvar", "pathogenic"),
            Phrase::Number(3.0),
        ]);
        p.each_data_mut(&mut |text| *text = text.replace("NA12878", "Sample 1"));
        let shown = p.render(Lang::En);
        assert!(!shown.contains("NA12878") && shown.matches("Sample 1").count() == 2, "{shown}");
    }
}
