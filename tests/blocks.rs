//! The page's blocks as the shell sends them (`analyze_blocks`): blockquotes without quote marks
//! are quotations of the nearest speaker, headings and captions give no speaker, and no blocks
//! change nothing.

use whosaid::{analyze, analyze_blocks, try_analyze_blocks, Block, BlockKind, Error, Kind, Span};

use BlockKind::{Blockquote, Caption, Heading, Paragraph};

/// The blocks joined as the shell joins them ("\n\n"), with their spans.
fn page(blocks: &[(BlockKind, &str)]) -> (String, Vec<Block>) {
    let mut text = String::new();
    let mut out = Vec::new();
    for (kind, words) in blocks {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(words);
        out.push(Block {
            span: Span::new(start, text.len()),
            kind: *kind,
        });
    }
    (text, out)
}

/// Content, speaker's resolved name and kind of each statement.
fn read(text: &str, blocks: &[Block]) -> Vec<(String, String, Kind)> {
    analyze_blocks(text, blocks)
        .statements
        .iter()
        .map(|s| {
            (
                s.content.slice(text).to_string(),
                s.speaker.name.clone(),
                s.kind,
            )
        })
        .collect()
}

const TESTIMONY: &str = "The plan was approved by the cabinet in March and it will go ahead as agreed with the port authority.";

#[test]
fn a_blockquote_after_a_colon_is_the_introducing_speakers() {
    let (text, blocks) = page(&[
        (
            Paragraph,
            "In a statement to the committee on Tuesday, Harbour Minister Alan Grey said:",
        ),
        (Blockquote, TESTIMONY),
        (Paragraph, "The harbour will close for two years."),
    ]);
    let got = read(&text, &blocks);
    assert!(
        got.contains(&(TESTIMONY.to_string(), "Alan Grey".to_string(), Kind::Direct)),
        "{got:#?}"
    );
    let st = analyze_blocks(&text, &blocks).statements;
    let cue = st[0].cue.expect("the introducing cue");
    assert_eq!(cue.slice(&text), "said");
    // As plain text (the command line), the same words are nobody's.
    assert!(!read(&text, &[]).iter().any(|(c, _, _)| c == TESTIMONY));
}

#[test]
fn a_blockquote_goes_on_from_the_last_speaker() {
    let second =
        "Nobody in the district will lose their home, and every family has been consulted.";
    let (text, blocks) = page(&[
        (
            Paragraph,
            "Senator Jane Roe said the inquiry had heard from forty witnesses.",
        ),
        (Blockquote, TESTIMONY),
        (Blockquote, second),
    ]);
    let got = read(&text, &blocks);
    for quote in [TESTIMONY, second] {
        assert!(
            got.contains(&(quote.to_string(), "Jane Roe".to_string(), Kind::Direct)),
            "{quote}: {got:#?}"
        );
    }
}

#[test]
fn a_blockquote_with_no_speaker_near_or_in_quote_marks_is_left_alone() {
    // After a heading: an epigraph or a pull quote, nobody's.
    let (text, blocks) = page(&[(Heading, "What The Report Says"), (Blockquote, TESTIMONY)]);
    assert!(read(&text, &blocks).is_empty());
    // In quote marks, the forms read it as they read any quotation.
    let quoted = format!("\u{201c}{TESTIMONY}\u{201d}");
    let (text, blocks) = page(&[
        (
            Paragraph,
            "The minister said on Tuesday that the port was ready.",
        ),
        (Blockquote, &quoted),
    ]);
    let with = analyze_blocks(&text, &blocks);
    assert_eq!(with, analyze(&text));
}

#[test]
fn only_speech_right_after_a_speaker_is_quoted() {
    // A label or a table's cell in a blockquote is no quotation ("— Name (@name) May 2, 2013").
    let (text, blocks) = page(&[
        (
            Paragraph,
            "Senator Jane Roe said the inquiry had heard from forty witnesses.",
        ),
        (Blockquote, "Drinking game for web devs:"),
        (
            Blockquote,
            "\u{2014} Shay Friedman (@ironshay) August 22, 2013",
        ),
        (Blockquote, "April 2014"),
    ]);
    assert_eq!(read(&text, &blocks), read(&text, &[]));
    // The speaker spoke earlier in the block, and others' words came after: not the nearest.
    let (text, blocks) = page(&[
        (
            Paragraph,
            "Senator Jane Roe said the inquiry had heard from forty witnesses. The port opened in 1901 and grew fast.",
        ),
        (Blockquote, TESTIMONY),
    ]);
    assert_eq!(read(&text, &blocks), read(&text, &[]));
}

