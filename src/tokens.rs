//! Splits text into tokens (words, numbers, punctuation, quote marks) with byte spans, and tokens
//! into paragraphs and sentences. One pass, no allocation per token beyond the token itself.

use crate::lexicon;
use crate::model::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tok {
    /// Letters, digits, inner apostrophes, hyphens and dots ("U.S.", "don't", "al-Assad").
    Word,
    /// A double quote mark of any style, or `''`/`` `` `` used as one.
    DoubleQuote(Dir),
    /// A single quote mark that is not an apostrophe.
    SingleQuote(Dir),
    /// Any other punctuation or symbol, one char.
    Punct(char),
}

/// Which way a quote mark faces, as far as its glyph and neighbours tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Open,
    Close,
    Either,
}

#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub kind: Tok,
    pub span: Span,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Whitespace before this token contains a line break (a new block or paragraph).
    pub line_before: bool,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == Tok::Word
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Tok::Punct(c)
    }
    pub fn is_quote(&self) -> bool {
        matches!(self.kind, Tok::DoubleQuote(_) | Tok::SingleQuote(_))
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// ASCII bytes that are word chars ([`is_word_char`]): one load instead of four comparisons.
static ASCII_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    t
};

/// The char starting at byte `j`, read without UTF-8 decoding when it is ASCII (nearly always).
#[inline]
fn char_at(text: &str, j: usize) -> Option<char> {
    match text.as_bytes().get(j) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[j..].chars().next(),
        None => None,
    }
}

/// The char ending at byte `i`, as [`char_at`].
#[inline]
fn char_before(text: &str, i: usize) -> Option<char> {
    match i.checked_sub(1).map(|k| text.as_bytes()[k]) {
        Some(b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[..i].chars().next_back(),
        None => None,
    }
}

/// Tokenises `text`. Offsets are byte offsets on char boundaries.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 5);
    let mut line_before = true;
    // A byte cursor rather than a char iterator: a token's chars are read once, not again to
    // skip past them.
    let mut pos = 0;
    while let Some(c) = char_at(text, pos) {
        let i = pos;
        pos += c.len_utf8();
        if c.is_whitespace() {
            if c == '\n' || c == '\r' || c == '\u{2029}' {
                line_before = true;
            }
            continue;
        }
        let next_char = |j: usize| char_at(text, j);
        // Only quote marks look at what precedes them.
        let prev_char = || char_before(text, i);
        let prev_space = || prev_char().is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
        let (kind, end) = if is_word_char(c) {
            // A word: letters and digits, joined by inner ' ’ - . & when a word char follows.
            let mut end = i + c.len_utf8();
            loop {
                // Runs of ASCII letters and digits, the bulk of any word, byte by byte.
                while bytes.get(end).is_some_and(|&b| ASCII_WORD[usize::from(b)]) {
                    end += 1;
                }
                let Some(n) = next_char(end) else { break };
                if is_word_char(n) {
                    end += n.len_utf8();
                    continue;
                }
                if matches!(n, '\'' | '’' | '-' | '.' | '&' | ',') {
                    let after = end + n.len_utf8();
                    let follows = next_char(after).is_some_and(is_word_char);
                    // "1,000" joins on a comma only between digits; "U.S." keeps its last dot.
                    let ok = match n {
                        ',' => {
                            bytes[end - 1].is_ascii_digit()
                                && next_char(after).is_some_and(|d| d.is_ascii_digit())
                        }
                        // "3.5" and "U.S": a dot joins digits, or single letters.
                        '.' => {
                            follows
                                && ((bytes[end - 1].is_ascii_digit()
                                    && next_char(after).is_some_and(|d| d.is_ascii_digit()))
                                    || is_initialism(&text[i..end]))
                        }
                        _ => follows,
                    };
                    if ok {
                        end = after;
                        continue;
                    }
                    // "U.S." and "Mr.": the dot belongs to the word.
                    if n == '.'
                        && (is_initialism(&text[i..end]) || lexicon::is_title(&text[i..end]))
                    {
                        end = after;
                    }
                }
                break;
            }
            // Possessive plural "voters’": the apostrophe is part of the word when no word follows.
            (Tok::Word, end)
        } else {
            let end = i + c.len_utf8();
            match c {
                '"' | '“' | '”' | '„' | '«' | '»' | '″' => {
                    let dir = match c {
                        '“' | '„' | '«' => Dir::Open,
                        '”' | '»' => Dir::Close,
                        _ => straight_dir(prev_space(), next_char(end)),
                    };
                    (Tok::DoubleQuote(dir), end)
                }
                '\'' | '`' | '‘' | '’' => {
                    // Doubled single marks act as a double quote (''like this'' / ``like this'').
                    if let Some(n @ ('\'' | '`' | '’' | '‘')) = next_char(end) {
                        let end2 = end + n.len_utf8();
                        let dir = if c == '`' || c == '‘' {
                            Dir::Open
                        } else {
                            straight_dir(prev_space(), next_char(end2))
                        };
                        (Tok::DoubleQuote(dir), end2)
                    } else if c == '‘'
                        || c == '`'
                        || (prev_space() && next_char(end).is_some_and(is_word_char))
                    {
                        (Tok::SingleQuote(Dir::Open), end)
                    } else if prev_char().is_some_and(|p| p == 's' || p == 'S')
                        && !out
                            .last()
                            .is_some_and(|t| t.kind == Tok::SingleQuote(Dir::Open))
                    {
                        // "voters' votes": a possessive, not a closing mark.
                        (Tok::Punct('\''), end)
                    } else {
                        (
                            Tok::SingleQuote(if prev_space() {
                                Dir::Either
                            } else {
                                Dir::Close
                            }),
                            end,
                        )
                    }
                }
                _ => (Tok::Punct(c), end),
            }
        };
        pos = end;
        out.push(Token {
            kind,
            span: Span::new(i, end),
            cap: c.is_uppercase(),
            line_before,
        });
        line_before = false;
    }
    out
}

