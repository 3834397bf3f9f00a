//! whosaid: finds attributed statements in English news text, who made them, which claim each is
//! about and who disputes whom. Pure and deterministic: text in, plain data out.

pub mod attribution;
pub mod blocks;
pub mod disputes;
pub mod doc;
pub mod error;
pub mod filter;
pub mod hash;
// Word lists read best packed several to a line; rustfmt would put one per line.
#[rustfmt::skip]
pub mod lexicon;
pub mod model;
pub mod offsets;
pub mod output;
pub mod quotes;
pub mod report;
pub mod speakers;
pub mod stance;
pub mod tokens;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use error::Error;
pub use model::{
    Analysis, Block, BlockKind, CueClass, Kind, Party, Span, Speaker, Stance, Statement,
};

/// Largest text analysed at once: 4 MiB, twenty times the longest article seen. Time and memory
/// grow with the text (a 20 MB paste of many speakers took 7.6 s and 1.6 GB on the command line);
/// the extension sends a long page in slices far below this.
pub const MAX_TEXT_BYTES: usize = 4 << 20;

/// Analyses one text: every attributed statement with its speaker, claim and disputes.
pub fn analyze(text: &str) -> Analysis {
    analyze_blocks(text, &[])
}

/// [`analyze`] of a text read from a page, with the page's blocks: their byte spans, sorted and
/// apart, and what each one is ([`blocks::apply`] says what that changes). No blocks: [`analyze`].
pub fn analyze_blocks(text: &str, blocks: &[Block]) -> Analysis {
    let doc = doc::Doc::new(text);
    let mut statements = statements_of(&doc, blocks);
    let parties = disputes::link_doc(&doc, &mut statements);
    Analysis {
        statements,
        parties,
    }
}

/// The statements and their speakers alone, without claims and disputes (`claim` is the
/// statement's own id, no `disputes`): the core's share of the work, for benchmarks.
pub fn find_statements(text: &str) -> Vec<Statement> {
    statements_of(&doc::Doc::new(text), &[])
}

fn statements_of(doc: &doc::Doc, blocks: &[Block]) -> Vec<Statement> {
    let mut found = filter::find_filtered(doc);
    blocks::apply(doc, blocks, &mut found);
    let mut resolver = speakers::Resolver::new();
    resolver.leave_unread(blocks::unread_tokens(doc, blocks));
    let mut speakers_so_far: Vec<Speaker> = Vec::with_capacity(found.len());
    let mut role_only = Vec::new();
    for f in &found {
        resolver.observe(doc, doc.sents[f.sentence].end);
        let s = resolver.resolve(doc, f, &speakers_so_far);
        if let Some(role) = resolver.take_role_only() {
            role_only.push((speakers_so_far.len(), role));
        }
        speakers_so_far.push(s);
    }
    resolver.name_headline_roles(doc, &mut speakers_so_far, &role_only);
    for s in &mut speakers_so_far {
        speakers::bound_names(s);
    }
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&i| (found[i].parts[0].start, found[i].parts[0].end));
    // Each found statement and its speaker are used once: moved out, not cloned.
    let mut slots: Vec<Option<(attribution::Found, Speaker)>> =
        found.into_iter().zip(speakers_so_far).map(Some).collect();
    order
        .into_iter()
        .enumerate()
        .map(|(id, i)| {
            let (f, speaker) = slots[i].take().expect("each index once");
            Statement {
                id,
                kind: f.kind,
                content: f.content(),
                cue: f.cue,
                cue_lemma: f.lemma.to_string(),
                cue_class: f.cue_class(),
                parts: f.parts,
                speaker,
                claim: id,
                stance: Stance::Asserts,
                disputes: Vec::new(),
                why: String::new(),
            }
        })
        .collect()
}

/// [`analyze`], refusing texts over [`MAX_TEXT_BYTES`].
pub fn try_analyze(text: &str) -> Result<Analysis, Error> {
    try_analyze_blocks(text, &[])
}

/// [`analyze_blocks`], refusing texts over [`MAX_TEXT_BYTES`] and blocks that are out of order,
/// overlap, run past the text or cut a character.
pub fn try_analyze_blocks(text: &str, blocks: &[Block]) -> Result<Analysis, Error> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::TooLarge {
            bytes: text.len(),
            limit: MAX_TEXT_BYTES,
        });
    }
    let mut end = 0;
    for (index, b) in blocks.iter().enumerate() {
        let s = b.span;
        let ok = end <= s.start
            && s.start <= s.end
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end);
        if !ok {
            return Err(Error::BadBlock { index });
        }
        end = s.end;
    }
    Ok(analyze_blocks(text, blocks))
}
