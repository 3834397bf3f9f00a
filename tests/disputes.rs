//! Claims, parties and disputes on real news text (sources in tests/fixtures/disputes/SOURCES.md).
//!
//! Statements are found by an anchor, a phrase of the text, the way `../shared/eval/score.py`
//! matches them: a statement stands for an anchor when its content covers at least half of it. So
//! the expectations hold while the statement finder refines content boundaries.

use whosaid::{Analysis, Stance, Statement};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `whosaid::analyze`, with the disputes pass run if the pipeline has not run it.
fn analyze(text: &str) -> Analysis {
    let mut a = whosaid::analyze(text);
    if a.parties.is_empty() && !a.statements.is_empty() {
        a.parties = whosaid::disputes::link(text, &mut a.statements);
    }
    a
}

/// Byte range of `anchor` in `text`, a space in the anchor matching a no-break space too (the
/// seed article has them between words).
fn find_loose(text: &str, anchor: &str) -> Option<(usize, usize)> {
    let same = |a: char, b: char| a == b || (a == ' ' && b == '\u{a0}');
    text.char_indices().find_map(|(start, _)| {
        let mut rest = text[start..].chars();
        let mut end = start;
        for a in anchor.chars() {
            let b = rest.next()?;
            if !same(a, b) {
                return None;
            }
            end += b.len_utf8();
        }
        Some((start, end))
    })
}

struct Doc {
    text: String,
    a: Analysis,
}

impl Doc {
    fn load(name: &str) -> Doc {
        let text = fixture(name);
        let a = analyze(&text);
        Doc { text, a }
    }

    /// Statements whose content covers at least half of `anchor`.
    fn at(&self, anchor: &str) -> Vec<&Statement> {
        let (start, end) = find_loose(&self.text, anchor)
            .unwrap_or_else(|| panic!("anchor not in text: {anchor}"));
        let found: Vec<&Statement> = self
            .a
            .statements
            .iter()
            .filter(|s| {
                let common = s
                    .content
                    .end
                    .min(end)
                    .saturating_sub(s.content.start.max(start));
                2 * common >= end - start
            })
            .collect();
        assert!(!found.is_empty(), "no statement at {anchor:?}");
        found
    }

    /// Whether a statement at `by` disputes a statement at `target`, and that disputing
    /// statement's party.
    fn dispute(&self, by: &str, target: &str) -> Option<String> {
        let targets: Vec<usize> = self.at(target).iter().map(|s| s.id).collect();
        self.at(by)
            .into_iter()
            .find(|s| s.disputes.iter().any(|d| targets.contains(d)))
            .map(|s| s.speaker.party.clone().unwrap_or_default())
    }

    fn assert_dispute(&self, by: &str, target: &str, party: &str) {
        let got = self.dispute(by, target);
        assert_eq!(
            got.as_deref(),
            Some(party),
            "{by:?} should dispute {target:?} for {party}\n{}",
            self.dump()
        );
    }

    /// Like [`Doc::assert_dispute`], for a party whose name holds `who`.
    fn assert_disputed_for(&self, by: &str, target: &str, who: &str) {
        let got = self.dispute(by, target);
        assert!(
            got.as_deref().is_some_and(|p| p.contains(who)),
            "{by:?} should dispute {target:?} for {who}, got {got:?}\n{}",
            self.dump()
        );
    }

    fn assert_no_dispute(&self, by: &str, target: &str) {
        assert!(
            self.dispute(by, target).is_none(),
            "{by:?} should dispute nothing at {target:?}\n{}",
            self.dump()
        );
    }

    fn no_edges(&self) {
        for s in &self.a.statements {
            assert!(s.disputes.is_empty(), "unexpected dispute\n{}", self.dump());
        }
    }

    fn dump(&self) -> String {
        whosaid::report::report("fixture", &self.text, &self.a)
    }

    fn party_of(&self, anchor: &str) -> String {
        self.at(anchor)[0].speaker.party.clone().unwrap_or_default()
    }
}

const SEED: &str = "seed/moscow-times-venezuela.txt";
const TRUMP_TWEET: &str = "Russia had told the United States it had removed";
const WSJ: &str = "Rostec had cut its staff in Venezuela to just a few dozen";

// ---------------------------------------------------------------- the seed article, end to end

