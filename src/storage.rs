//! Interpretation work in the browser's IndexedDB: one record per file,
//! keyed by its checksum and name ([`FileIdentity::storage_key`]), holding
//! the session as JSON text (text round-trips exactly; a structured clone
//! of a JS object would not keep key order or float text).
//!
//! IndexedDB rather than localStorage: it is not capped at a few MB, and
//! writes are transactions, so a crash mid-write leaves the last good copy.
//!
//! What "saved" means here: a save counts only once its transaction has
//! committed (an aborted one, as a full quota gives, is an error), and only
//! over the revision it was based on, read inside the same transaction, so
//! a stale writer (another tab) never overwrites newer work. A record this
//! Tolk cannot read is moved aside under its own key, never written over.
//!
//! With encryption on ([`crate::seal`]), a record holds the session sealed,
//! beside the three fields a save and the retention check read in the
//! clear (format, revision, when it last changed).
//!
//! [`FileIdentity::storage_key`]: tolk_core::session::FileIdentity::storage_key

use crate::seal::{self, Sealed};
use rexie::{ObjectStore, Rexie, TransactionMode, TransactionResult};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::rc::Rc;
use tolk_core::phrase::Phrase;
use wasm_bindgen::JsValue;

const DATABASE: &str = "tolk";
const SESSIONS: &str = "sessions";
/// The lab's knowledge files (`crate::knowledge_store`): not patient data,
/// kept beside the work so that forgetting everything forgets them too.
pub(crate) const KNOWLEDGE: &str = "knowledge";
/// This browser profile's signing key (`crate::signing`), kept here so that
/// forgetting everything forgets it too.
pub(crate) const KEYS: &str = "keys";
/// The key prefix of records moved aside (unreadable by this Tolk).
const ASIDE: &str = "aside:";

thread_local! {
    /// One connection for the page's life: a save happens at every change.
    static CONNECTION: RefCell<Option<Rc<Rexie>>> = const { RefCell::new(None) };
    /// Held while the connection is being opened: two callers at once (the
    /// case's work and the knowledge files, as a file is read) would open
    /// two, and the one not kept would stay open and block deleting the
    /// database when the workstation forgets everything.
    static OPENING: Rc<futures::lock::Mutex<()>> = Rc::new(futures::lock::Mutex::new(()));
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveError {
    /// Newer work is stored (another tab saved it): nothing was written.
    Stale {
        stored: u64,
    },
    /// The record there cannot be read by this Tolk: it is kept as it is.
    Unreadable,
    Failed(Phrase),
}

/// The part of a stored session a save checks, read without the rest.
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    revision: u64,
    schema_version: u32,
    #[serde(default)]
    updated: String,
}

/// A record with its session sealed.
#[derive(Serialize, Deserialize)]
struct SealedRecord {
    schema_version: u32,
    revision: u64,
    updated: String,
    sealed: Sealed,
}

/// What to store for the session `json`: sealed when encryption is on.
async fn to_record(json: &str) -> Result<String, Phrase> {
    if !seal::enabled() {
        return Ok(json.to_owned());
    }
    let p: Probe =
        serde_json::from_str(json).map_err(|e| Phrase::new(msg!("storage-unwritable")).arg("reason", e.to_string()))?;
    let sealed = seal::seal(json).await?;
    let record = SealedRecord { schema_version: p.schema_version, revision: p.revision, updated: p.updated, sealed };
    Ok(serde_json::to_string(&record).expect("a record serialises"))
}

/// The session text a stored record holds (opened, if sealed).
async fn from_record(text: String) -> Result<String, Phrase> {
    match serde_json::from_str::<SealedRecord>(&text) {
        Ok(record) => seal::open(&record.sealed).await,
        Err(_) => Ok(text),
    }
}

/// A store that could not be read, in the browser's words.
pub(crate) fn unreadable(e: impl ToString) -> Phrase {
    Phrase::new(msg!("storage-unreadable")).arg("reason", e.to_string())
}

/// A store that could not be written, in the browser's words.
pub(crate) fn unwritable(e: impl ToString) -> Phrase {
    Phrase::new(msg!("storage-unwritable")).arg("reason", e.to_string())
}

