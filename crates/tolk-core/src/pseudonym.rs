//! Neutral labels for the shared screen: when a case is projected to a
//! team meeting or used in teaching, the sample names, the file's name and
//! the dates of the work are replaced by "Sample 1", "case.vcf" and "date
//! removed", on the screen and in everything exported meanwhile.
//!
//! Names are replaced as whole words wherever the clinician or the file
//! may have written them (a comment saying "het in NA12878", a warning
//! naming a sample), not only in the fields that hold them. A bare number
//! used as a sample name is replaced the same way, which can also catch
//! that number inside free text: while pseudonymising, the lab's privacy
//! comes before the fidelity of a comment. Data fields (positions, HGVS,
//! genes) are never touched.

use crate::i18n::Lang;
use crate::note::{Checked, Note};
use crate::session::Session;
use crate::trail::Roster;

/// The labels for one open file, in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Pseudonyms {
    /// What is replaced and by what, longest first, so that `NA12878_2`
    /// is not read as `NA12878` followed by `_2`.
    replacements: Vec<(String, String)>,
    date: String,
    patient: String,
}

impl Pseudonyms {
    /// Labels for the file `file_name` whose samples are `samples`, in
    /// column order (sample *n* becomes "Sample *n*").
    pub fn new(samples: &[String], file_name: &str, lang: Lang) -> Pseudonyms {
        let file_label = lang.t(msg!("pseudonym-file"));
        let mut replacements: Vec<(String, String)> = samples
            .iter()
            .enumerate()
            .map(|(i, name)| {
                (name.clone(), lang.t_with(msg!("pseudonym-sample"), &[("number", (i + 1).to_string().into())]))
            })
            .collect();
        replacements.push((file_name.to_owned(), file_label.clone()));
        let (stem, label_stem) = (file_stem(file_name), file_stem(&file_label));
        if stem != file_name {
            replacements.push((stem.to_owned(), label_stem.to_owned()));
        }
        let mut p = Pseudonyms {
            replacements,
            date: lang.t(msg!("pseudonym-date")),
            patient: lang.t(msg!("pseudonym-patient")),
        };
        p.sort();
        p
    }

    /// Longest first, and no empty name (it would match everywhere).
    fn sort(&mut self) {
        self.replacements.retain(|(real, _)| !real.trim().is_empty());
        self.replacements.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    }

    /// `text` with every whole-word sample name and file name replaced,
    /// in one pass, so that a label is never itself taken for a name.
    pub fn scrub(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut copied = 0;
        let mut previous = None;
        for (at, c) in text.char_indices() {
            if at >= copied && !previous.is_some_and(word_char) {
                let rest = &text[at..];
                let found = self.replacements.iter().find(|(real, _)| {
                    rest.starts_with(real.as_str()) && !rest[real.len()..].chars().next().is_some_and(word_char)
                });
                if let Some((real, label)) = found {
                    out.push_str(&text[copied..at]);
                    out.push_str(label);
                    copied = at + real.len();
                }
            }
            previous = Some(c);
        }
        out.push_str(&text[copied..]);
        out
    }

    /// The label every date and time is shown as.
    pub fn date(&self) -> &str {
        &self.date
    }

    /// The label a typed patient identifier is shown as.
    pub fn patient(&self) -> &str {
        &self.patient
    }

