//! The wasm boundary: the only module that touches `wasm_bindgen`. Strings in, JSON strings out, with
//! offsets in UTF-16 code units so JavaScript can index its own strings directly.

use crate::offsets::Unit;
use wasm_bindgen::prelude::*;

/// Analyses `text` and returns the statements and parties as a JSON string
/// (see `output::analysis_json`), offsets in UTF-16 code units.
#[wasm_bindgen]
pub fn analyze(text: &str) -> Result<String, JsError> {
    let analysis = crate::try_analyze(text).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(crate::output::analysis_json(text, &analysis, Unit::Utf16).to_string())
}

/// The version of the analyser, so the shell can tell which core it runs.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
