//! Errors the analyser reports instead of panicking.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// Longer than [`crate::MAX_TEXT_BYTES`]: refused rather than analysed for seconds in
    /// gigabytes.
    TooLarge { bytes: usize, limit: usize },
    /// Block number `index` is out of order, overlaps the one before, runs past the text or cuts
    /// a character (see [`crate::try_analyze_blocks`]).
    BadBlock { index: usize },
    /// The blocks could not be read at all (as many kinds as pairs of offsets, see `wasm.rs`).
    BadBlocks(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::TooLarge { bytes, limit } => {
                write!(
                    f,
                    "text of {bytes} bytes is over the limit of {limit} bytes (analyse it in parts)"
                )
            }
            Error::BadBlock { index } => write!(
                f,
                "block {index} is out of order, overlaps the one before, or does not fall on the text's characters"
            ),
            Error::BadBlocks(why) => write!(f, "the blocks cannot be read: {why}"),
        }
    }
}

impl std::error::Error for Error {}
