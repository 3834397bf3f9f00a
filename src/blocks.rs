//! What the page's markup says about its text, when the shell sends the blocks it read (plain text
//! has none, and then nothing here runs): a heading or a caption is nobody's statement, and a
//! blockquote without quote marks is a quotation of the nearest speaker, the one whose sentence
//! introduces it ("In a statement, the minister said:") or else the one who spoke last, just
//! before it. Runs on the forms' statements after the filter, before speakers are resolved.

use crate::attribution::{self, Found, Source};
use crate::doc::Doc;
use crate::lexicon::CueClass;
use crate::model::{Block, BlockKind, Kind, Span};
use crate::offsets::{self, Unit};
use crate::Error;

/// Blocks as the shell or the command line gives them, `(start, end, kind name)` with offsets in
/// `unit`s ([`BlockKind::from_name`]), as the core takes them (byte spans); the error names the
/// first bad one.
pub fn read(text: &str, unit: Unit, raw: &[(usize, usize, &str)]) -> Result<Vec<Block>, Error> {
    let units: Vec<usize> = raw.iter().flat_map(|&(s, e, _)| [s, e]).collect();
    let bytes =
        offsets::to_bytes(text, unit, &units).map_err(|i| Error::BadBlock { index: i / 2 })?;
    raw.iter()
        .enumerate()
        .map(|(index, &(_, _, name))| {
            let kind = BlockKind::from_name(name).ok_or(Error::BadBlock { index })?;
            let span = Span::new(bytes[2 * index], bytes[2 * index + 1]);
            Ok(Block { span, kind })
        })
        .collect()
}

/// The statements `found` (in sentence order) as the blocks make them: those in headings and
/// captions dropped, the blockquotes' quotations added.
pub fn apply(doc: &Doc, blocks: &[Block], found: &mut Vec<Found>) {
    if blocks.is_empty() {
        return;
    }
    drop_unspoken(doc, blocks, found);
    quote_blockquotes(doc, blocks, found);
}

/// The tokens of each heading and caption, `[start, end)` in text order: a name read there is
/// nobody's antecedent (a pronoun in the story is not the person a headline or a photo's caption
/// names). None without blocks.
pub fn unread_tokens(doc: &Doc, blocks: &[Block]) -> Vec<(usize, usize)> {
    let first_at = |pos: usize| doc.toks.partition_point(|t| t.span.start < pos);
    blocks
        .iter()
        .filter(|b| b.kind.gives_no_speaker())
        .map(|b| (first_at(b.span.start), first_at(b.span.end)))
        .filter(|(a, e)| a < e)
        .collect()
}

/// The block holding byte `pos` (blocks are sorted and apart).
fn block_at(blocks: &[Block], pos: usize) -> Option<&Block> {
    let k = blocks.partition_point(|b| b.span.start <= pos);
    blocks[..k].last().filter(|b| pos < b.span.end)
}

fn silent(blocks: &[Block], span: Span) -> bool {
    block_at(blocks, span.start).is_some_and(|b| b.kind.gives_no_speaker())
}

fn mention(doc: &Doc, f: &Found) -> Option<Span> {
    match f.source {
        Source::Mention(a, b) | Source::Relative { a, b, .. } => Some(doc.span(a, b)),
        _ => None,
    }
}

/// Drops the statements whose words, cue or speaker lie in a heading or a caption. One that went
/// on from a dropped statement keeps no speaker of it.
fn drop_unspoken(doc: &Doc, blocks: &[Block], found: &mut Vec<Found>) {
    let keep: Vec<bool> = found
        .iter()
        .map(|f| {
            !(silent(blocks, f.content())
                || f.cue.is_some_and(|c| silent(blocks, c))
                || mention(doc, f).is_some_and(|m| silent(blocks, m)))
        })
        .collect();
    if keep.iter().all(|&k| k) {
        return;
    }
    for (f, _) in found.iter_mut().zip(&keep).filter(|(_, &k)| !k) {
        f.source = Source::None;
    }
    attribution::retain(found, &keep);
}

/// A statement to add, before it has its place: `after` of the old statements come before it,
/// and its source may be one of the statements added before it.
struct Added {
    found: Found,
    after: usize,
    same_as: Option<Ref>,
}

#[derive(Clone, Copy)]
enum Ref {
    Old(usize),
    New(usize),
}

/// Adds a direct statement for each blockquote that opens with no quote mark and that no
/// statement already covers, said by the nearest speaker; none when no speaker is near.
fn quote_blockquotes(doc: &Doc, blocks: &[Block], found: &mut Vec<Found>) {
    // Statements by where their words start, to find those in or just before a block.
    let mut by_start: Vec<(usize, usize, usize)> = found
        .iter()
        .enumerate()
        .map(|(i, f)| (f.content().start, f.content().end, i))
        .collect();
    by_start.sort_unstable();
    let mut added: Vec<Added> = Vec::new();
    for (k, b) in blocks.iter().enumerate() {
        if b.kind != BlockKind::Blockquote {
            continue;
        }
        let a = doc.toks.partition_point(|t| t.span.start < b.span.start);
        let e = doc.toks.partition_point(|t| t.span.start < b.span.end);
        if a >= e || doc.toks[a].is_quote() {
            continue;
        }
        let span = doc.span(a, e);
        if !prose(doc, a, e) || covered(&by_start, span) {
            continue;
        }
        let Some(prev) = k.checked_sub(1).map(|p| &blocks[p]) else {
            continue;
        };
        let sentence = doc.sents.partition_point(|s| s.end <= a);
        let after = found.partition_point(|f| f.sentence <= sentence);
        let quote = |cue, verb: (&'static str, CueClass), source, same_as| Added {
            found: Found {
                parts: vec![span],
                cue,
                lemma: verb.0,
                class: verb.1,
                source,
                sentence,
                kind: Kind::Direct,
                loose: false,
            },
            after,
            same_as,
        };
        if prev.kind.gives_no_speaker() {
            continue;
        }
        if let Some((source, cue, verb)) = introduced(doc, prev.span, span) {
            added.push(quote(Some(cue), verb, source, None));
        } else if let Some(r) = last_in(doc, found, &by_start, &added, prev.span) {
            let f = match r {
                Ref::Old(i) => &found[i],
                Ref::New(j) => &added[j].found,
            };
            let verb = (f.lemma, f.class);
            added.push(quote(None, verb, Source::None, Some(r)));
        }
    }
    merge(found, added);
}

