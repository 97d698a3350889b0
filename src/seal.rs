//! Saved work encrypted at rest under a passphrase, when the lab turns it
//! on: AES-256-GCM with a key derived from the passphrase by PBKDF2
//! (HMAC-SHA-256, 600,000 iterations: OWASP's 2023 figure), both by the
//! browser's WebCrypto. The key lives in this page's memory only, not
//! extractable; the passphrase is never stored. Local storage keeps the
//! salt and a check (a known word sealed with the key), which tells a
//! wrong passphrase from damaged data.
//!
//! Without the passphrase nothing saved can be read, and nothing is saved
//! in the clear while it is on: a page that has not been given it saves
//! nothing and says so.

use crate::narrowing::local_storage;
use crate::webcrypto::{self, object};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use js_sys::{Array, Uint8Array};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use tolk_core::phrase::Phrase;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::CryptoKey;

/// Where the salt and the check are kept (their presence: encryption on).
const SETTINGS_KEY: &str = "tolk.seal";
const ITERATIONS: u32 = 600_000;
/// What the check seals.
const CHECK: &str = "tolk";

thread_local! {
    static KEY: RefCell<Option<CryptoKey>> = const { RefCell::new(None) };
}

/// Sealed text: the nonce and the ciphertext (with its tag), in base64.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sealed {
    pub iv: String,
    pub data: String,
}

#[derive(Serialize, Deserialize)]
struct Settings {
    salt: String,
    check: Sealed,
}

fn settings() -> Option<Settings> {
    let text = local_storage()?.get_item(SETTINGS_KEY).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

/// Whether saved work is to be encrypted.
pub fn enabled() -> bool {
    settings().is_some()
}

fn failed(e: JsValue) -> Phrase {
    Phrase::new(msg!("seal-failed")).arg("reason", format!("{e:?}"))
}

/// Why the page's WebCrypto cannot be had ([`webcrypto::subtle`]), as
/// sealing says it.
fn no_webcrypto(e: Option<JsValue>) -> Phrase {
    e.map_or_else(|| Phrase::new(msg!("seal-unavailable")), failed)
}

fn random(n: usize) -> Result<Vec<u8>, Phrase> {
    let mut bytes = vec![0u8; n];
    let crypto = web_sys::window().ok_or_else(|| Phrase::new(msg!("seal-unavailable")))?.crypto().map_err(failed)?;
    crypto.get_random_values_with_u8_array(&mut bytes).map_err(failed)?;
    Ok(bytes)
}

async fn derive(passphrase: &str, salt: &[u8]) -> Result<CryptoKey, Phrase> {
    let subtle = webcrypto::subtle().map_err(no_webcrypto)?;
    let raw = Uint8Array::from(passphrase.as_bytes());
    let usages = Array::of1(&"deriveKey".into());
    let base = subtle.import_key_with_str("raw", &raw, "PBKDF2", false, &usages).map_err(failed)?;
    let base: CryptoKey = JsFuture::from(base).await.map_err(failed)?.unchecked_into();
    let params = object(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("salt", Uint8Array::from(salt).into()),
        ("iterations", ITERATIONS.into()),
    ]);
    let target = object(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    let key = subtle.derive_key_with_object_and_object(&params, &base, &target, false, &usages).map_err(failed)?;
    Ok(JsFuture::from(key).await.map_err(failed)?.unchecked_into())
}

async fn seal_with(key: &CryptoKey, text: &str) -> Result<Sealed, Phrase> {
    let iv = random(12)?;
    let params = object(&[("name", "AES-GCM".into()), ("iv", Uint8Array::from(iv.as_slice()).into())]);
    let subtle = webcrypto::subtle().map_err(no_webcrypto)?;
    let done = subtle.encrypt_with_object_and_u8_array(&params, key, text.as_bytes()).map_err(failed)?;
    let data = Uint8Array::new(&JsFuture::from(done).await.map_err(failed)?).to_vec();
    Ok(Sealed { iv: B64.encode(iv), data: B64.encode(data) })
}

async fn open_with(key: &CryptoKey, sealed: &Sealed) -> Result<String, Phrase> {
    let damaged = || Phrase::new(msg!("seal-damaged"));
    let iv = B64.decode(&sealed.iv).map_err(|_| damaged())?;
    let data = B64.decode(&sealed.data).map_err(|_| damaged())?;
    let params = object(&[("name", "AES-GCM".into()), ("iv", Uint8Array::from(iv.as_slice()).into())]);
    // A wrong key or altered bytes fail the GCM tag.
    let subtle = webcrypto::subtle().map_err(no_webcrypto)?;
    let done = subtle.decrypt_with_object_and_u8_array(&params, key, &data).map_err(|_| damaged())?;
    let plain = Uint8Array::new(&JsFuture::from(done).await.map_err(|_| damaged())?).to_vec();
    String::from_utf8(plain).map_err(|_| damaged())
}

/// Turns encryption on under `passphrase` (a new salt), keeping the key.
pub async fn enable(passphrase: &str) -> Result<(), Phrase> {
    let salt = random(16)?;
    let key = derive(passphrase, &salt).await?;
    let check = seal_with(&key, CHECK).await?;
    let text = serde_json::to_string(&Settings { salt: B64.encode(&salt), check }).expect("settings serialise");
    local_storage()
        .ok_or_else(|| Phrase::new(msg!("seal-unavailable")))?
        .set_item(SETTINGS_KEY, &text)
        .map_err(failed)?;
    KEY.with(|k| *k.borrow_mut() = Some(key));
    Ok(())
}

/// Turns encryption off again (the key and its settings), after turning it
/// on failed to seal what is saved.
pub fn disable() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(SETTINGS_KEY);
    }
    KEY.with(|k| *k.borrow_mut() = None);
}

/// Takes the key from `passphrase`, if it is the right one.
pub async fn unlock(passphrase: &str) -> Result<(), Phrase> {
    let s = settings().ok_or_else(|| Phrase::new(msg!("seal-off")))?;
    let salt = B64.decode(&s.salt).map_err(|_| Phrase::new(msg!("seal-damaged")))?;
    let key = derive(passphrase, &salt).await?;
    match open_with(&key, &s.check).await {
        Ok(word) if word == CHECK => {
            KEY.with(|k| *k.borrow_mut() = Some(key));
            Ok(())
        }
        _ => Err(Phrase::new(msg!("seal-wrong"))),
    }
}

fn key() -> Result<CryptoKey, Phrase> {
    KEY.with(|k| k.borrow().clone()).ok_or_else(|| Phrase::new(msg!("seal-locked")))
}

/// `text` sealed with this page's key.
pub async fn seal(text: &str) -> Result<Sealed, Phrase> {
    seal_with(&key()?, text).await
}

/// The text `sealed` holds.
pub async fn open(sealed: &Sealed) -> Result<String, Phrase> {
    open_with(&key()?, sealed).await
}
