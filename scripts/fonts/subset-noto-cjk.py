#!/usr/bin/python3
"""
Make the bundled Noto CJK SC faces (assets/fonts/Noto*SC-*.ttf) from Debian's fonts-noto-cjk.

Run once by hand when the fonts change (not part of the build):
    apt-get install -y fonts-noto-cjk python3-fonttools
    /usr/bin/python3 scripts/fonts/subset-noto-cjk.py

What it does, per face (documented in assets/fonts/README.md):
1. takes the Simplified Chinese face (index 2, "Noto Sans/Serif CJK SC") out of the .ttc collection;
2. keeps only the characters a packaging studio needs (CHARACTERS below): all of GB 2312, ASCII,
   Latin-1, pinyin tone letters, general and CJK punctuation, full-width forms, vertical
   punctuation forms, and every CJK character the project's own assets use;
3. drops the layout tables (GSUB/GPOS/GDEF/BASE) and vertical metrics: the studio lays text out
   from plain per-character advances (model/text) and draws vertical punctuation from the
   U+FE10/FE30 presentation forms, so these tables are never used;
4. converts the CFF outlines to TrueType (quadratic, max error 1 unit of 1000): the PDF writer
   embeds TrueType subsets (FontFile2, CIDFontType2 with an identity glyph map), exactly as for
   LXGW WenKai; a CID-keyed CFF would need the CFF charset to map CIDs to glyphs instead.
Names, metrics (unitsPerEm 1000, ascent, descent, advances) and the licence fields are kept.
"""
import glob
import os
import re
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
SRC = '/usr/share/fonts/opentype/noto'
SC_INDEX = 2
FACES = [
    ('NotoSerifCJK-Bold.ttc', 'NotoSerifSC-Bold.ttf'),
    ('NotoSerifCJK-Regular.ttc', 'NotoSerifSC-Regular.ttf'),
    ('NotoSansCJK-Regular.ttc', 'NotoSansSC-Regular.ttf'),
    ('NotoSansCJK-Bold.ttc', 'NotoSansSC-Bold.ttf'),
]


def gb2312() -> set:
    out = set()
    for row in range(0xA1, 0xF8):
        for col in range(0xA1, 0xFF):
            try:
                out.add(ord(bytes([row, col]).decode('gb2312')))
            except UnicodeDecodeError:
                pass
    return out


RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 (°, ×, ·, ©, ®, accented letters)
    (0x0100, 0x017F),  # Latin Extended-A (pinyin ā ē ī ō ū ...)
    (0x01CD, 0x01DC),  # pinyin ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ
    (0x2000, 0x206F),  # general punctuation (— … ‘ ’ “ ” ‰)
    (0x2100, 0x214F),  # letterlike (℃ № ™)
    (0x2150, 0x218F),  # number forms (Ⅰ Ⅱ ...)
    (0x2460, 0x24FF),  # enclosed numbers (① ②)
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE4F),  # CJK compatibility forms (vertical brackets)
    (0xFF00, 0xFFEF),  # half-width and full-width forms
]


def project_cjk() -> set:
    """Every CJK character in the project's own assets (samples, seed products, motif library)."""
    out = set()
    for path in glob.glob(os.path.join(ROOT, 'assets', '**', '*'), recursive=True):
        if not re.search(r'\.(json|md|txt|svg)$', path) or '/fonts/' in path:
            continue
        with open(path, encoding='utf-8', errors='ignore') as f:
            for ch in f.read():
                if 0x3400 <= ord(ch) <= 0x9FFF or 0x20000 <= ord(ch) <= 0x3FFFF:
                    out.add(ord(ch))
    return out


def characters() -> set:
    chars = gb2312() | project_cjk()
    for lo, hi in RANGES:
        chars.update(range(lo, hi + 1))
    return chars


def to_truetype(font) -> None:
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable('glyf')
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    del font['CFF ']
    font['loca'] = newTable('loca')
    font['glyf'] = glyf
    maxp = font['maxp']
    maxp.tableVersion = 0x00010000
    for field in ('maxZones', 'maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs',
                  'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements'):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font['head'].glyphDataFormat = 0
    post = font['post']
    post.formatType = 3.0
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = '\x00\x01\x00\x00'


def main() -> None:
    chars = characters()
    print(f'{len(chars)} code points requested')
    for src, dst in FACES:
        font = TTCollection(os.path.join(SRC, src)).fonts[SC_INDEX]
        font.recalcTimestamp = False  # keep the source's head.modified, so a re-run gives the same bytes
        options = subset.Options()
        options.layout_features = []
        options.drop_tables += ['GSUB', 'GPOS', 'GDEF', 'BASE', 'VORG', 'vhea', 'vmtx']
        options.name_IDs = ['*']
        options.name_languages = ['*']
        options.notdef_outline = True
        options.glyph_names = False
        options.hinting = False
        options.desubroutinize = True
        sub = subset.Subsetter(options)
        sub.populate(unicodes=chars)
        sub.subset(font)
        to_truetype(font)
        out = os.path.join(ROOT, 'assets', 'fonts', dst)
        font.save(out)
        cmap = font.getBestCmap()
        print(f'{dst}: {len(font.getGlyphOrder())} glyphs, {len(cmap)} code points, {os.path.getsize(out)} bytes')


if __name__ == '__main__':
    sys.exit(main())
