//! The explanations a clinician in training can open in place: one for each
//! ACMG/AMP criterion, each filter and each chart, each with the guideline
//! or paper it comes from. The words are in the tables
//! (`locales/*/explain.ftl`, the source as the message's `.source`); this
//! module names the topics, so the app and the tests agree on them.

use crate::acmg::Code;
use crate::i18n::Lang;

/// The filters with an explanation, as `explain-filter-<id>` names them.
pub const FILTERS: [&str; 14] = [
    "pass",
    "carrier",
    "qual",
    "dp",
    "gq",
    "ab",
    "af",
    "cadd",
    "revel",
    "spliceai",
    "impact",
    "clinvar",
    "regions",
    "inheritance",
];

/// The charts with an explanation, by their page ids (`chart-<id>`).
pub const CHARTS: [&str; 6] = ["consequences", "funnel", "genome", "af-score", "quality", "lollipop"];

/// What is explained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    Criterion(Code),
    /// One of [`FILTERS`].
    Filter(&'static str),
    /// One of [`CHARTS`].
    Chart(&'static str),
}

impl Topic {
    /// The message key of the explanation.
    pub fn key(self) -> String {
        match self {
            Topic::Criterion(code) => format!("explain-criterion-{}", code.as_str().to_ascii_lowercase()),
            Topic::Filter(id) => format!("explain-filter-{id}"),
            Topic::Chart(id) => format!("explain-chart-{id}"),
        }
    }
}

/// An explanation in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    pub text: String,
    /// The guideline or paper, as a citation.
    pub source: String,
}

/// `topic` explained in `lang`.
pub fn explain(topic: Topic, lang: Lang) -> Explanation {
    let key = topic.key();
    // A missing source shows the key, as a missing message does.
    let source = lang.attribute(&key, "source").unwrap_or_else(|| format!("{key}.source"));
    Explanation { text: lang.t(&key), source }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::acmg::CRITERIA;
    use crate::i18n::keys;

    fn every_topic() -> Vec<Topic> {
        let criteria = CRITERIA.iter().map(|c| Topic::Criterion(c.code));
        criteria.chain(FILTERS.map(Topic::Filter)).chain(CHARTS.map(Topic::Chart)).collect()
    }

    #[test]
    fn every_criterion_filter_and_chart_is_explained_with_its_source_in_both_languages() {
        let topics = every_topic();
        assert_eq!(topics.len(), 28 + 14 + 6);
        for lang in Lang::ALL {
            for &topic in &topics {
                let e = explain(topic, lang);
                assert!(e.text.len() > 40 && !e.text.starts_with("explain-"), "{lang:?} {topic:?}: {e:?}");
                assert!(!e.source.ends_with(".source") && e.source.len() > 8, "{lang:?} {topic:?}: {e:?}");
            }
        }
        // Citations are the same in both languages, but for the one that is a sentence.
        for &topic in &topics {
            let (en, nb) = (explain(topic, Lang::En), explain(topic, Lang::Nb));
            assert_ne!(en.text, nb.text, "{topic:?} is translated");
            if topic != Topic::Chart("funnel") {
                assert_eq!(en.source, nb.source, "{topic:?}");
            }
        }
    }

    #[test]
    fn no_explanation_is_left_without_a_topic() {
        let named: Vec<String> = every_topic().into_iter().map(Topic::key).collect();
        for key in keys(Lang::En).into_iter().filter(|k| k.starts_with("explain-") && k.matches('-').count() > 1) {
            assert!(named.iter().any(|n| n == key), "{key} explains nothing the app shows");
        }
    }
}
