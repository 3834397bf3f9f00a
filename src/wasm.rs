//! The wasm boundary: the only module that touches `wasm_bindgen`. Strings in; the analysis out as
//! a JavaScript object ([`analyze`], see docs/crates.md for why not a JSON string), with offsets in
//! UTF-16 code units so JavaScript can index its own strings directly.
//!
//! A panic cannot be caught here: on wasm32-unknown-unknown it aborts, which JavaScript sees as a
//! `WebAssembly.RuntimeError` ("unreachable"). So a panic hook keeps the panic's message, the shell
//! catches the trap, reads the message with [`take_panic`], reports it and replaces the instance
//! (its memory may be half-updated); the page is left as it was.

use crate::model::Block;
use crate::offsets::Unit;
use serde::Serialize;
use std::sync::{Mutex, Once};
use wasm_bindgen::prelude::*;

/// The message of the last panic, kept by the hook for [`take_panic`].
static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let message = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".to_string());
            let at = info
                .location()
                .map(|l| format!(" at {}:{}", l.file(), l.line()))
                .unwrap_or_default();
            // try_lock: a panic while the lock is held (in take_panic) must not deadlock the hook.
            if let Ok(mut slot) = LAST_PANIC.try_lock() {
                *slot = Some(format!("{message}{at}"));
            }
        }));
    });
}

/// The shell's blocks in the core's terms, or the error that names the bad one: `spans` is
/// `[start, end, …]` in UTF-16 code units, `kinds` the kind of each ("paragraph", "blockquote",
/// "heading", "caption", "list_item"). Plain arrays, not objects: reading objects would pull
/// wasm-bindgen's value printer into the glue.
fn blocks_of(text: &str, spans: &[u32], kinds: &[String]) -> Result<Vec<Block>, crate::Error> {
    if spans.len() != 2 * kinds.len() {
        return Err(crate::Error::BadBlocks(format!(
            "{} offsets for {} kinds",
            spans.len(),
            kinds.len()
        )));
    }
    let raw: Vec<(usize, usize, &str)> = kinds
        .iter()
        .enumerate()
        .map(|(i, k)| (spans[2 * i] as usize, spans[2 * i + 1] as usize, k.as_str()))
        .collect();
    crate::blocks::read(text, Unit::Utf16, &raw)
}

/// Analyses `text` and returns the statements and parties as a JavaScript object (plain objects,
/// the keys of the output contract, offsets in UTF-16 code units), built by serde-wasm-bindgen
/// from the output structs with no JSON text on either side: 0.77-0.81 of the time of
/// `JSON.parse` of a JSON string on large texts, and a smaller module (docs/crates.md).
/// `spans` and `kinds` (optional): the blocks the shell read, sorted and apart ([`blocks_of`]);
/// with them the core reads blockquotes, headings and captions for what they are.
#[wasm_bindgen]
pub fn analyze(
    text: &str,
    spans: Option<Vec<u32>>,
    kinds: Option<Vec<String>>,
) -> Result<JsValue, JsError> {
    install_panic_hook();
    let analysis = blocks_of(text, &spans.unwrap_or_default(), &kinds.unwrap_or_default())
        .and_then(|blocks| crate::try_analyze_blocks(text, &blocks))
        .map_err(|e| JsError::new(&e.to_string()))?;
    crate::output::analysis_out(text, &analysis, Unit::Utf16)
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// The message of the panic that trapped the last call, once; `None` when there was none.
#[wasm_bindgen]
pub fn take_panic() -> Option<String> {
    LAST_PANIC.try_lock().ok().and_then(|mut slot| slot.take())
}

/// Panics, so the browser tests can check that the shell survives a panic in the core. Only in
/// the test build (`--features test-hooks`, dist/test/): the packages have no such door.
#[cfg(feature = "test-hooks")]
#[wasm_bindgen]
pub fn panic_for_test() {
    install_panic_hook();
    panic!("panic_for_test: a deliberate panic in the core");
}

/// The longest text [`analyze`] takes, in UTF-8 bytes: the demo says so before it tries.
#[wasm_bindgen]
pub fn max_text_bytes() -> usize {
    crate::MAX_TEXT_BYTES
}

/// The version of the analyser, so the shell can tell which core it runs.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
