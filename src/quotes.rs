//! Pairs quote marks into quotations. Straight marks toggle; curly marks say which way they face.
//! A quotation left open at a paragraph's end continues when the next paragraph opens with a mark
//! (the news convention for multi-paragraph quotes); otherwise it ends with its paragraph.

use crate::model::Span;
use crate::tokens::{Dir, Tok, Token};

#[derive(Debug, Clone, Copy)]
pub struct Quote {
    /// Token indices of the opening mark and of the last token inside, or the closing mark.
    pub open: usize,
    pub close: usize,
    /// From the opening mark to the end of the closing mark (or the paragraph's last token).
    pub span: Span,
    /// Words inside: a one- or two-word quotation is usually a scare quote or a title.
    pub words: usize,
    /// The quotation goes on in the next paragraph.
    pub continues: bool,
}

/// Finds double-quoted quotations, in text order, in one linear pass.
pub fn find_quotes(toks: &[Token]) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut words = 0;
    let push = |out: &mut Vec<Quote>, o: usize, c: usize, words: usize, continues: bool| {
        out.push(Quote {
            open: o,
            close: c,
            span: Span::new(toks[o].span.start, toks[c].span.end),
            words,
            continues,
        });
    };
    // The closing curly mark of a quotation inside a straight-quoted one, skipped to.
    let mut inner_until = 0;
    for (i, t) in toks.iter().enumerate() {
        if i < inner_until {
            if matches!(t.kind, Tok::Word) {
                words += 1;
            }
            continue;
        }
        if t.line_before {
            if let Some(o) = open.take() {
                let continues = matches!(t.kind, Tok::DoubleQuote(Dir::Open | Dir::Either));
                if i - 1 > o {
                    push(&mut out, o, i - 1, words, continues);
                }
            }
            words = 0;
        }
        match (t.kind, open) {
            (Tok::DoubleQuote(Dir::Close), None) => {}
            (Tok::DoubleQuote(_), None) => {
                open = Some(i);
                words = 0;
            }
            (Tok::DoubleQuote(Dir::Open), Some(o)) => {
                // `"… isn't about “Equal Justice Under Law” anymore.`: curly marks paired inside
                // a straight-quoted paragraph quote a title or a phrase within it.
                if let Some(close) = inner_close(toks, o, i) {
                    inner_until = close + 1;
                    continue;
                }
                // A new opening mark while one is open: the earlier one was never closed.
                open = Some(i);
                words = 0;
            }
            (Tok::DoubleQuote(_), Some(o)) => {
                push(&mut out, o, i, words, false);
                open = None;
            }
            (Tok::Word, Some(_)) => words += 1,
            _ => {}
        }
    }
    if let Some(o) = open {
        if toks.len() - 1 > o {
            push(&mut out, o, toks.len() - 1, words, false);
        }
    }
    out
}

/// The closing curly mark that pairs with the curly opening mark at `i`, when the quotation open
/// at `o` was opened by a straight mark and the pair lies inside it: no straight mark and no
/// line break before it.
fn inner_close(toks: &[Token], o: usize, i: usize) -> Option<usize> {
    // A curly mark is three bytes of UTF-8; a straight one (or two apostrophes) fewer.
    let curly = |t: &Token| t.span.end - t.span.start == 3;
    if curly(&toks[o]) || !curly(&toks[i]) {
        return None;
    }
    let close = toks
        .iter()
        .enumerate()
        .skip(i + 1)
        .take_while(|(_, t)| !t.line_before && (!t.is_quote() || curly(t)))
        .find(|(_, t)| matches!(t.kind, Tok::DoubleQuote(Dir::Close)) && curly(t))
        .map(|(k, _)| k)?;
    // The straight quotation goes on after the pair: its own closing mark follows in the
    // paragraph, or the next paragraph opens with one (a quotation over paragraphs). Else the
    // straight mark was a stray one and the curly pair a quotation of its own.
    let after = toks[close + 1..]
        .iter()
        .find(|t| t.line_before || matches!(t.kind, Tok::DoubleQuote(_)))?;
    (matches!(after.kind, Tok::DoubleQuote(_)) && !curly(after)).then_some(close)
}

/// For each token, the index of the quotation it lies in (marks included), if any.
pub fn quote_index(toks: &[Token], quotes: &[Quote]) -> Vec<Option<u32>> {
    let mut of = vec![None; toks.len()];
    for (q, quote) in quotes.iter().enumerate() {
        for slot in &mut of[quote.open..=quote.close] {
            *slot = Some(q as u32);
        }
    }
    of
}
