//! One spelling of a JSON value, so that a hash taken in the browser, in
//! the CLI and after any number of saves and imports is the same: object
//! keys sorted by their bytes, no whitespace, numbers and strings as
//! serde_json writes them. Hashes are taken over values read back from
//! JSON text (never over a value built from Rust types directly), so a
//! number is always the one the text says: an `f32` goes through its
//! shortest decimal, as it does in the saved file.

use serde_json::Value;
use sha2::{Digest, Sha256};

/// `value` in canonical form.
pub fn canonical(value: &Value) -> String {
    let mut out = String::new();
    write(value, &mut out);
    out
}

fn write(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, key) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(key.clone()).to_string());
                out.push(':');
                write(&map[key], out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(item, out);
            }
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The SHA-256 of `value`'s canonical form.
pub fn hash(value: &Value) -> String {
    sha256_hex(canonical(value).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn key_order_and_whitespace_do_not_change_the_form() {
        let a: Value = serde_json::from_str(r#"{ "b": [1, 2.5, "x"], "a": {"d": null, "c": true} }"#).unwrap();
        let b: Value = serde_json::from_str(r#"{"a":{"c":true,"d":null},"b":[1,2.5,"x"]}"#).unwrap();
        assert_eq!(canonical(&a), r#"{"a":{"c":true,"d":null},"b":[1,2.5,"x"]}"#);
        assert_eq!(hash(&a), hash(&b));
        assert_ne!(hash(&a), hash(&json!({"a": {"c": true, "d": null}, "b": [1, 2.5, "y"]})));
    }

    #[test]
    fn strings_are_escaped_as_json() {
        assert_eq!(canonical(&json!({"k\"ey": "line\nbreak"})), r#"{"k\"ey":"line\nbreak"}"#);
    }
}
