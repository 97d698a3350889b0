//! The lab's variant database: built from sessions and VCFs, counted,
//! merged, read back, looked up, and exported to the national database
//! without anything identifying.

use tolk_core::acmg::{Applied, Class};
use tolk_core::family::{Affection, Family, Member, Sex};
use tolk_core::i18n::Lang;
use tolk_core::knowledge::SiteKey;
use tolk_core::labdb::export::{clinvar_tsv, sites_vcf, ExportSettings};
use tolk_core::labdb::{case_id, CaseInput, LabDb, LabDbError, MergeOutcome, Observed};
use tolk_core::session::{CaseSettings, CriterionWork, FileIdentity, Override, Session, VariantFacts, VariantWork};
use tolk_core::vcf::assembly::{Build, BuildEvidence};
use tolk_core::vcf::genotype::Zygosity::{self, Het, HomAlt, HomRef};
use tolk_core::Loader;

const ANALYST: &str = "Kari Nordmann";

/// A checksum of one repeated hex digit pair: `sha('a')` is `aaaa…`.
fn sha(c: char) -> String {
    c.to_string().repeat(64)
}

/// A trio session (father, proband, mother), the proband male, on `build`.
fn trio(sha256: &str, build: Option<Build>) -> Session {
    let file = FileIdentity { name: "NA12878-PATIENT.trio.vcf.gz".into(), size: 1, sha256: sha256.into() };
    let mut s = Session::new(file, "0.1.0", "2026-01-10T09:00:00Z");
    s.analyst = ANALYST.into();
    s.context.samples = ["FATHER-1", "NA12878-PATIENT", "MOTHER-1"].map(String::from).to_vec();
    s.context.build = build.map(|build| BuildEvidence { build, source: "reference".into() });
    let family = Family {
        proband: 1,
        proband_sex: Sex::Male,
        father: Some(Member { sample: 0, affected: Affection::Unaffected }),
        mother: Some(Member { sample: 2, affected: Affection::Unaffected }),
        siblings: Vec::new(),
    };
    s.case = Some(CaseSettings { family: Some(family), ..CaseSettings::default() });
    s
}

/// Work on `key` with the trio's zygosities (father, proband, mother) and
/// `criteria` applied, last changed at `at`.
fn work(key: &str, gene: &str, zygosity: [Zygosity; 3], criteria: &[&str], at: &str) -> VariantWork {
    let parts: Vec<&str> = key.split(':').collect();
    let names = ["FATHER-1", "NA12878-PATIENT", "MOTHER-1"];
    let facts = VariantFacts {
        chrom: parts[0].into(),
        pos: parts[1].parse().unwrap(),
        reference: parts[2].into(),
        alt: parts[3].into(),
        gene: Some(gene.into()),
        transcript: Some("ENST00000303395.9".into()),
        hgvsc: Some("ENST00000303395.9:c.4547C>T".into()),
        hgvsp: Some("ENSP00000303540.4:p.(Ala1516=)".into()),
        zygosity: names.iter().map(|n| n.to_string()).zip(zygosity).collect(),
        ..VariantFacts::default()
    };
    let mut w = VariantWork::new(facts);
    for text in criteria {
        let a = Applied::parse(text).unwrap();
        w.criteria.push(CriterionWork { code: a.code, applied: true, strength: a.strength, comment: String::new() });
    }
    w.updated_by = ANALYST.into();
    w.updated_at = at.into();
    w
}

fn site(key: &str) -> SiteKey {
    SiteKey::of_key(key).unwrap()
}

fn put(s: &mut Session, w: VariantWork) {
    let at = w.updated_at.clone();
    s.put(w, &at);
}

const SCN1A: &str = "chr2:166003512:C:T";
const DMD: &str = "chrX:31500000:G:A";
const CFTR: &str = "chr7:117559590:ATCT:A";

