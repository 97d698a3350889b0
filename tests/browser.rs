//! wasm-bindgen tests in headless Chromium: the engine and the page/worker
//! protocol as they run in the browser (wasm32, the browser's own Blob and
//! structured values), without the UI.

use tolk::components::{visible_window, Window, MAX_TABLE_PX};
use tolk::protocol::{decode, encode, Request, Response};
use tolk_core::Loaded;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const BYSTRO: &[u8] = include_bytes!("data/vep/bystro-trio.trim.vep.vcf.gz");

#[wasm_bindgen_test]
fn the_engine_reads_bgzf_in_wasm_with_the_same_counts_as_bcftools() {
    let loaded = Loaded::from_bytes(BYSTRO).unwrap();
    let summary = loaded.summary();
    assert_eq!(summary.records, 146);
    assert_eq!(summary.samples.len(), 3);
}

#[wasm_bindgen_test]
fn an_open_request_carries_its_blob_through_post_message_encoding() {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(&b"##fileformat=VCFv4.2\n"[..]));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).unwrap();
    let mut frequency = tolk_core::annotation::FrequencySettings::default();
    frequency.overrides.insert("CSQ/MAX_AF".into(), false);
    let request = Request::Open { load: 7, frequency };
    let message = encode(&request, Some(blob.as_ref())).unwrap();
    let (back, blob_back) = decode::<Request>(message).unwrap();
    assert_eq!(back, request);
    assert_eq!(blob_back.dyn_into::<web_sys::Blob>().ok().map(|b| b.size()), Some(21.0));
}

#[wasm_bindgen_test]
fn a_part_and_its_parse_cross_between_workers_as_bytes() {
    use tolk::protocol::{from_bytes, to_bytes, PartRequest};
    use tolk_core::parts::{parse_part, Part, PartContext};
    let mut loader = tolk_core::Loader::in_parts(Default::default(), 4096);
    loader.push(BYSTRO).unwrap();
    loader.end_input().unwrap();
    let parts = loader.take_parts();
    let context: PartContext = loader.part_context().unwrap();
    let bytes = to_bytes(&parts[1]).unwrap();
    let message = encode(&PartRequest::Part { load: 2 }, Some(bytes.as_ref())).unwrap();
    let (_, attachment) = decode::<PartRequest>(message).unwrap();
    let part: Part = from_bytes(attachment).unwrap();
    assert_eq!(part, parts[1]);
    let parsed = parse_part(&context, &part).unwrap();
    let store: tolk_core::VariantStore = from_bytes(to_bytes(&parsed.store).unwrap().into()).unwrap();
    let all = tolk_core::annotation::TranscriptPolicy::All;
    assert_eq!(store.rows(0, usize::MAX, all), parsed.store.rows(0, usize::MAX, all));
    assert!(!store.is_empty());
}

