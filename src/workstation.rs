//! What a shared workstation needs: saved cases removed after a period the
//! lab sets (listed before they go), everything Tolk keeps in this browser
//! forgotten at one click, a lock that hides patient data when the page has
//! not been used for a while, and saved work encrypted under a passphrase
//! ([`crate::seal`]).
//!
//! The settings (days, minutes) are the lab's, kept in local storage; they
//! hold no patient data.

use crate::narrowing::local_storage;
use crate::seal;
use crate::storage::{self, StoredCase};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;
use tolk_core::phrase::Phrase;

const RETENTION_KEY: &str = "tolk.retention-days";
const IDLE_KEY: &str = "tolk.idle-minutes";
/// Whether the variant detail offers links out ("off" when the lab turned
/// them off; on unless so).
const LINKS_KEY: &str = "tolk.links";
/// Saved work older than this many days is offered for removal.
pub const DEFAULT_RETENTION_DAYS: f64 = 28.0;
/// A shorter retention would offer every case for removal at each start.
pub const MIN_RETENTION_DAYS: f64 = 1.0;
/// The page locks after this many minutes without a key or pointer.
pub const DEFAULT_IDLE_MINUTES: f64 = 15.0;

/// Whether saved work is encrypted, and whether this page can read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SealState {
    Off,
    /// On, and the passphrase not given in this page.
    Locked,
    Open,
}

#[derive(Clone, Copy)]
pub struct Workstation {
    pub seal: RwSignal<SealState>,
    /// The outcome of the last encryption action, worded, or why it failed.
    pub seal_message: RwSignal<Option<Result<Phrase, Phrase>>>,
    pub retention_days: RwSignal<f64>,
    /// 0: never lock.
    pub idle_minutes: RwSignal<f64>,
    pub locked: RwSignal<bool>,
    /// Saved cases older than the retention period, found at start.
    pub expired: RwSignal<Vec<StoredCase>>,
    /// Why the last removal (expired cases, or everything) did not happen.
    pub problem: RwSignal<Option<Phrase>>,
    /// Whether links out to public resources are offered.
    pub links: RwSignal<bool>,
    last_activity: StoredValue<f64>,
}

