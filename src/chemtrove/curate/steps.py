"""Which steps a source gets after its reader: one list per kind (molecules, reactions, crystals, prose).

The pipeline (:mod:`chemtrove.curate.pipeline`) runs these steps; the config (:mod:`chemtrove.curate.config`)
asks them which fields a template may use before anything runs. Both import this module; it imports neither.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from chemtrove.curate.crystals import CanonicalizeCif, TagCifInProse
from chemtrove.curate.filters import ChemistryShareFilter, HeavyAtomFilter, LengthFilter
from chemtrove.curate.molecules import CanonicalizeReactions, CanonicalizeSmiles
from chemtrove.curate.names import TagNamesInProse
from chemtrove.curate.options import CrystalOptions, MoleculeOptions, ProseOptions, ReactionOptions
from chemtrove.curate.prose import DEFAULT_MAX_CHARS, TagSmilesInProse
from chemtrove.curate.records import RecordCheck
from chemtrove.curate.writers import QuarantineWriter


class CurateOptions(Protocol):
    """What the step list reads of the config: the per-kind options and how paths resolve."""

    molecules: MoleculeOptions
    reactions: ReactionOptions
    prose: ProseOptions
    crystals: CrystalOptions

    def resolve(self, path: str) -> Path:
        """A config path made absolute against the config file's folder."""
        ...


def curate_steps(cfg: CurateOptions, kind: str, q: str) -> tuple[list, str | None, str | None]:
    """The steps after the reader for one kind of source, its exact-dedup key and its record template.

    Args:
        cfg: The curate config (a :class:`chemtrove.curate.config.CurateConfig`).
        kind: ``molecules``, ``reactions``, ``crystals`` or ``prose``.
        q: The group's quarantine folder (each step that drops records writes under it).

    Returns:
        ``(steps, exact-dedup key or None, template or None)``.

    Raises:
        NotImplementedError: For a kind this pipeline does not curate.
    """
    steps: list = [RecordCheck(exclusion_writer=QuarantineWriter(q, "record_check"))]
    if kind == "molecules":
        m = cfg.molecules
        steps.append(
            CanonicalizeSmiles(
                isomeric=m.isomeric,
                standardize=m.standardize,
                tautomers=m.tautomers,
                stable=m.stable,
                inchikey=m.dedup_key == "inchikey",
                max_atoms=m.max_atoms,
                exclusion_writer=QuarantineWriter(q, "canonicalize"),
            )
        )
        if m.min_heavy_atoms is not None or m.max_heavy_atoms is not None:
            steps.append(
                HeavyAtomFilter(
                    m.min_heavy_atoms, m.max_heavy_atoms, exclusion_writer=QuarantineWriter(q, "heavy_atoms")
                )
            )
        return steps, (None if m.dedup_key == "none" else m.dedup_key), m.template
    if kind == "reactions":
        r = cfg.reactions
        steps.append(
            CanonicalizeReactions(
                fold_agents=r.fold_agents,
                isomeric=r.isomeric,
                exclusion_writer=QuarantineWriter(q, "canonicalize"),
            )
        )
        return steps, ("reaction" if r.dedup else None), r.template
    if kind == "crystals":
        c = cfg.crystals
        steps.append(
            CanonicalizeCif(
                symmetrized=c.symmetrized,
                decimals=c.decimals,
                symprec=c.symprec,
                partial_occupancy=c.partial_occupancy,
                properties_block=c.properties_block,
                charge_balance=c.charge_balance,
                max_sites=c.max_sites,
                max_seconds=c.max_seconds,
                exclusion_writer=QuarantineWriter(q, "canonicalize"),
            )
        )
        return steps, None, c.template
    if kind == "prose":
        p = cfg.prose
        if p.tag_smiles:
            steps.append(
                TagSmilesInProse(
                    canonical=p.canonical,
                    max_chars=p.max_chars or DEFAULT_MAX_CHARS,
                    exclusion_writer=QuarantineWriter(q, "tag_smiles"),
                )
            )
        if p.tag_cif:
            steps.append(TagCifInProse())
        if p.tag_names:
            lexicons = [lex if lex == "default" else str(cfg.resolve(lex)) for lex in p.lexicons]
            steps.append(TagNamesInProse(style=p.style, lexicons=lexicons, opsin=p.opsin))
        if p.min_chars is not None or p.max_chars is not None:
            steps.append(LengthFilter(p.min_chars, p.max_chars, exclusion_writer=QuarantineWriter(q, "length")))
        if p.min_chem_share is not None:
            steps.append(
                ChemistryShareFilter(min_share=p.min_chem_share, exclusion_writer=QuarantineWriter(q, "chem_share"))
            )
        return steps, ("text" if p.dedup else None), None
    raise NotImplementedError(f"kind {kind!r} is not curated by this pipeline yet")


__all__ = ["CurateOptions", "curate_steps"]
