"""Pure chemistry for custom corpora: no datatrove, no torch.

Example:
    >>> from chemtrove.chem import smiles
    >>> smiles.canonicalize("OCC").value
    'CCO'
"""

from chemtrove.chem.canon import Canon
from chemtrove.chem.reasons import REASONS, describe

__all__ = ["Canon", "REASONS", "describe"]
