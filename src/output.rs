//! The wire format shared by the command line and the wasm module: the JSON of
//! `../shared/eval/README.md`, with offsets in the unit the reader indexes strings by.
//!
//! The format is written once, as borrowed structs ([`Output`]): serde_json writes them as text,
//! serde-wasm-bindgen as a JavaScript object (`wasm::analyze_object`), and [`analysis_json`] makes
//! a `serde_json::Value` of them for the command line. Fields are declared in alphabetical order,
//! the order serde_json's `Value` keeps its keys in, so all three agree key for key.

use crate::model::{Analysis, CueClass, Kind, Party, Span, Stance, Statement};
use crate::offsets::{OffsetMap, Unit};
use serde::Serialize;
use serde_json::Value;

/// A span as `[start, end]` in the output's unit.
type Pair = [usize; 2];

/// The analysis as written: statements and parties, offsets converted.
#[derive(Serialize)]
pub struct Output<'a> {
    parties: Vec<PartyOut<'a>>,
    statements: Vec<StatementOut<'a>>,
}

#[derive(Serialize)]
struct PartyOut<'a> {
    members: &'a [String],
    name: &'a str,
    statements: &'a [usize],
}

#[derive(Serialize)]
struct StatementOut<'a> {
    claim: usize,
    content: Pair,
    cue: Option<Pair>,
    cue_class: CueClass,
    cue_text: Option<&'a str>,
    disputes: &'a [usize],
    id: usize,
    kind: Kind,
    parts: Vec<Pair>,
    speaker: SpeakerOut<'a>,
    stance: Stance,
    why: &'a str,
}

#[derive(Serialize)]
struct SpeakerOut<'a> {
    anonymous: bool,
    mention: Option<Pair>,
    name: &'a str,
    party: Option<&'a str>,
    text: &'a str,
}

fn party(p: &Party) -> PartyOut<'_> {
    PartyOut {
        members: &p.members,
        name: &p.name,
        statements: &p.statements,
    }
}

fn statement<'a>(map: &OffsetMap, text: &'a str, st: &'a Statement) -> StatementOut<'a> {
    let pair = |s: Span| [map.convert(s.start), map.convert(s.end)];
    StatementOut {
        claim: st.claim,
        content: pair(st.claim_span()),
        cue: st.cue.map(pair),
        cue_class: st.cue_class,
        cue_text: st.cue.map(|c| c.slice(text)),
        disputes: &st.disputes,
        id: st.id,
        kind: st.kind,
        parts: st.parts.iter().map(|p| pair(*p)).collect(),
        speaker: SpeakerOut {
            anonymous: st.speaker.anonymous,
            mention: st.speaker.mention.map(pair),
            name: &st.speaker.name,
            party: st.speaker.party.as_deref(),
            text: &st.speaker.text,
        },
        stance: st.stance,
        why: &st.why,
    }
}

/// The analysis in the wire format, offsets converted to `unit`, ready to serialize.
pub fn analysis_out<'a>(text: &'a str, analysis: &'a Analysis, unit: Unit) -> Output<'a> {
    let map = OffsetMap::new(text, unit);
    Output {
        parties: analysis.parties.iter().map(party).collect(),
        statements: analysis
            .statements
            .iter()
            .map(|s| statement(&map, text, s))
            .collect(),
    }
}

/// The analysis as JSON, offsets converted to `unit`.
pub fn analysis_json(text: &str, analysis: &Analysis, unit: Unit) -> Value {
    serde_json::to_value(analysis_out(text, analysis, unit))
        .expect("the output has string keys and finite numbers only")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text serde_json writes from the structs is the text of the `Value`: the fields are in
    /// the `Value`'s (alphabetical) key order, so the wasm's string and the command line agree.
    #[test]
    fn structs_write_the_value_text() {
        let text = "\u{201c}Prices will fall,\u{201d} Anna Berg, the minister, said on Monday. \
                    Critics denied that prices would fall, according to Reuters.";
        let analysis = crate::analyze(text);
        assert!(!analysis.statements.is_empty());
        for unit in [Unit::Utf16, Unit::CodePoint] {
            let written = serde_json::to_string(&analysis_out(text, &analysis, unit)).unwrap();
            assert_eq!(written, analysis_json(text, &analysis, unit).to_string());
        }
    }

    /// The written `content` of a quotation split by a speaker and a long description is its
    /// longest part; split by a short "he said", all of it.
    #[test]
    fn content_is_the_longest_part_when_a_long_description_splits_it() {
        let content = |text: &str| {
            let analysis = crate::analyze(text);
            let json = analysis_json(text, &analysis, Unit::CodePoint);
            let c = &json["statements"][0]["content"];
            let (a, b) = (
                c[0].as_u64().unwrap() as usize,
                c[1].as_u64().unwrap() as usize,
            );
            text.chars().skip(a).take(b - a).collect::<String>()
        };
        assert_eq!(
            content(
                "\"This used to be Russia's back yard,\" said Raffaello Pantucci, director of \
                 International Security Studies at the Royal United Services Institute in London, \
                 \"but it is increasingly coming into China's thrall.\""
            ),
            "\"but it is increasingly coming into China's thrall.\""
        );
        assert_eq!(
            content("\"We will not back down,\" Peskov said. \"Not now, not ever.\""),
            "\"We will not back down,\" Peskov said. \"Not now, not ever.\""
        );
    }
}
