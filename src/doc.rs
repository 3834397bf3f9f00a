//! The analysed text: its tokens, quotations and sentences, and the token queries every pass
//! (attribution, speakers, disputes) asks of them.

use crate::model::Span;
use crate::quotes::{self, Quote};
use crate::tokens::{self, Sentence, Token};

/// The analysed text with its tokens, quotations and sentences.
pub struct Doc<'a> {
    pub text: &'a str,
    /// ASCII-lower-cased copy: same byte offsets, cheap case-insensitive lookups.
    lower: String,
    pub toks: Vec<Token>,
    pub quotes: Vec<Quote>,
    pub quote_of: Vec<Option<u32>>,
    pub sents: Vec<Sentence>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Self {
        let toks = tokens::tokenize(text);
        let quotes = quotes::find_quotes(&toks);
        let quote_of = quotes::quote_index(&toks, &quotes);
        let inside: Vec<bool> = quote_of.iter().map(Option::is_some).collect();
        let sents = tokens::sentences(text, &toks, &inside);
        Doc {
            text,
            lower: text.to_ascii_lowercase(),
            toks,
            quotes,
            quote_of,
            sents,
        }
    }
    /// The token's text, lower-cased (ASCII).
    pub fn w(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .map_or("", |t| &self.lower[t.span.start..t.span.end])
    }
    pub fn raw(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.span.slice(self.text))
    }
    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(Token::is_word)
    }
    pub(crate) fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(c))
    }
    /// A hyphen, en or em dash standing alone: an aside's or a dateline's mark.
    pub(crate) fn dash(&self, i: usize) -> bool {
        self.punct(i, '-') || self.punct(i, '–') || self.punct(i, '—')
    }
    pub(crate) fn cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.cap && t.is_word())
    }
    /// A capitalised word in the possessive: "Obama’s", "Clinton's".
    pub(crate) fn named_possessive(&self, i: usize) -> bool {
        let raw = self.raw(i);
        self.cap(i) && (raw.ends_with("'s") || raw.ends_with("’s"))
    }
    pub(crate) fn in_quote(&self, i: usize) -> bool {
        self.quote_of.get(i).is_some_and(Option::is_some)
    }
    pub(crate) fn is_open_quote(&self, i: usize) -> bool {
        self.quote_of
            .get(i)
            .copied()
            .flatten()
            .is_some_and(|q| self.quotes[q as usize].open == i)
    }
    pub(crate) fn is_close_quote(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(Token::is_quote)
            && self
                .quote_of
                .get(i)
                .copied()
                .flatten()
                .is_some_and(|q| self.quotes[q as usize].close == i)
    }
    /// Byte span from the start of token `a` to the end of token `b - 1`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].span.start, self.toks[b - 1].span.end)
    }
}

/// A headline: most words of four letters or more are capitalised.
pub(crate) fn is_headline(doc: &Doc, a: usize, b: usize) -> bool {
    let (mut long, mut caps) = (0, 0);
    for i in a..b {
        if doc.is_word(i) && doc.raw(i).len() >= 4 {
            long += 1;
            caps += doc.cap(i) as usize;
        }
    }
    long >= 3 && caps * 10 >= long * 7
}
