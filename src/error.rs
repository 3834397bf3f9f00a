//! Errors the analyser reports instead of panicking.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// Offsets are kept in `u32`; longer texts are refused rather than mis-indexed.
    TooLarge { bytes: usize, limit: usize },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::TooLarge { bytes, limit } => {
                write!(
                    f,
                    "text of {bytes} bytes is over the limit of {limit} bytes"
                )
            }
        }
    }
}

impl std::error::Error for Error {}
