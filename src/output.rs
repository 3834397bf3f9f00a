//! The wire format shared by the command line and the wasm module: the JSON of
//! `../shared/eval/README.md`, with offsets in the unit the reader indexes strings by.

use crate::model::{Analysis, Span, Statement};
use crate::offsets::{OffsetMap, Unit};
use serde_json::{json, Value};

fn pair(map: &OffsetMap, s: Span) -> Value {
    json!([map.convert(s.start), map.convert(s.end)])
}

fn statement(map: &OffsetMap, text: &str, st: &Statement) -> Value {
    json!({
        "id": st.id,
        "kind": st.kind,
        "content": pair(map, st.content),
        "parts": st.parts.iter().map(|p| pair(map, *p)).collect::<Vec<_>>(),
        "cue": st.cue.map(|c| pair(map, c)),
        "cue_text": st.cue.map(|c| c.slice(text)),
        "speaker": {
            "text": st.speaker.text,
            "mention": st.speaker.mention.map(|m| pair(map, m)),
            "name": st.speaker.name,
            "party": st.speaker.party,
            "anonymous": st.speaker.anonymous,
        },
        "claim": st.claim,
        "stance": st.stance,
        "disputes": st.disputes,
        "why": st.why,
    })
}

/// The analysis as JSON, offsets converted to `unit`.
pub fn analysis_json(text: &str, analysis: &Analysis, unit: Unit) -> Value {
    let map = OffsetMap::new(text, unit);
    json!({
        "statements": analysis.statements.iter().map(|s| statement(&map, text, s)).collect::<Vec<_>>(),
        "parties": analysis.parties,
    })
}
