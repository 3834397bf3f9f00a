//! One test per form of attribution, with exact content spans, speakers and kinds.

use whosaid::{analyze, Kind, Statement};

/// Content, speaker mention, resolved name, kind of every statement, in text order.
fn read(text: &str) -> Vec<(String, String, String, Kind)> {
    analyze(text)
        .statements
        .iter()
        .map(|s: &Statement| {
            (
                s.content.slice(text).to_string(),
                s.speaker.text.clone(),
                s.speaker.name.clone(),
                s.kind,
            )
        })
        .collect()
}

fn one(text: &str) -> (String, String, String, Kind) {
    let all = read(text);
    assert_eq!(
        all.len(),
        1,
        "expected one statement in {text:?}, got {all:#?}"
    );
    all.into_iter().next().unwrap()
}

/// Content and speaker mention of the one statement in `text`.
fn said(text: &str) -> (String, String) {
    let (content, speaker, ..) = one(text);
    (content, speaker)
}

/// Asserts the content and speaker mention of every statement in `text`, in order.
fn assert_all_said(text: &str, expected: &[(&str, &str)]) {
    let all = read(text);
    let got: Vec<(&str, &str)> = all
        .iter()
        .map(|(c, sp, ..)| (c.as_str(), sp.as_str()))
        .collect();
    assert_eq!(got, expected, "in {text:?}");
}

fn s(x: &str) -> String {
    x.to_string()
}

#[test]
fn direct_quote_speaker_after() {
    assert_eq!(
        one("\"We will not back down,\" Peskov said."),
        (
            s("\"We will not back down,\""),
            s("Peskov"),
            s("Peskov"),
            Kind::Direct
        )
    );
}

#[test]
fn direct_quote_inverted_with_appositive() {
    assert_eq!(
        one(
            "\u{201c}That is simply not true,\u{201d} said Senator Jane Doe, a Democrat from Ohio."
        ),
        (
            s("\u{201c}That is simply not true,\u{201d}"),
            s("Senator Jane Doe"),
            s("Jane Doe"),
            Kind::Direct
        )
    );
}

#[test]
fn direct_quote_speaker_before_with_colon() {
    assert_eq!(
        one("Peskov said: \"We will not back down.\""),
        (
            s("\"We will not back down.\""),
            s("Peskov"),
            s("Peskov"),
            Kind::Direct
        )
    );
}

#[test]
fn quote_split_by_its_cue_is_one_statement_in_two_parts() {
    let text = "\"We will not back down,\" he said, \"and we never have.\"";
    let a = analyze(text);
    assert_eq!(a.statements.len(), 1);
    let parts: Vec<&str> = a.statements[0]
        .parts
        .iter()
        .map(|p| p.slice(text))
        .collect();
    assert_eq!(
        parts,
        ["\"We will not back down,\"", "\"and we never have.\""]
    );
    assert_eq!(a.statements[0].kind, Kind::Direct);
}

#[test]
fn quote_running_over_sentences_and_paragraphs() {
    let text = "Dmitry Peskov spoke on Tuesday.\n\n\"It is not true. We have said so before,\" he said. \"Our specialists stay.\n\n\"They service hardware that was delivered earlier.\"";
    let all = read(text);
    assert_eq!(all.len(), 2, "{all:#?}");
    // The paragraph's two quotations are one statement; the next paragraph goes on quoting him.
    assert_eq!(
        all[0].0,
        "\"It is not true. We have said so before,\" he said. \"Our specialists stay."
    );
    assert_eq!(
        all[1].0,
        "\"They service hardware that was delivered earlier.\""
    );
    assert_eq!(all[1].2, "Dmitry Peskov");
}

#[test]
fn reported_speech_with_cue_far_from_speaker() {
    assert_eq!(
        one("Kremlin spokesman Dmitry Peskov, however, told reporters that Moscow had not been in touch with Trump."),
        (
            s("that Moscow had not been in touch with Trump"),
            s("Kremlin spokesman Dmitry Peskov"),
            s("Dmitry Peskov"),
            Kind::Indirect
        )
    );
}

#[test]
fn reported_speech_speaker_after() {
    assert_eq!(
        one("The plan failed badly, the minister said."),
        (
            s("The plan failed badly"),
            s("the minister"),
            s("the minister"),
            Kind::Indirect
        )
    );
}

#[test]
fn according_to_before_and_after() {
    let (content, mention, _, _) = one("According to the ministry, the plan failed badly.");
    assert_eq!(
        (content.as_str(), mention.as_str()),
        ("the plan failed badly", "the ministry")
    );
    let a = analyze("The plan failed badly, according to two people familiar with the talks.");
    let st = &a.statements[0];
    assert_eq!(st.speaker.text, "two people familiar with the talks");
    assert!(st.speaker.anonymous);
}

#[test]
fn cited_as_saying_is_an_anonymous_source() {
    let text =
        "Interfax cited an unnamed source in Caracas as saying Russia was continuing its program.";
    let a = analyze(text);
    assert_eq!(a.statements.len(), 1);
    let st = &a.statements[0];
    assert_eq!(st.content.slice(text), "Russia was continuing its program");
    assert_eq!(st.speaker.text, "an unnamed source in Caracas");
    assert!(st.speaker.anonymous);
}

#[test]
fn partial_quote_inside_reported_speech() {
    let (content, _, name, kind) = one("Rostec said the report had exaggerated the number \"dozens of times over,\" and that staff rotated.");
    assert_eq!(
        content,
        "the report had exaggerated the number \"dozens of times over,\" and that staff rotated"
    );
    assert_eq!((name.as_str(), kind), ("Rostec", Kind::Mixed));
}

#[test]
fn headline_cue() {
    assert_eq!(
        one("Kremlin Says Russian Specialists Are Still in Venezuela"),
        (
            s("Russian Specialists Are Still in Venezuela"),
            s("Kremlin"),
            s("Kremlin"),
            Kind::Indirect
        )
    );
}

#[test]
fn denial_and_role_resolved_to_the_named_person() {
    let text = "Senator Jane Doe spoke first. The senator denied that she had met the lobbyist.";
    let (content, mention, name, _) = one(text);
    assert_eq!(content, "that she had met the lobbyist");
    assert_eq!(
        (mention.as_str(), name.as_str()),
        ("The senator", "Jane Doe")
    );
}

#[test]
fn pronouns_resolve_to_the_last_speaker_of_their_kind() {
    let text = "Rostec said the report was wrong.\n\nIt said its specialists had finished servicing aircraft.\n\nPeskov said the Kremlin was calm.\n\n\"We are calm,\" he said.";
    let names: Vec<String> = read(text).into_iter().map(|r| r.2).collect();
    assert_eq!(names, ["Rostec", "Rostec", "Peskov", "Peskov"]);
}

