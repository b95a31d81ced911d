"""The name finder: one registry per article linking names, surnames, roles and pronouns."""

from __future__ import annotations

from importlib import resources

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.document import Document
from newsfacts.extractors._names import Entity, Mentions, mentions
from newsfacts.models import EntityKind, Span

SAMPLE = (resources.files("newsfacts") / "data" / "sample_article.txt").read_text("utf-8")


def _registry(text: str) -> tuple[Document, Mentions]:
    doc = Document(text)
    return doc, mentions(doc)


def _entity(reg: Mentions, name: str) -> Entity:
    found = [e for e in reg.entities if e.name == name]
    assert found, f"no entity {name!r} in {[e.name for e in reg.entities]}"
    return found[0]


def _phrases(doc: Document, ent: Entity) -> list[str]:
    return [doc.slice(span) for span in ent.mentions]


def test_registry_is_computed_once_per_document() -> None:
    doc = Document(SAMPLE)
    assert mentions(doc) is mentions(doc)


def test_surname_role_and_pronoun_point_at_the_full_name() -> None:
    doc, reg = _registry(SAMPLE)
    keller = _entity(reg, "Maria Keller")
    assert keller.kind is EntityKind.PERSON
    assert keller.gender == "female"
    assert keller.role == "Union leader"
    phrases = _phrases(doc, keller)
    assert {"Maria Keller", "Keller", "The union leader", "she"} <= set(phrases)


def test_appositions_give_the_role() -> None:
    doc, reg = _registry(SAMPLE)
    albrecht = _entity(reg, "Jens Albrecht")
    assert albrecht.role == "company spokesman"
    assert "A company spokesman" in _phrases(doc, albrecht)
    lindqvist = _entity(reg, "Petra Lindqvist")
    assert lindqvist.role == "Germany's transport minister"


def test_pre_name_title_is_split_from_the_name() -> None:
    text = (
        "European Commission President Ana Costa arrived on Monday. "
        "Costa said the talks would go on. The president left at noon."
    )
    doc, reg = _registry(text)
    costa = _entity(reg, "Ana Costa")
    assert costa.role == "European Commission President"
    assert costa.gender == "female"
    phrases = _phrases(doc, costa)
    assert "Costa" in phrases
    assert "The president" in phrases


def test_honorific_gives_gender_and_is_not_part_of_the_name() -> None:
    doc, reg = _registry("Mr. Okafor arrived late. He said nothing.")
    okafor = _entity(reg, "Okafor")
    assert okafor.gender == "male"
    assert "He" in _phrases(doc, okafor)


def test_pronoun_teaches_gender_to_an_unknown_first_name() -> None:
    doc, reg = _registry("Kiri Tane spoke first. She was brief. Later, Tane left.")
    tane = _entity(reg, "Kiri Tane")
    assert tane.gender == "female"
    assert {"She", "Tane"} <= set(_phrases(doc, tane))


def test_organisations_groups_and_anonymous_sources() -> None:
    doc, reg = _registry(SAMPLE)
    assert _entity(reg, "HHLA").kind is EntityKind.ORGANIZATION
    assert "The port operator" in _phrases(doc, _entity(reg, "HHLA"))
    kiel = _entity(reg, "Kiel Institute for the World Economy")
    assert kiel.kind is EntityKind.ORGANIZATION
    assert _entity(reg, "Shipping analysts").kind is EntityKind.GROUP
    official = _entity(reg, "senior official at the port")
    assert official.kind is EntityKind.ANONYMOUS


def test_role_phrase_resolves_to_the_latest_person_with_that_role() -> None:
    text = (
        "Union leader Maria Keller met Finance Minister Jonas Berg. "
        "The minister said little. The union leader said more."
    )
    doc, reg = _registry(text)
    assert "The minister" in _phrases(doc, _entity(reg, "Jonas Berg"))
    assert "The union leader" in _phrases(doc, _entity(reg, "Maria Keller"))


def test_unnamed_role_is_later_merged_with_its_name() -> None:
    text = (
        "Jurors heard from a former council official who said she was pressured. "
        "The official, Sarah Lyons, said she was called at home."
    )
    doc, reg = _registry(text)
    lyons = _entity(reg, "Sarah Lyons")
    assert "a former council official" in _phrases(doc, lyons)


def test_headline_surname_is_merged_with_the_later_full_name() -> None:
    text = "Keller vows to fight on\n\nUnion leader Maria Keller spoke on Friday."
    doc, reg = _registry(text)
    keller = _entity(reg, "Maria Keller")
    assert _phrases(doc, keller)[0] == "Keller"


def test_look_ups() -> None:
    _, reg = _registry(SAMPLE)
    offset = SAMPLE.index("Keller said")
    m = reg.at(offset)
    assert m is not None and reg.entity(m).name == "Maria Keller"
    assert m.form == "surname"
    ent = reg.resolve(Span(offset, offset + 6))
    assert ent is not None and ent.name == "Maria Keller"
    assert reg.last_person(offset, gender="male") is not None
    last = reg.last_person(SAMPLE.index("She said"), gender="female")
    assert last is not None and last.name == "Petra Lindqvist"
    assert reg.in_span(Span(0, len(SAMPLE))) == reg.mentions


def test_dateline_and_sentence_openers_are_not_names() -> None:
    _, reg = _registry("BERLIN, Germany — The talks ended. In March, officials left.")
    names = {e.name for e in reg.entities}
    assert "The" not in names and "In" not in names
    assert all(e.kind is not EntityKind.ORGANIZATION for e in reg.entities if e.name == "BERLIN")


def test_empty_and_punctuation_only_text() -> None:
    for text in ("", "   ", "...", '""""', "\n\n\n"):
        _, reg = _registry(text)
        assert reg.entities == ()


_VOCAB = (
    "Maria Keller said she he they it the union leader , . : ; \" “ ” ‘ ’ ' Mr. Dr. HHLA of a "
    "an spokesman who according to analysts Western diplomats Germany's minister President "
    "European Commission Ana Costa told reporters that on condition anonymity"
)
WORDS = [*_VOCAB.split(" "), "\n\n", "\n", "—"]
NEWSY = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=4)), max_size=80).map(" ".join)


@settings(max_examples=80, deadline=None)
@given(NEWSY)
def test_any_text_gives_a_consistent_registry(text: str) -> None:
    doc, reg = _registry(text)
    last_end = -1
    for m in reg.mentions:
        assert 0 <= m.span.start < m.span.end <= len(text)
        assert m.span.start >= last_end  # sorted, no overlaps
        last_end = m.span.end
        assert 0 <= m.entity < len(reg.entities)
    for ent in reg.entities:
        assert ent.name
        for span in ent.mentions:
            assert span.end <= len(text)
    assert doc.text == text