/// A number setting as stored, if it is at least `min` (the field's own
/// bound), else `default`.
fn setting(key: &str, min: f64, default: f64) -> f64 {
    local_storage()
        .and_then(|s| s.get_item(key).ok().flatten())
        .and_then(|v| v.parse::<f64>().ok())
        .filter(|v| v.is_finite() && *v >= min)
        .unwrap_or(default)
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

impl Workstation {
    pub fn start() -> Workstation {
        let this = Workstation {
            seal: RwSignal::new(if seal::enabled() { SealState::Locked } else { SealState::Off }),
            seal_message: RwSignal::new(None),
            retention_days: RwSignal::new(setting(RETENTION_KEY, MIN_RETENTION_DAYS, DEFAULT_RETENTION_DAYS)),
            idle_minutes: RwSignal::new(setting(IDLE_KEY, 0.0, DEFAULT_IDLE_MINUTES)),
            locked: RwSignal::new(false),
            expired: RwSignal::new(Vec::new()),
            problem: RwSignal::new(None),
            links: RwSignal::new(
                local_storage().and_then(|s| s.get_item(LINKS_KEY).ok().flatten()).as_deref() != Some("off"),
            ),
            last_activity: StoredValue::new(now_ms()),
        };
        // For the page's life (a dropped handle leaves its listener on).
        let _ = window_event_listener(ev::keydown, move |_| this.active());
        let _ = window_event_listener(ev::pointerdown, move |_| this.active());
        let _ = window_event_listener(ev::pointermove, move |_| this.active());

        // The page's life long: checked every second.
        let _ = set_interval_with_handle(move || this.check_idle(), Duration::from_secs(1));
        spawn_local(async move { this.find_expired().await });
        this
    }

    fn active(self) {
        if !self.locked.get_untracked() {
            self.last_activity.set_value(now_ms());
        }
    }

    fn check_idle(self) {
        let minutes = self.idle_minutes.get_untracked();
        if minutes > 0.0
            && !self.locked.get_untracked()
            && now_ms() - self.last_activity.get_value() > minutes * 60_000.0
        {
            self.locked.set(true);
        }
    }

    /// Shows the page again (the analyst is back).
    pub fn unlock(self) {
        self.last_activity.set_value(now_ms());
        self.locked.set(false);
    }

    pub fn set_retention(self, days: f64) {
        if let Some(s) = local_storage() {
            let _ = s.set_item(RETENTION_KEY, &days.to_string());
        }
        self.retention_days.set(days);
        spawn_local(async move { self.find_expired().await });
    }

    /// Offers links out, or not, on this computer.
    pub fn set_links(self, on: bool) {
        if let Some(s) = local_storage() {
            let _ = s.set_item(LINKS_KEY, if on { "on" } else { "off" });
        }
        self.links.set(on);
    }

    pub fn set_idle(self, minutes: f64) {
        if let Some(s) = local_storage() {
            let _ = s.set_item(IDLE_KEY, &minutes.to_string());
        }
        self.idle_minutes.set(minutes);
    }

    async fn find_expired(self) {
        let days = self.retention_days.get_untracked();
        let cutoff = now_ms() - days * 86_400_000.0;
        let Ok(cases) = storage::list().await else { return };
        let old = cases
            .into_iter()
            .filter(|c| {
                let at = js_sys::Date::parse(&c.updated);
                // Unreadable or undated records count as old.
                at.is_nan() || at < cutoff
            })
            .collect();
        self.expired.set(old);
    }

    /// Removes the expired cases the analyst was shown.
    pub fn remove_expired(self) {
        let keys: Vec<String> = self.expired.get_untracked().into_iter().map(|c| c.key).collect();
        spawn_local(async move {
            match storage::forget(&keys).await {
                Ok(()) => {
                    self.problem.set(None);
                    self.expired.set(Vec::new());
                }
                Err(why) => self.problem.set(Some(why)),
            }
        });
    }

    /// Turns encryption on under `passphrase` and seals what is saved;
    /// `done` runs once it is on (to save the open case sealed).
    pub fn encrypt(self, passphrase: String, done: impl FnOnce() + 'static) {
        spawn_local(async move {
            let result = match seal::enable(&passphrase).await {
                // Not sealed (the transaction is whole or nothing): off
                // again, rather than saving sealed under a key whose
                // settings the next attempt replaces.
                Ok(()) => storage::seal_all().await.inspect_err(|_| seal::disable()),
                Err(e) => Err(e),
            };
            match result {
                Ok(()) => {
                    self.seal.set(SealState::Open);
                    self.seal_message.set(Some(Ok(Phrase::new(msg!("seal-turned-on")))));
                    done();
                }
                Err(why) => self.seal_message.set(Some(Err(why))),
            }
        });
    }

    /// Opens saved work with `passphrase`; `done` runs once it can be read.
    pub fn unlock_saved(self, passphrase: String, done: impl FnOnce() + 'static) {
        spawn_local(async move {
            match seal::unlock(&passphrase).await {
                Ok(()) => {
                    self.seal.set(SealState::Open);
                    self.seal_message.set(None);
                    done();
                }
                Err(why) => self.seal_message.set(Some(Err(why))),
            }
        });
    }

    /// Deletes everything Tolk keeps in this browser (saved work, settings,
    /// remembered names and panels), then reloads the page empty. The
    /// offline copy of the app itself holds no patient data and stays.
    pub fn forget_everything(self) {
        spawn_local(async move {
            // Saved work that could not be deleted stays; so do the
            // settings that read it (the encryption's salt), and the page
            // says why instead of reloading as if all were gone.
            if let Err(why) = storage::forget_all().await {
                return self.problem.set(Some(why));
            }
            if let Some(s) = local_storage() {
                let _ = s.clear();
            }
            if let Some(s) = crate::interpretation::session_storage() {
                let _ = s.clear();
            }
            if let Some(w) = web_sys::window() {
                let _ = w.location().replace("./");
            }
        });
    }
}
