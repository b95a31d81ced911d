"""Claims and speakers on the shapes of real wire copy, third round: verbs of saying the
events stage keeps as events ("disclosed that", "revealed that", "worry that"); a quoted
label on a longer object ('called the market's reaction "justified"', a dashed aside
inside it); a participle of saying right before a quote ('marched chanting "..."'); "was
quoted (by X) as saying"; a connective before ", X said," ("However, he said, A" is A);
"couldn't yet say"; a whole-sentence quote after an abbreviation's dot ("... Harris Upham
& Co. "It will get bloody.""); "said this city could ..." (a clause, not "said this
week"); a short opening phrase ("Before his address,") before the subject a participle's
claim is given to; no claim before "Hale thanked the workers". Every sentence is written
for the test, and so are the counter-cases."""

from __future__ import annotations

import pytest

from _claimtools import by_text, claims, speaker

LEAD = "Talks resumed on Friday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "fragment", "who"),
    [
        # verbs of saying that are events too, read by the claims stage only
        (
            "The company disclosed that its chief executive had resigned in March.",
            "chief executive had resigned",
            ("company", "organization"),
        ),
        (
            "Investigators revealed on Sunday that the pilot had not slept for 30 hours.",
            "pilot had not slept",
            ("Investigators", "group"),
        ),
        (
            "Economists worry that the rate cut will come too late.",
            "rate cut will come too late",
            ("Economists", "group"),
        ),
        # a quoted label on an object with a possessive, a number or a dashed aside
        (
            "Chairman Lee Iacocca called the company's latest results ``disappointing.''",
            "latest results",
            ("Lee Iacocca", "person"),
        ),
        (
            'Union leaders called the 3 percent wage offer "an insult to every worker."',
            "wage offer",
            ("Union leaders", "group"),
        ),
        (
            "President Fidel Castro spoke on Friday. Castro called the exiles -- many of whom "
            "fled in the 1960s -- ``the Miami mafia.''",
            "Miami mafia",
            ("Fidel Castro", "person"),
        ),
        (
            "Greenpeace criticized the cleanup. The group called the agency's response to the "
            'spill "too little, too late."',
            "response to the spill",
            ("Greenpeace", "organization"),
        ),
        # a participle of saying right before a quote: the clause's subject's words
        (
            "Hundreds of students marched through the campus chanting ``Free speech now!''",
            "Free speech now",
            ("students", "group"),
        ),
        (
            'Dozens of protesters gathered outside City Hall shouting "No new taxes!"',
            "No new taxes",
            ("protesters", "group"),
        ),
        # "was quoted (by X) as saying": the one quoted, not the channel
        (
            "A senior government official who saw the confessions was quoted Friday by local "
            "media as saying that an Islamic group planned the attacks.",
            "planned the attacks",
            ("senior government official", "anonymous"),
        ),
        (
            "Mr. Walesa was quoted by the Polish news agency PAP as saying the strike would "
            "end soon.",
            "strike would end soon",
            ("Walesa", "person"),
        ),
        (
            "Ms. Sato was quoted in Monday's editions of the Asahi newspaper as saying Japan "
            "would cut tariffs.",
            "Japan would cut tariffs",
            ("Sato", "person"),
        ),
        # a connective before ", X said,": what was said follows the attribution
        (
            "Mr. Perlman spoke to analysts. Rather, Mr. Perlman said, the company intends to "
            "bid for the lottery contract.",
            "company intends to bid",
            ("Perlman", "person"),
        ),
        (
            "Mrs. Thatcher spoke to the Commons. Nevertheless, she said, Britain would not "
            "join the currency union.",
            "Britain would not join",
            ("Thatcher", "person"),
        ),
        (
            "The union rejected the offer. But, union leader Ann Ruiz said, talks will "
            "continue on Monday.",
            "talks will continue",
            ("Ann Ruiz", "person"),
        ),
        # a whole-sentence quote after an abbreviation's dot goes on with the same voice
        (
            '"We expect a tough year," said Robert Hale, an analyst with Shearson Lehman '
            'Hutton Inc. "Margins will be squeezed."',
            "Margins will be squeezed",
            ("Robert Hale", "person"),
        ),
        (
            '"The merger makes sense," said Jane Doe, a lawyer with Smith & Co. "Both banks '
            'will benefit."',
            "Both banks will benefit",
            ("Jane Doe", "person"),
        ),
        # a short opening phrase before the subject of a later participle or verb
        (
            "President Fidel Castro spoke on Sunday. Before his address, Castro met the "
            "children, assuring them that their trip was a very important mission.",
            "very important mission",
            ("Fidel Castro", "person"),
        ),
        (
            "The union held a rally on Friday. Despite the rain, union leaders addressed the "
            "crowd, warning that a strike was near.",
            "strike was near",
            ("union leaders", "group"),
        ),
        (
            "Gov. Ann Richards toured the area. During her visit, Richards met flood victims "
            "and said the state would help.",
            "state would help",
            ("Ann Richards", "person"),
        ),
        # "this" opening the reported clause, not a time
        (
            "Police Chief Ray Kelly spoke on Monday. He said this city could not afford "
            "another riot.",
            "this city could not afford",
            ("Ray Kelly", "person"),
        ),
        (
            "The company issued a statement. It said this year's profit would fall by a third.",
            "this year's profit would fall",
            ("company", "organization"),
        ),
    ],
)
def test_speaker_on_real_copy_shapes(sentence: str, fragment: str, who: tuple[str, str]) -> None:
    assert speaker(by_text(claims(LEAD + sentence), fragment)) == who


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        (
            "Mr. Gore spoke in Iowa. Of course, he said, the campaign is far from over.",
            "the campaign is far from over",
        ),
        (
            "The mayor spoke on Tuesday. Meanwhile, police said, the suspect remains at large.",
            "the suspect remains at large",
        ),
        ("Mr. Baker spoke on Sunday. He said this was not the time for new taxes.", None),
    ],
)
def test_the_claim_is_the_clause_not_the_connective(sentence: str, whole: str | None) -> None:
    found = claims(LEAD + sentence)
    if whole is None:
        assert [c.text for c in found] == ["this was not the time for new taxes"]
    else:
        assert [c.text for c in found] == [whole]


