//! Errors the analyser reports instead of panicking.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// Longer than [`crate::MAX_TEXT_BYTES`]: refused rather than analysed for seconds in
    /// gigabytes.
    TooLarge { bytes: usize, limit: usize },
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
        }
    }
}

impl std::error::Error for Error {}
