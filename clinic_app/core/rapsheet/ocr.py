"""Page images to text with Tesseract, after the clean-up that makes scans and phone photos
readable. Offline: Tesseract runs as a local program; nothing is sent anywhere.

A phone photo of a rap sheet is small, grey, unevenly lit, speckled and slightly turned.
Tesseract reads best dark text on an even light page at about 300 dpi, level. So:
1. greyscale;
2. enlarge a small image to letter width at 300 dpi (Tesseract misses glyphs under ~20 px);
3. take out uneven lighting: the paper's brightness is estimated by a wide maximum filter and
   blur on a reduced copy, and the page is measured against it; then the contrast is
   stretched;
4. level small rotations: the angle within +-3 degrees whose rows of text give the
   sharpest row-by-row ink profile (a projection profile; Tesseract's OSD only knows
   90-degree turns), measured on a black-and-white copy (Otsu's threshold) cleared of
   speckle by a median filter;
5. `--psm 6` (one uniform block of text): a rap sheet is one monospaced column; on the
   synthetic photos psm 6 matched the text better than psm 4, and faster.

Tesseract gets the levelled grey page, not our black-and-white copy: binarising and
median-filtering it ourselves broke thin strokes (the dot inside a typewriter zero became a
6). On 12 synthetic photographed pages Tesseract read every date from the grey page and
95.6% from our binarised one; it binarises internally anyway.

Tesseract is run directly, the page piped in and the text piped out, rather than through
pytesseract: pytesseract writes each page to a temporary file, and a client's record must
not land in temp files (conventions §7). The child gets OMP_THREAD_LIMIT=1: Tesseract's
OpenMP threads fight over two cores and made a page take 4.6 s instead of 0.9 s here.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from itertools import pairwise
from pathlib import Path

from PIL import Image, ImageChops, ImageFilter, ImageOps

from clinic_app.core.rapsheet.errors import OcrFailed, TesseractMissing

LETTER_WIDTH_300_DPI = 2550
_SMALLEST_WIDTH = 2000  # narrower pages are enlarged to letter width at 300 dpi
_BACKGROUND_SCALE = 8  # the lighting is estimated on an image this many times smaller
_SKEW_LIMIT, _SKEW_STEP, _SKEW_FINE_STEP = 3.0, 0.5, 0.1  # degrees
_LAYOUT_WIDTH = 900  # skew and text area are measured on a copy this wide
_INKED = 250  # a row or column of the copy darker than this on average holds text
_EDGE_SHARE = 0.01  # rows and columns this close to the border are the paper's edge
_TEXT_MARGIN = 0.02  # of the page width, kept around the text
PAGE_SEGMENTATION = "6"
LANGUAGE = "eng"
TIMEOUT_SECONDS = 120  # one page; a hung Tesseract must not hang the app
# Where installers put Tesseract when it is not on PATH (the Windows installer does not add it).
_KNOWN_LOCATIONS = (
    Path("/usr/bin/tesseract"),
    Path("/usr/local/bin/tesseract"),
    Path("/opt/homebrew/bin/tesseract"),
    Path("C:/Program Files/Tesseract-OCR/tesseract.exe"),
)
_MISSING_LANGUAGE = ("Failed loading language", "Error opening data file")


def find_tesseract() -> Path | None:
    """Tesseract, from CLINIC_APP_TESSERACT, PATH or its usual places."""
    configured = os.environ.get("CLINIC_APP_TESSERACT")
    if configured:
        return Path(configured) if Path(configured).exists() else None
    found = shutil.which("tesseract")
    if found:
        return Path(found)
    return next((path for path in _KNOWN_LOCATIONS if path.exists()), None)


def read_page(image: Image.Image, *, source: str) -> str:
    """The text of one page image; TesseractMissing names `source` if OCR cannot run."""
    tesseract = find_tesseract()
    if tesseract is None:
        raise TesseractMissing(source=source)
    page = io.BytesIO()
    prepare(image).save(page, "PNG")
    command = [str(tesseract), "stdin", "stdout", "-l", LANGUAGE, "--psm", PAGE_SEGMENTATION]
    try:
        finished = subprocess.run(
            command,
            input=page.getvalue(),
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise OcrFailed(source=source, reason="timeout") from None
    if finished.returncode != 0:
        complaint = finished.stderr.decode("utf-8", errors="replace")
        if any(words in complaint for words in _MISSING_LANGUAGE):
            raise TesseractMissing(source=source)
        raise OcrFailed(source=source, reason=f"tesseract exit {finished.returncode}")
    return finished.stdout.decode("utf-8", errors="replace")


def prepare(image: Image.Image) -> Image.Image:
    """The page cleaned for Tesseract: even, high-contrast grey at about 300 dpi, level,
    cut to its text (blank paper only gives Tesseract specks to misread as letters)."""
    gray = ImageOps.exif_transpose(image).convert("L")
    if gray.width < _SMALLEST_WIDTH:
        scale = LETTER_WIDTH_300_DPI / gray.width
        size = (LETTER_WIDTH_300_DPI, round(gray.height * scale))
        gray = gray.resize(size, Image.Resampling.LANCZOS)
    # Contrast is stretched once the lighting is even; no dark share is cut off, as on a
    # page with three lines of text the ink is under 1% of the pixels.
    even = ImageOps.autocontrast(_even_lighting(gray), cutoff=(0, 1))
    angle = _skew(_ink(even))
    if abs(angle) >= _SKEW_FINE_STEP / 2:
        even = even.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    return even.crop(_text_box(even))


def _even_lighting(gray: Image.Image) -> Image.Image:
    """The page measured against its own paper: shadows and a lamp's glare cancel out."""
    small = gray.reduce(_BACKGROUND_SCALE)
    paper = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(6))
    background = paper.resize(gray.size, Image.Resampling.BILINEAR)
    return ImageOps.invert(ImageChops.subtract(background, gray))