pub(crate) async fn open() -> Result<Rc<Rexie>, Phrase> {
    if let Some(db) = CONNECTION.with(|c| c.borrow().clone()) {
        return Ok(db);
    }
    let opening = OPENING.with(Rc::clone);
    let _one_at_a_time = opening.lock().await;
    if let Some(db) = CONNECTION.with(|c| c.borrow().clone()) {
        return Ok(db);
    }
    let db = Rexie::builder(DATABASE)
        // Version 2 added the knowledge store, version 3 the keys store; an
        // upgrade keeps the rest.
        .version(3)
        .add_object_store(ObjectStore::new(SESSIONS))
        .add_object_store(ObjectStore::new(KNOWLEDGE))
        .add_object_store(ObjectStore::new(KEYS))
        .build()
        .await
        .map_err(|e| Phrase::new(msg!("storage-unavailable")).arg("reason", e.to_string()))?;
    let db = Rc::new(db);
    CONNECTION.with(|c| *c.borrow_mut() = Some(db.clone()));
    Ok(db)
}

/// The session saved under `key`, if any.
pub async fn load(key: &str) -> Result<Option<String>, Phrase> {
    let db = open().await?;
    let why = |e: rexie::Error| Phrase::new(msg!("storage-unreadable")).arg("reason", e.to_string());
    let tx = db.transaction(&[SESSIONS], TransactionMode::ReadOnly).map_err(why)?;
    let value = tx.store(SESSIONS).map_err(why)?.get(JsValue::from_str(key)).await.map_err(why)?;
    match value.and_then(|v| v.as_string()) {
        Some(text) => from_record(text).await.map(Some),
        None => Ok(None),
    }
}

/// Saves `json` (a session of revision `based_on + 1`) under `key` if what
/// is stored there is still revision `based_on` or older, returning once
/// the transaction has committed.
pub async fn save(key: &str, json: &str, based_on: u64) -> Result<(), SaveError> {
    // Sealed before the transaction: awaiting anything else inside one
    // would let it commit early.
    let record = to_record(json).await.map_err(SaveError::Failed)?;
    let db = open().await.map_err(SaveError::Failed)?;
    let why = |e: rexie::Error| SaveError::Failed(Phrase::new(msg!("storage-unwritable")).arg("reason", e.to_string()));
    let tx = db.transaction(&[SESSIONS], TransactionMode::ReadWrite).map_err(why)?;
    let store = tx.store(SESSIONS).map_err(why)?;
    let stored = store.get(JsValue::from_str(key)).await.map_err(why)?.and_then(|v| v.as_string());
    if let Some(text) = stored {
        match serde_json::from_str::<Probe>(&text) {
            Ok(p) if p.schema_version > tolk_core::session::SCHEMA_VERSION => return Err(SaveError::Unreadable),
            Ok(p) if p.revision > based_on => return Err(SaveError::Stale { stored: p.revision }),
            Ok(_) => {}
            Err(_) => return Err(SaveError::Unreadable),
        }
    }
    store.put(&JsValue::from_str(&record), Some(&JsValue::from_str(key))).await.map_err(why)?;
    match tx.done().await.map_err(why)? {
        TransactionResult::Committed => Ok(()),
        // A full quota aborts the transaction after the put was accepted.
        TransactionResult::Aborted => Err(SaveError::Failed(Phrase::new(msg!("storage-aborted")))),
    }
}

/// Moves the record under `key` aside (to `aside:<at>:<key>`, `at`
/// without colons), so that new
/// work can be saved without writing over what could not be read.
pub async fn move_aside(key: &str, at: &str) -> Result<String, Phrase> {
    let db = open().await?;
    let why = |e: rexie::Error| Phrase::new(msg!("storage-unwritable")).arg("reason", e.to_string());
    let tx = db.transaction(&[SESSIONS], TransactionMode::ReadWrite).map_err(why)?;
    let store = tx.store(SESSIONS).map_err(why)?;
    let aside = format!("{ASIDE}{}:{key}", at.replace(':', ""));
    if let Some(value) = store.get(JsValue::from_str(key)).await.map_err(why)? {
        store.put(&value, Some(&JsValue::from_str(&aside))).await.map_err(why)?;
        store.delete(JsValue::from_str(key)).await.map_err(why)?;
    }
    match tx.done().await.map_err(why)? {
        TransactionResult::Committed => Ok(aside),
        TransactionResult::Aborted => Err(Phrase::new(msg!("storage-aborted"))),
    }
}

/// One stored case, for the retention check.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredCase {
    pub key: String,
    /// When its work last changed (ISO 8601); empty if unreadable.
    pub updated: String,
}

impl StoredCase {
    /// The case's own key: an aside record's without its prefix.
    pub fn case_key(&self) -> &str {
        self.key.strip_prefix(ASIDE).and_then(|k| k.split_once(':')).map_or(self.key.as_str(), |(_, key)| key)
    }