/// Case A: SCN1A het, classified; DMD on X homozygous in the male proband;
/// CFTR carried by the father only.
fn case_a() -> Session {
    let mut s = trio(&sha('a'), Some(Build::GRCh38));
    put(&mut s, work(SCN1A, "SCN1A", [HomRef, Het, HomRef], &["PS2", "PM2_Supporting", "PP3"], "2026-01-10T10:00:00Z"));
    put(&mut s, work(DMD, "DMD", [HomRef, HomAlt, Het], &["PVS1", "PM2_Supporting"], "2026-01-10T11:00:00Z"));
    let mut father_only = work(CFTR, "CFTR", [Het, HomRef, HomRef], &[], "2026-01-10T12:00:00Z");
    father_only.discuss = true;
    put(&mut s, father_only);
    s
}

#[test]
fn a_session_gives_its_proband_s_carriers_and_its_classifications() {
    let mut db = LabDb::new();
    let outcome = db.add_case(CaseInput::from_session(&case_a()).unwrap(), "2026-01-11").unwrap();
    assert_eq!((outcome.case.as_str(), outcome.replaced), ("case-aaaaaaaaaaaaaaaa", false));
    assert_eq!((outcome.carried, outcome.classified), (2, 2), "the father's variant is not the proband's");
    assert_eq!(db.build, Some(Build::GRCh38));
    assert_eq!(db.cases[0].observed, Observed::WorkedOnly);

    let scn1a = &db.variants[&site(SCN1A)];
    assert_eq!((scn1a.het.as_slice(), scn1a.gene.as_deref()), (&[0][..], Some("SCN1A")));
    let dmd = &db.variants[&site(DMD)];
    assert_eq!((dmd.hemi.as_slice(), dmd.hom.len()), (&[0][..], 0), "homozygous on X in a male is hemizygous");
    let c = &dmd.classifications[0];
    assert_eq!((c.class, c.date.as_str(), c.analyst.as_str()), (Class::LikelyPathogenic, "2026-01-10", ANALYST));
    let criteria: Vec<String> = c.criteria.iter().map(ToString::to_string).collect();
    assert_eq!(criteria, ["PVS1", "PM2_Supporting"]);
    // Worked on, not classified, and not the proband's: nothing kept.
    assert!(!db.variants.contains_key(&site(CFTR)));

    // In a female proband the same call is homozygous; an override is a class.
    let mut female = case_a();
    female.file.sha256 = sha('b');
    female.case.as_mut().unwrap().family.as_mut().unwrap().proband_sex = Sex::Female;
    let mut overridden = work(CFTR, "CFTR", [HomRef, HomAlt, Het], &[], "2026-02-01T08:00:00Z");
    overridden.override_class = Some(Override { class: Class::Pathogenic, reason: "known".into() });
    put(&mut female, overridden);
    db.add_case(CaseInput::from_session(&female).unwrap(), "2026-02-02").unwrap();
    assert_eq!(db.variants[&site(DMD)].hom, [1]);
    assert_eq!(db.variants[&site(DMD)].hemi, [0]);
    assert_eq!(db.latest_class(&site(CFTR)), Some(Class::Pathogenic));
}

#[test]
fn the_same_case_added_again_replaces_its_entries() {
    let mut db = LabDb::new();
    db.add_case(CaseInput::from_session(&case_a()).unwrap(), "2026-01-11").unwrap();
    let first = db.clone();
    let again = db.add_case(CaseInput::from_session(&case_a()).unwrap(), "2026-01-11").unwrap();
    assert!(again.replaced);
    assert_eq!(db, first, "the same case twice is the same database");

    // More work on the case: its old classification goes, its new one stays.
    let mut more = case_a();
    put(&mut more, work(SCN1A, "SCN1A", [HomRef, Het, HomRef], &["BS1"], "2026-03-01T10:00:00Z"));
    db.add_case(CaseInput::from_session(&more).unwrap(), "2026-03-02").unwrap();
    assert_eq!(db.cases.len(), 1);
    assert_eq!(db.cases[0].added, "2026-03-02");
    let scn1a = &db.variants[&site(SCN1A)];
    assert_eq!((scn1a.het.as_slice(), scn1a.classifications.len()), (&[0][..], 1));
    assert_eq!(scn1a.classifications[0].date, "2026-03-01");
}

