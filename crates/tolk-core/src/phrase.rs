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

    /// The phrase in `lang`. The code's own phrases can always be worded
    /// (in tests and fuzzing, one that cannot fails); a phrase read from a
    /// file is made wordable first ([`Phrase::make_wordable`]).
    pub fn render(&self, lang: Lang) -> String {
        self.word(lang).unwrap_or_else(|text| {
            debug_assert!(false, "{self:?} cannot be worded in {lang:?}: {text}");
            text
        })
    }

    /// Whether every language's tables can word the phrase: each message
    /// known, with each variable it uses.
    pub fn is_wordable(&self) -> bool {
        Lang::ALL.into_iter().all(|lang| self.word(lang).is_ok())
    }

    /// A phrase read from a file made elsewhere (an imported session) may
    /// name a message Tolk does not have, or lack a variable: it becomes
    /// data, what English makes of it (`{$name}` where a variable is
    /// missing), so that showing it is never a fault.
    pub fn make_wordable(&mut self) {
        if !self.is_wordable() {
            let text = self.word(Lang::En).unwrap_or_else(|text| text);
            *self = Phrase::Data(text);
        }
    }

    /// The phrase in `lang`, or `Err` with what could be worded.
    fn word(&self, lang: Lang) -> Result<String, String> {
        let mut sound = true;
        let mut word = |p: &Phrase| {
            p.word(lang).unwrap_or_else(|text| {
                sound = false;
                text
            })
        };
        let text = match self {
            Phrase::Message { key, args } => {
                let args: Vec<(&str, Arg)> = args
                    .iter()
                    .map(|(name, value)| {
                        let value = match value {
                            Phrase::Number(n) => Arg::Number(*n),
                            other => Arg::from(word(other)),
                        };
                        (name.as_str(), value)
                    })
                    .collect();
                lang.t_checked(key, &args)?
            }
            Phrase::Joined(pieces) => pieces.iter().map(&mut word).collect(),
            Phrase::Number(n) => lang.decimal(*n),
            Phrase::Data(text) => text.clone(),
        };
        if sound {
            Ok(text)
        } else {
            Err(text)
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
        let known = Phrase::new(msg!("strength-moderate"));
        assert_eq!(known.render(Lang::En), "moderate");
        assert_eq!(known.render(Lang::Nb), "moderat");
    }

    #[test]
    fn arguments_are_worded_too_and_numbers_follow_the_language() {
        let p = Phrase::new(msg!("suggest-pp3-revel"))
            .arg("score", "0.942")
            .arg("strength", Phrase::new(msg!("strength-strong")));
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
            [Phrase::from("REVEL"), Phrase::new(msg!("strength-strong")).arg("n", 2u32), Phrase::Number(0.5)],
            " = ",
        );
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(serde_json::from_str::<Phrase>(&json).unwrap(), p);
        let old: Phrase = serde_json::from_str("\"REVEL = 0.942 (>= 0.932)\"").unwrap();
        assert_eq!(old.render(Lang::Nb), "REVEL = 0.942 (>= 0.932)");
    }

    #[test]
    fn a_phrase_from_a_foreign_file_that_cannot_be_worded_becomes_data() {
        // Found by fuzzing the session reader: `regions` misspelt.
        let mut p: Phrase =
            serde_json::from_str(r#"{"key": "funnel-step-panel", "args": {"genes": 11, "reiongs": 0}}"#).unwrap();
        assert!(!p.is_wordable());
        p.make_wordable();
        assert!(
            matches!(&p, Phrase::Data(t) if t.starts_with("In panel (11 genes") && t.contains("{$regions}")),
            "{p:?}"
        );
        let mut unknown = Phrase::new("no_such_message").arg("x", Phrase::new(msg!("strength-strong")));
        unknown.make_wordable();
        assert_eq!(unknown, Phrase::Data("no_such_message".into()));
        let mut sound = Phrase::new(msg!("strength-strong"));
        sound.make_wordable();
        assert_eq!(sound, Phrase::new(msg!("strength-strong")), "a sound phrase stays a message");
    }

    #[test]
    fn data_is_reached_in_every_piece_and_argument() {
        let mut p = Phrase::Joined(vec![
            "NA12878".into(),
            Phrase::new(msg!("evidence-in-trans-with"))
                .arg("variant", "NA12878 chr1:5:A:G")
                .arg("clinvar", "pathogenic"),
            Phrase::Number(3.0),
        ]);
        p.each_data_mut(&mut |text| *text = text.replace("NA12878", "Sample 1"));
        let shown = p.render(Lang::En);
        assert!(!shown.contains("NA12878") && shown.matches("Sample 1").count() == 2, "{shown}");
    }
}
