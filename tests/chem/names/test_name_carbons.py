"""Thirteenth round of rules: carbon's allotrope names ("graphite", "graphene") read as the element, except
for their oxides, the materials made from them, objects and proper names. General examples, not sentences
of the labelled splits."""

from __future__ import annotations

from chemtrove.chem.names.carbons import carbon_form_ok
from chemtrove.chem.names.spans import Word


def _word(text: str, token: str) -> Word:
    at = text.index(token)
    return Word(at, at + len(token), token, False, False)


def test_graphite_and_graphene_are_carbon(offline):
    found = [m for m in offline.find("Expanded flakes of graphite (99%) and graphene were stirred.") if m.resolved]
    assert [(m.name, m.formula) for m in found] == [("graphite", "C"), ("graphene", "C")]
    found = [m for m in offline.find("Graphite powder was ball-milled with silicon.") if m.resolved]
    assert [(m.name, m.formula) for m in found][0] == ("Graphite", "C")


def test_oxides_and_made_materials_are_not_the_element(offline, names):
    assert names(offline, "Graphite oxide was sonicated and graphene oxides were washed.") == []
    assert names(offline, "The film of reduced graphene was dried; N-doped graphene was kept.") == ["N"]
    assert names(offline, "The sheets of activated graphite were pressed.") == []


def test_objects_and_proper_names_are_not_the_element(offline, names):
    assert names(offline, "The pellet was pressed in a graphite die at 50 MPa.") == []
    assert names(offline, "The powders were loaded into graphite dies and a graphite monochromator.") == []
    assert names(offline, "It was bought from Graphene Laboratories Inc. as a powder.") == []


def test_carbon_form_context():
    text = "mixed with graphite and graphene oxide"
    assert carbon_form_ok(text, _word(text, "graphite"))
    assert not carbon_form_ok(text, _word(text, "graphene"))
    text = "the exfoliated graphite and Graphite Products Ltd"
    assert not carbon_form_ok(text, _word(text, "graphite"))
    assert not carbon_form_ok(text, _word(text, "Graphite"))
