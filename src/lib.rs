//! whosaid: finds attributed statements in English news text, who made them, which claim each is
//! about and who disputes whom. Pure and deterministic: text in, plain data out.

pub mod error;
pub mod model;
pub mod offsets;
pub mod output;
pub mod report;
pub mod stance;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use error::Error;
pub use model::{Analysis, Kind, Party, Span, Speaker, Stance, Statement};

/// Largest text analysed at once (offsets are kept in `u32`).
pub const MAX_TEXT_BYTES: usize = u32::MAX as usize;

/// Analyses one text: every attributed statement with its speaker, claim and disputes.
pub fn analyze(text: &str) -> Analysis {
    let _ = text;
    Analysis::default()
}

/// [`analyze`], refusing texts whose offsets would not fit.
pub fn try_analyze(text: &str) -> Result<Analysis, Error> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::TooLarge {
            bytes: text.len(),
            limit: MAX_TEXT_BYTES,
        });
    }
    Ok(analyze(text))
}