/// A trio VCF: SCN1A het in the proband, a common variant hom, a chrX
/// variant hom (hemizygous: the proband is male), one the proband lacks,
/// one with no call.
const TRIO_VCF: &str = "##fileformat=VCFv4.2
##reference=GRCh38
##contig=<ID=chr2>
#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tFATHER-1\tNA12878-PATIENT\tMOTHER-1
chr2\t166003512\t.\tC\tT\t50\tPASS\t.\tGT\t0/0\t0/1\t0/0
chr3\t1000\t.\tG\tA,C\t50\tPASS\t.\tGT\t0/1\t1/1\t0/2
chr4\t2000\t.\tT\tG\t50\tPASS\t.\tGT\t0/1\t0/0\t0/1
chr5\t3000\t.\tT\tG\t50\tPASS\t.\tGT\t0/1\t./.\t0/1
chrX\t31500000\t.\tG\tA\t50\tPASS\t.\tGT\t0/0\t1/1\t0/1
";

fn load(vcf: &str) -> tolk_core::Loaded {
    let mut loader = Loader::new();
    loader.push(vcf.as_bytes()).unwrap();
    loader.finish().unwrap()
}

#[test]
fn a_case_with_its_vcf_counts_every_carried_variant_and_a_session_alone_only_the_worked() {
    let loaded = load(TRIO_VCF);
    let mut db = LabDb::new();
    let with_vcf = CaseInput::from_session_and_store(&case_a(), &loaded.store).unwrap();
    let outcome = db.add_case(with_vcf, "2026-01-11").unwrap();
    assert_eq!((outcome.carried, outcome.classified), (3, 2));
    assert_eq!(db.cases[0].observed, Observed::AllVariants);
    assert_eq!(db.variants[&site("chr3:1000:G:A")].hom, [0]);
    assert!(!db.variants.contains_key(&site("chr3:1000:G:C")), "the mother's other ALT");
    assert!(!db.variants.contains_key(&site("chr4:2000:T:G")) && !db.variants.contains_key(&site("chr5:3000:T:G")));
    assert_eq!(db.variants[&site(DMD)].hemi, [0]);

    // A second case from its session alone: counted only where worked.
    let mut b = trio(&sha('b'), Some(Build::GRCh38));
    put(&mut b, work(SCN1A, "SCN1A", [HomRef, Het, HomRef], &["PM2_Supporting"], "2026-02-01T10:00:00Z"));
    db.add_case(CaseInput::from_session(&b).unwrap(), "2026-02-02").unwrap();
    let view = db.variant(&site(SCN1A)).unwrap();
    assert_eq!((view.het, view.cases, view.worked_only, view.others), (2, 2, 1, false));
    let common = db.variant(&site("chr3:1000:G:A")).unwrap();
    assert_eq!((common.carriers(), common.cases, common.worked_only), (1, 2, 1));
    assert!(common.latest().is_none());

    // The same case by `with_carried`, as a CLI reading the VCF itself would.
    let carried = [(site("chr3:1000:G:A"), HomAlt, None), (site("chr9:5:A:G"), HomRef, None)];
    let input = CaseInput::with_carried(&case_a(), carried).unwrap();
    assert!(db.add_case(input, "2026-03-01").unwrap().replaced);
    assert!(!db.variants.contains_key(&site("chr9:5:A:G")), "not carried");
    assert_eq!(db.variant(&site(DMD)).unwrap().carriers(), 0, "the case's earlier carriers were replaced");
}

