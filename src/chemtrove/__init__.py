"""chemtrove: curate, tokenize, mix and train on chemistry corpora for mid-stage scientific training.

The four parts are subpackages:

* :mod:`chemtrove.chem` - pure chemistry (SMILES, reactions, crystals, detection, tags); no datatrove, no torch.
* :mod:`chemtrove.curate` - datatrove steps and ready-made pipelines that write tagged parquet shards.
* :mod:`chemtrove.tokenize`, :mod:`chemtrove.mixtures`, :mod:`chemtrove.train` - later stages.
"""

__version__ = "0.1.0"
