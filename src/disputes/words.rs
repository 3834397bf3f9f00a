//! The article's words as the disputes pass reads them: lower-case, with straight apostrophes.
//! Each distinct word of the statements' contents is interned once per article, with what the
//! pass asks of it (its stem, whether it negates, names a statement, opens a refuting phrase …),
//! so that reading a statement is array lookups rather than hashing and stemming every word again.

use super::interner::Interner;
use super::lexicon as dl;
use crate::attribution::Doc;
use crate::hash::HashMap as FastMap;
use crate::lexicon;
use crate::model::Span;
use crate::stance::lexicon as sl;
use std::sync::OnceLock;

/// No word (a punctuation token, a token not interned, no stem, no opposite).
pub const NONE: u32 = u32::MAX;

// What a word is, as bits of `Word::flags`.
/// Too common to compare claims by (`is_content_word`).
pub const STOP: u8 = 1;
/// A negator ("not", "never", "didn't").
pub const NEGATION: u8 = 2;
/// Declines to answer when negated ("did not respond").
pub const NO_ANSWER: u8 = 4;
/// Sides with someone ("right", "accurate").
pub const AGREEING: u8 = 8;
/// Names a statement ("claim", "report").
pub const STATEMENT_NOUN: u8 = 16;
/// First word of a phrase `signals` looks for ("not" of "not true").
pub const OPENS_PHRASE: u8 = 32;
/// One of a pair of opposites ("asleep", "awake").
pub const OPPOSABLE: u8 = 64;

/// The word lists the pass reads words by, as one map from word to flags: one lookup per word.
/// With a screen: a bit set of the words' first two bytes, last byte and length, which turns
/// away most words of an article (not in the lists) before they are hashed.
fn vocabulary() -> &'static (FastMap<&'static str, u8>, [u64; 256]) {
    static MAP: OnceLock<(FastMap<&'static str, u8>, [u64; 256])> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m: FastMap<&'static str, u8> = FastMap::default();
        let mut add = |words: &[&'static str], flag: u8| {
            for w in words {
                *m.entry(w).or_default() |= flag;
            }
        };
        add(sl::STOPWORDS, STOP);
        add(dl::EXTRA_STOPWORDS, STOP);
        add(sl::NEGATION, STOP | NEGATION);
        add(dl::NO_ANSWER, NO_ANSWER);
        add(dl::AGREEING_WORDS, AGREEING);
        add(dl::STATEMENT_NOUNS, STATEMENT_NOUN);
        add(lexicon::DOCUMENT_NOUNS, STATEMENT_NOUN);
        for list in dl::SIGNAL_PHRASES {
            for p in list.iter() {
                add(&[p.split(' ').next().unwrap_or(p)], OPENS_PHRASE);
            }
        }
        for &(a, b) in dl::OPPOSITES {
            add(&[a, b], OPPOSABLE);
        }
        let mut screen = [0u64; 256];
        for w in m.keys() {
            let bit = screen_bit(w);
            screen[bit / 64] |= 1 << (bit % 64);
        }
        (m, screen)
    })
}

/// A word's place in the vocabulary's screen (16384 bits): its first two bytes, last byte and
/// length, mixed by a multiplication.
fn screen_bit(w: &str) -> usize {
    let b = w.as_bytes();
    let byte = |i: usize| u32::from(b.get(i).copied().unwrap_or(0));
    let key =
        byte(0) | byte(1) << 8 | byte(b.len().max(1) - 1) << 16 | (b.len().min(255) as u32) << 24;
    (key.wrapping_mul(0x9e37_79b1) >> 18) as usize
}

/// The flags of a lower-case word.
pub fn flags_of(w: &str) -> u8 {
    let (map, screen) = vocabulary();
    let bit = screen_bit(w);
    let listed = screen[bit / 64] >> (bit % 64) & 1 == 1;
    let flags = if listed {
        map.get(w).copied().unwrap_or(0)
    } else {
        0
    };
    if w.ends_with("n't") {
        flags | NEGATION
    } else {
        flags
    }
}

/// A word's party not looked up yet (see [`Ctx::name_parties`]).
const UNKNOWN: u32 = NONE - 1;