#[test]
fn a_lookup_leaves_out_the_open_case_and_says_what_was_classified_since() {
    let mut db = LabDb::new();
    db.add_case(CaseInput::from_session(&case_a()).unwrap(), "2026-01-11").unwrap();
    let mut b = trio(&sha('b'), Some(Build::GRCh38));
    put(&mut b, work(SCN1A, "SCN1A", [HomRef, HomAlt, HomRef], &["PS2", "PM2_Supporting"], "2026-04-01T10:00:00Z"));
    db.add_case(CaseInput::from_session(&b).unwrap(), "2026-04-02").unwrap();

    let all = db.variant(&site(SCN1A)).unwrap();
    assert_eq!((all.het, all.hom, all.cases), (1, 1, 2));
    let dates: Vec<&str> = all.classifications.iter().map(|c| c.date.as_str()).collect();
    assert_eq!(dates, ["2026-04-01", "2026-01-10"], "newest first");
    assert_eq!(all.latest().unwrap().class, Class::UncertainSignificance);

    let others = db.variant_excluding(&site(SCN1A), &case_id(&sha('b'))).unwrap();
    assert_eq!((others.het, others.hom, others.cases, others.others), (1, 0, 1, true));
    assert_eq!(others.classifications.len(), 1);
    assert!(db.variant_excluding(&site(DMD), &case_id(&sha('a'))).is_none(), "only the open case knows it");
    assert_eq!(
        others.summary().render(Lang::En),
        "Seen in 1 of 1 other case in the lab (1 heterozygous, 0 homozygous, 0 hemizygous); \
         1 case counted only where classified; last classified Likely pathogenic on 2026-01-10 \
         (PS2, PM2_Supporting, PP3)"
    );
    assert!(others.summary().render(Lang::Nb).starts_with("Sett i 1 av 1 annen sak"));

    let since: Vec<&str> =
        db.classified_since(&site(SCN1A), "2026-01-10T15:00:00Z").iter().map(|c| c.date.as_str()).collect();
    assert_eq!(since, ["2026-04-01"]);
    assert!(db.classified_since(&site(SCN1A), "2026-04-01").is_empty(), "the same day is not later");
    assert!(db.classified_since(&site("chr1:1:A:G"), "2020-01-01").is_empty());
}

#[test]
fn merging_takes_each_case_once_from_the_side_that_added_it_last() {
    // Here: cases A and B. There: case C, and B added later with other work.
    let mut here = LabDb::new();
    here.add_case(CaseInput::from_session(&case_a()).unwrap(), "2026-01-11").unwrap();
    let mut b = trio(&sha('b'), Some(Build::GRCh38));
    put(&mut b, work(SCN1A, "SCN1A", [HomRef, Het, HomRef], &["PM2_Supporting"], "2026-02-01T10:00:00Z"));
    here.add_case(CaseInput::from_session(&b).unwrap(), "2026-02-02").unwrap();

    let mut there = LabDb::new();
    let mut c = trio(&sha('c'), Some(Build::GRCh38));
    put(&mut c, work(SCN1A, "SCN1A", [HomRef, HomAlt, HomRef], &["BS1"], "2026-03-01T10:00:00Z"));
    there.add_case(CaseInput::from_session(&c).unwrap(), "2026-03-02").unwrap();
    let mut b_later = trio(&sha('b'), Some(Build::GRCh38));
    put(&mut b_later, work(DMD, "DMD", [HomRef, HomAlt, HomRef], &["PVS1"], "2026-03-05T10:00:00Z"));
    there.add_case(CaseInput::from_session(&b_later).unwrap(), "2026-03-06").unwrap();

    let before_merge = here.clone();
    let outcome = here.merge(&there).unwrap();
    assert_eq!(outcome, MergeOutcome { added: 1, replaced: 1, kept: 0 });
    let ids: Vec<&str> = here.cases.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, [case_id(&sha('a')), case_id(&sha('b')), case_id(&sha('c'))]);
    assert_eq!(here.cases[1].added, "2026-03-06");
    let scn1a = &here.variants[&site(SCN1A)];
    assert_eq!(
        (scn1a.het.as_slice(), scn1a.hom.as_slice()),
        (&[0][..], &[2][..]),
        "B's earlier carrier is gone; C is 2"
    );
    let cases: Vec<u32> = scn1a.classifications.iter().map(|c| c.case).collect();
    assert_eq!(cases, [0, 2]);
    assert_eq!(here.variants[&site(DMD)].hemi, [0, 1]);

    // Merged again: nothing changes, nothing is counted twice.
    let merged = here.clone();
    assert_eq!(here.merge(&there).unwrap(), MergeOutcome { added: 0, replaced: 0, kept: 2 });
    assert_eq!(here, merged);
    // The other way round: B is taken from `there` too, and the counts agree.
    let mut back = there.clone();
    back.merge(&before_merge).unwrap();
    assert_eq!(back.variant(&site(SCN1A)), {
        let mut v = here.variant(&site(SCN1A)).unwrap();
        v.classifications.iter_mut().for_each(|c| c.case = if c.case == 0 { 2 } else { 0 });
        Some(v)
    });
}