#[wasm_bindgen_test]
fn responses_with_rows_and_summaries_round_trip() {
    let loaded = Loaded::from_bytes(BYSTRO).unwrap();
    let all = tolk_core::annotation::TranscriptPolicy::All;
    // Rows with and without what the grid adds (calls, HGVS, a rank score).
    let mut rows = loaded.store.rows(0, 5, all);
    let family = tolk_core::family::Family::singleton(0, tolk_core::family::Sex::Female);
    rows[1].calls = tolk_core::inheritance::Judge::new(&loaded.store, &family).relatives(rows[1].index as usize);
    rows[1].hgvsc = Some("NM_000000.1:c.1A>G".into());
    rows[1].hgvsp = Some("NP_000000.1:p.Met1?".into());
    rows[1].scores.rank_score = Some(-3.0);
    rows[2].known = tolk_core::knowledge::Known {
        clinvar: Some("Likely pathogenic".into()),
        clinvar_stars: Some(2),
        lab_class: Some(tolk_core::acmg::Class::LikelyPathogenic),
        lab_cases: Some(0),
        loeuf: Some(0.25),
    };
    assert!(!rows[1].calls.is_empty());
    let responses = [
        Response::Rows { load: 3, view: 2, start: 0, policy: all, rows },
        Response::Hgvs {
            load: 3,
            view: 2,
            start: 0,
            policy: all,
            hgvs: vec![(None, None), (Some("c.1A>G".into()), None)],
        },
        Response::Loaded {
            load: 3,
            summary: loaded.summary(),
            warnings: loaded.diagnostics.kept().to_vec(),
            wasm_memory_bytes: 1 << 30,
        },
        Response::Progress { load: 3, bytes_read: 1 << 40, total_bytes: 1 << 41, records: 9 },
        Response::LabDbFile { format: tolk::protocol::LabExportFormat::Vcf, bytes: b"##fileformat=VCFv4.2\n".to_vec() },
        Response::Reanalysed {
            load: 3,
            changes: vec![tolk_core::knowledge::reanalysis::Change::PanelGene {
                panel: "Epilepsy".into(),
                gene: "SCN1A".into(),
                added: false,
                was_version: Some("1.0".into()),
                now_version: None,
            }],
        },
    ];
    for response in responses {
        let (back, attachment) = decode::<Response>(encode(&response, None).unwrap()).unwrap();
        assert_eq!(back, response);
        assert!(attachment.is_undefined());
    }
}

/// A selected variant crosses to the page with the facts its suggestions
/// are made from, and the page's suggestions equal the engine's.
#[wasm_bindgen_test]
fn a_selected_variant_and_its_facts_round_trip() {
    use tolk_core::acmg::{suggest, Answers, Facts, Thresholds};
    use tolk_core::session::VariantFacts;
    use tolk_core::vcf::detail::{decode_record, DecodeContext};
    // The demo's de novo SCN1A missense (row 1): PM2 and PP3 from the file.
    let text = include_str!("../public/demo/tolk-demo-trio.vcf");
    let loaded = Loaded::from_bytes(text.as_bytes()).unwrap();
    let policy = tolk_core::annotation::TranscriptPolicy::All;
    let row = loaded.store.row(1, policy);
    let at = loaded.store.location(1);
    let record =
        decode_record(&text[at.text_offset as usize..][..at.text_len as usize], &DecodeContext::new(&loaded)).unwrap();
    let alt = record.alts[0].clone();
    let facts = Facts::gather(&loaded, None, 1, policy);
    let snapshot = VariantFacts::new(&row, &loaded.store.calls(1), &alt, &facts, &loaded.header.samples);
    let expected = suggest(&alt, &facts, &Thresholds::default(), &Answers::default());
    assert_eq!(expected.items.len(), 2, "{expected:?}");
    let mark = tolk_core::chart::MarkRef::new(&loaded.store, 1);
    let transcript = alt.worst_under(policy).and_then(|t| t.feature.clone());
    let lollipop = tolk_core::chart::lollipop("SCN1A", transcript.as_deref(), &[(mark, true, alt.transcripts.clone())]);
    assert_eq!(lollipop.sticks.len(), 1);
    // What the lab's knowledge says of it: ClinVar now, another case of the
    // lab that classified it, the gene's constraint and GenCC validity.
    let mut knowledge = tolk_core::knowledge::KnowledgeSet::default();
    let wanted = tolk_core::knowledge::KnowledgeSet::wanted(&loaded.store);
    for (name, text) in [
        ("clinvar.vcf", include_str!("data/knowledge/clinvar-demo-2025.vcf")),
        ("constraint.tsv", include_str!("data/knowledge/constraint-v4.1.tsv")),
        ("gencc.tsv", include_str!("data/knowledge/gencc-submissions.tsv")),
    ] {
        knowledge.add(name, text.as_bytes(), &wanted).unwrap();
    }
    let mut earlier = tolk_core::session::Session::from_json(include_str!("data/note/demo.session.json")).unwrap();
    earlier.file.sha256 = "a".repeat(64);
    let mut db = tolk_core::labdb::LabDb::new();
    db.add_case(tolk_core::labdb::CaseInput::from_session_and_store(&earlier, &loaded.store).unwrap(), "2025-01-10")
        .unwrap();
    knowledge.set_labdb("lab.json", db);
    let known = knowledge.about(tolk_core::knowledge::SiteKey::of_key(&row.key()).as_ref(), row.gene.as_deref());
    assert!(known.clinvar.is_some() && known.lab.is_some() && known.constraint.is_some() && !known.gencc.is_empty());
    let response = Response::Record {
        load: 2,
        row: 1,
        detail: Ok(Box::new(tolk::protocol::Selected {
            record,
            facts,
            snapshot,
            lollipop: tolk::protocol::GeneChart::Ready(lollipop),
            known: Box::new(known),
            // A CNV's facts cross the worker boundary too.
            cnv: Some(tolk_core::cnv::CnvFacts {
                genes: vec!["RAI1".into(), "SREBF1".into()],
                hi_contained: vec!["RAI1".into()],
                population_af: Some(0.0001),
                size: Some(3_600_000),
                ..tolk_core::cnv::CnvFacts::default()
            }),
        })),
    };
    let (back, _) = decode::<Response>(encode(&response, None).unwrap()).unwrap();
    assert_eq!(back, response);
    let Response::Record { detail: Ok(selected), .. } = back else { unreachable!() };
    assert_eq!(
        suggest(&selected.record.alts[0], &selected.facts, &Thresholds::default(), &Answers::default()),
        expected
    );
}