/// The eight required dispute edges of the seed gold, each credited to the right party.
#[test]
fn seed_required_disputes() {
    let d = Doc::load(SEED);
    for by in [
        // Headline: "…, Contradicting Trump Tweet".
        "Russian Military Specialists Are Still in Venezuela",
        // "didn't know where X had got the idea".
        "didn't know where U.S. President Donald Trump had got the idea",
        // Negation naming the other side, while the Kremlin is answering Trump.
        "Moscow had not been in touch with Trump on the subject",
        "Trump had apparently got his information from newspaper reports",
        // "Peskov said of Trump's statement".
        "it's a circumstantial reference to newspaper sources of information",
        // A quotation that goes on in the next paragraph.
        "There really are (Russian) specialists who service hardware",
        // "didn't know what X meant".
        "the Kremlin didn't know what Trump meant",
    ] {
        d.assert_dispute(by, TRUMP_TWEET, "Kremlin");
    }
    // "the report had exaggerated … 'dozens of times over'".
    d.assert_dispute(
        "the report had exaggerated the number of staff it had in Venezuela",
        WSJ,
        "Rostec",
    );
}

/// Each edge says why it was drawn, in the words the tooltip shows.
#[test]
fn seed_reasons() {
    let d = Doc::load(SEED);
    let why = |anchor: &str| -> String {
        let s = d.at(anchor);
        s.iter()
            .map(|s| s.why.clone())
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let not_know = why("didn't know where U.S. President Donald Trump had got the idea");
    assert!(
        not_know.contains("does not know where it came from") && not_know.contains("Donald Trump"),
        "{not_know}"
    );
    let rostec = why("the report had exaggerated the number of staff it had in Venezuela");
    assert!(rostec.contains("refers to the report"), "{rostec}");
    let headline = why("Russian Military Specialists Are Still in Venezuela");
    assert!(headline.contains("“contradicting …”"), "{headline}");
    let touch = why("Moscow had not been in touch with Trump on the subject");
    assert!(touch.contains("goes on disputing it"), "{touch}");
    // A statement that asserts has no reason.
    assert!(d.at(TRUMP_TWEET).iter().all(|s| s.why.is_empty()));
}

#[test]
fn seed_parties() {
    let d = Doc::load(SEED);
    // A spokesman, his government, its capital and "Russian officials" are one side.
    for anchor in [
        "Moscow had not been in touch with Trump on the subject",
        "didn't know where U.S. President Donald Trump had got the idea",
        "I don't know what it's a reaction to",
    ] {
        assert_eq!(d.party_of(anchor), "Kremlin", "{anchor}");
    }
    let kremlin = d.a.parties.iter().find(|p| p.name == "Kremlin").unwrap();
    assert!(kremlin.members.iter().any(|m| m == "Dmitry Peskov"));
    // The newspaper, the company it reports on and the president are three other sides.
    let (trump, wsj, rostec) = (
        d.party_of(TRUMP_TWEET),
        d.party_of(WSJ),
        d.party_of("the report had exaggerated"),
    );
    assert!(trump.contains("Trump"), "{trump}");
    assert!(wsj.contains("Wall Street Journal"), "{wsj}");
    assert_eq!(rostec, "Rostec");
    // Every statement of a party is listed under it, in text order.
    for p in &d.a.parties {
        assert!(p.statements.windows(2).all(|w| w[0] < w[1]));
        for &id in &p.statements {
            assert_eq!(d.a.statements[id].speaker.party.as_deref(), Some(&*p.name));
        }
    }
}

/// A title's portfolio or rank is no side: "Defense Secretary Ash Carter" speaks for no party
/// "Defense", "Japanese Defence Minister Gen Nakatani" for Tokyo; the Senate's two leaders are two
/// sides, not "Senate Majority" and "Senate Minority"; a communications director speaks for
/// Clinton, not "Clinton Communications". Sentences of PolNeAR train
/// (huff-post_2016-06-04_u-s-flexes-muscles-as-asia-worri, politico_2016-09-01_debating-clinton-
/// s-character; the leaders as the Washington Post names them).
#[test]
fn titles_are_no_parties() {
    let text = "Defense Secretary Ash Carter said the U.S. would remain the main guarantor of \
                security in the region. Japanese Defence Minister Gen Nakatani said his country \
                would help Southeast Asian nations build their security capabilities. Senate \
                Majority Leader Mitch McConnell said the bill would pass. Senate Minority Leader \
                Harry M. Reid said the bill would fail. Clinton Communications Director Jennifer \
                Palmieri called the idea that Clinton had anything to prove a “ridiculous \
                proposition.”";
    let d = Doc {
        text: text.to_string(),
        a: analyze(text),
    };
    for (anchor, party) in [
        ("would remain the main guarantor", "Ash Carter"),
        ("his country would help", "Tokyo"),
        ("the bill would pass", "Mitch McConnell"),
        ("the bill would fail", "Harry M. Reid"),
        ("the idea that Clinton had anything to prove", "Clinton"),
    ] {
        assert_eq!(d.party_of(anchor), party, "{}", d.dump());
    }
}

/// "she" is not a man the article named: "Hillary Clinton on Monday hit Bernie Sanders on
/// immigration, she hit him on guns, and she claimed …" is Clinton's claim (it was Sanders's, and
/// Clinton's "I am so sick of the Sanders campaign lying" was drawn as disputing it).
#[test]
fn she_is_not_the_man_named_last() {
    let d = Doc::load("disputes/clinton-sanders-trade.txt");
    assert_eq!(
        d.party_of("that there’s a “growing level of anxiety” in the Vermont senator’s"),
        "Hillary Clinton",
        "{}",
        d.dump()
    );
}

/// "Mrs. Clinton" is not the man the article named last with her surname: after "the Bill
/// Clinton era", "Mrs. Clinton ticked off a laundry list of little-known Trump enterprises" is
/// Hillary Clinton's (it was Bill Clinton's, a side of its own).
#[test]
fn a_title_tells_which_namesake() {
    let d = Doc::load("disputes/clinton-warren-team-up.txt");
    assert_eq!(
        d.party_of("a laundry list of little-known Trump enterprises"),
        "Hillary Clinton",
        "{}",
        d.dump()
    );
}

/// "Former Texas Gov. Rick Perry" is then "The former three-term governor" and "The former
/// governor": one side, which does not dispute its own endorsement.
#[test]
fn described_role_is_the_holder_named_before() {
    let d = Doc::load("disputes/perry-endorses-cruz.txt");
    for anchor in [
        "the argument that Cruz would not be able to get along with Congress",
        "the electorate is not looking for a traditional candidate",
        "Ted Cruz is by far the most consistent conservative",
    ] {
        assert_eq!(d.party_of(anchor), "Rick Perry", "{anchor}\n{}", d.dump());
    }
    assert!(
        d.a.statements.iter().all(|s| s.disputes.is_empty()),
        "{}",
        d.dump()
    );
}

/// "Sanders campaign manager Jeff Weaver … rejected the notion that the campaign is calling the
/// former secretary of state corrupt": "the campaign" is the one the person just named speaks
/// for, not the last organisation the article named (it was "Later").
#[test]
fn the_campaign_is_the_one_just_named() {
    let d = Doc::load("disputes/clinton-sanders-trade.txt");
    let campaign: Vec<&Statement> = d
        .at("the former secretary of state corrupt")
        .into_iter()
        .filter(|s| s.speaker.text == "the campaign")
        .collect();
    assert_eq!(campaign.len(), 1, "{}", d.dump());
    let party = campaign[0].speaker.party.as_deref().unwrap_or_default();
    assert!(party.contains("Sanders"), "{party}\n{}", d.dump());
}

#[test]
fn seed_claims() {
    let d = Doc::load(SEED);
    let tweet = d.at(TRUMP_TWEET)[0].claim;
    // The Kremlin's four wordings are about Trump's claim…
    for anchor in [
        "Russian Military Specialists Are Still in Venezuela",
        "Moscow had not been in touch with Trump on the subject",
        "There really are (Russian) specialists who service hardware",
        "the Kremlin didn't know what Trump meant",
    ] {
        assert_eq!(d.at(anchor)[0].claim, tweet, "{anchor}");
    }
    // …and Rostec's rebuttal is about the Journal's, a different claim.
    let report = d.at(WSJ)[0].claim;
    assert_eq!(d.at("the report had exaggerated")[0].claim, report);
    assert_ne!(report, tweet);
}

#[test]
fn seed_what_is_not_a_dispute() {
    let d = Doc::load(SEED);
    // The claims themselves assert.
    for anchor in [TRUMP_TWEET, WSJ] {
        for s in d.at(anchor) {
            assert_eq!(s.stance, Stance::Asserts, "{anchor}");
            assert!(s.disputes.is_empty(), "{anchor}");
        }
    }
    // Rostec going on about its own work is not a dispute.
    for s in d.at("technical specialists had recently finished servicing a batch of aircraft") {
        assert!(s.disputes.is_empty());
    }
    // A party repeating itself never disputes itself: no edge stays within a party.
    for s in &d.a.statements {
        for &t in &s.disputes {
            assert_ne!(
                s.speaker.party, d.a.statements[t].speaker.party,
                "[{}]",
                s.id
            );
        }
    }
}

#[test]
fn seed_report_shows_claims() {
    let d = Doc::load(SEED);
    let r = d.dump();
    assert!(r.contains("== claims"), "{r}");
    assert!(r.contains("disputed by: Kremlin (Dmitry Peskov"), "{r}");
    assert!(
        r.contains("asserted by: Trump") || r.contains("asserted by: Donald Trump"),
        "{r}"
    );
}

/// Running the pass again on its own output changes nothing.
#[test]
fn link_is_idempotent() {
    let text = fixture(SEED);
    let mut a = analyze(&text);
    let before = a.clone();
    let parties = whosaid::disputes::link(&text, &mut a.statements);
    assert_eq!(parties, before.parties);
    assert_eq!(a.statements, before.statements);
}

// ---------------------------------------------------------------- signals, one article each

/// Denial cue with a pointer: "BuzzFeed … denied the report".
#[test]
fn denied_the_report() {
    let d = Doc::load("disputes/buzzfeed-denied.txt");
    d.assert_dispute(
        "denied the report",
        "missed its financial targets",
        "BuzzFeed",
    );
}

/// Denial cue with a pointer to a statement that quotes the reports: "dismissed those reports".
#[test]
fn dismissed_those_reports() {
    let d = Doc::load("disputes/ivana-reports.txt");
    d.assert_dispute(
        "those reports as \"previous misinterpreted",
        "published reports alleging that she claimed",
        "Ivana Trump",
    );
}

/// "pushed back on those claims": the claims Cruz had just made.
#[test]
fn pushed_back_on_those_claims() {
    let d = Doc::load("disputes/cruz-rubio.txt");
    let cruz = d.party_of("He opposed every single one of them");
    // Either the clause itself is a statement, or the participle's statement carries it.
    let at = |a: &str| {
        let start = d.text.find(a).unwrap();
        d.a.statements
            .iter()
            .filter(move |s| s.content.start <= start && start < s.content.end)
    };
    let by: Vec<&Statement> = at("on those claims Thursday")
        .chain(at("the bill had the correct security components"))
        .collect();
    assert!(
        by.iter().any(|s| s.stance == Stance::Disputes
            && s.disputes
                .iter()
                .any(|&t| d.a.statements[t].speaker.party.as_deref() == Some(&*cruz))),
        "{}",
        d.dump()
    );
}

/// "not true" about "Rubio's claim"; a spokeswoman speaks for her candidate. In the whole
/// article "Rubio pushed back on those claims Thursday" is a statement of Rubio's too: its
/// content only points at Cruz's claims, it is no claim to deny.
#[test]
fn rubios_claim_is_not_true() {
    for name in ["disputes/cruz-rubio.txt", "disputes/cruz-rubio-whole.txt"] {
        let d = Doc::load(name);
        let cruz = d.party_of("He opposed every single one of them");
        let claim = "Rubio's claim that Cruz is in favor of legalizing illegal immigrants";
        d.assert_dispute(claim, "Ted is a supporter of legalizing people", &cruz);
        let pointers: Vec<usize> = d.at("those claims Thursday").iter().map(|s| s.id).collect();
        let frazier = d.at(claim)[0];
        assert!(
            !frazier.disputes.iter().any(|t| pointers.contains(t)),
            "{name}: {}",
            d.dump()
        );
    }
}

/// "Nice try, not true": the bare denial answers whom the speaker named just before.
#[test]
fn not_true_answers_who_was_just_named() {
    let d = Doc::load("disputes/manafort-not-true.txt");
    let manafort: Vec<usize> = d.at("the first thing she does is try to destroy the person")[..1]
        .iter()
        .chain(
            d.at("the media and the Clinton campaign of distorting her message")
                .iter(),
        )
        .map(|s| s.id)
        .collect();
    let denial = d.at("Nice try, not true")[0];
    assert_eq!(denial.stance, Stance::Disputes);
    assert!(
        denial.disputes.iter().any(|t| manafort.contains(t)),
        "{}",
        d.dump()
    );
}

/// "''It's nonsense,'' Mr. Trump said": a refutation whose subject opens it stands for what was
/// said just before, by another side, with no name, pointer or shared word to tie them.
#[test]
fn its_nonsense_answers_what_was_just_said() {
    let d = Doc::load("disputes/trump-nonsense.txt");
    d.assert_disputed_for("It's nonsense", "becoming ISIS' best recruiter", "Trump");
    let why = &d.at("It's nonsense")[0].why;
    assert!(why.contains("answers what was just said"), "{why}");
    let maher = Doc::load("disputes/maher-equivalency.txt");
    maher.assert_disputed_for(
        "That is a false equivalency!",
        "It’s not just Muslims shooting people.",
        "Maher",
    );
}

/// "After Hewitt suggested that …, Trump contradicted him": a denial whose whole object is a
/// pronoun answers the statement just before it, and the quotation after goes on with it.
#[test]
fn contradicted_him_answers_what_was_just_said() {
    let d = Doc::load("disputes/trump-contradicted-him.txt");
    let suggested = "Obama’s policies created the conditions in which ISIS could emerge";
    d.assert_disputed_for("him", suggested, "Trump");
    d.assert_disputed_for("No, I meant he’s the founder of ISIS", suggested, "Trump");
}

/// "false" about "the claims in Podliska's suit".
#[test]
fn claims_in_the_suit_are_false() {
    let d = Doc::load("disputes/gowdy-false.txt");
    d.assert_disputed_for(
        "all of the claims in Podliska’s suit are false",
        "he was fired for taking time off to fulfill his military duties",
        "Gowdy",
    );
}

/// "The congressman's spokesman also pointed out …": a lower-case role's spokesman speaks for
/// whoever the article named with that role ("Congressman Trey Gowdy’s office"), not for a side
/// of his own.
#[test]
fn a_roles_spokesman_speaks_for_its_holder() {
    let d = Doc::load("disputes/gowdy-whole.txt");
    let party = d.party_of("the committee employs several active members of the military");
    assert!(party.contains("Gowdy"), "{party}\n{}", d.dump());
}

/// A negated restatement of the statement next to it is no dispute by itself: Rubio's "Don't
/// worry, I'm not leaving the stage no matter what you ask me" answers Cruz's quip "I may have to
/// leave the stage" in jest. (Such pairs were a dispute in 0 of 5 on the annotated train
/// articles.)
#[test]
fn negated_restatement_alone_is_no_dispute() {
    let d = Doc::load("disputes/not-leaving-the-stage.txt");
    d.assert_no_dispute(
        "I'm not leaving the stage no matter what you ask me",
        "I may have to leave the stage",
    );
}

/// Opposite words about the same event ("awake" against "being asleep"); a question using one
/// of them disputes nothing.
#[test]
fn opposite_words() {
    let d = Doc::load("disputes/awake-asleep.txt");
    let party = d.dispute(
        "she was awake all night after the attacks",
        "her of being asleep when late-night calls came in",
    );
    assert!(party.is_some_and(|p| p.contains("Clinton")), "{}", d.dump());
    for s in d.at("your children are safe and asleep") {
        assert!(s.disputes.is_empty(), "{}", d.dump());
    }
}

/// Which claim a denial answers is the learned ranking's choice: "the DNC rejected the allegation"
/// answers the Sanders campaign's accusation of "violating fundraising laws" three statements
/// before, not its insistence seventeen statements back that Sanders is still in the race (the
/// decision list's own choice, before the ranking: both are the campaign's, both only "pointed
/// at" by "the allegation").
#[test]
fn learned_ranking_picks_the_allegation() {
    let d = Doc::load("disputes/dnc-rejected-allegation.txt");
    let by = "the allegation";
    assert!(
        d.dispute(by, "of violating fundraising laws").is_some(),
        "{}",
        d.dump()
    );
    let rejection = d.at(by)[0];
    assert_eq!(rejection.disputes.len(), 1, "{}", d.dump());
    assert_eq!(
        rejection.why,
        "denies it (“rejected”); refers to the allegation"
    );
}

/// The spokesman's "He disagrees with them" disputes Trump's answer, and Trump's "very rude
/// statements" the mayor's.
#[test]
fn spokesman_and_candidate_answer_each_other() {
    let d = Doc::load("disputes/cameron-no-call.txt");
    assert!(
        d.dispute("He disagrees with them", "I’m not stupid, okay")
            .is_some(),
        "{}",
        d.dump()
    );
    assert!(
        d.dispute(
            "I think they are very rude statements",
            "ignorant view of Islam"
        )
        .is_some(),
        "{}",
        d.dump()
    );
}

/// Known error: Downing Street's "no telephone call or meeting planned with Trump" answers no
/// claim of Trump's, yet goes on the side's dispute of his "I'm not stupid". The ranking trained
/// on 132 articles scored it under the least score; trained on 192 it scores it over. It has the
/// shape of the seed's "Moscow had not been in touch with Trump" (a negation naming the other
/// side while its side disputes him), which does contradict a claim: telling them apart needs a
/// contradiction signal the linker does not have.
#[test]
#[ignore = "known error: a negation naming the other side while its side disputes him"]
fn no_call_planned_disputes_nothing() {
    let d = Doc::load("disputes/cameron-no-call.txt");
    for s in d.at("there was no telephone call or meeting planned with Trump") {
        assert!(s.disputes.is_empty(), "{}", d.dump());
    }
}

/// "She lied to me" from the person whose account the other side called wrong.
#[test]
fn she_lied_to_me() {
    let d = Doc::load("disputes/benghazi-claim.txt");
    // "Smith said" after "Patricia Smith, mother of Benghazi victim Sean Smith, … rejected": the
    // speaker named in full, not the namesake in her apposition.
    assert_eq!(d.party_of("She lied to me"), "Patricia Smith");
    let party = d.dispute(
        "We were nose-to-nose at the coffin ceremony. She lied to me",
        "the families of the Benghazi victims were wrong",
    );
    assert!(party.is_some_and(|p| p.contains("Smith")), "{}", d.dump());
}

// ---------------------------------------------------------------- what must not be a dispute

/// A commitment, a call to act or support asserts no fact to deny: "only two Democrats … are
/// backing the measure" is not what "Menendez also rejected the notion that Democrats could
/// legitimately pull away from the bill" answers; "it was Obama who pressed for an
/// entitlement-slashing 'Grand Bargain'" is not what Sanders "dismissed".
#[test]
fn a_commitment_is_no_claim() {
    let d = Doc::load("disputes/iran-backing.txt");
    d.assert_no_dispute(
        "the notion that Democrats could legitimately pull away from the bill",
        "the measure",
    );
    let d = Doc::load("disputes/primary-pressed.txt");
    d.assert_no_dispute(
        "Clinton’s charges about his stance on Obama",
        "an entitlement-slashing “Grand Bargain”",
    );
}

/// "rejected the idea that the billionaire real estate developer would be a drag on the GOP
/// ticket": the clause spells the claim out, so "the idea" points at no earlier statement by
/// itself (it went to Shields's quotation, which shares only "ticket"); the reason given next,
/// "saying the huge crowds … prove that Trump would energize the party", answers the fear that
/// opens the article.
#[test]
fn a_claim_spelled_out_points_at_no_one() {
    let d = Doc::load("disputes/firewall-idea.txt");
    d.assert_no_dispute(
        "the idea that the billionaire real estate developer would be a drag",
        "What they see at the top of the ticket has a lot of them concerned",
    );
    d.assert_dispute(
        "the huge crowds he is turning out at rallies",
        "the party could lose its hold on Congress",
        "Trump",
    );
}

/// "describing the plan as a short-term buzz that voters would reject if they only understood
/// it": a rejection under "would" is one nobody made.
#[test]
fn a_denial_that_would_be_is_none() {
    let d = Doc::load("disputes/panel-would-reject.txt");
    let reject =
        d.a.statements
            .iter()
            .filter(|s| s.cue.is_some_and(|c| c.slice(&d.text) == "reject"))
            .collect::<Vec<_>>();
    assert!(!reject.is_empty(), "{}", d.dump());
    for s in reject {
        assert!(s.disputes.is_empty(), "{}", d.dump());
        assert_ne!(s.stance, Stance::Disputes, "{}", d.dump());
    }
}

/// "I don't know what is in his heart" professes no ignorance of where a claim came from (unlike
/// "doesn't know what I am all about", kept by `low_scored_target_is_dropped`).
#[test]
fn not_knowing_a_heart_disputes_nothing() {
    let d = Doc::load("disputes/vendetta-heart.txt");
    for s in d.at("Obviously, I don't know what is in his heart") {
        assert!(s.disputes.is_empty(), "{}", d.dump());
    }
}

/// Agreement: "Kleinbard … agreed that the Treasury Department has limited power".
#[test]
fn agreement_is_not_a_dispute() {
    let d = Doc::load("disputes/kleinbard-agrees.txt");
    for s in d.at("the Treasury Department has limited power to stop corporate tax dodging") {
        assert_eq!(s.stance, Stance::Asserts);
    }
    d.no_edges();
}

/// Criticism with no claim: "Jeb Bush criticized Marco Rubio for opposing legal abortion".
#[test]
fn criticism_is_not_a_dispute() {
    let d = Doc::load("disputes/bush-criticizes-rubio.txt");
    for s in d.at("Marco Rubio for opposing legal abortion in cases of rape and incest") {
        assert_eq!(s.stance, Stance::Asserts);
    }
    d.no_edges();
}

/// One party restating itself: Rostec's two paragraphs about its staff, with nobody else
/// speaking, are one party and dispute none of its own statements.
#[test]
fn one_party_restating_itself() {
    let seed = fixture(SEED);
    let start = seed.find("Rostec said the report").unwrap();
    let end = seed.find("Peskov said on Tuesday").unwrap();
    let a = analyze(&seed[start..end]);
    assert!(a.statements.len() >= 2);
    assert_eq!(a.parties.len(), 1, "{:?}", a.parties);
    for s in &a.statements {
        assert!(s.disputes.is_empty(), "{s:?}");
    }
}

/// Many statements stay fast: the target search is bounded, not all pairs.
#[test]
fn long_articles_stay_linear() {
    let text = fixture(SEED).repeat(40);
    let start = std::time::Instant::now();
    let a = analyze(&text);
    assert!(a.statements.len() > 400);
    assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
}

/// "But he did not dispute that he lends his thoughts to Mr. Trump": a denial cue under negation
/// concedes the claim and disputes nothing.
#[test]
fn did_not_dispute_concedes() {
    let d = Doc::load("disputes/hannity-did-not-dispute.txt");
    for s in d.at("that he lends his thoughts to Mr. Trump") {
        assert_eq!(s.stance, Stance::Asserts, "{}", d.dump());
        assert!(s.disputes.is_empty(), "{}", d.dump());
    }
}

/// "Alan T. Jeffers, a spokesman for Exxon Mobil, said …": the appositive after the name says
/// whom he speaks for, so he and "Exxon Mobil contended in its letter" are one side.
#[test]
fn spokesman_appositive_joins_the_company() {
    let d = Doc::load("disputes/exxon-spokesman.txt");
    let exxon = d.party_of("some of the foundations that supported the reporting");
    let jeffers = d.party_of("the company felt the articles still fundamentally misrepresented");
    assert_eq!(jeffers, exxon, "{}", d.dump());
}

/// "The letter also accuses one of the journalists …": a side the speaker finder could only call
/// by a common noun ("letter", "reporters") is at neither end of a dispute, so Exxon's
/// spokesman is not shown disputing Exxon's own letter.
#[test]
fn unnamed_sides_dispute_nothing() {
    let d = Doc::load("disputes/exxon-spokesman.txt");
    let named = |s: &Statement| {
        s.speaker
            .party
            .as_deref()
            .is_some_and(|p| p.chars().any(|c| c.is_uppercase() || c.is_ascii_digit()))
    };
    let mut edges = 0;
    for s in &d.a.statements {
        for &t in &s.disputes {
            assert!(named(s) && named(&d.a.statements[t]), "{}", d.dump());
            edges += 1;
        }
    }
    assert!(edges >= 2, "{}", d.dump());
    let letter = d.at("also accuses one of the journalists")[0].id;
    for s in d.at("the company felt the articles still fundamentally misrepresented") {
        assert!(!s.disputes.contains(&letter), "{}", d.dump());
    }
}

/// "Clinton's spokesman, Brian Fallon, presented the findings …" then "…," Fallon said: the
/// spokesman is remembered with the side he speaks for, so his later words are Clinton's.
#[test]
fn possessive_spokesman_speaks_for_his_side() {
    let d = Doc::load("disputes/clinton-spokesman-fallon.txt");
    for s in d.at("the loudest and leakiest participants in this interagency dispute") {
        assert_eq!(s.speaker.name, "Brian Fallon", "{}", d.dump());
        assert_eq!(s.speaker.party.as_deref(), Some("Clinton"), "{}", d.dump());
    }
}

/// "The interior minister said …; Opposition leader Sara Diaz denied that the count was clean":
/// a side named by its role alone is a side (the hostile-page fixture of the browser tests).
#[test]
fn a_role_is_a_named_side() {
    let text =
        "The interior minister said on Monday that the count had been clean and complete.\n\n\
                Opposition leader Sara Diaz denied that the count was clean, saying observers had \
                been turned away from every polling station in the north.\n";
    let a = analyze(text);
    let claim = a
        .statements
        .iter()
        .find(|s| s.content.slice(text).contains("clean and complete"))
        .expect("the minister's claim");
    let denial = a
        .statements
        .iter()
        .find(|s| s.content.slice(text) == "that the count was clean")
        .expect("the denial");
    assert_eq!(denial.disputes, vec![claim.id], "{:?}", a.statements);
}

/// "DNC chair dismisses Sanders' accusations …" (the headline), then "Democratic National
/// Committee Chair Debbie Wasserman Schultz dismissed …": the headline's role is that one person,
/// so her body statement is not a dispute of her own headline (it was, as two sides).
#[test]
fn a_headline_role_is_the_person_the_article_names_with_it() {
    let d = Doc::load("disputes/dnc-chair-headline.txt");
    let headline = d.at("Sanders' accusations against Clinton's fundraising");
    assert_eq!(headline.len(), 1, "{}", d.dump());
    assert_eq!(
        headline[0].speaker.name,
        "Debbie Wasserman Schultz",
        "{}",
        d.dump()
    );
    assert_eq!(headline[0].speaker.text, "DNC chair");
    for s in &d.a.statements {
        assert!(
            s.disputes
                .iter()
                .all(|&t| d.a.statements[t].speaker.name != s.speaker.name
                    && d.a.statements[t].speaker.party != s.speaker.party),
            "an edge inside one side: {}",
            d.dump()
        );
    }
}

/// A lone surname kept apart because two longer names hold it is not an opponent of either:
/// the headline "Clinton: Trump's view of the world is 'dangerously wrong'" and Hillary
/// Clinton's own speech calling it "dangerously wrong" were linked as a dispute, because a
/// "Yet Clinton" later in the article left "Clinton" ambiguous. Since "Yet" is no longer read as
/// part of a name, the headline's "Clinton" is Hillary Clinton: still no dispute.
#[test]
fn a_surname_is_not_its_own_opponent() {
    let d = Doc::load("disputes/clinton-headline.txt");
    let headline = "Trump's view of the world is 'dangerously wrong'";
    let speech = "he would abdicate U.S. leadership in the Middle East";
    assert_eq!(d.party_of(headline), "Hillary Clinton");
    assert_eq!(d.party_of(speech), "Hillary Clinton");
    assert_eq!(d.dispute(speech, headline), None, "{}", d.dump());
}

/// An aside that denies the claim just made is that claim's dispute, and the claim's statement
/// ends before it: "…, a claim that Gowdy's office strongly disputes", "- a point that
/// intelligence officials have disputed", "-- something he denied to me as laughable".
#[test]
fn an_aside_denies_the_claim_before_it() {
    let cases = [
        (
            "disputes/gowdy-false.txt",
            "a claim that",
            "that he was fired for taking time off to fulfill his military duties",
            "Gowdy's office",
        ),
        (
            "disputes/classified-point.txt",
            "a point that",
            "that the information in question was not classified at the time the emails were sent",
            "intelligence officials",
        ),
        (
            "disputes/hannity-did-not-dispute.txt",
            "something",
            "Hannity was behaving as if he wanted a role in a possible Trump administration",
            "Hannity",
        ),
    ];
    for (fixture, aside, claim, party) in cases {
        let d = Doc::load(fixture);
        d.assert_dispute(aside, claim, party);
        let host = d.at(claim)[0];
        assert!(
            host.content
                .slice(&d.text)
                .ends_with(claim.rsplit(' ').next().unwrap_or("")),
            "{fixture}: the claim runs on over the aside\n{}",
            d.dump()
        );
    }
}
