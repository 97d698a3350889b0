//! Hashing: the open file's SHA-256, from the hashing worker, which keys
//! the clinician's saved work. The file is hashed once the engine has read
//! it (run alongside, the two slowed each other's reading).

use crate::channel::{Attachment, Line};
use crate::protocol::{HashReply, HashRequest, LoadId, ToHasher};
use leptos::prelude::*;
use tolk_core::phrase::Phrase;
use tolk_core::session::FileIdentity;
use web_sys::Blob;

/// The file's identity, or why it has none, with the load it belongs to.
pub type Identity = Option<(LoadId, Result<FileIdentity, Phrase>)>;

/// See the module docs.
#[derive(Clone, Copy)]
pub(super) struct Hashing {
    line: StoredValue<Line<ToHasher>, LocalStorage>,
    /// Why the hashing worker could not start, if it could not.
    missing: StoredValue<Option<Phrase>>,
    pub file: RwSignal<Identity>,
}

impl Hashing {
    pub fn new() -> Hashing {
        Hashing {
            line: StoredValue::new_local(Line::new("./hasher_loader.js")),
            missing: StoredValue::new(None),
            file: RwSignal::new(None),
        }
    }

    /// Starts the worker; its replies go to `hashed`, its death to `died`.
    pub fn connect(self, hashed: impl Fn(HashReply) + 'static, died: impl Fn(Phrase) + 'static) {
        let connected = self.line.with_value(|line| line.connect(move |reply, _| hashed(reply), died));
        if let Err(e) = connected {
            self.missing.set_value(Some(Phrase::new(msg!("hash-worker-not-started")).arg("reason", e)));
        }
    }

    /// A new file: no identity yet.
    pub fn forget(self) {
        self.file.set(None);
    }

    /// Hashes `blob`, the file of load `load`.
    pub fn hash(self, load: LoadId, blob: &Blob) {
        if let Some(why) = self.missing.get_value() {
            return self.file.set(Some((load, Err(why))));
        }
        let sent = self.line.with_value(|line| line.send(&HashRequest { load }, Attachment::Shared(blob.as_ref())));
        if let Err(e) = sent {
            self.file.set(Some((load, Err(Phrase::new(msg!("hash-failed")).arg("reason", e)))));
        }
    }

    /// A reply about load `load`, if it is the file `name` still being read
    /// or shown.
    pub fn hashed(self, reply: HashReply, current: Option<(LoadId, String)>) {
        match (reply, current) {
            (HashReply::Hashed { load, size, sha256 }, Some((open, name))) if open == load => {
                self.file.set(Some((load, Ok(FileIdentity { name, size, sha256 }))));
            }
            (HashReply::Failed { load, message }, Some((open, _))) if open == load => {
                self.file.set(Some((load, Err(Phrase::new(msg!("hash-failed")).arg("reason", message)))));
            }
            // The handshake is the line's; other replies are about a file
            // no longer open.
            _ => {}
        }
    }

    /// The hashing worker died: the open file (load `load`) gets no
    /// checksum (so no saved work), and says why.
    pub fn died(self, load: Option<LoadId>, reason: Phrase) {
        if let Some(load) = load {
            self.file.set(Some((load, Err(Phrase::new(msg!("hash-worker-died")).arg("reason", reason)))));
        }
    }
}
