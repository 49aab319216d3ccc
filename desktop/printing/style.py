"""The look of printed documents: fonts (with fallbacks for every script), colours, page metrics, CSS."""

from __future__ import annotations

# Latin first (Windows, then Linux), then CJK families so that 부산, 静岡, 三亚 print with real glyphs: the
# Noto CJK fonts (Linux: fonts-noto-cjk), then those every Windows 10/11 has (Korean, Japanese, Simplified
# and Traditional Chinese). The bundle ships no font (packaging/README.md, « Fonts »).
FONT_FAMILIES = [
    "Segoe UI", "Noto Sans", "DejaVu Sans", "Arial", "Liberation Sans",
    "Noto Sans CJK KR", "Noto Sans CJK JP", "Noto Sans CJK SC", "Noto Sans CJK TC",
    "Malgun Gothic", "Yu Gothic", "Microsoft YaHei", "Microsoft JhengHei",
]
CSS_FAMILIES = ", ".join(f"'{f}'" for f in FONT_FAMILIES) + ", sans-serif"

INK = "#1f2933"
NAVY = "#173a5e"
ACCENT = "#2f6690"
MUTED = "#5f6b7a"
RULE = "#c9d3de"
LIGHT_RULE = "#e3e8ee"
HEAD_BG = "#eef2f6"
ALERT = "#9b1c1c"

# Page (millimetres): A4 with generous margins; the header and footer bands sit inside them.
MARGIN_LEFT = MARGIN_RIGHT = 20
MARGIN_TOP = 14
MARGIN_BOTTOM = 14
HEADER_MM = 12  # office name, print date and a rule
FOOTER_MM = 10  # a rule and "Page n / N"
BODY_PT = 9.5

# Titles: serif, CJK included (Noto Serif CJK on Linux; on Windows the serif CJK fonts are optional
# features, so the sans ones every Windows has come last, before Qt's own fallback).
SERIF_FAMILIES = ", ".join(f"'{f}'" for f in [
    "Georgia", "Cambria", "DejaVu Serif", "Noto Serif",
    "Noto Serif CJK KR", "Noto Serif CJK JP", "Noto Serif CJK SC", "Noto Serif CJK TC",
    "Batang", "Yu Mincho",
    "Noto Sans CJK KR", "Noto Sans CJK JP", "Noto Sans CJK SC",
    "Malgun Gothic", "Yu Gothic", "Microsoft YaHei", "Microsoft JhengHei"])

# Lengths in the CSS are Qt "px", which Qt scales with the device's resolution: 1px ≈ 0.1 mm on paper.
CSS = f"""
body {{ font-family: {CSS_FAMILIES}; font-size: {BODY_PT}pt; color: {INK}; }}
p {{ margin-top: 0px; margin-bottom: 12px; }}
.kicker {{ font-size: 7.5pt; color: {ACCENT}; font-weight: 600; margin-bottom: 6px; }}
h1 {{ font-family: {SERIF_FAMILIES}, serif; font-size: 21pt; color: {NAVY}; font-weight: normal;
  margin-top: 0px; margin-bottom: 6px; }}
.subtitle {{ font-size: 10.5pt; color: {MUTED}; margin-bottom: 34px; }}
p.h2 {{ font-size: 11pt; color: {NAVY}; font-weight: 600; margin-top: 34px; margin-bottom: 9px; }}
p.h3 {{ font-size: 10pt; color: {INK}; font-weight: 600; margin-top: 30px; margin-bottom: 4px; }}
.lead {{ margin-top: 18px; margin-bottom: 6px; }}
.notes {{ margin-top: 4px; margin-bottom: 6px; }}
.muted {{ color: {MUTED}; }}
.small {{ font-size: 8pt; }}
.count {{ font-size: 8.5pt; color: {MUTED}; font-weight: normal; }}
.empty {{ color: {MUTED}; font-style: italic; margin-bottom: 4px; }}
.alert {{ color: {ALERT}; font-weight: 600; }}
.minutes {{ margin-top: 12px; }}
table.facts {{ border-style: none; margin-top: 14px; }}
td.label {{ color: {MUTED}; font-size: 8.5pt; padding: 5px 6px 4px 0px; }}
td.value {{ padding: 4px 16px 4px 0px; }}
table.grid {{ border-collapse: collapse; border-style: none; }}
th {{ font-size: 8pt; font-weight: 600; color: {MUTED}; text-align: left; background-color: {HEAD_BG};
  white-space: nowrap; padding: 6px 10px 6px 6px; border-top: 1.5px solid {ACCENT};
  border-bottom: 1px solid {RULE}; }}
td.cell {{ padding: 7px 10px 7px 6px; vertical-align: top; border-bottom: 1px solid {LIGHT_RULE}; }}
td.nowrap {{ white-space: nowrap; padding: 7px 10px 7px 6px; vertical-align: top;
  border-bottom: 1px solid {LIGHT_RULE}; }}
p.signature-place {{ margin-top: 40px; margin-bottom: 14px; }}
table.signature {{ border-style: none; }}
td.signatory {{ padding: 0px 16px 0px 0px; vertical-align: top; }}
p.signatory-title {{ font-weight: 600; margin-bottom: 0px; }}
p.signature-room {{ margin-bottom: 0px; font-size: 30pt; }}
p.signatory-name {{ margin-bottom: 0px; }}
ul {{ margin-top: 4px; margin-bottom: 10px; }}
li {{ margin-bottom: 4px; }}
"""
