//! Who is signing, and whose signatures the lab accepts: this browser
//! profile's signing key ([`crate::signing`]), the lab's roster of its
//! analysts' public keys (a file the lab hands out, kept in local
//! storage: staff names and public keys, no patient data), which also
//! says whether the lab lets an analyst review their own work (training).
//! The setting is the roster's, so that a session cannot claim it: a lab
//! that turns it on hands out the roster with it.
//!
//! Forgetting everything on a shared workstation clears all three.

use crate::narrowing::local_storage;
use crate::signing::{self, MyKey};
use leptos::prelude::*;
use leptos::task::spawn_local;
use tolk_core::phrase::Phrase;
use tolk_core::trail::{Analyst, Roster, Who};

const ROSTER_KEY: &str = "tolk.roster";

#[derive(Clone, Copy)]
pub struct Analysts {
    /// This profile's key, once read (None: none made, or not yet read).
    pub mine: RwSignal<Option<MyKey>>,
    pub roster: RwSignal<Option<Roster>>,
    /// What the last key or roster action said.
    pub notice: RwSignal<Option<Result<Phrase, Phrase>>>,
}

impl Analysts {
    pub fn start() -> Analysts {
        let stored = |key| local_storage().and_then(|s| s.get_item(key).ok().flatten());
        let this = Analysts {
            mine: RwSignal::new(None),
            roster: RwSignal::new(stored(ROSTER_KEY).and_then(|text| Roster::from_json(&text).ok())),
            notice: RwSignal::new(None),
        };
        spawn_local(async move {
            match signing::mine().await {
                Ok(key) => this.mine.set(key),
                Err(why) => this.notice.set(Some(Err(why))),
            }
        });
        this
    }

    /// Who is working: the name typed for the session, and this profile's
    /// key when it has one.
    pub fn who(self, name: &str) -> Who {
        Who { name: name.to_owned(), key: self.mine.with_untracked(|k| k.as_ref().map(|k| k.key.clone())) }
    }

    /// Makes this profile's key, for `name`.
    pub fn create_key(self, name: String, at: String) {
        spawn_local(async move {
            match signing::create(&name, &at).await {
                Ok(key) => {
                    self.notice.set(Some(Ok(Phrase::new(msg!("analysts-key-made")).arg("key", key.key.as_str()))));
                    self.mine.set(Some(key));
                }
                Err(why) => self.notice.set(Some(Err(why))),
            }
        });
    }

    pub fn forget_key(self) {
        spawn_local(async move {
            match signing::forget().await {
                Ok(()) => {
                    self.mine.set(None);
                    self.notice.set(Some(Ok(Phrase::new(msg!("analysts-key-forgotten")))));
                }
                Err(why) => self.notice.set(Some(Err(why))),
            }
        });
    }

    /// This profile's key as a roster of one, for the lab's roster keeper.
    pub fn card(self) -> Option<Roster> {
        let key = self.mine.get_untracked()?;
        let analyst = Analyst { name: key.name, key: key.key, public_key: key.public_key, created: key.created };
        Some(Roster::new("", vec![analyst]))
    }

    /// Takes in a roster file: the lab's roster when none is kept, else
    /// its analysts are added to the one kept.
    pub fn open_roster(self, name: &str, text: &str) {
        match Roster::from_json(text) {
            Ok(file) => {
                let mut roster = self.roster.get_untracked().unwrap_or_else(|| Roster::new(&file.lab, Vec::new()));
                let added = roster.merge(&file);
                self.keep(Some(roster));
                let done = Phrase::new(msg!("analysts-roster-read")).arg("name", name).arg("added", added);
                self.notice.set(Some(Ok(done)));
            }
            Err(e) => {
                let why = Phrase::new(msg!("analysts-roster-refused")).arg("name", name).arg("reason", e.to_string());
                self.notice.set(Some(Err(why)));
            }
        }
    }

    pub fn forget_roster(self) {
        self.keep(None);
    }

    fn keep(self, roster: Option<Roster>) {
        if let Some(storage) = local_storage() {
            let _ = match &roster {
                Some(r) => storage.set_item(ROSTER_KEY, &r.to_json()),
                None => storage.remove_item(ROSTER_KEY),
            };
        }
        self.roster.set(roster);
    }

    /// Whether the lab's roster allows an analyst to review their own
    /// work (tracked).
    pub fn allows_self_review(self) -> bool {
        self.roster.with(|r| r.as_ref().is_some_and(|r| r.allow_self_review))
    }

    /// Sets the roster's training setting (the roster kept here; saved
    /// again, it carries it to the lab's other browsers).
    pub fn set_self_review(self, on: bool) {
        if let Some(mut roster) = self.roster.get_untracked() {
            roster.allow_self_review = on;
            self.keep(Some(roster));
        }
    }
}