    /// A copy of `session` to export or show while pseudonymising: names
    /// replaced in every field a person or the file wrote, dates replaced
    /// by the label. The file's checksum stays: it identifies the bytes,
    /// not the patient, and a note without it could not be traced to its
    /// data by the lab that holds both.
    /// The patient identifier the analyst typed is replaced too, wherever
    /// it was also written.
    pub fn session(&self, session: &Session) -> Session {
        let mut s = session.clone();
        let names = self.with_patient(session);
        s.pseudonymised = true;
        // The trail holds every value before and after each change (the
        // patient identifier as typed, comments, names, times): a copy
        // that must not identify carries none. It could not verify anyway,
        // its work being scrubbed.
        s.trail.clear();
        let mut scrub = |text: &mut String| *text = names.scrub(text);
        let date = |text: &mut String| {
            if !text.is_empty() {
                self.date.clone_into(text);
            }
        };
        scrub(&mut s.file.name);
        scrub(&mut s.analyst);
        date(&mut s.created);
        date(&mut s.updated);
        let context = &mut s.context;
        context.samples.iter_mut().for_each(scrub);
        context.proband.iter_mut().for_each(scrub);
        context.roles.iter_mut().for_each(|r| scrub(&mut r.sample));
        let note = &mut s.note;
        for text in [&mut note.patient, &mut note.referral, &mut note.phenotype, &mut note.conclusion] {
            scrub(text);
        }
        for work in s.variants.values_mut() {
            work.facts.zygosity.iter_mut().for_each(|(name, _)| scrub(name));
            work.facts.copies.iter_mut().for_each(|(name, _)| scrub(name));
            scrub(&mut work.comment);
            work.cnv.iter_mut().flat_map(|c| &mut c.applied).for_each(|a| scrub(&mut a.comment));
            scrub(&mut work.updated_by);
            date(&mut work.updated_at);
            work.override_class.iter_mut().for_each(|o| scrub(&mut o.reason));
            work.criteria.iter_mut().for_each(|c| scrub(&mut c.comment));
            for d in &mut work.decisions {
                d.evidence.iter_mut().for_each(|e| e.each_data_mut(&mut scrub));
                scrub(&mut d.by);
                date(&mut d.at);
            }
            if let Some(m) = &mut work.meeting {
                scrub(&mut m.action);
                m.present.iter_mut().for_each(&mut scrub);
                date(&mut m.date);
            }
        }
        s
    }

    /// The note of `session` as exported while pseudonymising (it says so).
    /// Its sign-off is checked on `session` itself, since the trail is of
    /// the real work (the copy's work no longer matches it), then named
    /// and dated as the rest of the note.
    pub fn note(&self, session: &Session, lang: Lang, roster: Option<&Roster>) -> Note {
        let mut checked = Checked::of(session, lang, roster);
        let names = self.with_patient(session);
        checked.relabel(|text| names.scrub(text), &self.date);
        Note::with_sign_off(&self.session(session), lang, checked)
    }

    /// These labels, and the patient identifier typed in `session`
    /// replaced wherever it was also written.
    fn with_patient(&self, session: &Session) -> Pseudonyms {
        let mut names = self.clone();
        let typed = session.note.patient.trim();
        if !typed.is_empty() {
            names.replacements.push((typed.to_owned(), self.patient.clone()));
            names.sort();
        }
        names
    }
}

/// `case.vcf.gz` without its VCF and compression extensions.
fn file_stem(name: &str) -> &str {
    let name = [".gz", ".bgz"].iter().find_map(|e| name.strip_suffix(e)).unwrap_or(name);
    name.strip_suffix(".vcf").unwrap_or(name)
}