#[test]
fn scare_quotes_titles_and_plain_sentences_are_not_statements() {
    for text in [
        "The country was designated an \"undesirable\" organization last year.",
        "This follows our earlier labeling as a \"foreign agent.\"",
        "She starred in \"The Long Goodbye\" in 1973.",
        "Sign up for our free weekly newsletter",
    ] {
        assert_eq!(read(text), vec![], "{text}");
    }
}

#[test]
fn nested_statement_keeps_both_speakers() {
    let text = "Peskov said on Tuesday that the Kremlin didn't know what President Donald Trump meant when he asserted that Russia had withdrawn some military personnel.";
    let all = read(text);
    assert_eq!(all.len(), 2, "{all:#?}");
    assert_eq!(all[0].2, "Peskov");
    assert_eq!(
        all[1].0,
        "that Russia had withdrawn some military personnel"
    );
    assert_eq!(all[1].2, "Donald Trump");
}

#[test]
fn progressive_cue() {
    assert_eq!(
        one("Sanders is telling voters that the system is rigged."),
        (
            s("that the system is rigged"),
            s("Sanders"),
            s("Sanders"),
            Kind::Indirect
        )
    );
    // A participle that is not a progressive is no cue.
    assert!(read("The man speaking at the rally wore a red hat.").is_empty());
}

#[test]
fn aside_with_a_verb_before_the_cue() {
    // "covered" is a learned cue; its "content" opens with the real cue, so the real one wins.
    assert_eq!(
        one("Florida delegate John Archer, wearing a Canova T-Shirt covered in Sanders buttons, said he is proud of the campaign."),
        (
            s("he is proud of the campaign"),
            s("Florida delegate John Archer"),
            s("John Archer"),
            Kind::Indirect
        )
    );
}

#[test]
fn contrast_with_another_speaker_ends_the_content() {
    let all = read("Smith said the plan would work while critics warned it would fail.");
    let contents: Vec<&str> = all.iter().map(|(c, ..)| c.as_str()).collect();
    assert_eq!(contents, ["the plan would work", "it would fail"]);
    assert_eq!(all[1].1, "critics");
}

#[test]
fn subordinate_clause_ends_at_the_main_clause() {
    let all = read("Though she never mentioned her rival by name, Clinton attacked his tax plan.");
    assert_eq!(
        (all[0].0.as_str(), all[0].1.as_str()),
        ("her rival by name", "she")
    );
}

#[test]
fn aside_between_dashes_or_a_long_relative_clause() {
    assert_eq!(said("Jason Sims — a teacher from Mount Pleasant — says he voted for Rubio at the last minute."), (s("he voted for Rubio at the last minute"), s("Jason Sims")));
    assert_eq!(said("Trump, who has built his whole campaign on anger at trade deals and at the people who wrote them, has said the vote had parallels with his own race."), (s("the vote had parallels with his own race"), s("Trump")));
}

#[test]
fn a_title_in_quotes_before_the_speaker_is_not_the_content() {
    let (content, speaker, ..) = one(
        "On Fox News' \"Sunday Morning Futures,\" Rep. Darrell Issa said the senator's judgment was in question.",
    );
    assert_eq!(
        (content.as_str(), speaker.as_str()),
        (
            "the senator's judgment was in question",
            "Rep. Darrell Issa"
        )
    );
}

#[test]
fn a_word_that_is_also_an_abbreviation_ends_a_sentence() {
    let all = read("Asked if he was ever bullied, the candidate said no. But he said bullying happens to adults too.");
    let contents: Vec<&str> = all.iter().map(|(c, ..)| c.as_str()).collect();
    assert_eq!(
        contents,
        [
            "if he was ever bullied",
            "no",
            "bullying happens to adults too"
        ]
    );
}

#[test]
fn a_quantifier_or_number_as_the_subject() {
    assert_all_said("One in three said the party does not care about them and one in four said the party was hostile.", &[
            ("the party does not care about them", "One in three"),
            ("the party was hostile", "four")
        ]);
    assert_eq!(
        said("Some say they hear echoes of a painful past."),
        (s("they hear echoes of a painful past"), s("Some"))
    );
}

#[test]
fn an_aside_with_initials_and_a_manner_adverb_before_the_cue() {
    assert_eq!(said("Paul Begala, a former adviser to Mr. Clinton and a friend of the couple's, said that the former president is her best asset."), (s("that the former president is her best asset"), s("Paul Begala")));
    assert_eq!(said("Mr. Rubio defiantly told voters here Sunday that he would keep attacking the president."), (s("that he would keep attacking the president"), s("Mr. Rubio")));
}

#[test]
fn a_gerund_after_a_preposition_is_the_subjects_act() {
    assert_eq!(
        said("On Tuesday, Mr. McConnell deflected questions before saying the party must unite."),
        (s("the party must unite"), s("Mr. McConnell"))
    );
}

#[test]
fn a_state_in_brackets_does_not_end_the_sentence() {
    assert_eq!(
        said("Rep. Gregory Meeks (D-N.Y.) said the nominee reassured them."),
        (s("the nominee reassured them"), s("Rep. Gregory Meeks"))
    );
}

#[test]
fn a_colon_at_the_end_of_a_paragraph_introduces_the_next_quotation() {
    let all = read("The rules did not apply to her. He said:\n\n\"In every administration I served in, you were briefed on the rules.\"\n\nThe hearing went on.");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(
        (all[0].0.as_str(), all[0].1.as_str(), all[0].3),
        (
            "\"In every administration I served in, you were briefed on the rules.\"",
            "He",
            Kind::Direct
        )
    );
}

#[test]
fn a_quotation_that_ends_its_sentence_then_the_speaker() {
    assert_all_said("\"Is he available? We will see, right?\" Clinton remarked, alluding to the actor.\n\n\"Not only can he win, he is the best candidate,\" Viguerie notes.", &[
            ("\"Is he available? We will see, right?\"", "Clinton"),
            ("the actor", "Clinton"),
            (
                "\"Not only can he win, he is the best candidate,\"",
                "Viguerie"
            )
        ]);
}

#[test]
fn an_opening_asked_is_an_unattributed_question() {
    let all = read("Asked whether he would run again, the senator demurred.");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(
        (all[0].0.as_str(), all[0].1.as_str()),
        ("whether he would run again", "")
    );
}

