"""A quiet, informative console for chemtrove's commands: progress bars and one line per stage.

The libraries under the training and evaluation stages talk a lot: a dict of numbers per logging step,
dataset-map progress bars, deprecation warnings raised inside trl and transformers. ``chemtrove quickstart``,
``chemtrove train ...`` and ``chemtrove eval`` run inside :func:`console` (``--verbose`` turns it off):

- transformers, datasets and trl log errors only, datasets' map/filter bars are off;
- warnings raised inside torch, transformers, trl, datasets, accelerate and peft are not shown (a warning
  raised by chemtrove itself still is);
- a trainer shows one progress bar per stage with the last loss or reward beside it
  (:func:`use_stage_progress`), instead of printing every logged dict.

Nothing changes for a Python user who calls the stages directly: outside :func:`console` every library
keeps its own settings.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterator
from typing import Any

LIBRARIES = ("torch", "transformers", "trl", "datasets", "accelerate", "peft", "huggingface_hub")
"""Packages whose logs and warnings the quiet console hides."""

_state = {"quiet": False}


def is_quiet() -> bool:
    """Whether a quiet :func:`console` is active."""
    return _state["quiet"]


@contextlib.contextmanager
def console(verbose: bool = False) -> Iterator[None]:
    """Run a command with a quiet console (or, with ``verbose``, with every library's own output).

    Args:
        verbose: Leave library logs and warnings as the libraries set them.
    """
    if verbose:
        yield
        return
    restore: list[Any] = []
    with warnings.catch_warnings():
        for lib in LIBRARIES:
            warnings.filterwarnings("ignore", module=rf"{lib}(\..*)?$")
        for name in ("transformers.utils.logging", "datasets.utils.logging"):
            with contextlib.suppress(ImportError):
                module = __import__(name, fromlist=["get_verbosity"])
                before = module.get_verbosity()
                module.set_verbosity_error()
                restore.append(lambda m=module, b=before: m.set_verbosity(b))
        with contextlib.suppress(ImportError):
            # transformers' own bars (loading and writing weight shards): one line per stage is enough
            from transformers.utils import logging as transformers_logging

            if transformers_logging.is_progress_bar_enabled():
                transformers_logging.disable_progress_bar()
                restore.append(transformers_logging.enable_progress_bar)
        with contextlib.suppress(ImportError):
            import datasets

            if datasets.is_progress_bar_enabled():
                datasets.disable_progress_bars()
                restore.append(datasets.enable_progress_bars)
        previous = _state["quiet"]
        _state["quiet"] = True
        try:
            yield
        finally:
            _state["quiet"] = previous
            for undo in reversed(restore):
                undo()


def use_stage_progress(trainer: Any, stage: str | None = None) -> None:
    """In a quiet console, give a trainer one progress bar with its last loss/reward instead of log dicts.

    Outside :func:`console` (a Python user's own run) the trainer is left as it is.

    Args:
        trainer: A ``transformers.Trainer`` (trl's trainers included).
        stage: Name shown on the bar (default: the output folder's name).
    """
    if not is_quiet():
        return
    from transformers.trainer_callback import PrinterCallback, ProgressCallback

    trainer.remove_callback(ProgressCallback)
    trainer.remove_callback(PrinterCallback)
    trainer.add_callback(_stage_progress_class()(stage or str(trainer.args.output_dir).rstrip("/").split("/")[-1]))


def _stage_progress_class() -> type:
    from tqdm.auto import tqdm
    from transformers.trainer_callback import TrainerCallback

    class StageProgress(TrainerCallback):
        """One bar per training stage: steps, and the last logged loss or reward as its postfix."""

        def __init__(self, stage: str):
            self.stage = stage
            self.bar = None

        def on_train_begin(self, args, state, control, **kwargs):
            if state.is_world_process_zero:
                self.bar = tqdm(total=state.max_steps, desc=self.stage, dynamic_ncols=True, leave=True)

        def on_step_end(self, args, state, control, **kwargs):
            if self.bar is not None:
                self.bar.update(state.global_step - self.bar.n)

        def on_log(self, args, state, control, logs=None, **kwargs):
            if self.bar is None or not logs:
                return
            shown = {k: logs[k] for k in ("loss", "reward", "eval_loss") if isinstance(logs.get(k), int | float)}
            if shown:
                self.bar.set_postfix({k: f"{v:.3g}" for k, v in shown.items()}, refresh=False)

        def on_train_end(self, args, state, control, **kwargs):
            if self.bar is not None:
                self.bar.close()
                self.bar = None

    return StageProgress


__all__ = ["LIBRARIES", "console", "is_quiet", "use_stage_progress"]
