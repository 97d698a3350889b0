//! What changed between two states of the work, as paths with the value
//! before and after: what an analyst (or an auditor) reads in the trail.

use super::canonical::hash;
use super::entry::Change;
use serde_json::Value;

/// Subtrees named so are given by hash: a variant's snapshot of the file's
/// facts and the case context are what Tolk read, not what was decided,
/// and whole they would make every entry kilobytes long.
const BY_HASH: [&str; 2] = ["facts", "context"];

/// Fields that say who last changed a variant and when: the entry itself
/// says that.
const STAMPS: [&str; 2] = ["updated_by", "updated_at"];

/// The changes from `before` to `after`, in path order. Objects are
/// compared key by key, arrays of the same length item by item; anything
/// else that differs is one change.
pub fn changes(before: &Value, after: &Value) -> Vec<Change> {
    let mut out = Vec::new();
    changes_at("", before, after, &mut out);
    out
}

/// The changes from `before` to `after`, a part of the work found at
/// `path`, added to `out`.
pub fn changes_at(path: &str, before: &Value, after: &Value, out: &mut Vec<Change>) {
    walk(path, before, after, out);
}

fn walk(path: &str, before: &Value, after: &Value, out: &mut Vec<Change>) {
    if before == after {
        return;
    }
    let name = path.rsplit('.').next().unwrap_or(path);
    if BY_HASH.contains(&name) {
        let summary = |v: &Value| if v.is_null() { Value::Null } else { Value::String(format!("sha256:{}", hash(v))) };
        out.push(Change { path: path.to_owned(), before: summary(before), after: summary(after) });
        return;
    }
    match (before, after) {
        (Value::Object(a), Value::Object(b)) => {
            let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
            keys.sort();
            keys.dedup();
            for key in keys {
                if STAMPS.contains(&key.as_str()) {
                    continue;
                }
                let child = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                walk(&child, a.get(key).unwrap_or(&Value::Null), b.get(key).unwrap_or(&Value::Null), out);
            }
        }
        // A new variant's work, or one removed: its fields one by one.
        (Value::Object(_), Value::Null) | (Value::Null, Value::Object(_)) => {
            let empty = Value::Object(Default::default());
            let (a, b) = if before.is_null() { (&empty, after) } else { (before, &empty) };
            walk(path, a, b, out);
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                walk(&format!("{path}[{i}]"), x, y, out);
            }
        }
        _ => out.push(Change { path: path.to_owned(), before: before.clone(), after: after.clone() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn paths(changes: &[Change]) -> Vec<&str> {
        changes.iter().map(|c| c.path.as_str()).collect()
    }

    #[test]
    fn a_changed_leaf_is_one_change_with_both_values() {
        let before = json!({"variants": {"1:10:A:G": {"report": null, "comment": "x", "updated_at": "1"}}});
        let after = json!({"variants": {"1:10:A:G": {"report": "report", "comment": "x", "updated_at": "2"}}});
        let c = changes(&before, &after);
        assert_eq!(paths(&c), ["variants.1:10:A:G.report"]);
        assert_eq!((c[0].before.clone(), c[0].after.clone()), (Value::Null, json!("report")));
    }

    #[test]
    fn a_new_variant_lists_its_fields_and_its_facts_by_hash() {
        let before = json!({"variants": {}});
        let after = json!({"variants": {"1:10:A:G": {"facts": {"gene": "SCN1A"}, "comment": "seen"}}});
        let c = changes(&before, &after);
        assert_eq!(paths(&c), ["variants.1:10:A:G.comment", "variants.1:10:A:G.facts"]);
        assert!(c[1].after.as_str().unwrap().starts_with("sha256:"));
        assert_eq!(c[1].before, Value::Null);
    }

    #[test]
    fn arrays_of_one_length_are_compared_by_item_and_others_whole() {
        let before = json!({"criteria": [{"code": "PM2", "applied": false}]});
        let same = json!({"criteria": [{"code": "PM2", "applied": true}]});
        assert_eq!(paths(&changes(&before, &same)), ["criteria[0].applied"]);
        let longer = json!({"criteria": [{"code": "PM2", "applied": false}, {"code": "PP3", "applied": true}]});
        assert_eq!(paths(&changes(&before, &longer)), ["criteria"]);
        assert!(changes(&before, &before).is_empty());
    }
}
