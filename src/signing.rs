//! This browser profile's signing key: an ECDSA P-256 pair made by the
//! browser's WebCrypto, with which an analyst signs their work.
//!
//! What a signature proves: that it was made with the private half kept in
//! this browser profile, over exactly the bytes signed. Whoever verifies it
//! needs only the public half and its id. It does not prove who signed:
//! the name is what the analyst typed when making the key, and a browser
//! profile is not an identity provider (no login or directory vouches for
//! it). A lab that trusts a key does so by having the analyst confirm its
//! id.
//!
//! The private half is made not extractable, so it never leaves the
//! browser: not its bytes, to this app or any script. IndexedDB keeps the
//! key object itself (a structured clone) in the `keys` store of
//! [`crate::storage`]'s database, with the name, the id, the public half
//! and when it was made. Forgetting everything on a shared workstation
//! ([`crate::storage::forget_all`]) deletes that database, and so the key:
//! the next person at it cannot sign as this analyst.

use crate::storage::{self, unreadable, unwritable, KEYS};
use crate::webcrypto::{self, object};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use js_sys::{Array, Object, Reflect, Uint8Array};
use rexie::{TransactionMode, TransactionResult};
use tolk_core::phrase::Phrase;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::CryptoKey;

/// The record's key: a profile keeps one signing key.
const MINE: &str = "mine";

/// This browser profile's signing key: its public half and its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MyKey {
    /// The analyst's name as they typed it when making the key.
    pub name: String,
    /// The key's id: lowercase hex of the first 8 bytes of the SHA-256 of `public_key`'s raw bytes (16 hex chars).
    pub key: String,
    /// The public key, SEC1 uncompressed point (65 bytes, 0x04 || X || Y), standard base64 (with padding).
    pub public_key: String,
    /// When it was made (ISO 8601, given by the caller).
    pub created: String,
}

fn failed(e: JsValue) -> Phrase {
    Phrase::new(msg!("signing-failed")).arg("reason", format!("{e:?}"))
}

/// Why the page's WebCrypto cannot be had ([`webcrypto::subtle`]), as
/// signing says it.
fn no_webcrypto(e: Option<JsValue>) -> Phrase {
    e.map_or_else(|| Phrase::new(msg!("signing-unavailable")), failed)
}

/// The key kept in this profile, if any, with its private half.
async fn stored() -> Result<Option<(MyKey, CryptoKey)>, Phrase> {
    let db = storage::open().await?;
    let tx = db.transaction(&[KEYS], TransactionMode::ReadOnly).map_err(unreadable)?;
    let Some(record) = tx.store(KEYS).map_err(unreadable)?.get(JsValue::from_str(MINE)).await.map_err(unreadable)?
    else {
        return Ok(None);
    };
    let get = |field: &str| Reflect::get(&record, &JsValue::from_str(field)).ok();
    let text = |field: &str| get(field)?.as_string();
    let read = || {
        let key = MyKey {
            name: text("name")?,
            key: text("key")?,
            public_key: text("public_key")?,
            created: text("created")?,
        };
        Some((key, get("private")?.dyn_into::<CryptoKey>().ok()?))
    };
    read().map(Some).ok_or_else(|| Phrase::new(msg!("signing-damaged")))
}

/// The key kept in this profile, if any.
pub async fn mine() -> Result<Option<MyKey>, Phrase> {
    Ok(stored().await?.map(|(key, _)| key))
}

/// Makes a new key pair for `name`, made `at` (ISO 8601), and keeps it in
/// place of any earlier one (what that signed, its own public half checks).
pub async fn create(name: &str, at: &str) -> Result<MyKey, Phrase> {
    let subtle = webcrypto::subtle().map_err(no_webcrypto)?;
    let algorithm = object(&[("name", "ECDSA".into()), ("namedCurve", "P-256".into())]);
    let usages = Array::of2(&"sign".into(), &"verify".into());
    // Not extractable: the private half's bytes can never be read out (the
    // public half of a pair always can).
    let pair = subtle.generate_key_with_object(&algorithm, false, &usages).map_err(failed)?;
    let pair = JsFuture::from(pair).await.map_err(failed)?;
    let half = |name: &str| Reflect::get(&pair, &JsValue::from_str(name)).and_then(JsValue::dyn_into::<CryptoKey>);
    let (private, public) = (half("privateKey").map_err(failed)?, half("publicKey").map_err(failed)?);
    let raw = subtle.export_key("raw", &public).map_err(failed)?;
    let raw = Uint8Array::new(&JsFuture::from(raw).await.map_err(failed)?).to_vec();
    let key = MyKey {
        name: name.to_owned(),
        key: tolk_core::trail::key_id(&raw),
        public_key: B64.encode(&raw),
        created: at.to_owned(),
    };
    let record = Object::new();
    let set = |field: &str, value: &JsValue| Reflect::set(&record, &JsValue::from_str(field), value).map(|_| ());
    set("name", &JsValue::from_str(&key.name))
        .and_then(|()| set("key", &JsValue::from_str(&key.key)))
        .and_then(|()| set("public_key", &JsValue::from_str(&key.public_key)))
        .and_then(|()| set("created", &JsValue::from_str(&key.created)))
        .and_then(|()| set("private", private.as_ref()))
        .map_err(|e| unwritable(format!("{e:?}")))?;
    let db = storage::open().await?;
    let tx = db.transaction(&[KEYS], TransactionMode::ReadWrite).map_err(unwritable)?;
    tx.store(KEYS).map_err(unwritable)?.put(&record, Some(&JsValue::from_str(MINE))).await.map_err(unwritable)?;
    match tx.done().await.map_err(unwritable)? {
        TransactionResult::Committed => Ok(key),
        TransactionResult::Aborted => Err(Phrase::new(msg!("storage-aborted"))),
    }
}

/// `message` signed with this profile's key: ECDSA P-256 over its SHA-256,
/// the 64 bytes r || s (IEEE P1363) that WebCrypto gives.
pub async fn sign(message: &[u8]) -> Result<Vec<u8>, Phrase> {
    let (_, private) = stored().await?.ok_or_else(|| Phrase::new(msg!("signing-no-key")))?;
    let subtle = webcrypto::subtle().map_err(no_webcrypto)?;
    let algorithm = object(&[("name", "ECDSA".into()), ("hash", "SHA-256".into())]);
    let signed = subtle.sign_with_object_and_u8_array(&algorithm, &private, message).map_err(failed)?;
    Ok(Uint8Array::new(&JsFuture::from(signed).await.map_err(failed)?).to_vec())
}

/// Deletes this profile's key: it signs nothing more, and what it signed
/// is still checked by its public half wherever that was kept.
pub async fn forget() -> Result<(), Phrase> {
    let db = storage::open().await?;
    let tx = db.transaction(&[KEYS], TransactionMode::ReadWrite).map_err(unwritable)?;
    tx.store(KEYS).map_err(unwritable)?.delete(JsValue::from_str(MINE)).await.map_err(unwritable)?;
    match tx.done().await.map_err(unwritable)? {
        TransactionResult::Committed => Ok(()),
        TransactionResult::Aborted => Err(Phrase::new(msg!("storage-aborted"))),
    }
}
