//! A button that opens the browser's file chooser: a styled `<label>` for
//! a visually hidden `<input type="file">`, so it works from the keyboard
//! and with screen readers as the native control does.

use leptos::prelude::*;
use web_sys::{File, HtmlInputElement};

#[component]
pub fn FileButton(
    /// The input's id (the label points at it).
    id: &'static str,
    /// `data-testid` of the input.
    testid: &'static str,
    #[prop(into)] label: TextProp,
    accept: &'static str,
    #[prop(optional)] multiple: bool,
    #[prop(optional)] primary: bool,
    /// Called with the chosen files.
    on_files: Callback<Vec<File>>,
) -> impl IntoView {
    let on_change = move |event: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&event);
        // A FileList is live: take the files out before clearing the input
        // (cleared so that choosing the same file again is seen as a change).
        let files: Vec<File> =
            input.files().map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect()).unwrap_or_default();
        input.set_value("");
        if !files.is_empty() {
            on_files.run(files);
        }
    };
    view! {
        <label class="button" class:primary=primary for=id>{move || label.get()}</label>
        <input
            id=id
            class="visually-hidden"
            type="file"
            multiple=multiple
            accept=accept
            data-testid=testid
            on:change=on_change
        />
    }
}