#[test]
fn a_headline_label_speaks_the_whole_line() {
    let all =
        read("Gingrich: Trump Must Decide If He Wants a Running Mate\n\nThe story goes on here.");
    assert!(
        all.iter().any(
            |(c, sp, ..)| c == "Trump Must Decide If He Wants a Running Mate" && sp == "Gingrich"
        ),
        "{all:#?}"
    );
}

#[test]
fn an_expectation_with_no_one_named() {
    let all =
        read("The convention is expected to inject over $200 million into the local economy.");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(
        (all[0].0.as_str(), all[0].1.as_str()),
        (
            "The convention is expected to inject over $200 million into the local economy",
            ""
        )
    );
}

#[test]
fn an_opening_phrase_of_time_is_not_the_content() {
    let all = read("Friday morning, as the parade rolled past the stands, CNN reported.");
    assert!(
        all.iter().all(|(c, ..)| !c.starts_with("Friday")),
        "{all:#?}"
    );
}

#[test]
fn a_one_word_object() {
    assert_eq!(
        said("Last week the governor endorsed Trump."),
        (s("Trump"), s("the governor"))
    );
}

#[test]
fn quotation_goes_on_from_the_quoting_statement_not_a_relative_clause_after_it() {
    // The shape of PolNeAR train's `''…,'' said Representative Peter T. King of New York, who
    // endorsed Mr. Rubio on Tuesday. ''…''`.
    let text = "\"It is not going to be easy,\" said Representative Peter King, who endorsed Mr. Rubio on Tuesday. \"There is no doubt that Trump is the favorite.\"";
    let a = analyze(text);
    let quoting = a
        .statements
        .iter()
        .find(|s| s.speaker.text == "Representative Peter King")
        .expect("the quoting statement");
    let parts: Vec<&str> = quoting.parts.iter().map(|p| p.slice(text)).collect();
    assert_eq!(
        parts,
        [
            "\"It is not going to be easy,\"",
            "\"There is no doubt that Trump is the favorite.\""
        ]
    );
}

#[test]
fn an_object_ends_where_the_subject_acts_again() {
    assert_eq!(
        said("The governor endorsed Rubio and was booed at the rally."),
        (s("Rubio"), s("The governor"))
    );
}

#[test]
fn a_noun_like_cue_after_a_noun_is_a_verb() {
    assert_eq!(
        said("A new Fox News poll shows Sanders leading Clinton nationally."),
        (
            s("Sanders leading Clinton nationally"),
            s("A new Fox News poll")
        )
    );
}

#[test]
fn a_participle_after_its_object_goes_on_with_the_subject() {
    assert_eq!(
        said("The campaign released a statement Sunday saying the senator would not resign."),
        (s("the senator would not resign"), s("The campaign"))
    );
}

/// "…, with X saying …": X is the participle's subject, not the clause's (PolNeAR train:
/// huff-post_2016-06-16_obama-families-of-gun-violence-v and
/// breitbart_2016-05-05_bolton-and-gorka-slam-neocons-fo, where the speaker was "The attack" and
/// "Both Bolton").
#[test]
fn the_phrase_after_with_is_the_participles_subject() {
    let text = "The attack sparked a fresh debate over how the United States responds to \
                Islamist militant violence at home and abroad, with Republican Senator John \
                McCain telling reporters on Thursday he viewed Obama as \u{201c}directly \
                responsible\u{201d} for the attack.";
    // PolNeAR annotates "a fresh debate over how …" too, said by "The attack".
    let all = read(text);
    let telling = all
        .iter()
        .find(|(content, ..)| content.starts_with("he viewed"))
        .unwrap_or_else(|| panic!("no statement of \"telling\" in {all:#?}"));
    assert_eq!(
        (telling.0.as_str(), telling.1.as_str()),
        (
            "he viewed Obama as \u{201c}directly responsible\u{201d} for the attack",
            "Republican Senator John McCain"
        )
    );
    let text = "Both Bolton and Gorka saw the death of Navy SEAL Charles Keating IV as a sign of \
                the Obama Administration\u{2019}s strategic disarray, with Gorka noting the \
                absurdity of positioning a couple of hundred SF guys here.";
    let all = read(text);
    let noting = all
        .iter()
        .find(|(content, ..)| content.starts_with("the absurdity"))
        .unwrap_or_else(|| panic!("no statement of \"noting\" in {all:#?}"));
    assert_eq!(noting.1, "Gorka");
}

#[test]
fn what_a_warning_or_a_talk_is_about_is_its_content() {
    assert_eq!(
        said("Clinton warned of a coming recession."),
        (s("a coming recession"), s("Clinton"))
    );
    assert_eq!(
        said("Sanders talked about the minimum wage."),
        (s("the minimum wage"), s("Sanders"))
    );
}

#[test]
fn a_closing_time_phrase_is_not_what_was_said() {
    assert_eq!(
        said("Sanders said the economy was strong on Tuesday."),
        (s("the economy was strong"), s("Sanders"))
    );
}

// The sentences below are from PolNeAR train articles (politico, nyt, wash-post, usa-today, 2016).

#[test]
fn a_content_opening_with_this_is_not_a_time_phrase() {
    assert_eq!(
        said("This has been a persistent concern for Democrats this year, Elleithee said."),
        (
            s("This has been a persistent concern for Democrats this year"),
            s("Elleithee")
        )
    );
}

#[test]
fn an_opening_phrase_followed_by_a_clause_is_content() {
    assert_eq!(
        said("In all, the Vermont senator has raised nearly $73million for his White House battle, campaign officials said."),
        (
            s("In all, the Vermont senator has raised nearly $73million for his White House battle"),
            s("campaign officials")
        )
    );
}

#[test]
fn a_clause_between_commas_is_not_an_aside_about_the_speaker() {
    assert_eq!(
        said("The program is hardly formal, but it has attracted a loyal following, said Ms. Gil."),
        (
            s("The program is hardly formal, but it has attracted a loyal following"),
            s("Ms. Gil")
        )
    );
}

#[test]
fn two_determiners_open_the_speaker() {
    assert_eq!(
        said("A request to interview her would have to be reviewed by top level officials at both the FBI and the Justice Department, a former official said."),
        (
            s("A request to interview her would have to be reviewed by top level officials at both the FBI and the Justice Department"),
            s("a former official")
        )
    );
}

#[test]
fn here_between_subject_and_cue_and_a_share_as_subject() {
    assert_eq!(
        said("Her campaign workers here said they have been working the state since the spring."),
        (
            s("they have been working the state since the spring"),
            s("Her campaign workers")
        )
    );
    assert_eq!(
        said("On economic issues, 42% say they are liberal."),
        (s("they are liberal"), s("42%"))
    );
}