#[wasm_bindgen_test]
fn a_query_with_panels_and_a_family_reaches_the_worker_intact_and_applies_in_wasm() {
    use tolk_core::family::{Family, Sex};
    use tolk_core::filter::Preset;
    use tolk_core::inheritance::Mode;
    use tolk_core::panel::{Confidence, Panel};
    let panels = Panel::parse("list.txt", "BRCA1\nSCN1A, TTN\n").unwrap();
    let query = tolk_core::Query {
        panels,
        min_confidence: Some(Confidence::Green),
        filters: Preset::RareDisease.filters(),
        family: Some(Family::singleton(0, Sex::Female)),
        mode: Mode::DeNovo,
        ..tolk_core::Query::default()
    };
    let request = Request::Apply { load: 1, view: 9, query: Box::new(query.clone()) };
    let (back, _) = decode::<Request>(encode(&request, None).unwrap()).unwrap();
    assert_eq!(back, request);

    let loaded = Loaded::from_bytes(BYSTRO).unwrap();
    let view = tolk_core::apply(&loaded.store, &tolk_core::Query { family: None, mode: Mode::Any, ..query });
    assert_eq!(view.funnel[0].remaining, loaded.store.len() as u32);
    assert!(view.funnel.windows(2).all(|w| w[1].remaining <= w[0].remaining), "a funnel only narrows");
    let charts = tolk_core::chart::charts(&loaded.store, &view, query.policy, &loaded.header.samples, None);
    assert_eq!(charts.consequences.iter().map(|b| b.count).sum::<u32>(), view.rows.len() as u32);
    let summary = tolk::protocol::ViewSummary {
        view: 9,
        count: view.rows.len() as u32,
        funnel: view.funnel,
        charts,
        ..Default::default()
    };
    let response = Response::Applied { load: 1, summary: Box::new(summary) };
    let (back, _) = decode::<Response>(encode(&response, None).unwrap()).unwrap();
    assert_eq!(back, response);
}

