"""Carbon's allotrope names: "graphite" and "graphene" read as the element C.

Every labelled split that marks graphite or graphene as a reagent gives it the element's formula ("natural
graphite powder", "graphite (Sigma-Aldrich)", "a graphite counter electrode"). Their oxides and the
materials made from them are not the element: "graphite oxide", "reduced graphene oxide", "graphene
fluoride" (an anion word follows), "N-doped graphene" (a material adjective or a dopant before it).
"""

from __future__ import annotations

from chemtrove.chem.names import spans
from chemtrove.chem.names.formulas import CARBON_FORMS

__all__ = ["CARBON_FORMS", "carbon_form_ok"]

REDUCED_FORMS = spans.MATERIAL_ADJECTIVES | {"reduced", "exfoliated", "functionalized", "oxidized"}
"""Words before an allotrope name that make it a material made from it ("reduced graphene" is reduced
graphene oxide, "activated graphite", "doped graphene")."""


def carbon_form_ok(text: str, w: spans.Word) -> bool:
    """Whether an allotrope word (``w``, one of :data:`CARBON_FORMS`) names the element here: not before an
    anion word ("graphite oxide", "graphene oxides"), not after a material adjective or a dopant
    ("reduced graphene", "N-doped graphene", "activated graphite": :data:`REDUCED_FORMS`) and not as the
    first word of a capitalized proper name ("Graphene Supermarket").

    Example:
        >>> from chemtrove.chem.names.spans import Word
        >>> text = "natural graphite and graphene oxide"
        >>> [carbon_form_ok(text, Word(a, a + len(t), t, False, False)) for a, t in ((8, "graphite"), (21, "graphene"))]
        [True, False]
    """
    after = "" if w.cut_right else spans.next_word(text, w.end)
    if after in spans.ION_WORDS or after.removesuffix("s") in spans.ION_WORDS:
        return False
    after = text[w.end : w.end + 2]
    if w.text[0].isupper() and len(after) == 2 and after[0] == " " and after[1].isupper():
        return False  # "Graphene Supermarket": a proper name
    before = "" if w.cut_left else spans.previous_word(text, w.start)
    return before not in REDUCED_FORMS and not before.endswith("-doped")