#[test]
fn an_ampersand_inside_a_relative_clause_aside() {
    assert_eq!(
        said("Oliver K. Hedge, who appraises golf course properties for the real estate brokerage firm Cushman & Wakefield, said the golf industry had made great strides."),
        (s("the golf industry had made great strides"), s("Oliver K. Hedge"))
    );
}

#[test]
fn a_clause_after_an_opening_word_is_content() {
    assert_eq!(
        said("About 270 people have now been resettled into the U.S. under the Central American Minors program, officials said."),
        (
            s("About 270 people have now been resettled into the U.S. under the Central American Minors program"),
            s("officials")
        )
    );
    assert_eq!(
        said("In that last step, officers can include a social media search, federal officials said."),
        (s("In that last step, officers can include a social media search"), s("federal officials"))
    );
}

#[test]
fn a_listener_phrase_after_told_is_not_the_content() {
    assert_eq!(
        said("This includes a special force to assist Kurdish Peshmerga, Defense Secretary Ash Carter told a Senate panel Wednesday."),
        (s("This includes a special force to assist Kurdish Peshmerga"), s("Defense Secretary Ash Carter"))
    );
}

#[test]
fn the_next_act_after_but_is_not_a_content() {
    assert_eq!(
        said("Clinton has expressed concerns but has said she wants to see the bill move forward."),
        (s("she wants to see the bill move forward"), s("Clinton"))
    );
}

#[test]
fn a_speech_verb_after_and_starts_its_own_statement() {
    let all = read("Trump's adult children have emerged as his closest advisers, and aides say the open affection they express toward their father gives voters a more flattering view.");
    let last = all.last().expect("a statement");
    assert_eq!(
        (last.0.as_str(), last.1.as_str()),
        ("the open affection they express toward their father gives voters a more flattering view", "aides")
    );
}

#[test]
fn according_to_inside_the_sentence_keeps_both_sides() {
    assert_eq!(
        said("Fundraising, according to the campaign, has surged in the same period."),
        (
            s("Fundraising, according to the campaign, has surged in the same period"),
            s("the campaign")
        )
    );
    assert_eq!(
        said("In addition, according to the department, nearly nine million more workers will be protected."),
        (s("nearly nine million more workers will be protected"), s("the department"))
    );
    assert_eq!(
        said(
            "Oksuz registered Harmony in New Jersey in 2010, according to state corporate records."
        ),
        (
            s("Oksuz registered Harmony in New Jersey in 2010"),
            s("state corporate records")
        )
    );
}

#[test]
fn a_quoted_aside_or_a_bracket_between_speaker_and_cue() {
    assert_eq!(
        said("Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could be in a very competitive situation in states like Pennsylvania."),
        (s("the candidate could be in a very competitive situation in states like Pennsylvania"), s("Mr. Manafort"))
    );
    assert_eq!(
        said("Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he hadn't gotten a chance to read the president's plan."),
        (s("that he hadn't gotten a chance to read the president's plan"), s("Sen. Jack Reed"))
    );
}

#[test]
fn a_semicolon_after_the_cue_ends_the_statement() {
    let all = read("To win the White House, candidates probably need to capture about 40 percent of the Hispanic vote, political analysts say; in 2012, Mitt Romney stumbled with 27 percent.");
    let (content, speaker, ..) = &all[0];
    assert_eq!(
        (content.as_str(), speaker.as_str()),
        ("To win the White House, candidates probably need to capture about 40 percent of the Hispanic vote", "political analysts")
    );
}

#[test]
fn a_capitalised_modal_after_said_is_a_name() {
    assert_eq!(
        said("\"It's a pretty expensive business model,\" said Will Doyle, a professor of higher education at Vanderbilt University."),
        (s("\"It's a pretty expensive business model,\""), s("Will Doyle"))
    );
}

#[test]
fn a_common_noun_speaker_after_a_quotation() {
    assert_eq!(
        said("“Are we talking about the same Nikki Haley?” the editorial board writes."),
        (
            s("“Are we talking about the same Nikki Haley?”"),
            s("the editorial board")
        )
    );
    assert_eq!(
        said("''Publish the book that Donald Trump doesn't want you to read,'' the pitch on Kickstarter says."),
        (s("''Publish the book that Donald Trump doesn't want you to read,''"), s("the pitch on Kickstarter"))
    );
}

#[test]
fn a_one_word_aside_and_a_programme_title() {
    assert_eq!(
        said("Murphy, though, said he's with former secretary of state Hillary Clinton."),
        (
            s("he's with former secretary of state Hillary Clinton"),
            s("Murphy")
        )
    );
    assert_eq!(
        said("Former Rep. Chris Shays was pro John Kasich while the Ohio governor was in the running, he said Wednesday morning on MSNBC's \"Morning Joe.\""),
        (s("Former Rep. Chris Shays was pro John Kasich while the Ohio governor was in the running"), s("he"))
    );
}

#[test]
fn a_participle_speaks_for_the_subject_after_an_opening_phrase() {
    // The subject of ", arguing …" follows "For months,": the opening word is not a speaker.
    assert_eq!(
        said("For months, Obama has been on the sidelines of the Clinton-Sanders showdown, arguing he didn't want to tip the scales before voters weighed in."),
        (
            s("he didn't want to tip the scales before voters weighed in"),
            s("Obama")
        )
    );
    assert_eq!(
        said("Despite his low standing in the polls, Clinton had ordnance ready for him, quickly reminding viewers that the former Maryland governor himself had appointed an investment banker to an obscure regulatory position in state government."),
        (
            s("that the former Maryland governor himself had appointed an investment banker to an obscure regulatory position in state government"),
            s("Clinton")
        )
    );
}

#[test]
fn asked_by_names_the_asker() {
    // "Asked by X whether …": the question is X's, whoever answers it next.
    let text = "Asked by Thrush if Clinton “gets” race, Sharpton avoided a declarative answer.";
    assert_eq!(
        read(text)[0],
        (
            s("if Clinton “gets” race"),
            s("Thrush"),
            s("Thrush"),
            Kind::Mixed
        )
    );
    let text = "When asked by a reporter whether this differed from Nazi Germany requiring Jews to register, Trump reportedly said, \"You tell me,\" repeatedly, before he stopped responding to the reporter.";
    let (content, speaker, ..) = read(text).swap_remove(0);
    assert_eq!(
        (content.as_str(), speaker.as_str()),
        (
            "whether this differed from Nazi Germany requiring Jews to register",
            "a reporter"
        )
    );
    // No "by": the asker is not named.
    assert_eq!(read("Asked whether he would run, Ban demurred.")[0].1, "");
}