/// The analysed text's words: `Doc::w` with straight apostrophes ("didn’t" reads "didn't"), and
/// the interned words of every statement's content.
pub struct Ctx<'d, 'a> {
    pub doc: &'d Doc<'a>,
    /// Word id of each token: every word of a statement's content, and every word with a curly
    /// apostrophe; `NONE` for the others.
    id: Vec<u32>,
    // What is known of each distinct word, by id, one array a field (the scans over a
    // statement's words read only the flags).
    words: Interner,
    flags: Vec<u8>,
    /// Index of its stem among the article's stems, for a content word (else `NONE`).
    stems_of: Vec<u32>,
    /// Its opposite's id, when it has one and the article's statements use it (else `NONE`).
    opposites: Vec<u32>,
    /// Whether it is capitalised somewhere in a content, and so may name a party.
    capped: Vec<bool>,
    /// The party it names (`NONE` for none, `UNKNOWN` before [`Ctx::name_parties`]).
    parties: Vec<u32>,
    /// Where each token starts: a compact copy for binary searches (an eighth of the tokens'
    /// bytes, so a search stays in cache).
    starts: Vec<u32>,
    /// Token range `[a, b)` of each statement's content.
    contents: Vec<(usize, usize)>,
    /// The word ids of the contents' tokens, each token once, in text order (punctuation left
    /// out): content `i`'s are `word_ids[a..b]` for `(a, b) = word_ranges[i]`. One array, not a
    /// copy per content: contents overlap ("according to" repeated, each content running back
    /// to the sentence's start), and copies would take their summed length.
    word_ids: Vec<u32>,
    word_ranges: Vec<(usize, usize)>,
    /// Each distinct stem of a content word, to its index.
    stems: Interner,
    buf: String,
}

impl<'d, 'a> Ctx<'d, 'a> {
    /// Interns the words of `doc` inside `contents` (the statements' contents).
    pub fn new(doc: &'d Doc<'a>, contents: impl IntoIterator<Item = Span>) -> Ctx<'d, 'a> {
        let starts: Vec<u32> = doc.toks.iter().map(|t| t.span.start as u32).collect();
        let contents: Vec<(usize, usize)> = contents
            .into_iter()
            .map(|span| tokens_in(&starts, span))
            .collect();
        let content_tokens: usize = contents.iter().map(|&(a, b)| b - a).sum();
        // Room for all the distinct words (up to two in three of the contents' tokens), so
        // that the index is not grown and rehashed as it fills.
        let guess = content_tokens.min(doc.toks.len()) * 2 / 3 + 8;
        let mut cx = Ctx {
            doc,
            id: vec![NONE; doc.toks.len()],
            words: Interner::with_capacity(guess),
            flags: Vec::with_capacity(guess),
            stems_of: Vec::with_capacity(guess),
            opposites: Vec::new(),
            capped: Vec::with_capacity(guess),
            parties: Vec::new(),
            starts,
            word_ids: Vec::with_capacity(content_tokens.min(doc.toks.len())),
            word_ranges: Vec::new(),
            contents,
            stems: Interner::with_capacity(guess),
            buf: String::new(),
        };
        // Words with a curly apostrophe, met in text order: one pass over the tokens.
        let mut k = 0;
        for (at, _) in doc.text.match_indices('’') {
            while k < doc.toks.len() && doc.toks[k].span.end <= at {
                k += 1;
            }
            if cx.id.get(k) == Some(&NONE) && doc.toks[k].is_word() && doc.toks[k].span.start <= at
            {
                cx.id[k] = cx.intern(&doc.w(k).replace('’', "'"));
            }
        }
        // Each content token once, however many contents hold it, in the order the contents
        // first reach it (so words are numbered as reading every content in turn would).
        let mut unread = Unread::new(doc.toks.len());
        for i in 0..cx.contents.len() {
            let (a, b) = cx.contents[i];
            let mut k = unread.first_from(a);
            while k < b {
                cx.read_content_token(k);
                unread.mark_read(k);
                k = unread.first_from(k + 1);
            }
        }
        cx.index_content_words();
        let n = cx.words.len();
        cx.parties = vec![UNKNOWN; n];
        cx.opposites = (0..n)
            .map(|i| {
                let o = (cx.flags[i] & OPPOSABLE != 0)
                    .then(|| dl::opposite_of(cx.words.text(i as u32)))
                    .flatten()
                    .and_then(|o| cx.words.get(o));
                o.unwrap_or(NONE)
            })
            .collect();
        cx
    }

    /// Interns content token `k`'s word, and notes a capitalised one.
    fn read_content_token(&mut self, k: usize) {
        let doc = self.doc;
        if self.id[k] == NONE && doc.toks[k].is_word() && !doc.w(k).is_empty() {
            self.id[k] = self.intern(doc.w(k));
        }
        if self.id[k] != NONE && doc.toks[k].cap {
            self.capped[self.id[k] as usize] = true;
        }
    }

