"""The printouts name their CJK fonts: the bundle ships none (packaging/README.md, « Fonts »), so the
body and title font lists must name the Noto CJK fonts (Linux: fonts-noto-cjk) and the Korean,
Japanese and Chinese fonts every Windows 10/11 has, for Qt to pick one before its own fallback."""

from __future__ import annotations

from desktop.printing import style

WINDOWS_CJK = ("Malgun Gothic", "Yu Gothic", "Microsoft YaHei")  # Korean, Japanese, Simplified Chinese
NOTO_CJK = ("Noto Sans CJK KR", "Noto Sans CJK JP", "Noto Sans CJK SC")


def _serif() -> list[str]:
    return [family.strip(" '") for family in style.SERIF_FAMILIES.split(",")]


def test_body_fonts_name_windows_and_noto_cjk_after_the_latin_ones():
    families = style.FONT_FAMILIES
    for family in (*WINDOWS_CJK, *NOTO_CJK):
        assert family in families
    assert families.index("Segoe UI") < min(families.index(f) for f in (*WINDOWS_CJK, *NOTO_CJK))
    for family in (*WINDOWS_CJK, *NOTO_CJK):
        assert f"'{family}'" in style.CSS_FAMILIES


def test_title_fonts_reach_a_cjk_font_on_windows_and_linux():
    families = _serif()
    assert "Noto Serif CJK KR" in families
    for family in WINDOWS_CJK:  # the serif CJK fonts are optional features on Windows: the sans ones close the list
        assert family in families
    assert families.index("Georgia") < families.index("Malgun Gothic")
