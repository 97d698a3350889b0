//! What the page learns from the server it came from (rules in
//! `tolk_core::hosting`): whether the host sends the headers Tolk's
//! promises rest on, this build's manifest and its hash, the lab's policy,
//! and so whether this copy may be used at all.
//!
//! Checked at start, and the manifest and policy again whenever the page
//! is shown again (a tab left open for days still meets the lab's kill
//! switch). The service worker (tools/sw.js) makes the same checks before
//! a cached copy opens; these cover the hosts and browsers without one.
//! A server that cannot be reached withdraws nothing: offline use goes on.

use leptos::prelude::*;
use tolk_core::hosting::{check_headers, standing, Build, HeaderFinding, Manifest, Policy, Standing, MANIFEST, POLICY};
use tolk_core::trail::canonical::sha256_hex;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCache, RequestInit, Response};

/// This copy's version (Cargo.toml's), compared with the lab's minimum.
pub const RELEASE: &str = env!("CARGO_PKG_VERSION");

/// The build's manifest as fetched, with its own hash (what a security
/// officer compares with the one a rebuild gives).
#[derive(Clone, Debug, PartialEq)]
pub struct BuildManifest {
    pub build: Build,
    pub sha256: String,
}

/// Something asked of the server: not yet answered, answered, or why not.
#[derive(Clone, Debug, PartialEq)]
pub enum Asked<T> {
    Waiting,
    Got(T),
    Failed(String),
}

#[derive(Clone, Copy)]
pub struct Host {
    /// The headers the page came with, each against what it must say.
    pub headers: RwSignal<Asked<Vec<HeaderFinding>>>,
    pub manifest: RwSignal<Asked<BuildManifest>>,
    /// The lab's policy (`None`: the lab set none).
    pub policy: RwSignal<Asked<Option<Policy>>>,
    pub standing: RwSignal<Standing>,
}

impl Host {
    pub fn start() -> Host {
        let host = Host {
            headers: RwSignal::new(Asked::Waiting),
            manifest: RwSignal::new(Asked::Waiting),
            policy: RwSignal::new(Asked::Waiting),
            standing: RwSignal::new(Standing::Current),
        };
        wasm_bindgen_futures::spawn_local(async move {
            host.headers.set(match page_headers().await {
                Ok(findings) => Asked::Got(findings),
                Err(e) => Asked::Failed(e),
            });
            host.ask().await;
        });
        let on_shown = Closure::<dyn Fn()>::new(move || {
            let shown = web_sys::window().and_then(|w| w.document()).is_some_and(|d| !d.hidden());
            if shown {
                wasm_bindgen_futures::spawn_local(host.ask());
            }
        });
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            let _ = document.add_event_listener_with_callback("visibilitychange", on_shown.as_ref().unchecked_ref());
        }
        // Listens as long as the page lives.
        on_shown.forget();
        host
    }

    /// Asks the server for the manifest and the policy, and judges this
    /// copy by them.
    async fn ask(self) {
        let manifest = match fetched(MANIFEST).await {
            Ok(Some(bytes)) => Manifest::read(&bytes).map(|m| (m, sha256_hex(&bytes))),
            Ok(None) => Err(format!("{MANIFEST} is not on the server")),
            Err(e) => Err(e),
        };
        let policy = match fetched(POLICY).await {
            Ok(Some(bytes)) => Policy::read(&bytes).map(Some).map_err(|e| format!("{POLICY}: {e}")),
            Ok(None) => Ok(None),
            Err(e) => Err(e),
        };
        let judged =
            standing(RELEASE, manifest.as_ref().ok().map(|(m, _)| m), policy.as_ref().ok().and_then(Option::as_ref));
        self.manifest.set(match manifest {
            Ok((Manifest::Build(build), sha256)) => Asked::Got(BuildManifest { build, sha256 }),
            Ok((Manifest::Revoked(_), _)) => Asked::Failed(format!("{MANIFEST} withdraws this build")),
            Err(e) => Asked::Failed(e),
        });
        self.policy.set(match policy {
            Ok(p) => Asked::Got(p),
            Err(e) => Asked::Failed(e),
        });
        self.standing.set(judged);
    }

    /// The host's headers that are missing or weaker than they must be.
    pub fn header_problems(self) -> Vec<HeaderFinding> {
        self.headers.with(|h| match h {
            Asked::Got(findings) => findings.iter().filter(|f| !f.ok).cloned().collect(),
            _ => Vec::new(),
        })
    }
}

/// Where the page is, without its query (the view) and fragment: the
/// address its own document came from.
fn page_address() -> Option<String> {
    let location = web_sys::window()?.location();
    Some(format!("{}{}", location.origin().ok()?, location.pathname().ok()?))
}

/// The headers the page's own address is served with, checked against its
/// `meta` policy. A page served by the service worker gets the headers the
/// host sent when the worker kept it: the same ones the page now runs under.
async fn page_headers() -> Result<Vec<HeaderFinding>, String> {
    let address = page_address().ok_or("the page has no address")?;
    let meta = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(r#"meta[http-equiv="Content-Security-Policy"]"#).ok().flatten())
        .and_then(|m| m.get_attribute("content"))
        .ok_or("the page declares no policy")?;
    let response = request(&address, RequestCache::NoCache).await?;
    let headers = response.headers();
    Ok(check_headers(&meta, |name| headers.get(name).ok().flatten()))
}

/// The bytes of `name` beside the page, as the server has it now; `None`
/// if the server says it has no such file.
async fn fetched(name: &str) -> Result<Option<Vec<u8>>, String> {
    let address = page_address().ok_or("the page has no address")?;
    let base = address.rsplit_once('/').map_or(address.as_str(), |(dir, _)| dir);
    let response = request(&format!("{base}/{name}"), RequestCache::NoStore).await?;
    match response.status() {
        404 | 410 => return Ok(None),
        200 => {}
        status => return Err(format!("{name}: the server answered {status}")),
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(describe)?).await.map_err(describe)?;
    Ok(Some(js_sys::Uint8Array::new(&buffer).to_vec()))
}

async fn request(address: &str, cache: RequestCache) -> Result<Response, String> {
    let window = web_sys::window().ok_or("no window")?;
    let init = RequestInit::new();
    init.set_cache(cache);
    let response = JsFuture::from(window.fetch_with_str_and_init(address, &init)).await.map_err(describe)?;
    Ok(response.unchecked_into())
}

fn describe(e: JsValue) -> String {
    e.as_string()
        .or_else(|| e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())))
        .unwrap_or_else(|| format!("{e:?}"))
}
