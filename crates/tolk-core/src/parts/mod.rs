//! Reading a file in parts, so that several cores parse it at once.
//!
//! Parsing and building the store is five sixths of a load (inflating
//! is the rest), so that is what is spread. One reader inflates the file
//! and reads its header as usual, then cuts the record lines into
//! [`Part`]s of about [`PART_BYTES`] at line ends, each knowing its first
//! line's number and its offset in the text. Any number of others turn a
//! part into a [`ParsedPart`] with [`parse_part`], given the header
//! ([`PartContext`]); the reader joins the parsed parts in file order,
//! whatever order they come back in. The joined load is the one a single
//! pass gives: the same rows, ids, line numbers, text offsets and
//! warnings (`tests/parts.rs` holds every test file to that).
//!
//! The cutting and joining ([`split`]) are the reader's `Parser`'s; they
//! know parts, not how a part is parsed, so the parser can use them
//! without this module's [`parse_part`] being the parser's too. A loader
//! asks for them with [`crate::Loader::in_parts`]. Who parses the parts, and
//! where, is the caller's business: threads in the CLI, web workers in
//! the browser (both ends serialise parts with serde).

pub(crate) mod split;

pub use split::{ParsedPart, Part, PartContext, PartReport};

use crate::diagnostics::LoadError;
use crate::vcf::lines::Line;
use crate::vcf::parser::Parser;
use std::io::Write;

/// The text a part holds, about: large enough that the cost of sending a
/// part and joining it back is small beside parsing it (some 4,000
/// annotated records), small enough that a file of a few MB still makes
/// parts for every core and the last part does not leave the others idle
/// for long.
pub const PART_BYTES: usize = 4 << 20;

/// Parses one part, as the single-pass parser would have read its lines.
pub fn parse_part(context: &PartContext, part: &Part) -> Result<ParsedPart, LoadError> {
    let mut parser = Parser::for_part(context, part.first_line, part.text_offset);
    if part.dropped > 0 {
        parser.read_line(Line { number: part.first_line, offset: part.text_offset, bytes: &[], dropped: part.dropped });
    } else {
        // An error here is the parser's fatal one, given by `finish_part`.
        let _ = parser.write_all(&part.text);
    }
    parser.finish_part(part.index, part.first_line)
}
