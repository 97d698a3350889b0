//! Splitting one data line into its columns (VCF 4.3 section 1.6), leniently:
//! files in the wild use runs of spaces instead of tabs, and htslib reads
//! them with a warning, so we do too.

/// The columns of one data line, borrowed from the line.
#[derive(Debug, PartialEq, Eq)]
pub struct Columns<'a> {
    pub fields: Vec<&'a str>,
    /// True when the line had no tabs and was split on whitespace instead.
    pub split_on_spaces: bool,
}

/// Splits `line` on tabs; a line with fewer than eight tab-separated fields
/// but with spaces is split on runs of whitespace instead.
pub fn split_columns(line: &str) -> Columns<'_> {
    let fields: Vec<&str> = crate::text::split_on(line, b'\t').collect();
    if fields.len() >= 8 || !line.contains(' ') {
        return Columns { fields, split_on_spaces: false };
    }
    Columns { fields: line.split_whitespace().collect(), split_on_spaces: true }
}

/// The INFO value of `key` (`None` if absent; `Some("")` for a flag).
pub fn info_value<'a>(info: &'a str, key: &str) -> Option<&'a str> {
    info.split(';').find_map(|item| {
        let (k, v) = item.split_once('=').unwrap_or((item, ""));
        (k == key).then_some(v)
    })
}

/// The keys of an INFO column, in order (`.` yields none).
pub fn info_keys(info: &str) -> impl Iterator<Item = &str> {
    info.split(';')
        .filter(|item| !item.is_empty() && *item != ".")
        .map(|item| item.split_once('=').map_or(item, |(k, _)| k))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_are_the_separator() {
        let c = split_columns("1\t10\t.\tA\tG\t.\tPASS\tDP=3;X");
        assert_eq!(c.fields.len(), 8);
        assert!(!c.split_on_spaces);
    }

    #[test]
    fn spaces_are_accepted_with_a_flag() {
        let c = split_columns("1 10  . A G . PASS DP=3");
        assert_eq!(c.fields, ["1", "10", ".", "A", "G", ".", "PASS", "DP=3"]);
        assert!(c.split_on_spaces);
    }

    #[test]
    fn a_tab_line_with_spaces_inside_a_value_keeps_them() {
        let c = split_columns("1\t10\t.\tA\tG\t.\tPASS\tNOTE=two words");
        assert_eq!(c.fields[7], "NOTE=two words");
    }

    #[test]
    fn info_values_and_flags() {
        assert_eq!(info_value("DP=3;DB;CSQ=a|b", "CSQ"), Some("a|b"));
        assert_eq!(info_value("DP=3;DB", "DB"), Some(""));
        assert_eq!(info_value("DP=3", "CSQ"), None);
        assert_eq!(info_keys("DP=3;DB;.").collect::<Vec<_>>(), ["DP", "DB"]);
        assert_eq!(info_keys(".").count(), 0);
    }
}