fn straight_dir(prev_space: bool, next: Option<char>) -> Dir {
    let next_space = next.is_none_or(|n| n.is_whitespace() || ",.;:!?)]}—–".contains(n));
    match (prev_space, next_space) {
        (true, false) => Dir::Open,
        (false, true) => Dir::Close,
        _ => Dir::Either,
    }
}

/// "U.S", "D.C", "a.m": single letters joined by dots, whose final dot belongs to the word.
fn is_initialism(w: &str) -> bool {
    w.split('.').all(|p| p.chars().count() == 1)
}

/// A sentence or headline: a range of token indices `[start, end)` and its paragraph.
#[derive(Debug, Clone, Copy)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
}

/// Longest sentence, in tokens. Attribution looks across a sentence for each cue in it, so a
/// sentence with no end (a page of commas, "according to" repeated) would cost time quadratic in
/// its length; cut there it stays linear. PolNeAR's longest sentence is 329 tokens.
pub const MAX_SENTENCE_TOKENS: usize = 400;

/// Splits tokens into sentences. A line break always ends one; `. ! ?` end one unless the word
/// before is an abbreviation or the next token starts lower-case. Marks inside a quotation
/// (`inside_quote[i]`) do not end a sentence, so `"A. B," he said.` stays whole. No sentence is
/// longer than [`MAX_SENTENCE_TOKENS`].
pub fn sentences(text: &str, toks: &[Token], inside_quote: &[bool]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut paragraph = 0;
    for i in 0..toks.len() {
        if i > start && toks[i].line_before {
            out.push(Sentence {
                start,
                end: i,
                paragraph,
            });
            start = i;
            paragraph += 1;
            continue;
        }
        if i >= start + MAX_SENTENCE_TOKENS {
            out.push(Sentence {
                start,
                end: i,
                paragraph,
            });
            start = i;
        }
        // "… entering the U.S. While Clinton …": an initialism's dot can end a sentence too.
        if i >= start
            && toks[i].is_word()
            && toks[i].span.slice(text).ends_with('.')
            && !lexicon::is_title(toks[i].span.slice(text).trim_end_matches('.'))
            && toks
                .get(i + 1)
                .is_some_and(|n| !n.line_before && lexicon::starts_sentence(n.span.slice(text)))
        {
            out.push(Sentence {
                start,
                end: i + 1,
                paragraph,
            });
            start = i + 1;
            continue;
        }
        if i < start || !matches!(toks[i].kind, Tok::Punct('.' | '!' | '?')) {
            continue;
        }
        // Inside a quotation only a stop right before its closing mark can end the sentence.
        let closes_quote = toks.get(i + 1).is_some_and(|t| {
            matches!(t.kind, Tok::DoubleQuote(Dir::Close | Dir::Either))
                && t.span.start == toks[i].span.end
        });
        if inside_quote[i] && !closes_quote {
            continue;
        }
        // Closing quote marks and brackets right after the stop belong to this sentence.
        let mut j = i + 1;
        while j < toks.len()
            && !toks[j].line_before
            && (matches!(
                toks[j].kind,
                Tok::DoubleQuote(Dir::Close | Dir::Either) | Tok::SingleQuote(Dir::Close)
            ) || toks[j].is_punct(')'))
            && toks[j].span.start == toks[j - 1].span.end
        {
            j += 1;
        }
        let Some(next) = toks.get(j) else { break };
        // "(D-N.Y.)": a stop with no space after it is inside a word.
        if next.line_before || next.span.start == toks[j - 1].span.end {
            continue;
        }
        let next_starts = next.cap
            || next.is_quote()
            || text[next.span.start..].starts_with(|c: char| c.is_ascii_digit())
            || next.is_punct('(');
        if !next_starts {
            continue;
        }
        if toks[i].is_punct('.')
            && i > 0
            && toks[i - 1].is_word()
            && toks[i - 1].span.end == toks[i].span.start
        {
            let w = toks[i - 1].span.slice(text);
            let next_word = next.span.slice(text);
            // "said no. But he …", "in Mass. The …": a word that is also an abbreviation still
            // ends a sentence before a word that starts one; "No." is a number only before one.
            let abbreviation = lexicon::is_abbreviation(w)
                && (lexicon::is_title(w) || !lexicon::starts_sentence(next_word))
                && (!w.eq_ignore_ascii_case("no")
                    || next_word.starts_with(|c: char| c.is_ascii_digit()));
            if abbreviation || (w.chars().count() == 1 && toks[i - 1].cap) {
                continue;
            }
        }
        out.push(Sentence {
            start,
            end: j,
            paragraph,
        });
        start = j;
    }
    if start < toks.len() {
        out.push(Sentence {
            start,
            end: toks.len(),
            paragraph,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.span.slice(text)).collect()
    }

    #[test]
    fn words_and_marks() {
        assert_eq!(
            words("“U.S. officials don’t,” he said of Trump’s 1,000-vote win."),
            [
                "“",
                "U.S.",
                "officials",
                "don’t",
                ",",
                "”",
                "he",
                "said",
                "of",
                "Trump’s",
                "1,000-vote",
                "win",
                "."
            ]
        );
        assert_eq!(
            words("''Yes,'' she said."),
            ["''", "Yes", ",", "''", "she", "said", "."]
        );
    }

    #[test]
    fn an_endless_sentence_is_cut() {
        let text = "according to ".repeat(1000);
        let toks = tokenize(&text);
        let s = sentences(&text, &toks, &vec![false; toks.len()]);
        assert_eq!(s.len(), toks.len().div_ceil(MAX_SENTENCE_TOKENS));
        assert!(s.iter().all(|s| s.end - s.start <= MAX_SENTENCE_TOKENS));
        assert!(s.windows(2).all(|w| w[0].end == w[1].start));
        assert!(
            s.iter().all(|s| s.paragraph == 0),
            "a cut is no paragraph break"
        );
    }

    #[test]
    fn sentence_split_keeps_titles_and_quotes() {
        let text =
            "Sen. Ted Cruz of the U.S. Senate spoke. \"It works. It does,\" he said. Next one";
        let toks = tokenize(text);
        let mut inside = vec![false; toks.len()];
        let (a, b) = (
            toks.iter()
                .position(|t| t.span.slice(text) == "\"")
                .unwrap(),
            toks.iter()
                .rposition(|t| t.span.slice(text) == "\"")
                .unwrap(),
        );
        inside[a..=b].iter_mut().for_each(|x| *x = true);
        let s: Vec<&str> = sentences(text, &toks, &inside)
            .iter()
            .map(|s| &text[toks[s.start].span.start..toks[s.end - 1].span.end])
            .collect();
        assert_eq!(
            s,
            [
                "Sen. Ted Cruz of the U.S. Senate spoke.",
                "\"It works. It does,\" he said.",
                "Next one"
            ]
        );
    }
}
