//! Finding terms as a clinician types: by id, label or synonym, every word
//! typed matching the start of a word in the name ("gen seiz" finds
//! "Generalized seizure"), best matches first.

use super::{Ontology, TermId, TermIndex};

/// What a hit matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Matched {
    Id,
    Label,
    Synonym,
}

/// One term found, with the name that matched (a synonym, where it was one).
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub term: TermIndex,
    pub matched: Matched,
    pub text: String,
}

/// Every term's names in lower case, made once per ontology so that a
/// keystroke's search is one pass over prepared strings.
pub struct SearchIndex {
    names: Vec<(TermIndex, Matched, String)>,
}

impl SearchIndex {
    pub fn new(ontology: &Ontology) -> SearchIndex {
        let mut names = Vec::new();
        for (i, t) in ontology.terms.iter().enumerate() {
            names.push((i as TermIndex, Matched::Label, t.label.to_lowercase()));
            for s in &t.synonyms {
                names.push((i as TermIndex, Matched::Synonym, s.to_lowercase()));
            }
        }
        SearchIndex { names }
    }

    /// What the index holds on the heap, in bytes.
    pub fn heap_bytes(&self) -> usize {
        self.names.iter().map(|n| n.2.capacity()).sum::<usize>()
            + self.names.capacity() * std::mem::size_of::<(TermIndex, Matched, String)>()
    }

    /// Up to `limit` terms for `query`, best first: an id, then names that
    /// are the query, then names that start with it, then names with every
    /// word; labels before synonyms, shorter names before longer.
    pub fn search(&self, ontology: &Ontology, query: &str, limit: usize) -> Vec<Hit> {
        if let Some(t) = TermId::parse(query).and_then(|id| ontology.find(id)) {
            return vec![Hit { term: t, matched: Matched::Id, text: ontology.term(t).label.clone() }];
        }
        let query = query.trim().to_lowercase();
        let words: Vec<&str> = query.split_whitespace().collect();
        if words.is_empty() {
            return Vec::new();
        }
        // (how well, which kind, name length, term, name)
        let mut found: Vec<(u8, Matched, usize, TermIndex, usize)> = Vec::new();
        for (n, (term, matched, name)) in self.names.iter().enumerate() {
            let how = if *name == query {
                0
            } else if name.starts_with(&query) {
                1
            } else if words.iter().all(|w| name.split(|c: char| !c.is_alphanumeric()).any(|nw| nw.starts_with(w))) {
                2
            } else {
                continue;
            };
            found.push((how, *matched, name.len(), *term, n));
        }
        found.sort();
        let mut hits: Vec<Hit> = Vec::new();
        for (_, matched, _, term, n) in found {
            if hits.len() == limit {
                break;
            }
            if hits.iter().any(|h| h.term == term) {
                continue;
            }
            let text = match matched {
                Matched::Synonym => original_synonym(ontology, term, &self.names[n].2),
                _ => ontology.term(term).label.clone(),
            };
            hits.push(Hit { term, matched, text });
        }
        hits
    }
}

/// The synonym as the release writes it (the index holds it lower-cased).
fn original_synonym(ontology: &Ontology, term: TermIndex, lower: &str) -> String {
    let t = ontology.term(term);
    t.synonyms.iter().find(|s| s.to_lowercase() == lower).cloned().unwrap_or_else(|| t.label.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hpo::tests::small;

    fn labels(o: &Ontology, hits: &[Hit]) -> Vec<String> {
        hits.iter().map(|h| o.term(h.term).label.clone()).collect()
    }

    #[test]
    fn ids_labels_and_synonyms_are_found_best_first() {
        let o = small();
        let index = SearchIndex::new(&o);
        assert_eq!(labels(&o, &index.search(&o, "seizure", 10)), ["Seizure", "Focal seizure", "Generalized seizure"]);
        assert_eq!(labels(&o, &index.search(&o, "gen seiz", 10)), ["Generalized seizure"]);
        assert_eq!(labels(&o, &index.search(&o, "hp:0000020", 10)), ["Hypotonia"]);
        // An obsolete id finds the term that replaced it.
        assert_eq!(labels(&o, &index.search(&o, "HP:0000099", 10)), ["Generalized seizure"]);
        let floppy = index.search(&o, "floppy", 10);
        assert_eq!((floppy[0].matched, floppy[0].text.as_str()), (Matched::Synonym, "Floppy baby"));
        // A term found by label and synonym is listed once.
        assert_eq!(index.search(&o, "seizure", 1).len(), 1);
        assert!(index.search(&o, "   ", 10).is_empty());
        assert!(index.search(&o, "xyz", 10).is_empty());
    }
}