@pytest.mark.parametrize(
    "sentence",
    [
        # "yet" between a negation and its verb: no one said anything
        "Mr. Nadeau was asked about the sale. He couldn't yet say if the prices would match "
        "book values.",
        # a connective and an attribution with nothing after it
        "The company spoke on Monday. However, the spokesman said.",
    ],
)
def test_no_claim(sentence: str) -> None:
    assert claims(LEAD + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "fragment", "counter"),
    [
        # each rule with a near miss that stays without a claim
        (
            "Investigators revealed on Sunday that the pilot had not slept for 30 hours.",
            "pilot had not slept",
            "The X-rays revealed two broken ribs.",
        ),
        (
            "The company disclosed that its chief executive had resigned in March.",
            "chief executive had resigned",
            "The bank disclosed a $45 million loss in its second-quarter report.",
        ),
        (
            "The company disclosed that its chief executive had resigned in March.",
            "chief executive had resigned",
            "Mr. Reilly declined to disclose the terms of the agreement.",
        ),
        (
            'Dozens of protesters gathered outside City Hall shouting "No new taxes!"',
            "No new taxes",
            "A man shouted at the guards and was led away.",
        ),
        (
            "Hundreds of students marched through the campus chanting ``Free speech now!''",
            "Free speech now",
            "The crowd chanted the team's name for an hour.",
        ),
        (
            "Hundreds of students marched through the campus chanting ``Free speech now!''",
            "Free speech now",
            'The fans were chanting "Ole, ole" as the team left the field.',
        ),
        (
            'Dozens of protesters gathered outside City Hall shouting "No new taxes!"',
            "No new taxes",
            'The suspect was arrested for shouting "Fire!" in a crowded theater.',
        ),
        (
            'Union leaders called the 3 percent wage offer "an insult to every worker."',
            "wage offer",
            'The president called a meeting to discuss the "peace dividend."',
        ),
        (
            "Chairman Lee Iacocca called the company's latest results ``disappointing.''",
            "latest results",
            'She called her lawyer to ask about the "gag order."',
        ),
        (
            "Chairman Lee Iacocca called the company's latest results ``disappointing.''",
            "latest results",
            'Residents called the fire department when they smelled "something like burning '
            'rubber."',
        ),
        (
            "The defense minister was quoted as saying that troops would stay in the region.",
            "troops would stay",
            "The official, who was quoted as saying the plant was safe, later resigned.",
        ),
        (
            "The defense minister was quoted as saying that troops would stay in the region.",
            "troops would stay",
            "The general was described as saying little during the meeting.",
        ),
        (
            "The defense minister was quoted as saying that troops would stay in the region.",
            "troops would stay",
            "The remarks were quoted as saying too much about the case.",
        ),
        (
            "Mr. Dole spoke on Sunday. He said this approach would cost too much.",
            "this approach would cost",
            "The minister spoke to reporters. He said this in an interview with the BBC.",
        ),
        (
            '"We will appeal," said Tom Hale, a lawyer for Acme Corp. "The verdict is simply '
            'wrong."',
            "verdict is simply wrong",
            'She works for the U.S. "Peace Corps" program in Kenya.',
        ),
    ],
)
def test_a_rule_and_its_near_miss(sentence: str, fragment: str, counter: str) -> None:
    assert by_text(claims(LEAD + sentence), fragment).speaker is not None
    assert claims(LEAD + counter) == []


def test_said_this_week_is_a_time() -> None:
    assert [c.text for c in claims(LEAD + "Mr. Kelly spoke. He said this city was safe.")] == [
        "this city was safe"
    ]
    found = claims(
        LEAD + "The senator spoke on Tuesday. She said this week that she would "
        "not seek re-election."
    )
    assert [c.text for c in found] == ["she would not seek re-election"]


def test_a_body_called_a_name_stays_one_body() -> None:
    # The label rule reads 'The group called the agency's response "..."' as the group's
    # label; "a group called Friends of the Earth" still names the body.
    found = claims(
        LEAD + "Greenpeace criticized the cleanup. The group called the agency's response "
        '"too little, too late."'
    )
    assert speaker(by_text(found, "agency's response")) == ("Greenpeace", "organization")
    found = claims(
        LEAD + "A group called Friends of the Earth said the dam would flood the valley."
    )
    assert speaker(by_text(found, "dam would flood")) == (
        "group called Friends of the Earth",
        "anonymous",
    )


def test_praise_or_thanks_has_no_content_before_it() -> None:
    lead = LEAD + "Mayor Tom Hale spoke on Monday. "
    assert claims(lead + "After the meeting, Hale thanked the workers.") == []
    found = claims(
        lead + "After the meeting, Hale thanked the workers, saying they had done a remarkable job."
    )
    assert [c.text for c in found] == ["they had done a remarkable job"]