/// Some statement's words cover half of `span` or more.
fn covered(by_start: &[(usize, usize, usize)], span: Span) -> bool {
    let from = by_start.partition_point(|&(s, _, _)| s < span.start);
    let before = from.checked_sub(1).map(|p| by_start[p]);
    before
        .into_iter()
        .chain(by_start[from..].iter().copied())
        .take_while(|&(s, _, _)| s < span.end)
        .any(|(s, e, _)| {
            let inside = e.min(span.end).saturating_sub(s.max(span.start));
            2 * inside >= span.len()
        })
}

/// The statement just before the block after `prev`: one added for `prev` (a blockquote's first
/// paragraph), else the one that ends last in `prev`'s last sentence (a speaker who spoke earlier
/// in the block is not the nearest).
fn last_in(
    doc: &Doc,
    found: &[Found],
    by_start: &[(usize, usize, usize)],
    added: &[Added],
    prev: Span,
) -> Option<Ref> {
    if added
        .last()
        .is_some_and(|x| prev.contains(x.found.content()))
    {
        return Some(Ref::New(added.len() - 1));
    }
    let end = doc.toks.partition_point(|t| t.span.start < prev.end);
    let last = doc.sents.partition_point(|s| s.end < end);
    let to = by_start.partition_point(|&(s, _, _)| s < prev.end);
    by_start[..to]
        .iter()
        .rev()
        .take_while(|&&(s, _, _)| s >= prev.start)
        .filter(|&&(_, _, i)| found[i].sentence == last)
        .max_by_key(|&&(_, e, _)| e)
        .map(|&(_, _, i)| Ref::Old(i))
}

/// Tokens `[a, e)` read as speech: a few words ending a sentence, not a table's cell, a caption
/// line or a list's label ("4.2.3", "— Name (@name) May 2, 2013", "Drinking game for web devs:").
fn prose(doc: &Doc, a: usize, e: usize) -> bool {
    let words = (a..e).filter(|&i| doc.is_word(i)).count();
    let mut last = e - 1;
    while last > a && (doc.toks[last].is_quote() || doc.punct(last, ')')) {
        last -= 1;
    }
    words >= PROSE_WORDS && ['.', '!', '?', '…'].iter().any(|&c| doc.punct(last, c))
}

/// Fewer words than this are a label, not a quotation.
const PROSE_WORDS: usize = 6;

/// The speaker, cue and verb of a block that introduces the quotation `quote` with a colon
/// ("In a statement, the minister said:"): what the forms find when the quotation follows in
/// quote marks, the mention mapped back to this text. `None` for any other block.
fn introduced(
    doc: &Doc,
    prev: Span,
    quote: Span,
) -> Option<(Source, Span, (&'static str, CueClass))> {
    let head = prev.slice(doc.text).trim_end();
    if !head.ends_with(':') {
        return None;
    }
    let text = format!("{head} \u{201c}{}\u{201d}", quote.slice(doc.text));
    let there = Doc::new(&text);
    let f = attribution::find(&there)
        .into_iter()
        .find(|f| f.cue.is_some_and(|c| c.end <= head.len()) && f.content().end > head.len())?;
    let m = mention(&there, &f)?;
    let here = |s: Span| Span::new(s.start + prev.start, s.end + prev.start);
    let m = here(m);
    let a = doc.toks.partition_point(|t| t.span.start < m.start);
    let b = doc.toks.partition_point(|t| t.span.start < m.end);
    let cue = here(f.cue?);
    (a < b).then_some((Source::Mention(a, b), cue, (f.lemma, f.class)))
}

/// `found` with `added` in their places; every `SameAs` renumbered.
fn merge(found: &mut Vec<Found>, added: Vec<Added>) {
    if added.is_empty() {
        return;
    }
    let old = std::mem::take(found);
    let mut new_of_old = Vec::with_capacity(old.len());
    let mut new_of_added = Vec::with_capacity(added.len());
    let (mut i, mut n) = (0, 0);
    for x in &added {
        while i < x.after {
            new_of_old.push(n);
            (i, n) = (i + 1, n + 1);
        }
        new_of_added.push(n);
        n += 1;
    }
    new_of_old.extend((i..old.len()).map(|k| n + k - i));
    let at = |r: Ref| match r {
        Ref::Old(i) => new_of_old[i],
        Ref::New(j) => new_of_added[j],
    };
    let mut olds = old.into_iter().map(|mut f| {
        if let Source::SameAs(k) = f.source {
            f.source = Source::SameAs(new_of_old[k]);
        }
        f
    });
    let mut taken = 0;
    for x in added {
        while taken < x.after {
            found.push(olds.next().expect("as many as counted"));
            taken += 1;
        }
        let mut f = x.found;
        if let Some(r) = x.same_as {
            f.source = Source::SameAs(at(r));
        }
        found.push(f);
    }
    found.extend(olds);
}
