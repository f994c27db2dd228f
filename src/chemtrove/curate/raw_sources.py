"""The raw source formats of the curate config (``sources[].format``) and the reader each one builds.

========================  ===================  =====================================================
format                    kinds                reader
========================  ===================  =====================================================
``sdf``                   molecules            :class:`~chemtrove.curate.readers_sdf.SdfReader`
``pubchem``               molecules, prose     :class:`~chemtrove.curate.readers_pubchem.PubChemDumpReader`
``uspto_rsmi``            reactions            :class:`~chemtrove.curate.readers_reactions.UsptoRsmiReader`
``ord``                   reactions            :class:`~chemtrove.curate.readers_reactions.OrdReader`
``pymatgen_json``         crystals             :class:`~chemtrove.curate.readers_pymatgen.PymatgenJsonReader`
========================  ===================  =====================================================
"""

from __future__ import annotations

from typing import Any

RAW_FORMATS: dict[str, tuple[str, ...]] = {
    "sdf": ("molecules",),
    "pubchem": ("molecules", "prose"),
    "uspto_rsmi": ("reactions",),
    "ord": ("reactions",),
    "pymatgen_json": ("crystals",),
}
"""Raw format -> the source kinds it can feed."""

OPTIONS: dict[str, tuple[str, ...]] = {"sdf": ("smiles_from", "id_from"), "pymatgen_json": ("id_from",)}
"""Raw format -> the source options (besides name, kind, path, glob, licence) it uses."""


def raw_reader(fmt: str, folder: str, *, source: str, kind: str, glob: str | None, licence: str | None, **opts: Any):
    """The datatrove reader of one raw source.

    Args:
        fmt: One of :data:`RAW_FORMATS`.
        folder: Folder of the files.
        source: Source name.
        kind: Source kind (checked against the format).
        glob: Files to read (``None``: the reader's default).
        licence: Licence of the source.
        **opts: ``smiles_from`` / ``id_from`` where the format uses them (``None`` values are ignored).
    """
    if fmt not in RAW_FORMATS:
        raise ValueError(f"unknown raw format {fmt!r}: use one of {', '.join(RAW_FORMATS)}")
    if kind not in RAW_FORMATS[fmt]:
        raise ValueError(f"format {fmt!r} feeds kinds {', '.join(RAW_FORMATS[fmt])}, not {kind!r}")
    kwargs: dict[str, Any] = {"source": source, "kind": kind, "licence": licence}
    if glob:
        kwargs["glob_pattern"] = glob
    for key, value in opts.items():
        if value is None:
            continue
        if key not in OPTIONS.get(fmt, ()):
            raise ValueError(f"format {fmt!r} does not use {key!r}")
        kwargs[key] = value
    if fmt == "sdf":
        from chemtrove.curate.readers_sdf import SdfReader

        return SdfReader(folder, **kwargs)
    if fmt == "pubchem":
        from chemtrove.curate.readers_pubchem import PubChemDumpReader

        return PubChemDumpReader(folder, **kwargs)
    if fmt == "uspto_rsmi":
        from chemtrove.curate.readers_reactions import UsptoRsmiReader

        return UsptoRsmiReader(folder, **kwargs)
    if fmt == "ord":
        from chemtrove.curate.readers_reactions import OrdReader

        return OrdReader(folder, **kwargs)
    from chemtrove.curate.readers_pymatgen import PymatgenJsonReader

    return PymatgenJsonReader(folder, **kwargs)