#[test]
fn a_participle_speaks_for_a_common_noun_subject() {
    // The subject is the determiner and its noun, not the capitalised "A" alone. "declined to
    // comment" is a statement of its own (the tail's: PolNeAR train annotates it 25 times of 34).
    assert_all_said(
        "A spokeswoman for Janney also declined to comment, saying that nobody involved remains at the firm today.",
        &[
            ("to comment", "A spokeswoman for Janney"),
            ("that nobody involved remains at the firm today", "A spokeswoman for Janney"),
        ],
    );
    assert_eq!(
        said("The judge rubbed his chin, and then said some- thing very strange."),
        (s("some- thing very strange"), s("The judge"))
    );
}

// The error shapes of issue 15, each as a general form (sentences made up in those shapes, and
// real ones from PolNeAR train where it has them; article named).

#[test]
fn a_light_verb_with_no_clause_reports_nothing() {
    // "made" is a learned cue ("made clear that …"); here it reports no speech.
    assert_eq!(
        read("The striker nearly made it a third title in 2019."),
        vec![]
    );
    // breitbart_2016-05-03 (PolNeAR train): "made clear that" still is one.
    let (content, speaker) = said(
        "Some Republicans made clear that they would like to see him come around to supporting \
         Trump sooner rather than later.",
    );
    assert_eq!(speaker, "Some Republicans");
    assert!(content.contains("they would like to see him"), "{content}");
}

#[test]
fn says_x_after_a_long_aside_is_inverted() {
    let text =
        "Rents rose faster than wages, a trend that worries planners and one of the reasons \
                families leave the city, says Patel.";
    let all = read(text);
    let says = all
        .iter()
        .find(|(_, sp, ..)| sp == "Patel")
        .unwrap_or_else(|| panic!("Patel speaks in {all:#?}"));
    assert_eq!(
        says.0,
        "Rents rose faster than wages, a trend that worries planners and one of the reasons \
         families leave the city"
    );
    // A description after the cue is not its speaker's clause: no change there.
    assert_eq!(
        said("Prices will fall, Anna Berg, the minister, said on Monday."),
        (s("Prices will fall"), s("Anna Berg"))
    );
}

#[test]
fn a_date_glued_to_the_speaker_is_not_the_speaker() {
    // (sentence, content, speaker). The third is of the shape of nyt (PolNeAR train): "Thursday
    // evening Hillary Clinton delivered her acceptance speech". A name that is a month stays.
    for (sentence, content, speaker) in [
        (
            "Tuesday Enbridge announced it would close the pipeline.",
            "it would close the pipeline",
            "Enbridge",
        ),
        (
            "Late Tuesday night Enbridge said it would close the line.",
            "it would close the line",
            "Enbridge",
        ),
        (
            "Last week Stumpf said the bank would change.",
            "the bank would change",
            "Stumpf",
        ),
        (
            "April Mellody said the team would work with the police.",
            "the team would work with the police",
            "April Mellody",
        ),
    ] {
        assert_eq!(said(sentence), (s(content), s(speaker)), "{sentence}");
    }
    // A time that is the phrase itself stays.
    assert_eq!(
        said("Monday night's results showed that Cruz led.").1,
        "Monday night's results"
    );
}

#[test]
fn a_quotation_after_a_colon_with_no_speech_verb() {
    assert_eq!(
        said("The minister took to Twitter with this: \u{201c}We will not resign over a rumour.\u{201d}"),
        (
            s("\u{201c}We will not resign over a rumour.\u{201d}"),
            s("The minister")
        )
    );
    // Not twice when a cue already has the quotation.
    assert_eq!(
        read("The minister said this: \u{201c}We will not resign over a rumour.\u{201d}").len(),
        1
    );
}

#[test]
fn content_split_by_a_parenthetical_cue_is_whole() {
    let text = "There is real pride, insists 12-year-old Maya Chen, in finishing what you start.";
    let st = &analyze(text).statements[0];
    assert_eq!(
        st.parts.iter().map(|p| p.slice(text)).collect::<Vec<_>>(),
        vec!["There is real pride", "in finishing what you start"]
    );
    assert_eq!(st.speaker.text, "12-year-old Maya Chen");
    // After a quotation, or before a description of the speaker, the statement stops.
    assert_eq!(
        said("\u{201c}The fear is greater here,\u{201d} said Paloma Wu, legal director for the union."),
        (s("\u{201c}The fear is greater here,\u{201d}"), s("Paloma Wu"))
    );
}

/// Sentences of the shapes seen on PolNeAR train ("Yet Bloomberg says", "Meanwhile Rihanna, who
/// …, said", "even Sanders understands"): an adverb or focus word before a name is not part of it.
#[test]
fn an_adverb_before_the_subject_is_not_the_speakers_name() {
    for (text, speaker) in [
        (
            "Yet Bloomberg says it started marking down the value.",
            "Bloomberg",
        ),
        (
            "Meanwhile Rihanna said she was happy with the show.",
            "Rihanna",
        ),
        ("Even Rendell said the plan was a bad one.", "Rendell"),
        (
            "It was a signal that even Sanders believes the party must unite.",
            "Sanders",
        ),
        (
            "Likewise Brookings said the tax would hurt growth.",
            "Brookings",
        ),
    ] {
        let (_, mention, name, _) = one(text);
        assert_eq!(
            (mention.as_str(), name.as_str()),
            (speaker, speaker),
            "in {text:?}"
        );
    }
}

/// A month that is also a surname ("Theresa May said"), after a capitalised name, is the name's,
/// not a time between the subject and its verb ("Last May Clinton said" keeps the month a time).
#[test]
fn a_surname_that_is_a_month_stays_in_the_name() {
    let (_, mention, name, _) = one("Theresa May said the deal was dead.");
    assert_eq!(
        (mention.as_str(), name.as_str()),
        ("Theresa May", "Theresa May")
    );
    let (_, mention, ..) = one("Prime Minister Theresa May told reporters the talks would go on.");
    assert_eq!(mention, "Prime Minister Theresa May");
    let (_, mention, name, _) = one("Last May Clinton said the deal was dead.");
    assert_eq!((mention.as_str(), name.as_str()), ("Clinton", "Clinton"));
}

