//! Every statement says what its cue reports: speech, a belief or evidence (`cue_class`).
//! Sentences from PolNeAR train (../shared/corpus/polnear/train.jsonl), copied here with the
//! article each comes from.

use whosaid::{analyze, CueClass};

/// The class of the statement whose cue is `cue` in `text`, and its content.
fn class_of(text: &str, cue: &str) -> (CueClass, String) {
    let analysis = analyze(text);
    let st = analysis
        .statements
        .iter()
        .find(|s| s.cue.is_some_and(|c| c.slice(text) == cue))
        .unwrap_or_else(|| panic!("no statement cued by {cue:?} in {text:?}"));
    (st.cue_class, st.content.slice(text).to_string())
}

#[test]
fn said_told_denied_and_according_to_are_speech() {
    // huff-post_2016-01-19_flint-water-response-perfectly-c
    let text = "Snyder, for his part, has denied that Clinton and her appearance on Maddow had \
                anything to do with his decision to ask for federal funds.";
    assert_eq!(class_of(text, "denied").0, CueClass::Speech);
    // breitbart_2015-12-04_bellwether-county-says-trump-sho
    let text = "Boasting 108,000 residents who run the gamut from farmers to professors, with its \
                nominal capital in Terre Haute, called the “Crossroads of America” by the \
                citizens, the GOP leaners in the area seem enamored with Trump, according to \
                Politico.";
    assert_eq!(class_of(text, "according to").0, CueClass::Speech);
}

#[test]
fn thinks_and_wants_are_beliefs() {
    // breitbart_2016-01-19_long-time-leaders-of-conservativ
    let text = "He also thinks Cruz will win his current battle with Donald Trump.";
    assert_eq!(
        class_of(text, "thinks"),
        (
            CueClass::Belief,
            "Cruz will win his current battle with Donald Trump".to_string()
        )
    );
    // breitbart_2016-02-20_the-latest-hillary-clinton-tells
    let text = "Rubio wants to emerge as the go-to candidate for mainstream Republicans — and the \
                chief alternative to Donald Trump and Ted Cruz in the race.";
    assert_eq!(class_of(text, "wants").0, CueClass::Belief);
}

#[test]
fn a_learned_cue_of_a_held_view_is_a_belief() {
    // nyt_2016-01-30_traditionally-democrat-unions-ar ("confident" is a learned cue, which the
    // forms read as speech; the lexicon says it is a view held).
    let text = "Ms. Henry and other labor leaders remain confident that they can keep their \
                members in the fold.";
    assert_eq!(class_of(text, "confident").0, CueClass::Belief);
}

#[test]
fn how_one_sees_a_thing_or_how_it_seems_is_a_belief() {
    // wash-post_2016-03-10_scrappy-debate-signals-long-grin ("sees" is a learned cue the forms
    // read as speech; it reports a view, not words).
    let text = "He sees the calendar farther ahead as increasingly favorable.";
    assert_eq!(
        class_of(text, "sees"),
        (
            CueClass::Belief,
            "the calendar farther ahead as increasingly favorable".to_string()
        )
    );
    // breitbart_2016-04-12_mexican-anchor-crosses-swords-wi: the writer's impression.
    let text = "Jorge Ramos appears somewhat uneasy when asked about his daughter’s work for the \
                campaign of Democrat Hillary Clinton.";
    assert_eq!(class_of(text, "appears").0, CueClass::Belief);
}

#[test]
fn a_poll_found_and_a_poll_shows_are_evidence() {
    // breitbart_2016-01-23_poll-donald-trump-ties-hillary-c
    let text = "With former New York City Mayor Michael Bloomberg reportedly considering a \
                presidential run as an Independent, a Morning Consult Poll found that he would \
                draw from Clinton’s support in a three-candidate matchup among Bloomberg, \
                Clinton and Trump.";
    assert_eq!(class_of(text, "found").0, CueClass::Evidence);
    // breitbart_2016-02-18_poll-bernie-sanders-burns-hillar
    let text = "For the first time, a poll shows upstart Sen. Bernie Sanders (I-VT) leading \
                establishment favorite Hillary Clinton nationally.";
    assert_eq!(class_of(text, "shows").0, CueClass::Evidence);
}

/// The command line writes the class as the output contract spells it.
#[test]
fn the_json_names_the_class() {
    let text = "He also thinks Cruz will win his current battle with Donald Trump.";
    let analysis = analyze(text);
    let json = whosaid::output::analysis_json(text, &analysis, whosaid::offsets::Unit::CodePoint);
    assert_eq!(json["statements"][0]["cue_class"], "belief");
}
