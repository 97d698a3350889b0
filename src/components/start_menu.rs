//! Where a case begins: the file box, the teaching cases and this
//! computer's settings. They fill the page until a file is open, then fold
//! into the header, one click away, so the workbench has the screen; they
//! open again by themselves when this computer asks something (the
//! passphrase of encrypted saved work, say).

use super::{use_engine, CaseLibrary, FileOpener, WorkstationControls};
use crate::engine::LoadState;
use crate::i18n::t;
use crate::workstation::{SealState, Workstation};
use leptos::prelude::*;

#[component]
pub fn StartMenu() -> impl IntoView {
    let engine = use_engine();
    let menu = NodeRef::<leptos::html::Details>::new();
    let ws = use_context::<Workstation>().expect("App provides the Workstation");
    let state = Memo::new(move |_| engine.state.with(LoadState::name));
    let idle = move || matches!(state.get(), "idle" | "error");
    // This computer asks something before work goes on: the passphrase of
    // encrypted saved work, what to do with expired cases, or why
    // forgetting failed.
    let asking = Memo::new(move |_| {
        ws.seal.get() == SealState::Locked || ws.expired.with(|e| !e.is_empty()) || ws.problem.with(Option::is_some)
    });
    // Open while there is nothing else to show (and after a file failed to
    // open, to try another) or this computer asks something; folded when a
    // file starts to load, including one chosen from the open menu. Only a
    // change moves it, so a menu the user opened stays open while they look.
    Effect::new(move |_| {
        // The state is read, not only tracked: a memo never read is never
        // computed, and so never changes.
        let open = idle() || asking.get();
        if let Some(menu) = menu.get() {
            menu.set_open(open);
        }
    });
    view! {
        <details class="start" class:folded=move || !idle() data-testid="start" node_ref=menu>
            <summary>{t(msg!("start-summary"))}</summary>
            <div class="start-body">
                <p class="privacy">{t(msg!("app-privacy"))}</p>
                <FileOpener/>
                <CaseLibrary/>
                <WorkstationControls/>
            </div>
        </details>
    }
}