/// On wasm, plotters measures text through the page's DOM (natively it
/// estimates): the charts must draw on the page as they do in native tests.
#[wasm_bindgen_test]
fn charts_draw_in_the_page() {
    let loaded = Loaded::from_bytes(BYSTRO).unwrap();
    let view = tolk_core::apply(&loaded.store, &tolk_core::Query::default());
    let policy = tolk_core::annotation::TranscriptPolicy::All;
    let charts = tolk_core::chart::charts(&loaded.store, &view, policy, &loaded.header.samples, None);
    for (_, _, chart) in tolk_charts::view_charts(&charts, &view.funnel, tolk_core::i18n::Lang::En) {
        let chart = chart.unwrap();
        assert!(chart.svg.starts_with("<svg role=\"img\"") && chart.svg.contains("<text"), "{}", &chart.svg[..200]);
    }
    assert_eq!(tolk_charts::genome(&charts.genome, tolk_core::i18n::Lang::En).unwrap().marks.len(), view.rows.len());
}

#[wasm_bindgen_test]
fn a_message_that_is_not_ours_is_an_error_not_a_panic() {
    assert!(decode::<Request>(wasm_bindgen::JsValue::from_str("hello")).is_err());
    let wrong = js_sys::Array::of1(&wasm_bindgen::JsValue::from_f64(1.0));
    assert!(decode::<Request>(wrong.into()).is_err());
}

#[wasm_bindgen_test]
fn the_table_window_covers_the_viewport_plus_overscan() {
    // 32 px rows, 640 px viewport, scrolled to row 1000 of 100,000.
    // 21 rows can show (20 and a partial one), plus 12 rows of overscan each side.
    let w = visible_window(32_000.0, 640.0, 32.0, 100_000);
    assert_eq!((w.first, w.last), (988, 1033));
    assert_eq!(w.above_px, 988.0 * 32.0);
    assert_eq!(w.above_px + 45.0 * 32.0 + w.below_px, 100_000.0 * 32.0, "the table keeps its full height");
    // Clipped at both ends.
    let w = visible_window(0.0, 640.0, 32.0, 5);
    assert_eq!((w.first, w.last, w.below_px), (0, 5, 0.0));
    let w = visible_window(1e9, 640.0, 32.0, 100);
    assert_eq!((w.first, w.last), (100, 100));
    assert_eq!(visible_window(0.0, 640.0, 32.0, 0).last, 0);
}

#[wasm_bindgen_test]
fn a_genome_sized_table_scales_its_scrollbar_and_reaches_every_row() {
    let total = 5_000_000;
    let (viewport, row) = (640.0, 36.0);
    let scrollable = MAX_TABLE_PX - viewport;
    let height = |w: Window| w.above_px + f64::from(w.last - w.first) * row + w.below_px;
    let top = visible_window(0.0, viewport, row, total);
    assert_eq!(top.first, 0);
    let bottom = visible_window(scrollable, viewport, row, total);
    assert_eq!(bottom.last, total, "the last row is reachable");
    let middle = visible_window(scrollable / 2.0, viewport, row, total);
    assert!((2_400_000..2_600_000).contains(&middle.first), "{}", middle.first);
    for w in [top, middle] {
        assert!((height(w) - MAX_TABLE_PX).abs() < 1.0, "the page height stays within what browsers lay out");
    }
    assert!(height(bottom) < MAX_TABLE_PX + 2.0 * row);
    // The rows drawn cover the viewport wherever it is.
    let w = middle;
    assert!(
        w.above_px <= scrollable / 2.0 && w.above_px + f64::from(w.last - w.first) * row >= scrollable / 2.0 + viewport
    );
}

/// Waits `ms` milliseconds on the browser's clock.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Polls `done` every 20 ms for up to 5 s.
async fn eventually(done: impl Fn() -> bool) -> bool {
    for _ in 0..250 {
        if done() {
            return true;
        }
        sleep(20).await;
    }
    done()
}

/// A protocol for workers written in the test: text both ways, opened by
/// the reply "started".
enum Echo {}

impl tolk::protocol::Protocol for Echo {
    type Request = String;
    type Reply = String;
    const NAME: &'static str = "test worker";
    fn started() -> String {
        "started".into()
    }
    fn is_started(reply: &String) -> bool {
        reply == "started"
    }
}