    /// Fills `word_ids` from the contents' tokens, in text order, and `word_ranges`.
    fn index_content_words(&mut self) {
        let mut order: Vec<usize> = (0..self.contents.len()).collect();
        order.sort_unstable_by_key(|&i| self.contents[i].0);
        // The token of each word in `word_ids`.
        let mut toks: Vec<u32> = Vec::with_capacity(self.word_ids.capacity());
        self.word_ranges = vec![(0, 0); self.contents.len()];
        // Tokens before `done` are in: the contents seen so far start no later than this one,
        // so they cover it up to `done`. `from` is the first word at or after this content's
        // start, which only moves on.
        let (mut done, mut from) = (0, 0);
        for i in order {
            let (a, b) = self.contents[i];
            for k in a.max(done)..b {
                if self.id[k] != NONE {
                    self.word_ids.push(self.id[k]);
                    toks.push(k as u32);
                }
            }
            done = done.max(b);
            while from < toks.len() && (toks[from] as usize) < a {
                from += 1;
            }
            self.word_ranges[i] = (from, from + first_at(&toks[from..], b));
        }
    }

    fn intern(&mut self, text: &str) -> u32 {
        let (id, new) = self.words.intern(text);
        if !new {
            return id;
        }
        let text = self.words.text(id);
        let flags = flags_of(text);
        let stem = if is_content(text, flags) {
            stem_into(text, &mut self.buf);
            self.stems.intern(&self.buf).0
        } else {
            NONE
        };
        self.add(flags, stem)
    }

    /// Records what is known of the word just interned; its id.
    fn add(&mut self, flags: u8, stem: u32) -> u32 {
        self.flags.push(flags);
        self.stems_of.push(stem);
        self.capped.push(false);
        self.flags.len() as u32 - 1
    }

    /// Token indices `[a, b)` of the tokens inside `span`.
    pub fn tokens_in(&self, span: Span) -> (usize, usize) {
        tokens_in(&self.starts, span)
    }

    /// Token range `[a, b)` of the content of the `i`th span given to [`Ctx::new`].
    pub fn content(&self, i: usize) -> (usize, usize) {
        self.contents[i]
    }

    /// The word ids of the `i`th content, punctuation left out.
    pub fn content_words(&self, i: usize) -> &[u32] {
        let (a, b) = self.word_ranges[i];
        &self.word_ids[a..b]
    }

    /// Token `k`'s word ("" for punctuation or past the end).
    pub fn w(&self, k: usize) -> &str {
        match self.doc.toks.get(k) {
            Some(t) if t.is_word() => match self.id[k] {
                NONE => self.doc.w(k),
                i => self.words.text(i),
            },
            _ => "",
        }
    }

    /// Token `k`'s word id: `NONE` unless it is a word of a statement's content (or has a curly
    /// apostrophe).
    pub fn id(&self, k: usize) -> u32 {
        self.id.get(k).copied().unwrap_or(NONE)
    }

    pub fn text(&self, id: u32) -> &str {
        self.words.text(id)
    }

    /// Whether word `id` has `flag`.
    pub fn is(&self, id: u32, flag: u8) -> bool {
        self.flags[id as usize] & flag != 0
    }

    /// The stem index of word `id` (`NONE` for a word not worth comparing).
    pub fn stem(&self, id: u32) -> u32 {
        self.stems_of[id as usize]
    }

    /// The id of word `id`'s opposite (`NONE` when it has none in the contents).
    pub fn opposite(&self, id: u32) -> u32 {
        self.opposites[id as usize]
    }

    /// Token `k`'s flags, interned or not.
    pub fn flags(&self, k: usize) -> u8 {
        match self.id(k) {
            NONE if self.doc.toks.get(k).is_some_and(|t| t.is_word()) => flags_of(self.w(k)),
            NONE => 0,
            i => self.flags[i as usize],
        }
    }

    /// Looks up once, for each word capitalised somewhere in a content, the party it names.
    pub fn name_parties(&mut self, named_by: impl Fn(&str) -> Option<usize>) {
        for i in 0..self.words.len() {
            if self.capped[i] {
                self.parties[i] = named_by(self.words.text(i as u32)).map_or(NONE, |p| p as u32);
            }
        }
    }

    /// The party token `k`'s word names: looked up in advance for the capitalised words of the
    /// contents, else by `named_by`.
    pub fn named_party(&self, k: usize, named_by: impl Fn(&str) -> Option<usize>) -> Option<usize> {
        match self.parties.get(self.id(k) as usize) {
            Some(&NONE) => None,
            Some(&p) if p != UNKNOWN => Some(p as usize),
            _ => named_by(self.w(k)),
        }
    }

    /// The index of a stem among the content words' stems.
    pub fn stem_id(&self, stem: &str) -> Option<u32> {
        self.stems.get(stem)
    }

    pub fn stem_count(&self) -> usize {
        self.stems.len()
    }
}