    /// The file name part of the key (`<sha256>:<name>`).
    pub fn file_name(&self) -> &str {
        let key = self.case_key();
        key.split_once(':').map_or(key, |(_, name)| name)
    }
}

/// Every record, with when it last changed.
pub async fn list() -> Result<Vec<StoredCase>, Phrase> {
    let db = open().await?;
    let why = |e: rexie::Error| Phrase::new(msg!("storage-unreadable")).arg("reason", e.to_string());
    let tx = db.transaction(&[SESSIONS], TransactionMode::ReadOnly).map_err(why)?;
    let all = tx.store(SESSIONS).map_err(why)?.scan(None, None, None, None).await.map_err(why)?;
    Ok(all
        .into_iter()
        .filter_map(|(k, v)| {
            let key = k.as_string()?;
            let updated = v.as_string().and_then(|t| serde_json::from_str::<Probe>(&t).ok()).map(|p| p.updated);
            Some(StoredCase { key, updated: updated.unwrap_or_default() })
        })
        .collect())
}

/// Deletes the records under `keys` (and anything moved aside from them).
pub async fn forget(keys: &[String]) -> Result<(), Phrase> {
    let db = open().await?;
    let why = |e: rexie::Error| Phrase::new(msg!("storage-unwritable")).arg("reason", e.to_string());
    let tx = db.transaction(&[SESSIONS], TransactionMode::ReadWrite).map_err(why)?;
    let store = tx.store(SESSIONS).map_err(why)?;
    let stored: Vec<StoredCase> = store
        .get_all_keys(None, None)
        .await
        .map_err(why)?
        .iter()
        .filter_map(JsValue::as_string)
        .map(|key| StoredCase { key, updated: String::new() })
        .collect();
    for record in stored.iter().filter(|r| keys.iter().any(|k| k == r.case_key())) {
        store.delete(JsValue::from_str(&record.key)).await.map_err(why)?;
    }
    match tx.done().await.map_err(why)? {
        TransactionResult::Committed => Ok(()),
        TransactionResult::Aborted => Err(Phrase::new(msg!("storage-aborted"))),
    }
}

/// Seals every record stored in the clear (encryption was just turned
/// on). Records moved aside are sealed too: they hold patient data.
pub async fn seal_all() -> Result<(), Phrase> {
    let db = open().await?;
    let why = |e: rexie::Error| Phrase::new(msg!("storage-unwritable")).arg("reason", e.to_string());
    let plain: Vec<(String, String)> = {
        let tx = db.transaction(&[SESSIONS], TransactionMode::ReadOnly).map_err(why)?;
        let all = tx.store(SESSIONS).map_err(why)?.scan(None, None, None, None).await.map_err(why)?;
        all.into_iter()
            .filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?)))
            .filter(|(_, text)| serde_json::from_str::<SealedRecord>(text).is_err())
            .collect()
    };
    let mut sealed = Vec::new();
    for (key, text) in plain {
        // A record that is not a session (moved aside) is sealed as it is.
        let record = match serde_json::from_str::<Probe>(&text) {
            Ok(_) => to_record(&text).await?,
            Err(_) => {
                let record = SealedRecord {
                    schema_version: 0,
                    revision: 0,
                    updated: String::new(),
                    sealed: seal::seal(&text).await?,
                };
                serde_json::to_string(&record).expect("a record serialises")
            }
        };
        sealed.push((key, record));
    }
    let tx = db.transaction(&[SESSIONS], TransactionMode::ReadWrite).map_err(why)?;
    let store = tx.store(SESSIONS).map_err(why)?;
    for (key, record) in sealed {
        store.put(&JsValue::from_str(&record), Some(&JsValue::from_str(&key))).await.map_err(why)?;
    }
    match tx.done().await.map_err(why)? {
        TransactionResult::Committed => Ok(()),
        TransactionResult::Aborted => Err(Phrase::new(msg!("storage-aborted"))),
    }
}

/// Deletes the whole database: the work, the knowledge files and the
/// signing key.
pub async fn forget_all() -> Result<(), Phrase> {
    if let Some(db) = CONNECTION.with(|c| c.borrow_mut().take()) {
        if let Ok(db) = Rc::try_unwrap(db) {
            db.close();
        }
    }
    Rexie::delete(DATABASE).await.map_err(|e| Phrase::new(msg!("storage-unwritable")).arg("reason", e.to_string()))
}

/// Asks the browser to keep this origin's storage under pressure; `false`
/// when it refuses (or cannot say).
pub async fn persist() -> bool {
    let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else { return false };
    let Ok(promise) = manager.persist() else { return false };
    wasm_bindgen_futures::JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()).unwrap_or(false)
}