/// Part of a word: a neighbour that makes a match part of a longer name.
fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::{FileIdentity, VariantFacts, VariantWork};
    use crate::vcf::genotype::Zygosity;

    fn names() -> Pseudonyms {
        let samples = ["NA12878".to_owned(), "NA12878_mother".to_owned(), "1805".to_owned()];
        Pseudonyms::new(&samples, "Nordmann-Ola.vcf.gz", Lang::En)
    }

    #[test]
    fn names_are_replaced_as_whole_words_only() {
        let p = names();
        assert_eq!(p.scrub("het in NA12878, absent in NA12878_mother"), "het in Sample 1, absent in Sample 2");
        assert_eq!(p.scrub("NA12878x and xNA12878 stay"), "NA12878x and xNA12878 stay");
        assert_eq!(p.scrub("1805: chr1:18051 c.1805G>A"), "Sample 3: chr1:18051 c.1805G>A");
        assert_eq!(p.scrub("Nordmann-Ola.vcf.gz and Nordmann-Ola.note.md"), "case.vcf and case.note.md");
        assert_eq!(p.scrub("nothing to hide"), "nothing to hide");
        let tricky = Pseudonyms::new(&["Sample".to_owned(), "x".to_owned()], "y.vcf", Lang::En);
        assert_eq!(tricky.scrub("Sample and x"), "Sample 1 and Sample 2", "a label is not scrubbed again");
    }

    #[test]
    fn norwegian_labels_come_from_the_tables() {
        let p = Pseudonyms::new(&["NA12878".to_owned()], "x.vcf", Lang::Nb);
        assert_eq!(p.scrub("NA12878 x.vcf"), "Prøve 1 kasus.vcf");
        assert_eq!(p.date(), "dato fjernet");
    }

    #[test]
    fn a_session_keeps_its_data_and_loses_names_and_dates() {
        let file = FileIdentity { name: "Nordmann-Ola.vcf.gz".into(), size: 10, sha256: "ab".into() };
        let mut session = Session::new(file, "0.1.0", "2026-11-23T10:00:00Z");
        session.context.samples = vec!["NA12878".into(), "NA12878_mother".into()];
        session.context.proband = Some("NA12878".into());
        session.note.conclusion = "NA12878 (Ola Nordmann) carries it".into();
        session.note.patient = " Ola Nordmann ".into();
        let facts = VariantFacts {
            chrom: "chr2".into(),
            pos: 1805,
            reference: "C".into(),
            alt: "T".into(),
            hgvsc: Some("NM_1:c.100C>T".into()),
            zygosity: vec![("NA12878".into(), Zygosity::Het)],
            copies: vec![("NA12878".into(), 1)],
            ..VariantFacts::default()
        };
        let mut work = VariantWork::new(facts);
        let mut cnv = crate::cnv::CnvWork::new(crate::cnv::Dosage::Loss).with("5A", 0.45);
        cnv.applied[0].comment = "absent in NA12878_mother".into();
        work.cnv = Some(cnv);
        work.comment = "seen in NA12878_mother too".into();
        work.updated_at = "2026-11-23T10:01:00Z".into();
        // The team meeting's record can name a sample, the patient and a date.
        work.meeting = Some(crate::session::MeetingDecision::new(
            None,
            "Segregation in NA12878_mother's sister",
            ["Ola Nordmann"],
            "2026-11-23",
        ));
        session.variants.insert(work.facts.key(), work);
        // The trail keeps names, times and the values before and after.
        let by = crate::trail::Who { name: "Kari Nordmann".into(), key: None };
        session.change(&by, "2026-11-23T10:00:00Z", |s| s.note.referral = "NA12878 referred".into()).unwrap();
        assert!(!session.trail.is_empty());

        let hidden = names().session(&session);
        assert!(hidden.trail.is_empty());
        let json = hidden.to_json();
        for real in ["NA12878", "Nordmann", "2026-11-23"] {
            // The typed identifier, the file and the sample are all gone.
            assert!(!json.contains(real), "{real} left in {json}");
        }
        assert_eq!(hidden.file.sha256, "ab");
        let work = hidden.variants.values().next().unwrap();
        assert_eq!((work.facts.pos, work.facts.hgvsc.as_deref()), (1805, Some("NM_1:c.100C>T")));
        assert_eq!(work.facts.zygosity, vec![("Sample 1".to_owned(), Zygosity::Het)]);
        assert_eq!(hidden.updated, "date removed");
        assert_eq!(hidden.note.conclusion, "Sample 1 (Patient) carries it");
        let back = Session::from_json(&json).unwrap();
        assert_eq!(
            back.check_file(&session.file),
            Err(crate::session::SessionError::Pseudonymised),
            "never restores work"
        );
        assert_eq!(session.check_file(&session.file), Ok(()));

        let note = names().note(&session, Lang::En, None);
        let fhir = crate::note::fhir::render(&note);
        assert!(!fhir.contains("timestamp") && !fhir.contains("issued") && !fhir.contains("Nordmann"), "{fhir}");
        let markdown = crate::note::Format::Markdown.render(&note, &crate::note::Figures::default());
        assert!(markdown.contains("Pseudonymised") && !markdown.contains("NA12878"), "{markdown}");
        assert_eq!(note.file_stem(), "tolk-note-case");
    }
}