/// Index of the first of the sorted `toks` at or after token `k`, searched from the front in
/// doubling steps: the cost grows with the log of the answer (a content's words), not of the
/// article's.
fn first_at(toks: &[u32], k: usize) -> usize {
    let mut end = 1;
    while end < toks.len() && (toks[end - 1] as usize) < k {
        end *= 2;
    }
    toks[..end.min(toks.len())].partition_point(|&t| (t as usize) < k)
}

/// The tokens not read yet, for reading each once: following `next` from token `k` leads to
/// the first unread token at or after `k` (the number of tokens when none is left).
struct Unread {
    next: Vec<u32>,
}

impl Unread {
    fn new(n_tokens: usize) -> Unread {
        Unread {
            next: (0..=n_tokens as u32).collect(),
        }
    }

    /// The first unread token at or after `k` (`k` at most the number of tokens). Links are
    /// shortened on the way, so that reading all the contents is about linear in the tokens.
    fn first_from(&mut self, mut k: usize) -> usize {
        while self.next[k] as usize != k {
            self.next[k] = self.next[self.next[k] as usize];
            k = self.next[k] as usize;
        }
        k
    }

    fn mark_read(&mut self, k: usize) {
        self.next[k] = k as u32 + 1;
    }
}

/// Token indices `[a, b)` of the tokens (starting at `starts`) inside `span`.
fn tokens_in(starts: &[u32], span: Span) -> (usize, usize) {
    let a = starts.partition_point(|&s| (s as usize) < span.start);
    let b = starts.partition_point(|&s| (s as usize) < span.end);
    (a, b.max(a))
}

/// A crude English stemmer, enough to meet "removed" with "remove" and "specialists" with
/// "specialist": plural and -ed/-ing endings off, then a final "e".
pub fn stem(word: &str) -> String {
    let mut out = String::new();
    stem_into(word, &mut out);
    out
}

/// The word without its possessive "'s" (all of them, as `trim_end_matches` would): a suffix
/// test, where `trim_end_matches` with a string pattern sets up a substring searcher per call.
pub fn without_possessive(mut word: &str) -> &str {
    while let Some(w) = word.strip_suffix("'s") {
        word = w;
    }
    word
}

/// [`stem`] into a reused buffer.
pub fn stem_into(word: &str, out: &mut String) {
    out.clear();
    let w = without_possessive(word);
    let n = w.len();
    if n <= 3 || !w.is_ascii() {
        out.push_str(w);
        return;
    }
    if let Some(b) = w.strip_suffix("ies").filter(|_| n > 4) {
        out.push_str(b);
        out.push('y');
    } else if let Some(b) = w.strip_suffix("ing").filter(|_| n > 5) {
        out.push_str(b);
    } else if let Some(b) = w.strip_suffix("ed").filter(|_| n > 4) {
        out.push_str(b);
    } else if let Some(b) = w
        .strip_suffix("es")
        .filter(|b| n > 4 && b.ends_with(['s', 'x', 'z', 'h']))
    {
        out.push_str(b);
    } else if let Some(b) = w.strip_suffix('s').filter(|b| !b.ends_with('s')) {
        out.push_str(b);
    } else {
        out.push_str(w);
    }
    if out.len() > 4 && out.ends_with('e') {
        out.pop();
    }
}

/// Whether a lower-case word carries content worth comparing.
pub fn is_content_word(w: &str) -> bool {
    is_content(w, flags_of(w))
}

/// [`is_content_word`] for a word whose `flags_of` are known.
pub fn is_content(w: &str, flags: u8) -> bool {
    w.len() > 1 && flags & STOP == 0 && w.chars().any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each content's words are its own tokens' ids, whatever the contents' order and overlap.
    #[test]
    fn content_words_are_the_contents_own() {
        let text = "Trump said, “the report isn’t true,” and Peskov denied it. Then he said: no.";
        let doc = Doc::new(text);
        let n = text.len();
        let spans = [
            (12, 36),
            (0, n),
            (5, 20),
            (40, 60),
            (0, 3),
            (58, n),
            (30, 30),
            (2, 70),
        ];
        let cx = Ctx::new(&doc, spans.iter().map(|&(a, b)| Span::new(a, b)));
        for (i, &(a, b)) in spans.iter().enumerate() {
            let (ka, kb) = cx.tokens_in(Span::new(a, b));
            let own: Vec<u32> = (ka..kb).map(|k| cx.id(k)).filter(|&w| w != NONE).collect();
            assert_eq!(cx.content_words(i), own.as_slice(), "content {i}");
        }
        assert_eq!(first_at(&[1, 3, 5, 7, 9], 0), 0);
        assert_eq!(first_at(&[1, 3, 5, 7, 9], 6), 3);
        assert_eq!(first_at(&[1, 3, 5, 7, 9], 10), 5);
        assert_eq!(first_at(&[], 4), 0);
    }
}