#[test]
fn one_database_holds_one_build() {
    let mut db = LabDb::new();
    db.add_case(CaseInput::from_session(&case_a()).unwrap(), "2026-01-11").unwrap();
    let old = trio(&sha('b'), Some(Build::GRCh37));
    let refused = db.add_case(CaseInput::from_session(&old).unwrap(), "2026-01-12").unwrap_err();
    assert_eq!(refused, LabDbError::OtherBuild { database: Build::GRCh38, case: Build::GRCh37 });
    assert!(refused.to_string().contains("GRCh38") && refused.to_string().contains("GRCh37"), "{refused}");
    assert_eq!(db.cases.len(), 1);

    let mut other = LabDb::new();
    other.add_case(CaseInput::from_session(&old).unwrap(), "2026-01-12").unwrap();
    assert!(matches!(db.merge(&other), Err(LabDbError::OtherBuild { .. })));

    let unknown = trio(&sha('c'), None);
    let input = CaseInput::from_session(&unknown).unwrap();
    assert_eq!(db.clone().add_case(input.clone(), "2026-01-13").unwrap_err(), LabDbError::UnknownBuild);
    assert!(db.add_case(input.with_build(Build::GRCh38), "2026-01-13").is_ok());
}

#[test]
fn a_case_that_cannot_be_named_or_placed_is_refused() {
    let mut no_proband = case_a();
    no_proband.case = None;
    assert_eq!(CaseInput::from_session(&no_proband).unwrap_err(), LabDbError::NoProband);
    // A single-sample file's only sample is the proband.
    no_proband.context.samples.truncate(1);
    no_proband.context.samples[0] = "NA12878-PATIENT".into();
    assert!(CaseInput::from_session(&no_proband).is_ok());

    let mut pseudonymised = case_a();
    pseudonymised.pseudonymised = true;
    assert_eq!(CaseInput::from_session(&pseudonymised).unwrap_err(), LabDbError::Pseudonymised);
    let mut imported = case_a();
    imported.file.sha256 = "not a checksum".into();
    assert_eq!(CaseInput::from_session(&imported).unwrap_err(), LabDbError::NoChecksum);
}

