//! The lab's knowledge files, kept in the browser's IndexedDB (the
//! `knowledge` store of [`crate::storage`]'s database) as the files
//! themselves, one per kind: a ClinVar release, a constraint table, GenCC's
//! submissions, the lab's database. Kept as Blobs, not parsed: ClinVar is
//! matched to each case as it opens, and a Blob of 100 MB costs the page
//! nothing until it is read. A newer file of a kind replaces the older.
//!
//! Not sealed when encryption is on: they hold no patient data (the lab
//! database names cases only by a hash of their file), and forgetting
//! everything on a shared workstation deletes them with the work.

use crate::storage::{self, unreadable, unwritable, KNOWLEDGE};
use js_sys::{Object, Reflect};
use rexie::{TransactionMode, TransactionResult};
use tolk_core::knowledge::KnowledgeKind;
use tolk_core::phrase::Phrase;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Blob;

/// One stored file.
#[derive(Clone)]
pub struct StoredFile {
    pub kind: KnowledgeKind,
    pub name: String,
    pub blob: Blob,
    /// When it was stored (ISO 8601).
    pub stored: String,
}

/// Keeps `blob` as the file of `kind`, in place of the one before.
pub async fn put(file: &StoredFile) -> Result<(), Phrase> {
    let db = storage::open().await?;
    let record = Object::new();
    let set = |key: &str, value: &JsValue| Reflect::set(&record, &JsValue::from_str(key), value).map(|_| ());
    set("name", &JsValue::from_str(&file.name))
        .and_then(|()| set("blob", file.blob.as_ref()))
        .and_then(|()| set("stored", &JsValue::from_str(&file.stored)))
        .map_err(|e| unwritable(format!("{e:?}")))?;
    let tx = db.transaction(&[KNOWLEDGE], TransactionMode::ReadWrite).map_err(unwritable)?;
    let store = tx.store(KNOWLEDGE).map_err(unwritable)?;
    store.put(&record, Some(&JsValue::from_str(file.kind.id()))).await.map_err(unwritable)?;
    match tx.done().await.map_err(unwritable)? {
        TransactionResult::Committed => Ok(()),
        TransactionResult::Aborted => Err(Phrase::new(msg!("storage-aborted"))),
    }
}

/// Every stored file, in the kinds' order.
pub async fn all() -> Result<Vec<StoredFile>, Phrase> {
    let db = storage::open().await?;
    let tx = db.transaction(&[KNOWLEDGE], TransactionMode::ReadOnly).map_err(unreadable)?;
    let all = tx.store(KNOWLEDGE).map_err(unreadable)?.scan(None, None, None, None).await.map_err(unreadable)?;
    let get = |record: &JsValue, key: &str| Reflect::get(record, &JsValue::from_str(key)).ok();
    let mut files: Vec<StoredFile> = all
        .into_iter()
        .filter_map(|(key, record)| {
            Some(StoredFile {
                kind: KnowledgeKind::parse(&key.as_string()?)?,
                name: get(&record, "name")?.as_string()?,
                blob: get(&record, "blob")?.dyn_into::<Blob>().ok()?,
                stored: get(&record, "stored")?.as_string().unwrap_or_default(),
            })
        })
        .collect();
    files.sort_by_key(|f| KnowledgeKind::ALL.iter().position(|k| *k == f.kind));
    Ok(files)
}

/// Forgets the file of `kind`.
pub async fn remove(kind: KnowledgeKind) -> Result<(), Phrase> {
    let db = storage::open().await?;
    let tx = db.transaction(&[KNOWLEDGE], TransactionMode::ReadWrite).map_err(unwritable)?;
    tx.store(KNOWLEDGE).map_err(unwritable)?.delete(JsValue::from_str(kind.id())).await.map_err(unwritable)?;
    match tx.done().await.map_err(unwritable)? {
        TransactionResult::Committed => Ok(()),
        TransactionResult::Aborted => Err(Phrase::new(msg!("storage-aborted"))),
    }
}