def _otsu_threshold(gray: Image.Image) -> int:
    """The grey level that best separates ink from paper (Otsu, on the histogram)."""
    histogram = gray.histogram()
    total = sum(histogram)
    weighted_total = sum(level * count for level, count in enumerate(histogram))
    below = weighted_below = 0
    best_level, best_spread = 127, -1.0
    for level, count in enumerate(histogram):
        below += count
        weighted_below += level * count
        above = total - below
        if below == 0 or above == 0:
            continue
        mean_below = weighted_below / below
        mean_above = (weighted_total - weighted_below) / above
        spread = below * above * (mean_below - mean_above) ** 2
        if spread > best_spread:
            best_level, best_spread = level, spread
    return best_level


def _ink(gray: Image.Image) -> Image.Image:
    """A reduced black-and-white copy without speckle, to measure the page's layout on."""
    small = gray.resize(
        (_LAYOUT_WIDTH, round(gray.height * _LAYOUT_WIDTH / gray.width)), Image.Resampling.BOX
    )
    threshold = _otsu_threshold(small)
    ink = small.point(lambda value: 255 if value > threshold else 0)
    return ink.filter(ImageFilter.MedianFilter(3))


def _skew(ink: Image.Image) -> float:
    """The small angle that lines the text rows up with the pixel rows."""
    coarse = _best_angle(ink, _steps(0.0, _SKEW_LIMIT, _SKEW_STEP))
    return _best_angle(ink, _steps(coarse, _SKEW_STEP, _SKEW_FINE_STEP))


def _text_box(gray: Image.Image) -> tuple[int, int, int, int]:
    """The part of the page that holds text, with a margin: rows and columns that carry
    more ink than specks do, ignoring the page's own edges (a photo's dark border)."""
    ink = _ink(gray)
    top, bottom = _inked_span(_profile(ink.resize((1, ink.height), Image.Resampling.BOX)))
    band = ink.crop((0, top, ink.width, bottom))  # columns measured where the text rows are
    left, right = _inked_span(_profile(band.resize((band.width, 1), Image.Resampling.BOX)))
    scale = gray.width / ink.width
    margin = round(_TEXT_MARGIN * gray.width)
    return (
        max(0, round(left * scale) - margin),
        max(0, round(top * scale) - margin),
        min(gray.width, round(right * scale) + margin),
        min(gray.height, round(bottom * scale) + margin),
    )


def _inked_span(profile: list[int]) -> tuple[int, int]:
    """First and last position darker than specks, away from the edges; all if none is."""
    edge = max(1, round(len(profile) * _EDGE_SHARE))
    inked = [
        index
        for index, value in enumerate(profile)
        if edge <= index < len(profile) - edge and value < _INKED
    ]
    return (inked[0], inked[-1] + 1) if inked else (0, len(profile))


def _profile(line: Image.Image) -> list[int]:
    """The grey values of a one-pixel-wide or one-pixel-high image."""
    return list(line.tobytes())


def _steps(centre: float, reach: float, step: float) -> list[float]:
    count = round(reach / step)
    return [centre + step * index for index in range(-count, count + 1)]


def _best_angle(image: Image.Image, angles: list[float]) -> float:
    return max(angles, key=lambda angle: _row_sharpness(image, angle))


def _row_sharpness(image: Image.Image, angle: float) -> float:
    """How sharply ink changes from one pixel row to the next: highest when level."""
    turned = image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
    rows = _profile(turned.resize((1, turned.height), Image.Resampling.BOX))
    return float(sum((a - b) ** 2 for a, b in pairwise(rows)))