/// An adverb is no part of the speaker: in a headline's capitals ("Donald Trump Finally
/// Endorses …", huff-post_2016-08-05_donald-trump-finally-endorses-ho) or opening the sentence
/// before a comma ("Publicly, the GOP nominee feuds … and dismisses …",
/// politico_2016-08-08_inside-the-swing-state-trench-wa, cut after "approaches").
#[test]
fn an_adverb_is_no_part_of_the_speaker() {
    assert_eq!(
        said("Donald Trump Finally Endorses House Speaker Paul Ryan.\n"),
        (s("House Speaker Paul Ryan"), s("Donald Trump"))
    );
    let (content, speaker) = said(
        "Publicly, the GOP nominee feuds with his party’s biggest national stars and dismisses \
         the standard strategic and tactical approaches.",
    );
    assert_eq!(speaker, "the GOP nominee", "content {content:?}");
}

/// An adverb opening the sentence, with its comma or the phrase after it, is passed over:
/// "Then he cut into Bush, calling …" (wash-post_2016-02-09_barbs-and-pleas-before-n-h-vote;
/// the speaker was "Then"), "Here in Columbia, Sanders stepped up …, saying, …"
/// (wash-post_2016-02-17_sanders-and-clinton-see-black-vo; was "Here").
#[test]
fn an_opening_adverb_is_no_part_of_the_speaker() {
    assert_all_said(
        "Then he cut into Bush, calling him a \"stiff\" and accusing him of acting like a \
         \"spoiled child.\"",
        &[
            ("him a \"stiff\"", "he"),
            ("him of acting like a \"spoiled child.\"", "he"),
        ],
    );
    let (content, speaker) = said(
        "Here in Columbia, Sanders stepped up his emphasis on criminal justice issues, saying, \
         \"We have got to achieve the day when young black males and women can walk the streets \
         without being worried about being harassed by a police officer.\"",
    );
    assert_eq!(speaker, "Sanders", "content {content:?}");
}

/// A participle describing the document before it is no cue, and no part of its name: "A poll
/// from Marquette Law School released Wednesday found …" (politico_2016-08-11_pence-blames-media-
/// for-trump-s-o; the cue was "released", its content "by …" or its speaker "… released"), "The
/// report published Tuesday showed that …" (breitbart_2016-08-24_report-half-clinton-state-
/// meeting; the speaker was "published").
#[test]
fn a_documents_participle_is_no_cue_and_no_speaker() {
    assert_eq!(
        said(
            "A poll from Marquette Law School released Wednesday found Clinton leading Trump by \
             15 points among likely voters in Wisconsin, 52 percent to 37 percent."
        ),
        (
            s("Clinton leading Trump by 15 points among likely voters in Wisconsin, 52 percent to 37 percent"),
            s("A poll from Marquette Law School")
        )
    );
    assert_eq!(
        said(
            "The report published Tuesday showed that during the first two years of her term as \
             secretary of state, more than half of Clinton’s non-government meetings were with \
             individuals or groups that had donated to the Clinton Foundation."
        )
        .1,
        "The report"
    );
}

/// "The AP reported that, according to an analysis of her personal calendar …, 85 of the 154
/// meetings …" (breitbart_2016-08-24_report-half-clinton-state-meeting): the aside after "that"
/// is inside what the AP reported; it was read as "an analysis" saying "The AP reported that".
#[test]
fn according_to_right_after_that_is_inside_the_content() {
    let (content, speaker) = said(
        "The AP reported that, according to an analysis of her personal calendar and contact \
         information, 85 of the 154 meetings Clinton had with individuals who were not U.S. or \
         foreign government employees were with foundation donors.",
    );
    assert_eq!(speaker, "The AP");
    assert!(
        content.ends_with("85 of the 154 meetings Clinton had with individuals who were not U.S. or foreign government employees were with foundation donors"),
        "{content:?}"
    );
}

/// A clause reported without "that": "The New York Times reported the email came hours after …"
/// (breitbart_2015-12-07_clinton-camp-trump-s-islamaphobi) was no statement of the Times; a
/// cue that takes only a clause took only "that …".
#[test]
fn a_clause_reported_without_that() {
    let all = read(
        "The New York Times reported the email came hours after Donald Trump proposed a ban on \
         Muslims trying to enter the U.S.",
    );
    assert!(
        all.iter().any(|(c, sp, ..)| sp == "The New York Times"
            && c == "the email came hours after Donald Trump proposed a ban on Muslims trying to enter the U.S."),
        "{all:#?}"
    );
}

/// Asides about the speaker with a place or an age in them, an appositive before another aside:
/// "Paul Porter, a truck driver from Ava, Mo., who is …, said" (nyt_2016-05-19_u-s-to-increase-overtime-eligibi; the speaker was
/// "a truck driver from Ava"), "Roxana M. Leon, 63, an independent voter raised in Chile, said"
/// (nyt_2016-05-31_trampling-latinos-sensibilities; the speaker was "63").
#[test]
fn a_town_and_state_or_an_age_inside_the_asides() {
    let porter = read(
        "Paul Porter, a truck driver from Ava, Mo., who is a member of the Teamsters union and a \
         supporter of Mr. Trump, said he already received time and a half after eight hours of \
         work, but strongly favored the new overtime regulation.",
    );
    assert_eq!(porter[0].1, "Paul Porter", "{porter:#?}");
    assert!(porter[0]
        .0
        .starts_with("he already received time and a half"));
    let leon = read(
        "Roxana M. Leon, 63, an independent voter raised in Chile, said she wanted major change \
         in Washington, but found Mr. Trump too objectionable to support.",
    );
    assert_eq!(leon[0].1, "Roxana M. Leon", "{leon:#?}");
    // Only after an aside between commas: a clause before the subject is no name of it
    // (politico_2016-05-19_exclusive-in-memo-to-congress-sa).
    let riyadh = read(
        "Although 15 of the 19 hijackers were Saudis, the government in Riyadh has vigorously \
         denied any role in the Sept. 11, 2001, attacks.",
    );
    assert_eq!(riyadh[0].1, "the government in Riyadh", "{riyadh:#?}");
}