#[test]
fn headings_and_captions_give_no_speaker() {
    let (text, blocks) = page(&[
        (Heading, "Minister Defends The Harbour Plan In Parliament"),
        (
            Caption,
            "Senator Jane Roe said the plan would cost too much.",
        ),
        (
            Paragraph,
            "The harbour will close for two years, officials said.",
        ),
    ]);
    let plain = read(&text, &[]);
    assert!(
        plain.iter().any(|(_, who, _)| who == "Minister"),
        "{plain:#?}"
    );
    assert!(
        plain.iter().any(|(_, who, _)| who == "Jane Roe"),
        "{plain:#?}"
    );
    let got = read(&text, &blocks);
    assert_eq!(
        got,
        vec![(
            "The harbour will close for two years".to_string(),
            "officials".to_string(),
            Kind::Indirect
        )]
    );
}

/// A page as the extension read it from its markup (tests/fixtures/blocks/, SOURCES.md): one
/// block a line, its kind, a tab and its text; as the text and blocks the core takes.
fn fixture(name: &str) -> (String, Vec<Block>) {
    let path = format!(
        "{}/tests/fixtures/blocks/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let file = std::fs::read_to_string(path).expect("fixture");
    let blocks: Vec<(BlockKind, &str)> = file
        .lines()
        .map(|line| {
            let (kind, words) = line.split_once('\t').expect("kind, tab, text");
            (BlockKind::from_name(kind).expect("a block kind"), words)
        })
        .collect();
    page(&blocks)
}

/// The name that the speaker written `said` resolved to, in the first statement it speaks.
fn resolved(text: &str, blocks: &[Block], said: &str) -> Option<String> {
    analyze_blocks(text, blocks)
        .statements
        .into_iter()
        .find(|s| s.speaker.text == said)
        .map(|s| s.speaker.name)
}

#[test]
fn names_in_headings_are_no_antecedent() {
    // nytimes-1: the section heading "Africa" and the headline "United States to Lift Sudan
    // Sanctions" once read as one name, "Africa United", which the story's "the United States"
    // meant; a name no longer runs over the line break between them, blocks or not.
    let (text, blocks) = fixture("nytimes-1.txt");
    let us = |blocks: &[Block]| resolved(&text, blocks, "the United States");
    assert_eq!(us(&[]).as_deref(), Some("United States"));
    assert_eq!(us(&blocks).as_deref(), Some("United States"));
    // clean-links (Melville's "Bartleby" as a study text): the scrivener's "he" ("as he first
    // appeared to me") is, in the text alone, the name of the heading "Herman Melville" (the
    // man's: the next heading's Ann Woodlief is a woman's name); the headings name nobody.
    let (text, blocks) = fixture("clean-links.txt");
    assert_eq!(
        resolved(&text, &[], "he").as_deref(),
        Some("Herman Melville")
    );
    assert_eq!(resolved(&text, &blocks, "he").as_deref(), Some("he"));
}

#[test]
fn paragraphs_alone_change_nothing() {
    let text = "Senator Jane Roe said the plan would cost too much.\n\n\u{201c}It will not,\u{201d} he said.";
    let blocks = [
        Block {
            span: Span::new(0, 51),
            kind: Paragraph,
        },
        Block {
            span: Span::new(53, text.len()),
            kind: Paragraph,
        },
    ];
    assert_eq!(
        &text[..51],
        "Senator Jane Roe said the plan would cost too much."
    );
    assert_eq!(analyze_blocks(text, &blocks), analyze(text));
}

#[test]
fn bad_blocks_are_refused_by_number() {
    let text = "Grey said: \u{201c}No.\u{201d}";
    let block = |start, end| Block {
        span: Span::new(start, end),
        kind: Paragraph,
    };
    let cases = [
        (vec![block(0, 4), block(2, 8)], 1),  // overlaps the one before
        (vec![block(0, 4), block(5, 99)], 1), // past the end
        (vec![block(0, 12)], 0),              // inside the three bytes of "“"
    ];
    for (blocks, index) in cases {
        assert_eq!(
            try_analyze_blocks(text, &blocks),
            Err(Error::BadBlock { index }),
            "{blocks:?}"
        );
    }
    assert!(try_analyze_blocks(text, &[block(0, text.len())]).is_ok());
}
