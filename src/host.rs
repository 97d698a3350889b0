//! What the page learns from the server it came from (rules in
//! `tolk_core::hosting`): whether the host sends the headers Tolk's
//! promises rest on, this build's manifest and its hash, the lab's policy,
//! and so whether this copy may be used at all.
//!
//! Checked at start, and the manifest and policy again whenever the page
//! is shown again and every quarter of an hour (a tab left open for days
//! still meets the lab's kill switch). A stop, once seen, is lifted only by
//! answers that allow the copy: a server briefly unreachable, or a proxy's
//! error page, does not reopen a withdrawn copy. The service worker (tools/sw.js) makes the same checks before
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

/// Whose response a header was read from: the page's own, or the script
/// the engine worker starts from, whose headers alone confine the worker
/// (a worker takes no policy from the page).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Served {
    Page,
    Worker,
}

/// The script the engine worker starts from (trunk's loader, beside the page).
const WORKER_SCRIPT: &str = "worker_loader.js";
/// How often an open page asks the server again.
const RECHECK: std::time::Duration = std::time::Duration::from_secs(15 * 60);

#[derive(Clone, Copy)]
pub struct Host {
    /// The headers the page and the engine worker's script came with,
    /// each against what it must say.
    pub headers: RwSignal<Asked<Vec<(Served, HeaderFinding)>>>,
    pub manifest: RwSignal<Asked<BuildManifest>>,
    /// The lab's policy (`None`: the lab set none).
    pub policy: RwSignal<Asked<Option<Policy>>>,
    pub standing: RwSignal<Standing>,
    /// Which ask is the latest: an older one's answer, arriving after a
    /// newer one's, is dropped.
    asked: StoredValue<u32>,
}

impl Host {
    pub fn start() -> Host {
        let host = Host {
            headers: RwSignal::new(Asked::Waiting),
            manifest: RwSignal::new(Asked::Waiting),
            policy: RwSignal::new(Asked::Waiting),
            standing: RwSignal::new(Standing::Current),
            asked: StoredValue::new(0),
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
        // Asks as long as the page lives: the handle is never cleared.
        let _ = set_interval_with_handle(move || wasm_bindgen_futures::spawn_local(host.ask()), RECHECK);
        host
    }

    /// Asks the server for the manifest and the policy, and judges this
    /// copy by them.
    async fn ask(self) {
        let this = self.asked.get_value().wrapping_add(1);
        self.asked.set_value(this);
        let manifest = fetched(MANIFEST).await;
        // Read, or answered "not here": what may lift a stop (an error, a
        // time-out or a page that is not a manifest may not).
        let mut answered = matches!(manifest, Ok(None));
        let manifest = match manifest {
            Ok(Some(bytes)) => Manifest::read(&bytes).map(|m| (m, sha256_hex(&bytes))),
            Ok(None) => Err(format!("{MANIFEST} is not on the server")),
            Err(e) => Err(e),
        };
        answered |= manifest.is_ok();
        let policy = match fetched(POLICY).await {
            Ok(Some(bytes)) => Policy::read(&bytes).map(Some).map_err(|e| format!("{POLICY}: {e}")),
            Ok(None) => Ok(None),
            Err(e) => Err(e),
        };
        answered &= policy.is_ok();
        if self.asked.get_value() != this {
            return;
        }
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
        if judged != Standing::Current || answered {
            self.standing.set(judged);
        }
    }

    /// The names of the headers missing or weaker than they must be, on
    /// the page's response or the worker script's, each once, in the
    /// order they are checked.
    pub fn header_problems(self) -> Vec<&'static str> {
        self.headers.with(|h| match h {
            Asked::Got(findings) => {
                let mut names: Vec<&'static str> = Vec::new();
                for (_, f) in findings.iter().filter(|(_, f)| !f.ok) {
                    if !names.contains(&f.header) {
                        names.push(f.header);
                    }
                }
                names
            }
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

/// The headers the page's own address and the engine worker's script are
/// served with, each checked against the page's `meta` policy. A host that
/// sends the policy only with HTML leaves the worker that reads the VCF
/// unconfined: the page's headers alone would not show it. Served by the
/// service worker, both come with the headers the host sent when it kept
/// them: the same ones the page and its workers now run under.
async fn page_headers() -> Result<Vec<(Served, HeaderFinding)>, String> {
    let address = page_address().ok_or("the page has no address")?;
    let meta = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(r#"meta[http-equiv="Content-Security-Policy"]"#).ok().flatten())
        .and_then(|m| m.get_attribute("content"))
        .ok_or("the page declares no policy")?;
    let mut found = Vec::new();
    for (served, url) in [(Served::Page, address.clone()), (Served::Worker, beside(&address, WORKER_SCRIPT))] {
        let response = request(&url, RequestCache::NoCache).await?;
        let headers = response.headers();
        found.extend(check_headers(&meta, |name| headers.get(name).ok().flatten()).into_iter().map(|f| (served, f)));
    }
    Ok(found)
}

/// The address of `name` in the page's directory.
fn beside(page: &str, name: &str) -> String {
    let base = page.rsplit_once('/').map_or(page, |(dir, _)| dir);
    format!("{base}/{name}")
}

/// The bytes of `name` beside the page, as the server has it now; `None`
/// if the server says it has no such file.
async fn fetched(name: &str) -> Result<Option<Vec<u8>>, String> {
    let address = page_address().ok_or("the page has no address")?;
    let response = request(&beside(&address, name), RequestCache::NoStore).await?;
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