/// The long tail: a cue word PolNeAR annotates that no form reads, proposed by
/// `attribution::tail` with the words after it and kept by the learned `filter::tail`.
/// Sentences from PolNeAR train (breitbart_2016-01-19_long-time-leaders-of-conservativ,
/// breitbart_2016-03-01_the-latest-sanders-wins-minnesot; the seed article's page for the last).
#[test]
fn the_tail_keeps_cues_no_form_reads_and_drops_the_unlikely_ones() {
    assert_all_said(
        "Viguerie is upbeat about Cruz’s chances of winning in November, in part because he sees Cruz as a uniter.",
        &[("Cruz as a uniter", "he")],
    );
    assert_all_said(
        "She is assured of at least 108, while Sanders will receive at least 57.",
        &[("of at least 108", "She")],
    );
    // "reported" with no clause after it is no form's cue, but PolNeAR reads "X reported Y" as
    // X's statement (the tail model keeps it: "reported" heads a cue 71 times in 100 there).
    // PolNeAR train, breitbart_2016-05-18_trump-s-investments-include-comp, annotated so. (A
    // made-up "The company reported record profits on strong demand." stood here, one the model
    // scores at its threshold, kept or not as retraining moves it by hundredths.)
    assert_all_said(
        "Trump reported between $5,000 and $15,000 in interest income from a now-sold investment in Nabisco\u{2019}s parent company.",
        &[(
            "between $5,000 and $15,000 in interest income from a now-sold investment in Nabisco\u{2019}s parent company",
            "Trump",
        )],
    );
    // "made" heads a cue one time in seven there; a title won is no statement.
    assert_all_said("The striker nearly made it a third title in 2019.", &[]);
}

/// "It appears that …": the writer's hedge, whose "it" stands for no one. PolNeAR train
/// (breitbart_2016-02-08_former-mexico-leader-calderon-ca; wash-post_2016-03-10_after-hour-fili
/// for the "it" that is the bill).
#[test]
fn an_it_before_a_verb_of_seeming_is_no_speaker() {
    let text =
        "The USFL folded in 1986 after an attempt to compete directly with the NFL failed.\n\n\
                It appears, though, that the NFL championship game wasn’t boring to everyone.";
    let all = read(text);
    let hedge = all
        .iter()
        .find(|(c, ..)| c.contains("championship game"))
        .unwrap_or_else(|| panic!("{all:#?}"));
    assert_eq!((hedge.1.as_str(), hedge.2.as_str()), ("", ""), "{all:#?}");
    let text =
        "The Missouri bill still must clear a procedural hurdle in the Senate. It appeared to \
                be sailing through the Senate this week.";
    let all = read(text);
    let bill = all
        .iter()
        .find(|(c, ..)| c.contains("sailing"))
        .unwrap_or_else(|| panic!("{all:#?}"));
    assert_eq!(bill.1, "It", "{all:#?}");
}

/// A speaker's label opening a paragraph speaks the whole paragraph, as a transcript's turn does
/// (west-journal_2016-03-29_hillary-camp-declining-to-debate, PolNeAR train, whose gold runs each
/// turn to its paragraph's end); a second label in the paragraph starts the next turn.
#[test]
fn a_label_opening_a_paragraph_speaks_the_whole_turn() {
    let text = "JOEL BENENSON: This is a man who said he\u{2019}d never run a negative ad, ever. \
                He\u{2019}s now running them. They\u{2019}re now planning to run more.\n\n\
                BOULDUAN: You guys, back in January, when there was this whole back and forth \
                about debates, the Clinton campaign was open to more debates after the Flint \
                debate was agreed to. Why not debate in New York?";
    let all = read(text);
    let turns: Vec<(&str, &str)> = all
        .iter()
        .filter(|(_, speaker, ..)| speaker.chars().all(|c| !c.is_lowercase()))
        .map(|(content, speaker, ..)| (content.as_str(), speaker.as_str()))
        .collect();
    assert_eq!(
        turns,
        vec![
            (
                "This is a man who said he\u{2019}d never run a negative ad, ever. He\u{2019}s \
                 now running them. They\u{2019}re now planning to run more",
                "JOEL BENENSON"
            ),
            (
                "You guys, back in January, when there was this whole back and forth about \
                 debates, the Clinton campaign was open to more debates after the Flint debate \
                 was agreed to. Why not debate in New York?",
                "BOULDUAN"
            ),
        ]
    );
    // "I think" inside a turn is the speaker's own hedge, not a statement of its own
    // (breitbart_2016-07-10_ok-gov-fallin-trump-is-trying-to, PolNeAR train).
    let text = "TAPPER: Do you think Donald Trump has campaigned as a racial healer?\n\n\
                FALLIN: I think he is trying to campaign as a racial healer. I think that has \
                been part of his message. And I think that is his intent.";
    assert_eq!(
        read(text)
            .iter()
            .map(|(content, speaker, ..)| (content.as_str(), speaker.as_str()))
            .collect::<Vec<_>>(),
        vec![
            (
                "Do you think Donald Trump has campaigned as a racial healer?",
                "TAPPER"
            ),
            (
                "I think he is trying to campaign as a racial healer. I think that has been part \
                 of his message. And I think that is his intent",
                "FALLIN"
            ),
        ]
    );
    // Two labels in one paragraph are two turns.
    assert_all_said(
        "Clinton: \u{201c}Our goal is not to deter or contain ISIS, but to defeat and destroy \
         ISIS.\u{201d} Bush: \u{201c}The mission is to destroy ISIS.\u{201d}",
        &[
            (
                "\u{201c}Our goal is not to deter or contain ISIS, but to defeat and destroy ISIS.\u{201d}",
                "Clinton",
            ),
            ("\u{201c}The mission is to destroy ISIS.\u{201d}", "Bush"),
        ],
    );
}

#[test]
fn a_clause_with_no_subject_goes_on_from_the_main_clause_not_a_nested_cue() {
    // PolNeAR train, huff-post_2015-11-08_ben-carson-defends-himself-again: "appeared" is a cue
    // inside what Carson admitted; "but said" is Carson's, not the course name's. "in his book
    // was inaccurate" is a clause, not a closing setting phrase.
    let text = "Speaking Sunday on ABC\u{2019}s \u{201c}This Week,\u{201d} Carson admitted that the course name that appeared in his book was inaccurate, but said his campaign had found the student newspaper article and would release it.";
    let said_by: Vec<(String, String)> = read(text)
        .into_iter()
        .map(|(content, speaker, ..)| (content, speaker))
        .collect();
    assert!(
        said_by.contains(&(
            s("that the course name that appeared in his book was inaccurate"),
            s("Carson")
        )),
        "{said_by:#?}"
    );
    assert!(
        said_by.contains(&(
            s("his campaign had found the student newspaper article"),
            s("Carson")
        )),
        "{said_by:#?}"
    );
    // huff-post_2016-02-07_the-latest-gop-debate-kicked-off: "struggled" lies in what Cruz
    // explained; ", recalling" goes on from Cruz, not from "She".
    assert_all_said(
        "She had struggled her whole life, Cruz explained, recalling the time he and his father visited her at a crack house in an attempt to get her to leave her addiction behind to be a mother to her son.",
        &[
            ("She had struggled her whole life", "Cruz"),
            ("the time he and his father visited her at a crack house in an attempt to get her to leave her addiction behind to be a mother to her son", "Cruz"),
        ],
    );
    // nyt_2016-06-07_china-rebuts-american-criticism-: ", adding" goes on from the cue just
    // before it, not from the sentence's opening subject.
    let text = "Washington did not complain when China's spending helped global growth, a Chinese official said, adding that the impact of closing factories was hard to estimate.";
    let adding = read(text)
        .into_iter()
        .find(|(content, ..)| content.starts_with("that the impact"))
        .expect("the added statement");
    assert_eq!(adding.1, "a Chinese official");
}