/// A worker running `script`, and what its line hears: replies and crashes.
struct TestWorker {
    line: tolk::channel::Line<Echo>,
    replies: std::rc::Rc<std::cell::RefCell<Vec<String>>>,
    crashes: std::rc::Rc<std::cell::RefCell<Vec<String>>>,
}

impl TestWorker {
    fn start(script: &str) -> TestWorker {
        let parts = js_sys::Array::of1(&script.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("text/javascript");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).unwrap();
        let url = web_sys::Url::create_object_url_with_blob(&blob).unwrap();
        let line = tolk::channel::Line::<Echo>::new(&url);
        let worker = TestWorker { line, replies: Default::default(), crashes: Default::default() };
        let (r, c) = (worker.replies.clone(), worker.crashes.clone());
        worker
            .line
            .connect(
                move |reply, _| r.borrow_mut().push(reply),
                move |why: tolk_core::phrase::Phrase| c.borrow_mut().push(why.render(tolk_core::i18n::Lang::En)),
            )
            .unwrap();
        worker
    }

    fn send(&self, text: &str) {
        self.line.send(&text.to_owned(), tolk::channel::Attachment::Nothing).unwrap();
    }
}

#[wasm_bindgen_test]
async fn messages_sent_before_a_worker_listens_wait_for_its_start_and_keep_their_order() {
    // Listens only after a while, as a worker whose wasm is still
    // compiling: a message dispatched before then would be lost.
    let worker = TestWorker::start(
        r#"setTimeout(() => {
            onmessage = (e) => postMessage(["echo " + e.data[0], undefined]);
            postMessage(["started", undefined]);
        }, 200);"#,
    );
    worker.send("one");
    worker.send("two");
    assert!(eventually(|| worker.replies.borrow().len() == 2).await, "both delivered: {:?}", worker.replies.borrow());
    assert_eq!(*worker.replies.borrow(), ["echo one", "echo two"], "in order; the handshake is the line's");
    worker.send("three");
    assert!(eventually(|| worker.replies.borrow().len() == 3).await, "once started, sent at once");
}