#[test]
fn a_database_round_trips_and_a_malformed_one_is_refused_plainly() {
    let mut db = LabDb::new();
    db.add_case(CaseInput::from_session(&case_a()).unwrap(), "2026-01-11").unwrap();
    let json = db.to_json();
    assert_eq!(LabDb::from_json(&json).unwrap(), db);
    assert_eq!(LabDb::from_json(&json).unwrap().to_json(), json);
    assert!(json
        .starts_with(r#"{"format":"tolk-labdb","version":1,"build":"GRCh38","cases":[{"id":"case-aaaaaaaaaaaaaaaa""#));

    let refused = |text: &str| LabDb::from_json(text).unwrap_err().to_string();
    assert!(refused("{\"format\": \"tolk-labdb\",").contains("not a Tolk lab database"));
    assert!(refused(&case_a().to_json()).contains("names no format"));
    assert!(refused(r#"{"format":"tolk-note","version":1}"#).contains("\"tolk-note\""));
    let newer = json.replace(r#""version":1"#, r#""version":7"#);
    assert_eq!(LabDb::from_json(&newer).unwrap_err(), LabDbError::Newer(7));
    assert!(LabDb::from_json(&newer).unwrap_err().to_string().contains("newer Tolk"));
    let out_of_range = json.replace(r#""het":[0]"#, r#""het":[4]"#);
    let message = refused(&out_of_range);
    assert!(message.contains("2:166003512:C:T names case 4, and there are 1 cases"), "{message}");
    let twice = json.replace(r#""cases":[{"id":"case-aaaaaaaaaaaaaaaa","added":"2026-01-11","observed":"worked_only"}]"#,
        r#""cases":[{"id":"case-aaaaaaaaaaaaaaaa","added":"2026-01-11","observed":"worked_only"},{"id":"case-aaaaaaaaaaaaaaaa","added":"2026-01-12","observed":"worked_only"}]"#);
    assert!(refused(&twice).contains("listed twice"), "{}", refused(&twice));
    assert!(refused(&json.replace("2:166003512:C:T", "2:166003512:C:<DEL>")).contains("not a CHROM:POS:REF:ALT site"));
    assert!(refused(&" ".repeat(tolk_core::labdb::MAX_LABDB_BYTES + 1)).contains("larger than any lab database"));
}

/// Five cases: SCN1A in all (4 het, 1 hom), DMD in two; case A classified
/// both, case E later classified SCN1A with a shareable comment.
fn five_cases() -> LabDb {
    let mut db = LabDb::new();
    db.add_case(CaseInput::from_session(&case_a()).unwrap(), "2026-01-11").unwrap();
    for (n, c) in ['b', 'c', 'd', 'e'].into_iter().enumerate() {
        let mut s = trio(&sha(c), Some(Build::GRCh38));
        let proband = if c == 'd' { HomAlt } else { Het };
        let criteria: &[&str] = if c == 'e' { &["PS2", "PM2_Supporting", "PP3"] } else { &[] };
        let mut w = work(SCN1A, "SCN1A", [HomRef, proband, HomRef], criteria, &format!("2026-02-0{}T10:00:00Z", n + 1));
        w.discuss = true;
        if c == 'c' {
            let mut dmd = work(DMD, "DMD", [HomRef, HomAlt, HomRef], &[], "2026-02-01T10:00:00Z");
            dmd.discuss = true;
            put(&mut s, dmd);
        }
        if c == 'e' {
            w.comment = "De novo; seen in 2 unrelated, 100% penetrant".into();
            w.comment_shareable = true;
            w.condition = "Dravet syndrome".into();
        }
        put(&mut s, w);
        // A worked variant only this case carries.
        let mut lone = work("chr17:43045712:T:C", "BRCA1", [HomRef, Het, HomRef], &[], "2026-02-01T10:00:00Z");
        lone.discuss = true;
        if c == 'b' {
            put(&mut s, lone);
        }
        db.add_case(CaseInput::from_session(&s).unwrap(), &format!("2026-02-1{n}")).unwrap();
    }
    db
}

#[test]
fn both_exports_say_exactly_this() {
    let db = five_cases();
    let settings = ExportSettings { min_count: 2, release_date: "2026-06-01".into() };
    let vcf = sites_vcf(&db, &settings);
    let expected = "##fileformat=VCFv4.2
##fileDate=20260601
##source=Tolk lab database
##reference=GRCh38
##contig=<ID=chr2,assembly=GRCh38>
##contig=<ID=chrX,assembly=GRCh38>
";
    assert!(vcf.starts_with(expected), "{vcf}");
    let body: Vec<&str> = vcf.lines().skip_while(|l| l.starts_with("##")).collect();
    assert_eq!(
        body,
        [
            "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO",
            "chr2\t166003512\t.\tC\tT\t.\t.\tAC_HET=4;AC_HEMI=0;COUNTS_SUPPRESSED;NCASES=5;GENE=SCN1A;\
             CLASS=Likely_pathogenic;CRITERIA=PS2,PM2_Supporting,PP3;EVALUATED=2026-02-04;\
             HGVSC=ENST00000303395.9:c.4547C>T;HGVSP=ENSP00000303540.4:p.(Ala1516%3D);\
             TRANSCRIPT=ENST00000303395.9;CONDITION=Dravet%20syndrome;\
             COMMENT=De%20novo%3B%20seen%20in%202%20unrelated%2C%20100%25%20penetrant",
            "chrX\t31500000\t.\tG\tA\t.\t.\tAC_HET=0;AC_HOM=0;AC_HEMI=2;NCASES=5;GENE=DMD;CLASS=Likely_pathogenic;\
             CRITERIA=PVS1,PM2_Supporting;EVALUATED=2026-01-10;HGVSC=ENST00000303395.9:c.4547C>T;\
             HGVSP=ENSP00000303540.4:p.(Ala1516%3D);TRANSCRIPT=ENST00000303395.9",
        ]
    );
    assert_eq!(vcf.lines().filter(|l| l.starts_with("##INFO=<ID=")).count(), 14);

    let tsv = clinvar_tsv(&db, &settings);
    let lines: Vec<Vec<&str>> = tsv.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(lines.len(), 3, "the two classified sites");
    assert!(lines.iter().all(|l| l.len() == 22));
    assert_eq!(lines[0][0], "Local ID");
    assert_eq!(
        lines[1],
        [
            "2:166003512:C:T",
            "SCN1A",
            "ENST00000303395.9",
            "c.4547C>T",
            "2",
            "166003512",
            "166003512",
            "C",
            "T",
            "GRCh38",
            "",
            "",
            "Dravet syndrome",
            "Likely pathogenic",
            "2026-02-04",
            "ACMG/AMP 2015",
            "De novo; seen in 2 unrelated, 100% penetrant",
            "clinical testing",
            "germline",
            "yes",
            // 5 carriers, but its one homozygote is left out of the VCF:
            // the total would give it back.
            "",
            "PS2, PM2_Supporting, PP3",
        ]
    );
    assert_eq!(&lines[2][..5], ["X:31500000:G:A", "DMD", "ENST00000303395.9", "c.4547C>T", "X"]);
    assert_eq!((lines[2][12], lines[2][16], lines[2][20]), ("not provided", "PVS1, PM2_Supporting", "2"));
}

#[test]
fn counts_below_the_threshold_are_left_out() {
    let db = five_cases();
    let strict = ExportSettings::new("2026-06-01");
    assert_eq!(strict.min_count, 5);
    let vcf = sites_vcf(&db, &strict);
    let scn1a = vcf.lines().find(|l| l.starts_with("chr2\t")).unwrap();
    assert!(
        scn1a.contains("\t.\tAC_HEMI=0;COUNTS_SUPPRESSED;") && !scn1a.contains("AC_HET") && !scn1a.contains("AC_HOM"),
        "{scn1a}"
    );
    let dmd = vcf.lines().find(|l| l.starts_with("chrX\t")).unwrap();
    assert!(dmd.contains("AC_HET=0;AC_HOM=0;COUNTS_SUPPRESSED;") && !dmd.contains("AC_HEMI"), "{dmd}");
    // Carried in one case and never classified: not exported at all.
    assert!(!vcf.contains("43045712"));
    let tsv = clinvar_tsv(&db, &strict);
    let counts: Vec<&str> = tsv.lines().skip(1).map(|l| l.split('\t').nth(20).unwrap()).collect();
    assert_eq!(counts, ["", ""]);

    // With no threshold, the lone variant is exported with its count.
    let open = ExportSettings { min_count: 1, ..strict };
    assert!(sites_vcf(&db, &open)
        .contains("chr17\t43045712\t.\tT\tC\t.\t.\tAC_HET=1;AC_HOM=0;AC_HEMI=0;NCASES=5;GENE=BRCA1\n"));
}

#[test]
fn nothing_identifying_leaves() {
    let secret_sha = "3f9a8c7d6e5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a4938271605f4e3d2c1b";
    let mut s = trio(secret_sha, Some(Build::GRCh38));
    s.file.name = "Hospital-Oslo-PATIENT-4711.vcf.gz".into();
    s.note.patient = "Ola Pasient".into();
    let mut w = work(SCN1A, "SCN1A", [HomRef, Het, HomRef], &["PS2", "PM2_Supporting"], "2026-01-10T10:00:00Z");
    w.comment = "SECRET-COMMENT about Ola Pasient".into();
    w.condition = "Dravet in Ola Pasient, born 2019".into();
    put(&mut s, w);
    let mut shared = work(DMD, "DMD", [HomRef, HomAlt, HomRef], &["PVS1"], "2026-01-10T11:00:00Z");
    shared.comment = "SHAREABLE-REMARK".into();
    shared.comment_shareable = true;
    put(&mut s, shared);

    let mut db = LabDb::new();
    db.add_case(CaseInput::from_session(&s).unwrap(), "2026-05-17").unwrap();
    // The lab's own file keeps what the lab needs.
    assert!(db.to_json().contains(ANALYST) && db.to_json().contains("SECRET-COMMENT"));

    let settings = ExportSettings { min_count: 1, release_date: "2026-06-01".into() };
    for export in [sites_vcf(&db, &settings), clinvar_tsv(&db, &settings)] {
        let mut markers = vec![
            ANALYST.to_owned(),
            "Kari".into(),
            "Nordmann".into(),
            "NA12878".into(),
            "PATIENT".into(),
            "FATHER-1".into(),
            "MOTHER-1".into(),
            "Hospital-Oslo".into(),
            "4711".into(),
            "SECRET-COMMENT".into(),
            "Ola Pasient".into(),
            "Ola%20Pasient".into(),
            "born 2019".into(),
            "case-".into(),
            case_id(secret_sha),
            "2026-05-17".into(),
            "20260517".into(),
        ];
        // The checksum, and every 16-digit piece of it.
        markers.extend((0..=secret_sha.len() - 16).map(|i| secret_sha[i..i + 16].to_owned()));
        for marker in &markers {
            assert!(!export.contains(marker.as_str()), "{marker} left in:\n{export}");
        }
        assert!(export.contains("SHAREABLE-REMARK"), "{export}");
    }
    // Below the threshold, no count of the single case leaves.
    let strict = ExportSettings::new("2026-06-01");
    let vcf = sites_vcf(&db, &strict);
    assert!(!vcf.contains("AC_HET=1") && !vcf.contains("AC_HEMI=1"), "{vcf}");
    assert!(clinvar_tsv(&db, &strict).lines().skip(1).all(|l| l.split('\t').nth(20) == Some("")));
}

#[test]
fn a_whole_exome_s_rows_are_taken_in_quickly() {
    let mut vcf = String::from(
        "##fileformat=VCFv4.2\n##reference=GRCh38\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tP\n",
    );
    for i in 0..100_000u32 {
        let gt = ["0/1", "1/1", "0/0", "./."][i as usize % 4];
        vcf.push_str(&format!("chr{}\t{}\t.\tA\tG\t50\tPASS\t.\tGT\t{gt}\n", i % 22 + 1, i + 1));
    }
    let loaded = load(&vcf);
    let mut s = Session::new(FileIdentity { name: "p.vcf".into(), size: 1, sha256: sha('d') }, "0.1.0", "t");
    s.context.samples = vec!["P".into()];
    s.context.build = Some(BuildEvidence { build: Build::GRCh38, source: "reference".into() });
    let started = std::time::Instant::now();
    let input = CaseInput::from_session_and_store(&s, &loaded.store).unwrap();
    let mut db = LabDb::new();
    let outcome = db.add_case(input, "2026-01-01").unwrap();
    let took = started.elapsed();
    assert_eq!(outcome.carried, 50_000);
    assert_eq!(db.variants.values().filter(|v| !v.hom.is_empty()).count(), 25_000);
    // Generous for an unoptimised build on a loaded machine.
    assert!(took.as_secs() < 20, "{took:?}");
}
