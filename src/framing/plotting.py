"""framing.plotting: house style and byte-stable figure files.

matplotlib >= 3.11 shapes Arabic and lays it out right to left by itself, so labels are passed
as raw strings (no arabic-reshaper / python-bidi on top, which would reverse them twice).
DejaVu Sans, shipped with matplotlib, has the Arabic glyphs, so every machine draws the same.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt

__all__ = ["use_style", "save_figure", "CAMP_COLORS"]

CAMP_COLORS = {
    "russia": "#c0392b",
    "nato_us": "#2962a8",
    "eu": "#e0a800",
    "ukraine": "#3a9d5d",
    "other": "#8e8e8e",
    "": "#cfcfcf",
}


def use_style() -> None:
    """A plain, print-friendly style with a font that has Arabic glyphs.

    Starts from matplotlib's defaults, so a figure is drawn the same from the CLI and from a
    notebook (whose inline backend changes some settings).
    """
    plt.rcdefaults()
    plt.rcParams.update({
        "font.family": "DejaVu Sans",
        "font.size": 10,
        "axes.titlesize": 11,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "figure.dpi": 100,
        "savefig.dpi": 150,
        "savefig.bbox": "tight",
        "svg.hashsalt": "framing",
        "pdf.fonttype": 42,
    })


def save_figure(fig, path: str | Path) -> list[Path]:
    """Save ``fig`` as PNG and PDF at ``path`` (suffix ignored), byte-identical on rerun.

    The figure is closed from pyplot afterwards (it can still be displayed), so notebooks show
    it once, where they choose to.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    png, pdf = path.with_suffix(".png"), path.with_suffix(".pdf")
    fig.savefig(png, metadata={"Software": None})
    fig.savefig(pdf, metadata={"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None})
    plt.close(fig)
    return [png, pdf]
