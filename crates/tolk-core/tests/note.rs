//! The interpretation note: golden files of each format for the demo
//! case's session (tests/data/note, made in the app by
//! tests/e2e/note.spec.mjs), hostile text in every field, older session
//! files, and the reference build read from real headers.
//!
//! After an intended change to a renderer, rewrite the golden files with
//! `TOLK_UPDATE_GOLDEN=1 cargo test -p tolk-cli --test cli note` (the HTML,
//! figures and all) and `TOLK_UPDATE_GOLDEN=1 cargo test -p tolk-core
//! --test note` (the others), and review the diff.

use std::path::{Path, PathBuf};
use tolk_core::acmg::Class;
use tolk_core::acmg::{Code, Strength};
use tolk_core::family::{Affection, Sex};
use tolk_core::i18n::Lang;
use tolk_core::inheritance::Role;
use tolk_core::note::{Figures, Format, Note};
use tolk_core::session::{
    CriterionWork, FileIdentity, MeetingDecision, NoteText, Override, Report, SampleRole, Session, Stamp, VariantFacts,
    VariantWork,
};
use tolk_core::vcf::assembly::Build;
use tolk_core::vcf::genotype::Zygosity;
use tolk_core::Loaded;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(path)
}

fn read(path: &str) -> String {
    std::fs::read_to_string(repo(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn demo_note() -> Note {
    demo_note_in(Lang::En)
}

fn demo_note_in(lang: Lang) -> Note {
    Note::from_session(&Session::from_json(&read("tests/data/note/demo.session.json")).unwrap(), lang)
}

#[test]
fn the_demo_note_in_norwegian_matches_its_golden_file() {
    let note = demo_note_in(Lang::Nb);
    let name = "tests/data/note/demo.note.nb.md";
    let rendered = Format::Markdown.render(&note, &Figures::default());
    if std::env::var_os("TOLK_UPDATE_GOLDEN").is_some() {
        std::fs::write(repo(name), &rendered).unwrap();
    }
    assert_eq!(rendered, read(name), "{name} differs; see this file's doc comment to update it");
    // What the analyst wrote stays as written; the note's own words change.
    let english = Format::Markdown.render(&demo_note(), &Figures::default());
    assert!(rendered.contains("## Konklusjon") && english.contains("## Conclusion"));
    assert!(rendered.contains("| **Analytiker** | Kari Nordmann |"));
}

#[test]
fn each_format_of_the_demo_note_matches_its_golden_file() {
    let note = demo_note();
    let update = std::env::var_os("TOLK_UPDATE_GOLDEN").is_some();
    for format in [Format::Json, Format::Markdown, Format::Fhir] {
        let name = format!("tests/data/note/demo.note.{}", format.extension());
        let name = name.replace("demo.note.fhir.json", "demo.fhir.json");
        let rendered = format.render(&note, &Figures::default());
        if update {
            std::fs::write(repo(&name), &rendered).unwrap();
        }
        assert_eq!(rendered, read(&name), "{name} differs; see this file's doc comment to update it");
    }
    // The HTML golden has the figures tolk-charts draws (the CLI's test
    // writes and checks it); without them it is the same page.
    let golden = read("tests/data/note/demo.note.html");
    assert!(golden.contains("<figure>"), "the example note shows its figures");
    let mut without = String::new();
    let mut rest = golden.as_str();
    while let Some(start) = rest.find("<figure>\n") {
        without.push_str(&rest[..start]);
        let end = rest[start..].find("</figure>\n").expect("a figure ends") + start + "</figure>\n".len();
        rest = &rest[end..];
    }
    without.push_str(rest);
    assert_eq!(Format::Html.render(&note, &Figures::default()), without);
}

#[test]
fn the_demo_note_holds_what_the_analyst_decided() {
    let note = demo_note();
    assert!(note.incomplete.is_empty(), "{:?}", note.incomplete);
    assert_eq!(note.patient.identifier, "Pseudonym P-0042");
    assert_eq!(note.patient.sample.as_deref(), Some("PROBAND"));
    assert_eq!(note.test.build, Some(Build::GRCh38));
    assert_eq!(note.test.panels[0].genes, 11);
    let genes: Vec<_> = note.findings.iter().map(|v| v.gene.as_deref().unwrap()).collect();
    assert_eq!(genes, ["SCN1A", "DEPDC5"], "genome order: chr2 before chr22");
    let scn1a = &note.findings[0];
    // PS2 from the SVI de novo points (confirmed parentage, a highly
    // specific phenotype), PM2_Supporting and PP3_Strong: 9, likely
    // pathogenic. The report says which transcript, condition and
    // confirmation.
    assert_eq!((scn1a.points, scn1a.class.id()), (9, "likely_pathogenic"));
    assert_eq!(scn1a.refseq_transcript.as_deref(), Some("NM_001165963.4"));
    assert_eq!(scn1a.hgvsc.as_deref(), Some("NM_001165963.4:c.4547G>A"));
    assert_eq!(scn1a.hgvsp.as_deref(), Some("p.(Arg1516Gln)"));
    assert_eq!(scn1a.condition, "Dravet syndrome (OMIM 607208)");
    assert_eq!(scn1a.disorder_inheritance, Some(tolk_core::acmg::DisorderInheritance::Dominant));
    assert_eq!(scn1a.confirmation, Some(tolk_core::session::Confirmation::Pending));
    assert!(scn1a.unexplained_strengths.is_empty());
    assert!(!note.test.limitations.is_empty());
    assert_eq!(scn1a.hgvsg.as_deref(), Some("NC_000002.12:g.166003512C>T"));
    assert_eq!(scn1a.zygosity, Some(Zygosity::Het));
    let ps2 = scn1a.criteria.iter().find(|c| c.code == "PS2").unwrap();
    assert_eq!(ps2.applied_as, "PS2");
    assert_eq!(ps2.suggestion.as_deref(), Some("suggested at strong; accepted"));
    assert!(ps2.evidence.iter().any(|e| e.contains("parentage confirmed")), "{:?}", ps2.evidence);
    assert_eq!(note.vus.len(), 1);
    assert_eq!(note.vus[0].class.id(), "uncertain_significance");
}

#[test]
fn the_engine_s_words_in_a_session_are_worded_in_the_note_s_language() {
    let nb = Format::Markdown.render(&demo_note_in(Lang::Nb), &Figures::default());
    for english in ["population AF", "proband carries it", "In the file", "FILTER is PASS", "context, not calibrated"] {
        assert!(!nb.contains(english), "{english:?} in the Norwegian note");
    }
    assert!(nb.contains("populasjonsfrekvens i gnomADe_AF") && nb.contains("I filen"), "{nb}");
}

#[test]
fn a_session_of_format_2_keeps_its_finished_english_evidence_in_either_language() {
    // Written by Tolk before the engine's words were phrases (schema 2):
    // its evidence and funnel labels are finished English strings.
    let text = read("tests/data/note/demo.session.v2.json");
    assert!(text.contains("\"schema_version\": 2"));
    let v2 = Session::from_json(&text).unwrap();
    assert_eq!(v2.schema_version, tolk_core::session::SCHEMA_VERSION, "saved again in today's format");
    for lang in Lang::ALL {
        let note = Note::from_session(&v2, lang);
        let pm2 = note.findings[0].criteria.iter().find(|c| c.code == "PM2").unwrap();
        assert_eq!(pm2.evidence, ["population AF (highest of MAX_AF, gnomADe_AF) = absent (absent)"]);
        assert_eq!(note.test.filters[0].label, "In the file");
    }
}

/// Text that would be markup, script, a formula or a line break in some
/// format, in every field a person or a file can fill.
const HOSTILE: &str = "<script>alert(1)</script><img src=x onerror=alert(2)> \"q\" 'a' & [l](javascript:x) | =HYPERLINK(\"http://e\") *b* _i_ `c` #h\n- list\r\n\u{7}\u{1b}[31m \u{202e}evil";

fn hostile_session() -> Session {
    let file = FileIdentity { name: format!("{HOSTILE}.vcf"), size: 1, sha256: "ab".repeat(32) };
    let mut session = Session::new(file, "0.1.0", "2026-11-23T10:00:00.000Z");
    session.analyst = HOSTILE.into();
    session.note = NoteText {
        patient: HOSTILE.into(),
        referral: HOSTILE.into(),
        phenotype: HOSTILE.into(),
        conclusion: HOSTILE.into(),
        limitations: HOSTILE.into(),
    };
    session.context.samples = vec![HOSTILE.into()];
    let facts = VariantFacts {
        chrom: "chr1".into(),
        pos: 100,
        reference: "A".into(),
        alt: "G".into(),
        gene: Some(HOSTILE.into()),
        hgnc_id: Some(HOSTILE.into()),
        transcript: Some(HOSTILE.into()),
        hgvsc: Some(HOSTILE.into()),
        hgvsp: Some(HOSTILE.into()),
        consequence: Some(HOSTILE.into()),
        zygosity: vec![(HOSTILE.into(), Zygosity::Het)],
        clinvar: vec![HOSTILE.into()],
        refseq: Some(HOSTILE.into()),
        ..VariantFacts::default()
    };
    let mut work = VariantWork::new(facts);
    let stamp = Stamp { by: HOSTILE, at: HOSTILE };
    work.set_criterion(
        CriterionWork { code: Code::Ps3, applied: true, strength: Strength::Strong, comment: HOSTILE.into() },
        stamp,
    );
    work.comment = HOSTILE.into();
    work.condition = HOSTILE.into();
    work.override_class = Some(Override { class: tolk_core::acmg::Class::LikelyPathogenic, reason: HOSTILE.into() });
    work.report = Some(Report::Report);
    work.meeting = Some(MeetingDecision::new(Some(Class::Pathogenic), HOSTILE, [HOSTILE], HOSTILE));
    session.put(work, "2026-11-23T10:00:00.000Z");
    session.context.roles = vec![SampleRole {
        sample: HOSTILE.into(),
        role: Role::Proband,
        sex: Sex::Unknown,
        affected: Affection::Affected,
    }];
    session
}

#[test]
fn hostile_text_is_inert_in_every_format() {
    let note = Note::from_session(&hostile_session(), Lang::En);

    let html = Format::Html.render(&note, &Figures::default());
    assert!(!html.contains("<script") && !html.contains("<img"), "tags survived in HTML");
    assert!(!html.contains('\u{7}') && !html.contains('\u{1b}'), "control characters survived in HTML");
    assert!(!html.contains('\u{202e}') && html.contains("[U+202E]evil"), "a bidi override is named, not obeyed");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&quot;q&quot; &#39;a&#39; &amp;"));
    assert_eq!(html.matches("<script").count(), 0);
    assert!(html.contains("default-src 'none'"), "the page forbids scripts and fetches itself");

    let md = Format::Markdown.render(&note, &Figures::default());
    for (i, line) in md.lines().enumerate() {
        let bytes = line.as_bytes();
        for (j, &b) in bytes.iter().enumerate() {
            if matches!(b, b'<' | b'[' | b'`' | b'&') {
                assert!(j > 0 && bytes[j - 1] == b'\\', "unescaped {:?} on Markdown line {}: {line}", b as char, i + 1);
            }
        }
        assert!(!line.starts_with("- list"), "a hostile line became a list item: {line}");
        assert!(!line.contains('\u{7}') && !line.contains('\u{1b}') && !line.contains('\u{202e}'));
    }
    // Table rows keep their cell count: a `|` in a value cannot add a column.
    for line in md.lines().filter(|l| l.starts_with("| **")) {
        assert_eq!(line.replace("\\|", "").matches('|').count(), 3, "{line}");
    }

    // JSON and FHIR carry the text exactly, as JSON strings.
    let json: serde_json::Value = serde_json::from_str(&Format::Json.render(&note, &Figures::default())).unwrap();
    assert_eq!(json["conclusion"], HOSTILE);
    assert_eq!(json["findings"][0]["comment"], HOSTILE);
    assert_eq!(json["findings"][0]["meeting"]["present"][0], HOSTILE);
    assert_eq!(json["family"][0]["sample"], HOSTILE);
    let fhir: serde_json::Value = serde_json::from_str(&Format::Fhir.render(&note, &Figures::default())).unwrap();
    assert_eq!(fhir["entry"][0]["resource"]["conclusion"], HOSTILE);
    assert_eq!(fhir["entry"][0]["resource"]["subject"]["display"], HOSTILE);
}

/// The demo session with the team meeting's decisions: SCN1A agreed
/// pathogenic (the analyst's class is likely pathogenic), the KCNQ2 VUS
/// agreed as a VUS, and DEPDC5 taken out of the report, agreed likely
/// benign.
fn demo_after_the_meeting() -> Session {
    let mut session = Session::from_json(&read("tests/data/note/demo.session.json")).unwrap();
    let stamp = Stamp { by: "Kari Nordmann", at: "2026-11-25T15:00:00Z" };
    let present = MeetingDecision::names("Kari Nordmann, clinical geneticist\nOla Hansen, neurologist");
    for (key, class, action) in [
        ("chr2:166003512:C:T", Some(Class::Pathogenic), "Report"),
        ("chr20:63413452:G:A", Some(Class::UncertainSignificance), "Segregation in the aunt"),
        ("chr22:31808245:C:T", Some(Class::LikelyBenign), "Not reported"),
    ] {
        let mut work = session.variants[key].clone();
        work.set_meeting(Some(MeetingDecision::new(class, action, &present, "2026-11-25")), stamp);
        if key.starts_with("chr22") {
            work.report = Some(Report::NotReported);
        }
        session.put(work, stamp.at);
    }
    session
}

#[test]
fn the_team_meeting_s_decision_is_in_every_format_and_a_disagreement_is_said() {
    let session = demo_after_the_meeting();
    let note = Note::from_session(&session, Lang::En);
    let scn1a = &note.findings[0];
    let meeting = scn1a.meeting.as_ref().unwrap();
    assert_eq!(
        (scn1a.class, meeting.agreed_class, meeting.differs_from_class),
        (Class::LikelyPathogenic, Some(Class::Pathogenic), true)
    );
    assert_eq!(meeting.present, ["Kari Nordmann", "clinical geneticist", "Ola Hansen", "neurologist"]);
    assert!(!note.vus[0].meeting.as_ref().unwrap().differs_from_class, "the team agreed with the VUS");
    assert!(note.incomplete.is_empty(), "the decision itself leaves nothing missing: {:?}", note.incomplete);

    let json: serde_json::Value = serde_json::from_str(&Format::Json.render(&note, &Figures::default())).unwrap();
    let m = &json["findings"][0]["meeting"];
    assert_eq!((m["agreed_class"].as_str(), m["differs_from_class"].as_bool()), (Some("pathogenic"), Some(true)));
    assert_eq!((m["action"].as_str(), m["date"].as_str()), (Some("Report"), Some("2026-11-25")));
    assert_eq!(json["assessed"][0]["meeting"]["agreed_class"], "likely_benign");

    let line = "2026-11-25: agreed class Pathogenic; action: Report; present: Kari Nordmann, clinical geneticist, Ola Hansen, neurologist";
    let differs = "The team meeting agreed on Pathogenic, but this note reports Likely pathogenic.";
    let md = Format::Markdown.render(&note, &Figures::default());
    // After the classification, in the variant's facts; the disagreement
    // as a caution below them.
    let classification = md.find("| **Classification** | Likely pathogenic").unwrap();
    let row = md.find(&format!("| **Team meeting** | {line} |")).expect(&md);
    let caution = md.find(&format!("> **{differs}**")).expect(&md);
    assert!(classification < row && row < caution, "{md}");
    assert!(md.contains(
        "| **Team meeting** | 2026-11-25: agreed class Uncertain significance; action: Segregation in the aunt;"
    ));
    assert_eq!(md.matches("but this note reports").count(), 2, "SCN1A, and DEPDC5 among the assessed: {md}");
    // The assessed table has no room for it: the decisions follow it.
    let assessed = md.find("## Also assessed, not reported (1)").unwrap();
    let list = md.find("### Team meeting decisions").unwrap();
    assert!(assessed < list, "{md}");
    assert!(md.contains(
        "- **DEPDC5 c.1696C>T**: 2026-11-25: agreed class Likely benign; action: Not reported; present: Kari Nordmann, \
         clinical geneticist, Ola Hansen, neurologist. The team meeting agreed on Likely benign, but this note reports \
         Likely pathogenic."
    ), "{md}");

    let html = Format::Html.render(&note, &Figures::default());
    assert!(html.contains(&format!("<tr><th scope=\"row\">Team meeting</th><td>{line}</td></tr>")), "{html}");
    assert!(html.contains(&format!("<div class=\"caution\" role=\"note\">\n<p>{differs}</p>\n</div>")), "{html}");

    // FHIR: a note on the diagnostic implication, the coded class the reported one.
    let fhir = tolk_core::note::fhir::bundle(&note);
    let implication = fhir["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .find(|r| r["derivedFrom"][0]["display"].as_str().is_some_and(|d| d.starts_with("SCN1A")))
        .unwrap();
    assert_eq!(implication["component"][0]["valueCodeableConcept"]["coding"][0]["code"], "LA26332-9");
    let texts: Vec<&str> = implication["note"].as_array().unwrap().iter().filter_map(|n| n["text"].as_str()).collect();
    assert!(texts.contains(&format!("Team meeting: {line}. {differs}").as_str()), "{texts:?}");

    let nb = Format::Markdown.render(&Note::from_session(&session, Lang::Nb), &Figures::default());
    assert!(
        nb.contains("| **Tverrfaglig møte** | 2026-11-25: omforent klasse Patogen; videre tiltak: Report; til stede:"),
        "{nb}"
    );
    assert!(nb.contains("Det tverrfaglige møtet konkluderte med Patogen, men dette notatet oppgir Sannsynlig patogen."));
}

#[test]
fn a_meeting_that_agreed_no_class_says_so_and_disagrees_with_nothing() {
    let mut session = Session::from_json(&read("tests/data/note/demo.session.json")).unwrap();
    let mut work = session.variants["chr2:166003512:C:T"].clone();
    work.set_meeting(Some(MeetingDecision::new(None, "Functional study", ["Ola"], "")), Stamp { by: "Ola", at: "t" });
    session.put(work, "t");
    let md = Format::Markdown.render(&Note::from_session(&session, Lang::En), &Figures::default());
    assert!(md.contains("| **Team meeting** | no class agreed; action: Functional study; present: Ola |"), "{md}");
    assert!(!md.contains("but this note reports"));
    // One that holds nothing, as only a hand-edited file can, is none.
    let mut json: serde_json::Value = serde_json::from_str(&session.to_json()).unwrap();
    json["variants"]["chr2:166003512:C:T"]["meeting"] = serde_json::json!({});
    let edited = Session::from_json(&json.to_string()).unwrap();
    assert_eq!(Note::from_session(&edited, Lang::En).findings[0].meeting, None);
}

#[test]
fn the_family_is_in_the_test_section_in_words_and_as_a_figure_with_its_caption() {
    let note = demo_note();
    let roles: Vec<(Role, Option<&str>, bool)> =
        note.family.iter().map(|m| (m.role, m.sample.as_deref(), m.sequenced)).collect();
    assert_eq!(
        roles,
        [
            (Role::Proband, Some("PROBAND"), true),
            (Role::Father, Some("FATHER"), true),
            (Role::Mother, Some("MOTHER"), true)
        ]
    );
    let figures = Figures { pedigree: Some("<svg id=\"pedigree\"></svg>".into()), ..Figures::default() };
    let html = Format::Html.render(&note, &figures);
    let test = html.find("<h2>Test</h2>").unwrap();
    let family =
        html.find("<th scope=\"row\">Family</th><td>Proband PROBAND: female, affected; Father FATHER").unwrap();
    let figure =
        html.find("<figure>\n<svg id=\"pedigree\"></svg>\n<figcaption>The family as set for the analysis").unwrap();
    let findings = html.find("<h2>Findings (2)</h2>").unwrap();
    assert!(test < family && family < figure && figure < findings, "{html}");
    // Markdown names the family in words, and has no figures.
    let md = Format::Markdown.render(&note, &figures);
    assert!(md.contains("| **Family** | Proband PROBAND: female, affected; Father FATHER: male, unaffected; Mother MOTHER: female, unaffected |"));
    assert!(!md.contains("pedigree"));

    // Without a family: no members, no words, and no figure is placed.
    let mut alone = Session::from_json(&read("tests/data/note/demo.session.json")).unwrap();
    alone.context.roles.clear();
    let note = Note::from_session(&alone, Lang::En);
    assert!(note.family.is_empty());
    assert!(!Format::Json.render(&note, &Figures::default()).contains("\"family\""), "absent from the JSON");
    assert!(!Format::Markdown.render(&note, &Figures::default()).contains("**Family**"));

    // Pseudonymised, the family is named as the samples are.
    let session = Session::from_json(&read("tests/data/note/demo.session.json")).unwrap();
    let names = tolk_core::pseudonym::Pseudonyms::new(&session.context.samples, &session.file.name, Lang::En);
    let hidden = names.note(&session, Lang::En, None);
    let samples: Vec<Option<&str>> = hidden.family.iter().map(|m| m.sample.as_deref()).collect();
    assert_eq!(samples, [Some("Sample 1"), Some("Sample 3"), Some("Sample 2")]);
}

#[test]
fn a_session_from_before_notes_existed_still_makes_a_note_and_says_what_is_missing() {
    let mut v2: serde_json::Value = serde_json::from_str(&read("tests/data/note/demo.session.json")).unwrap();
    let map = v2.as_object_mut().unwrap();
    map.remove("context");
    map.remove("note");
    map.insert("schema_version".into(), 1.into());
    let session = Session::from_json(&serde_json::to_string(&v2).unwrap()).unwrap();
    let note = Note::from_session(&session, Lang::En);
    assert_eq!(note.findings.len(), 2);
    assert_eq!(note.test.build, None);
    assert!(note.incomplete.iter().any(|l| l.contains("reference build is unknown")), "{:?}", note.incomplete);
    assert!(note.incomplete.iter().any(|l| l.contains("No conclusion")));
    assert_eq!(note.findings[0].hgvsg, None, "no g. HGVS without a build");
    let fhir: serde_json::Value = serde_json::from_str(&Format::Fhir.render(&note, &Figures::default())).unwrap();
    assert_eq!(fhir["entry"][0]["resource"]["status"], "preliminary");
}

#[test]
fn a_finding_still_undecided_or_classified_benign_is_flagged() {
    let mut session = Session::from_json(&read("tests/data/note/demo.session.json")).unwrap();
    let key = "chr20:63413452:G:A";
    let mut work = session.variants[key].clone();
    work.report = None;
    session.put(work, "t");
    let mut work = session.variants["chr22:31808245:C:T"].clone();
    work.override_class = Some(Override { class: tolk_core::acmg::Class::Benign, reason: "test".into() });
    session.put(work, "t");
    let note = Note::from_session(&session, Lang::En);
    assert!(
        note.incomplete.iter().any(|l| l.contains("Not yet decided whether to report: KCNQ2 c.1780C>T")),
        "{:?}",
        note.incomplete
    );
    assert!(note
        .incomplete
        .iter()
        .any(|l| l.contains("DEPDC5 c.1696C>T is marked for the report but classified Benign")));
    assert_eq!(note.assessed.len(), 1);
}

#[test]
fn the_reference_build_is_read_from_real_headers() {
    for (path, build, source) in [
        ("tests/data/vep/bystro-trio.trim.vep.vcf.gz", Build::GRCh37, "reference"),
        ("tests/data/vep/scout-vep104-one-record.vcf", Build::GRCh37, "contig"),
        ("tests/data/vep/vembrane-vep110-csq.vcf", Build::GRCh38, "SnpEffCmd"),
        ("tests/data/vep/vembrane-alphamissense.vcf", Build::GRCh38, "VEP"),
        ("tests/data/snpeff/cyvcf2-ann-csq-189samples.vcf.gz", Build::GRCh37, "reference"),
        ("tests/data/snpeff/cyvcf2-snpeff-eff.vcf", Build::GRCh37, "contig"),
        ("tests/data/families/gemini-test-vep-extra.vcf", Build::GRCh37, "VEP"),
        ("public/demo/tolk-demo-trio.vcf", Build::GRCh38, "reference"),
    ] {
        let bytes = std::fs::read(repo(path)).unwrap();
        let loaded = Loaded::from_bytes(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
        let found = loaded.header.build.unwrap_or_else(|| panic!("{path}: no build found"));
        assert_eq!((found.build, found.source.as_str()), (build, source), "{path}");
    }
    let bytes = std::fs::read(repo("tests/data/edge/pyvcf3-example-4.2.vcf")).unwrap();
    assert_eq!(Loaded::from_bytes(&bytes).unwrap().header.build, None, "a header that names no build");
}

/// The codes of shared SPEC.md section 6, checked on the demo Bundle
/// resource by resource (the golden file pins the rest).
#[test]
fn the_fhir_bundle_uses_the_genomics_reporting_codes() {
    let note = demo_note();
    let bundle = tolk_core::note::fhir::bundle(&note);
    assert_eq!((bundle["resourceType"].as_str(), bundle["type"].as_str()), (Some("Bundle"), Some("collection")));
    let resources: Vec<&serde_json::Value> =
        bundle["entry"].as_array().unwrap().iter().map(|e| &e["resource"]).collect();
    let urls: Vec<&str> = bundle["entry"].as_array().unwrap().iter().map(|e| e["fullUrl"].as_str().unwrap()).collect();
    let code = |r: &serde_json::Value| r["code"]["coding"][0]["code"].as_str().unwrap().to_owned();
    let profile =
        |r: &serde_json::Value| r["meta"]["profile"][0].as_str().unwrap().rsplit('/').next().unwrap().to_owned();

    let report = resources[0];
    assert_eq!((report["resourceType"].as_str().unwrap(), code(report).as_str()), ("DiagnosticReport", "51969-4"));
    assert_eq!(profile(report), "genomics-report");
    let results: Vec<&str> =
        report["result"].as_array().unwrap().iter().map(|r| r["reference"].as_str().unwrap()).collect();
    let phenotype: Vec<&str> = report["extension"]
        .as_array()
        .unwrap()
        .iter()
        .inspect(|e| assert_eq!(e["url"], "http://hl7.org/fhir/StructureDefinition/workflow-supportingInfo"))
        .map(|e| e["valueReference"]["reference"].as_str().unwrap())
        .collect();
    let mut listed = results.clone();
    listed.extend(&phenotype);
    listed.sort_unstable();
    let mut all = urls[1..].to_vec();
    all.sort_unstable();
    assert_eq!(listed, all, "every other resource is a result or the phenotype the report rests on");
    // The note's two HPO terms, each an Observation coded in HPO, present.
    let terms: Vec<(&str, &str)> = phenotype
        .iter()
        .map(|url| resources[urls.iter().position(|u| u == url).unwrap()])
        .map(|p| {
            assert_eq!(p["code"]["coding"][0]["system"], "http://human-phenotype-ontology.org");
            assert_eq!(p["valueCodeableConcept"]["coding"][0]["code"], "LA9633-4");
            (p["code"]["coding"][0]["code"].as_str().unwrap(), p["code"]["text"].as_str().unwrap())
        })
        .collect();
    assert_eq!(terms, [("HP:0001250", "Seizure"), ("HP:0001263", "Global developmental delay")]);

    let spec_components = [
        "48002-0",
        "48018-6",
        "62374-4",
        "48013-7",
        "92822-6",
        "81254-5",
        "69547-8",
        "69551-0",
        "48019-4",
        "81290-9",
        "51958-7",
        "48004-6",
        "48005-3",
        "53034-5",
        // Parental origin: Genomics Reporting STU2's tbd-code (LOINC 94186-4 from STU3).
        "variant-inheritance",
    ];
    let profiled: Vec<_> = resources.iter().filter(|r| r.get("meta").is_some()).collect();
    let variants: Vec<_> = profiled.iter().filter(|r| profile(r) == "variant").collect();
    let implications: Vec<_> = profiled.iter().filter(|r| profile(r) == "diagnostic-implication").collect();
    assert_eq!((variants.len(), implications.len()), (3, 3), "one of each per finding and listed VUS");
    for v in &variants {
        assert_eq!(code(v), "69548-6");
        assert_eq!(v["valueCodeableConcept"]["coding"][0]["code"], "LA9633-4");
        for c in v["component"].as_array().unwrap() {
            assert!(
                spec_components.contains(&code(c).as_str()),
                "component {} is not a Genomics Reporting code",
                code(c)
            );
        }
        let answer = |loinc: &str| {
            v["component"]
                .as_array()
                .unwrap()
                .iter()
                .find(|c| code(c) == loinc)
                .map(|c| c["valueCodeableConcept"]["coding"][0]["code"].clone())
        };
        assert_eq!(answer("62374-4").unwrap(), "LA26806-2", "GRCh38");
        assert!(answer("48018-6").unwrap().as_str().unwrap().starts_with("HGNC:"), "HGNC ids carry their prefix");
        assert_eq!(answer("53034-5").unwrap(), "LA6706-1", "heterozygous");
        assert_eq!(answer("92822-6").unwrap(), "LA30102-0", "1-based, as VCF");
    }
    let expected = [("SCN1A", "LA26332-9"), ("DEPDC5", "LA26332-9"), ("KCNQ2", "LA26333-7")];
    for (implication, (gene, answer)) in implications.iter().zip(expected) {
        assert_eq!(code(implication), "diagnostic-implication");
        let significance = &implication["component"][0];
        assert_eq!(code(significance), "53037-8");
        assert_eq!(significance["valueCodeableConcept"]["coding"][0]["code"], answer, "{gene}");
        let source = implication["derivedFrom"][0]["reference"].as_str().unwrap();
        let i = urls.iter().position(|u| *u == source).expect("derivedFrom points into the Bundle");
        assert_eq!(profile(resources[i]), "variant");
        assert!(implication["derivedFrom"][0]["display"].as_str().unwrap().starts_with(gene));
    }
}
