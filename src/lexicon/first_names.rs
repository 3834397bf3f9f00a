//! First names that tell a person's gender, for "he" and "she": "Clinton leads Sanders …, she
//! said" is not Sanders. Common English first names and those of people in the news, leaving out
//! names given to both (Chris, Kelly, Jordan, Terry, Robin, Jan, Leslie).

/// Whether a pronoun or a name is a man's or a woman's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

#[rustfmt::skip]
const MALE: &[&str] = &[
    "aaron", "adam", "al", "alan", "albert", "alex", "alexander", "andrew", "andy", "anthony",
    "antonio", "arnold", "barack", "barry", "ben", "benjamin", "bernie", "bill", "billy", "bob",
    "bobby", "brad", "brandon", "brian", "bruce", "bryan", "carl", "carlos", "charles", "charlie",
    "chuck", "cory", "craig", "dan", "daniel", "darrell", "dave", "david", "dennis", "dick",
    "dmitry", "don", "donald", "doug", "douglas", "ed", "eddie", "edward", "eric", "frank",
    "fred", "gary", "george", "gerald", "glenn", "gordon", "greg", "gregory", "harold", "harry",
    "henry", "howard", "hugh", "ivan", "jack", "jacob", "jake", "james", "jason", "jeb", "jeff",
    "jeffrey", "jeremy", "jerry", "jim", "jimmy", "joe", "joel", "john", "johnny", "jon",
    "jonathan", "jorge", "jose", "joseph", "josh", "joshua", "juan", "justin", "keith", "ken",
    "kenneth", "kevin", "larry", "lawrence", "lindsey", "louis", "luis", "marco", "mark",
    "martin", "matt", "matthew", "michael", "mike", "mitch", "mitt", "mohammed", "muhammad",
    "newt", "nicholas", "nick", "patrick", "paul", "peter", "phil", "philip", "ralph", "rand",
    "raymond", "reince", "richard", "rick", "rob", "robert", "roger", "ron", "ronald", "rudy",
    "russell", "ryan", "sam", "samuel", "scott", "sean", "sergei", "stephen", "steve", "steven",
    "ted", "thomas", "tim", "timothy", "todd", "tom", "tony", "vladimir", "walter", "wayne",
    "william", "xi",
];

#[rustfmt::skip]
const FEMALE: &[&str] = &[
    "abigail", "alice", "alicia", "amanda", "amy", "andrea", "angela", "ann", "anna", "anne",
    "barbara", "betsy", "betty", "bonnie", "brenda", "carly", "carol", "caroline", "catherine",
    "cathy", "chelsea", "cheryl", "christina", "christine", "claire", "condoleezza", "cynthia",
    "debbie", "deborah", "debra", "diana", "diane", "donna", "dorothy", "elaine", "elizabeth",
    "ellen", "emily", "emma", "eva", "evelyn", "frances", "gillian", "gina", "gloria", "hannah",
    "heather", "heidi", "helen", "hillary", "huma", "ivana", "ivanka", "jane", "janet", "janice",
    "jean", "jennifer", "jessica", "jill", "joan", "joanna", "joni", "joyce", "judith", "judy",
    "julia", "julie", "karen", "katherine", "kathleen", "kathy", "kay", "kellyanne", "kimberly",
    "kirsten", "laura", "lauren", "linda", "lisa", "loretta", "lori", "louise", "lynn",
    "madeleine", "margaret", "maria", "marie", "marilyn", "marine", "martha", "mary", "maureen",
    "megan", "megyn", "melania", "melissa", "michelle", "nancy", "natalie", "nicole", "nikki",
    "olivia", "pamela", "patricia", "patty", "paula", "penny", "rachel", "rebecca", "robyn",
    "rosa", "ruth", "sally", "samantha", "sandra", "sarah", "sharon", "shirley", "stephanie",
    "susan", "susana", "suzanne", "tammy", "teresa", "theresa", "tulsi", "valerie", "victoria",
    "virginia", "wendy",
];

/// Titles that tell a gender: "Mrs. Clinton", "Mr. Trump".
#[rustfmt::skip]
const MALE_TITLES: &[&str] = &["mr", "mr."];
#[rustfmt::skip]
const FEMALE_TITLES: &[&str] = &["mrs", "mrs.", "ms", "ms.", "miss"];

/// The gender a first name or title tells (`word` lower-case), if it tells one.
pub fn gender_of(word: &str) -> Option<Gender> {
    if MALE.binary_search(&word).is_ok() {
        Some(Gender::Male)
    } else if FEMALE.binary_search(&word).is_ok() {
        Some(Gender::Female)
    } else {
        gender_of_title(word)
    }
}

/// The gender a title tells ("mrs.", "mr"; `None` for any other word).
pub fn gender_of_title(word: &str) -> Option<Gender> {
    if MALE_TITLES.contains(&word) {
        Some(Gender::Male)
    } else if FEMALE_TITLES.contains(&word) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The gender a personal pronoun refers to ("he", "she"; `None` for any other word).
pub fn gender_of_pronoun(word: &str) -> Option<Gender> {
    match word {
        "he" | "him" | "his" => Some(Gender::Male),
        "she" | "her" | "hers" => Some(Gender::Female),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_sorted_and_apart() {
        for list in [MALE, FEMALE] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "sorted for binary search");
        }
        assert!(MALE.iter().all(|m| !FEMALE.contains(m)));
    }
}