#[test]
fn a_quotation_before_the_speaker_is_the_content_despite_a_phrase_after_the_cue() {
    // PolNeAR train, politico_2016-01-14_clinton-says-she-won-t-rule-out-: ", in the latest
    // escalation of …" after the cue is a phrase, not what she declared.
    assert_eq!(
        said("Bernie Sanders' plan would \"end all the kinds of health care we know,\" Hillary Clinton declared in an interview Thursday, in the latest escalation of words between the Democratic candidates ahead of the Iowa caucus."),
        (
            s("Bernie Sanders' plan would \"end all the kinds of health care we know,\""),
            s("Hillary Clinton")
        )
    );
}

#[test]
fn a_general_is_a_speaker_in_general_is_not() {
    // politico_2016-07-11_gay-republicans-push-for-pro-lgb: "general" heads a role after a noun.
    let (content, speaker, name, _) = one("And Florida\u{2019}s Republican attorney general, Pam Bondi, vowed to go after \u{201c}anyone who attacks our LGBT community.\u{201d}");
    assert_eq!(
        (content.as_str(), speaker.as_str(), name.as_str()),
        (
            "to go after \u{201c}anyone who attacks our LGBT community.\u{201d}",
            "Florida\u{2019}s Republican attorney general",
            "Pam Bondi"
        )
    );
    assert_eq!(
        said("The general said that the troops would stay."),
        (s("that the troops would stay"), s("The general"))
    );
    assert_eq!(
        said("In general, voters said that the troops would stay."),
        (s("that the troops would stay"), s("voters"))
    );
}

#[test]
fn a_name_does_not_run_over_a_line_break() {
    // PolNeAR train, usa-today_2016-04-28_sanders-lays-off-more-than-campa: "Plan B." ends a
    // paragraph and "Sanders" opens the next; the speaker is Bernie Sanders, not "Plan B.
    // Sanders".
    let text = "The results of Tuesday's five Democratic presidential primaries will almost certainly force Sen. Bernie Sanders to acknowledge a hard reality -- it's time for Plan B.\n\nSanders hasn't said whether he has a strategy for changing the focus of his campaign, and he insisted at an Indiana rally Wednesday that he's still in the race against Hillary Clinton to win the nomination.";
    let all = read(text);
    assert!(!all.is_empty());
    for (content, _, name, _) in &all {
        assert_eq!(name, "Bernie Sanders", "{content}");
    }
}

#[test]
fn a_word_that_opens_a_sentence_is_no_part_of_a_name() {
    // PolNeAR train, huff-post_2016-06-17_trump-s-supporters-may-be-the-re: "See Sexton's full
    // timeline" named a "See Sexton" whom the surname then meant.
    let text = "Scenes from Donald Trump\u{2019}s rally at the Greensboro Coliseum in North Carolina Tuesday will keep the writer Jared Sexton, who teaches at Georgia Southern University, awake at night.\n(See Sexton\u{2019}s full timeline of the Trump rally below.)\nSexton, a creative writing professor, said he holds his working-class roots in southern Indiana \u{201c}very near and dear to my heart.\u{201d}";
    let all = read(text);
    let roots = all
        .iter()
        .find(|(content, ..)| content.contains("working-class roots"))
        .expect("Sexton's statement");
    assert_eq!(roots.2, "Jared Sexton");
}

#[test]
fn curly_marks_inside_a_straight_quotation_quote_within_it() {
    // PolNeAR train, breitbart_2016-05-14_mccain-challenger-kelli-ward-imp: the straight-quoted
    // statement after "stated:" holds a curly-quoted title and runs on into the next paragraph;
    // the curly marks had ended it before it began.
    let text = "Dr. Ward stated:\n\n\"The U.S. Department of Justice isn\u{2019}t about \u{201c}Equal Justice Under Law\u{201d} anymore. It\u{2019}s about President Obama\u{2019}s extreme vision of fundamentally transforming our nation, imposing political correctness, and pulverizing the rights of the states.\n\n\"The latest example of this extreme overreach is Loretta Lynch suing North Carolina.\"";
    let all = read(text);
    assert!(!all.is_empty(), "no statement");
    assert!(
        all[0].0.starts_with(
            "\"The U.S. Department of Justice isn\u{2019}t about \u{201c}Equal Justice Under Law\u{201d} anymore."
        ),
        "{all:#?}"
    );
    assert_eq!((all[0].1.as_str(), all[0].3), ("Dr. Ward", Kind::Direct));
    // A stray straight mark does not swallow a curly quotation after it.
    assert_eq!(
        said("He wore a 5\" badge. \u{201c}We will win,\u{201d} Smith said."),
        (s("\u{201c}We will win,\u{201d}"), s("Smith"))
    );
}

#[test]
fn a_cue_word_in_a_compound_noun_is_no_cue() {
    // PolNeAR train, politico_2016-05-22_mark-cuban-i-d-consider-a-future: "the TV show" has no
    // cue "show"; the quotation after the programme's title goes on from Cuban.
    let text = "\"It's too early to tell,\" said Cuban, who is also a host on the TV show \"Shark Tank.\" \"I mean, depending on what happened with, you know, whoever's elected, depending on what happens with the economy because the reality is, there's so much uncertainty with the economy.\"";
    let all = read(text);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].1, "Cuban");
    assert!(
        all[0]
            .0
            .ends_with("so much uncertainty with the economy.\""),
        "{all:#?}"
    );
    // nyt_2016-04-26_sanders-and-allies-aim-to-shape-: nor "think" in "think tank", which stays
    // in the speaker's description.
    let text = "Matt Bennett, a founder of the center-left think tank Third Way, said Mrs. Clinton had so far avoided tacking too far left to compete effectively in a general election.";
    assert_eq!(
        said(text),
        (
            s("Mrs. Clinton had so far avoided tacking too far left to compete effectively in a general election"),
            s("Matt Bennett")
        )
    );
}
