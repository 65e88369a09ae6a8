"""Small inline SVG charts for the HTML report: no scripts, no external files.

Every chart is an ``<svg class="plot" data-plot=NAME>`` with a ``<title>`` per mark, so a
browser shows values on hover without JavaScript.
"""

from __future__ import annotations

import math
from html import escape

PALETTE = ("#2563eb", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6", "#0ea5e9")


def _fmt(value: float) -> str:
    if float(value).is_integer():
        return f"{value:,.0f}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 1:
        return f"{value:,.2f}"
    return f"{value:.4g}"


def _nice_max(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 times a power of ten that is >= ``value``."""
    if value <= 0:
        return 1.0
    magnitude = 10.0 ** math.floor(math.log10(value))
    return next(step * magnitude for step in (1, 2, 2.5, 5, 10) if step * magnitude >= value * (1 - 1e-12))


def line_chart(name: str, points: list[tuple[float, float]], *, x_label: str, y_label: str,
               width: int = 640, height: int = 260) -> str:
    """A line through ``points`` (x ascending) with axes and four y gridlines."""
    left, right, top, bottom = 56, 16, 16, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    if not points:
        return _empty(name, width, "no samples")
    x_max = _nice_max(max(x for x, _ in points))
    y_max = _nice_max(max(y for _, y in points))

    def sx(x: float) -> float:
        return left + plot_w * x / x_max

    def sy(y: float) -> float:
        return top + plot_h - plot_h * y / y_max

    parts = [_open(name, width, height)]
    for i in range(5):
        y = y_max * i / 4
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{sy(y):.1f}" y2="{sy(y):.1f}" stroke="#e5e7eb"/>'
                     f'<text x="{left - 6}" y="{sy(y) + 4:.1f}" text-anchor="end">{_fmt(y)}</text>')
        x = x_max * i / 4
        parts.append(f'<text x="{sx(x):.1f}" y="{height - bottom + 16}" text-anchor="middle">{_fmt(x)}</text>')
    path = " ".join(f"{'M' if i == 0 else 'L'}{sx(x):.1f},{sy(y):.1f}" for i, (x, y) in enumerate(points))
    parts.append(f'<path d="{path}" fill="none" stroke="{PALETTE[0]}" stroke-width="2"/>')
    for x, y in points:
        parts.append(f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="3" fill="{PALETTE[0]}">'
                     f"<title>{_fmt(x)} {escape(x_label)}: {_fmt(y)} {escape(y_label)}</title></circle>")
    parts.append(f'<text x="{left + plot_w / 2}" y="{height - 6}" text-anchor="middle">{escape(x_label)}</text>')
    parts.append(f'<text transform="translate(14,{top + plot_h / 2}) rotate(-90)" text-anchor="middle">'
                 f"{escape(y_label)}</text>")
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(name: str, rows: list[tuple[str, list[float]]], *, series: list[str], unit: str = "",
              width: int = 640) -> str:
    """Horizontal bars: one group per row label, one bar per series."""
    if not rows:
        return _empty(name, width, "nothing to show")
    label_w, right, bar_h, gap = 170, 90, 14, 10
    group_h = bar_h * len(series) + gap
    legend_h = 22 if len(series) > 1 else 0
    height = legend_h + group_h * len(rows) + 10
    x_max = _nice_max(max((v for _, values in rows for v in values), default=0))
    plot_w = width - label_w - right
    parts = [_open(name, width, height)]
    if legend_h:
        for i, label in enumerate(series):
            parts.append(f'<rect x="{label_w + i * 110}" y="4" width="12" height="12" fill="{PALETTE[i % 6]}"/>'
                         f'<text x="{label_w + i * 110 + 16}" y="14">{escape(label)}</text>')
    for r, (label, values) in enumerate(rows):
        y0 = legend_h + r * group_h
        parts.append(f'<text x="{label_w - 8}" y="{y0 + group_h / 2 + 2:.1f}" text-anchor="end">{escape(label)}</text>')
        for i, value in enumerate(values):
            w = plot_w * value / x_max
            y = y0 + i * bar_h
            tip = f"{escape(label)} {escape(series[i])}: {_fmt(value)} {escape(unit)}".strip()
            parts.append(f'<rect class="bar" x="{label_w}" y="{y}" width="{max(w, 0.5):.1f}" height="{bar_h - 2}" '
                         f'fill="{PALETTE[i % 6]}"><title>{tip}</title></rect>'
                         f'<text x="{label_w + w + 4:.1f}" y="{y + bar_h - 4}">{_fmt(value)}{escape(unit)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _open(name: str, width: int, height: int) -> str:
    return (f'<svg class="plot" data-plot="{escape(name)}" xmlns="http://www.w3.org/2000/svg" width="{width}" '
            f'height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11" fill="#111">')


def _empty(name: str, width: int, message: str) -> str:
    return _open(name, width, 40) + f'<text x="8" y="24" fill="#6b7280">{escape(message)}</text></svg>'