#[wasm_bindgen_test]
async fn a_worker_that_dies_is_reported_and_replaced_by_a_fresh_one() {
    // Says it has started, and dies at the first message, as a worker whose
    // wasm traps (a panic, or memory the browser will not give) does.
    let worker =
        TestWorker::start(r#"postMessage(["started", undefined]); onmessage = () => { throw new Error("boom"); };"#);
    worker.send("work");
    assert!(eventually(|| worker.crashes.borrow().len() == 1).await, "its death is heard");
    assert!(worker.crashes.borrow()[0].contains("boom"), "with the browser's reason: {:?}", worker.crashes.borrow());
    assert!(worker.line.is_running(), "a fresh worker is started in its place");
    // Sent whether or not the fresh worker has said it started: delivered
    // once it has, and that worker dies of it in turn.
    worker.send("more work");
    assert!(eventually(|| worker.crashes.borrow().len() == 2).await, "the fresh worker got the message");
    assert!(worker.replies.borrow().is_empty(), "no handshake reaches the owner");
}

#[wasm_bindgen_test]
async fn a_worker_that_never_starts_is_reported_once_not_restarted_in_a_loop() {
    let worker = TestWorker::start(r#"throw new Error("no wasm here");"#);
    assert!(eventually(|| worker.crashes.borrow().len() == 1).await, "its failure is heard");
    sleep(300).await;
    assert_eq!(worker.crashes.borrow().len(), 1, "and not again: {:?}", worker.crashes.borrow());
    assert!(!worker.line.is_running());
    let refused = worker.line.send(&"work".to_owned(), tolk::channel::Attachment::Nothing);
    assert!(refused.is_err(), "a message for it is refused, not queued for ever");
}

/// This origin's WebCrypto, as a reader of signatures has it.
fn subtle() -> web_sys::SubtleCrypto {
    web_sys::window().unwrap().crypto().unwrap().subtle()
}

/// A WebCrypto algorithm written as JSON.
fn algorithm(json: &str) -> js_sys::Object {
    js_sys::JSON::parse(json).unwrap().unchecked_into()
}

/// Whether `signature` is `public`'s (raw, as `MyKey` gives it) over `message`.
async fn verifies(public: &[u8], signature: &[u8], message: &[u8]) -> bool {
    use wasm_bindgen_futures::JsFuture;
    let curve = algorithm(r#"{"name": "ECDSA", "namedCurve": "P-256"}"#);
    let usages = js_sys::Array::of1(&"verify".into());
    let key = subtle().import_key_with_object("raw", &js_sys::Uint8Array::from(public), &curve, true, &usages).unwrap();
    let key: web_sys::CryptoKey = JsFuture::from(key).await.unwrap().unchecked_into();
    let params = algorithm(r#"{"name": "ECDSA", "hash": "SHA-256"}"#);
    let done = subtle().verify_with_object_and_u8_array_and_u8_array(&params, &key, signature, message).unwrap();
    JsFuture::from(done).await.unwrap().as_bool().unwrap()
}

#[wasm_bindgen_test]
async fn a_signing_key_is_kept_with_its_public_half_and_its_id() {
    use base64::Engine as _;
    use sha2::Digest as _;
    use tolk::signing::{create, mine};
    let made = create("Kari Nordmann", "2026-03-01T09:30:00Z").await.unwrap();
    assert_eq!(mine().await.unwrap(), Some(made.clone()));
    assert_eq!((made.name.as_str(), made.created.as_str()), ("Kari Nordmann", "2026-03-01T09:30:00Z"));
    let raw = base64::engine::general_purpose::STANDARD.decode(&made.public_key).unwrap();
    assert_eq!((raw.len(), raw[0]), (65, 0x04), "an uncompressed P-256 point");
    assert_eq!(made.key.len(), 16);
    assert!(made.key.chars().all(|c| matches!(c, '0'..='9' | 'a'..='f')), "{}", made.key);
    let digest = sha2::Sha256::digest(&raw);
    assert_eq!(made.key, digest[..8].iter().map(|b| format!("{b:02x}")).collect::<String>());
    // A new key replaces it.
    let again = create("Kari Nordmann", "2026-03-02T09:30:00Z").await.unwrap();
    assert_ne!(again.key, made.key);
    assert_eq!(mine().await.unwrap(), Some(again));
}

#[wasm_bindgen_test]
async fn a_signature_is_checked_by_the_public_half_alone() {
    use base64::Engine as _;
    let made = tolk::signing::create("Kari Nordmann", "2026-03-01T09:30:00Z").await.unwrap();
    let public = base64::engine::general_purpose::STANDARD.decode(&made.public_key).unwrap();
    let signature = tolk::signing::sign(b"class 4, PS2 PM2").await.unwrap();
    assert_eq!(signature.len(), 64, "r || s, as WebCrypto gives them");
    assert!(verifies(&public, &signature, b"class 4, PS2 PM2").await);
    assert!(!verifies(&public, &signature, b"class 5, PS2 PM2").await, "not over other words");
}

#[wasm_bindgen_test]
async fn the_private_half_kept_cannot_be_read_out() {
    use rexie::{Rexie, TransactionMode};
    tolk::signing::create("Kari Nordmann", "2026-03-01T09:30:00Z").await.unwrap();
    // As any script of this origin finds it in IndexedDB.
    let db = Rexie::builder("tolk").build().await.unwrap();
    let record = {
        let tx = db.transaction(&["keys"], TransactionMode::ReadOnly).unwrap();
        tx.store("keys").unwrap().get("mine".into()).await.unwrap().unwrap()
    };
    db.close();
    let private: web_sys::CryptoKey = js_sys::Reflect::get(&record, &"private".into()).unwrap().dyn_into().unwrap();
    assert_eq!((private.type_().as_str(), private.extractable()), ("private", false));
    let export = subtle().export_key("pkcs8", &private).unwrap();
    assert!(wasm_bindgen_futures::JsFuture::from(export).await.is_err(), "exporting the private half is refused");
}

#[wasm_bindgen_test]
async fn a_forgotten_key_signs_nothing() {
    use tolk::signing::{create, forget, mine, sign};
    create("Kari Nordmann", "2026-03-01T09:30:00Z").await.unwrap();
    forget().await.unwrap();
    assert_eq!(mine().await.unwrap(), None);
    let refused = sign(b"class 4").await.unwrap_err();
    assert_eq!(refused, tolk_core::phrase::Phrase::new(tolk_core::msg!("signing-no-key")));
}

#[wasm_bindgen_test]
async fn forgetting_everything_on_the_computer_forgets_the_key() {
    tolk::signing::create("Kari Nordmann", "2026-03-01T09:30:00Z").await.unwrap();
    tolk::storage::forget_all().await.unwrap();
    assert_eq!(tolk::signing::mine().await.unwrap(), None);
}

#[wasm_bindgen_test]
async fn a_database_of_the_version_before_keeps_its_work_as_it_gains_the_keys_store() {
    use rexie::{ObjectStore, Rexie, TransactionMode};
    tolk::storage::forget_all().await.unwrap();
    let before = Rexie::builder("tolk")
        .version(2)
        .add_object_store(ObjectStore::new("sessions"))
        .add_object_store(ObjectStore::new("knowledge"))
        .build()
        .await
        .unwrap();
    let tx = before.transaction(&["sessions"], TransactionMode::ReadWrite).unwrap();
    tx.store("sessions").unwrap().put(&r#"{"work": 1}"#.into(), Some(&"abc:case.vcf".into())).await.unwrap();
    tx.done().await.unwrap();
    before.close();
    assert_eq!(tolk::storage::load("abc:case.vcf").await.unwrap().as_deref(), Some(r#"{"work": 1}"#));
    let made = tolk::signing::create("Kari Nordmann", "2026-03-01T09:30:00Z").await.unwrap();
    assert_eq!(tolk::signing::mine().await.unwrap(), Some(made));
}

#[wasm_bindgen_test]
fn a_workers_request_list_is_told_apart_from_the_protocol_and_lands_in_the_pages_log() {
    use leptos::prelude::GetUntracked;
    use tolk::requests::{received, Fetched, RequestLog};
    let log = RequestLog::start();
    // The page's own first request, from before any of its code ran.
    let first = log.entries.get_untracked();
    assert!(first.iter().any(|f| f.from == "page" && f.kind == "navigation"), "{first:?}");

    let fetched = Fetched {
        url: "http://127.0.0.1/worker_bg.wasm".into(),
        kind: "other".into(),
        from: "engine".into(),
        bytes: 12,
        blocked: false,
    };
    let envelope = js_sys::Object::new();
    let list = serde_wasm_bindgen::to_value(&vec![fetched.clone()]).unwrap();
    js_sys::Reflect::set(&envelope, &"tolkRequests".into(), &list).unwrap();
    assert!(received(&envelope));
    assert_eq!(log.entries.get_untracked().last(), Some(&fetched));

    // The protocol's own messages (arrays), and anything else, are not taken.
    let before = log.entries.get_untracked().len();
    assert!(!received(&js_sys::Array::of1(&list).into()));
    let other = js_sys::Object::new();
    js_sys::Reflect::set(&other, &"something".into(), &list).unwrap();
    assert!(!received(&other));
    assert!(!received(&wasm_bindgen::JsValue::from_str("tolkRequests")));
    assert_eq!(log.entries.get_untracked().len(), before);
}
