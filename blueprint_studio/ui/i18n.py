"""The interface's language: our catalogue and Qt's own, chosen from the system locale or Preferences.

Every visible string goes through `tr()` with one shared context, so a word ("Delete") is
translated once for the whole program. Strings with placeholders are translated first and
formatted after (`tr("Exported {name}").format(name=...)`), never the other way round.
The catalogues are `resources/translations/*.ts` (Qt Linguist sources, kept in git) compiled
to `.qm` by `compile_catalogues()`, which setup, the installers and the tests call.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, QSettings, QTranslator

from blueprint_studio.analysis.timing import Span, format_seconds, span_text
from blueprint_studio.canvas.translate import tr as tr  # handed on: the windows ask i18n for it
from blueprint_studio.editing.edits import Wording
from blueprint_studio.model.lanes import DEFAULT_LANE_NAMES, LINE_TITLES
from blueprint_studio.resources import resources_root
from blueprint_studio.storage.lock import LockInfo
from blueprint_studio.storage.recovery import Snapshot
from blueprint_studio.words import QT_TR_NOOP

CATALOGUE = "blueprint_studio"
LANGUAGE_KEY = "preferences/language"
UNITS_KEY = "preferences/units"  # "mm" or "in": how lengths are said in the window

LANGUAGES: dict[str, str] = {  # each in its own name, so anyone can find theirs
    "en": "English",
    "de": "Deutsch",
    "pt_BR": "Português (Brasil)",
    "ja": "日本語",
    "fr": "Français",
    "es": "Español",
}

_installed: list[QTranslator] = []


def translations_folder() -> Path:
    return resources_root() / "translations"


def chosen_language() -> str:
    """The Preferences override, or "" to follow the system."""
    value = QSettings().value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and (value in LANGUAGES or value == "") else ""


def language_for(override: str = "") -> str:
    """The catalogue to use: the override, else the best match for the system's UI languages."""
    if override in LANGUAGES:
        return override
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_")
        if code in LANGUAGES:
            return code
        if code.split("_")[0] in LANGUAGES:
            return code.split("_")[0]
        if code.startswith("pt"):
            return "pt_BR"  # the Portuguese we have
    return "en"


def install(language: str) -> QLocale:
    """Load the catalogues for `language` into the running application; returns its locale.

    Numbers and dates follow the same locale (QLocale's default), so a German interface
    writes "1,5 h" and a Japanese one its own dates.
    """
    app = QCoreApplication.instance()
    assert app is not None, "the application comes first: translators are installed into it"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(language)
    QLocale.setDefault(locale)
    if language == "en":
        return locale
    ours = QTranslator(app)
    if ours.load(str(translations_folder() / f"{CATALOGUE}_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)  # the standard buttons and dialogs (OK, Cancel, the file dialog): shipped beside ours
    if qt.load(str(translations_folder() / f"qtbase_{language}.qm")) or qt.load(
        locale, "qtbase", "_", _qt_translations()
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    return locale


def format_number(value: float, decimals: int = 0) -> str:
    """A number the reader's way: 12,500 in English, 12.500 in German, 12 500 in French."""
    return QLocale().toString(float(value), "f", decimals) if decimals else QLocale().toString(int(round(value)))


def when_text(seconds: float) -> str:
    """A moment the reader's way: 05.12.26 14:03 in German, 2026/12/05 14:03 in Japanese."""
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(seconds)), QLocale.FormatType.ShortFormat)


def holder_text(holder: LockInfo) -> str:
    return tr("{user} on {host} (process {pid}) since {when}").format(
        user=holder.user, host=holder.host, pid=holder.pid, when=when_text(holder.since)
    )


def snapshot_text(snapshot: Snapshot) -> str:
    name = snapshot.original.name if snapshot.original else tr("an unsaved document")
    return tr("{name}, autosaved {when}").format(name=name, when=when_text(snapshot.saved_at))


def length_text(points: float) -> str:
    """A printed length in the unit the designer chose in Preferences, written the locale's way."""
    if QSettings().value(UNITS_KEY, "mm") == "in":
        return tr("{inches} in").format(inches=format_number(points / 72, 1))
    millimetres = points / (72 / 25.4)
    if millimetres >= 1000:
        return tr("{metres} m").format(metres=format_number(millimetres / 1000, 2))
    return tr("{millimetres} mm").format(millimetres=format_number(millimetres))


def scale_text(scale: float) -> str:
    """A print scale: 1:4 below full size, else a plain factor."""
    return f"1:{format_number(1 / scale, 1 if 1 / scale < 10 else 0)}" if 0 < scale < 1 else format_number(scale, 2)


# The model's own words (lane kinds, lines, marks, find's fields), which the headless packages
# write in English; a test keeps this list complete.
MODEL_WORDS = (
    QT_TR_NOOP("Thoughts"),
    QT_TR_NOOP("Feelings"),
    QT_TR_NOOP("Emotions"),
    QT_TR_NOOP("Touchpoints and channels"),
    QT_TR_NOOP("Pain points"),
    QT_TR_NOOP("Opportunities"),
    QT_TR_NOOP("Physical evidence"),
    QT_TR_NOOP("Customer actions"),
    QT_TR_NOOP("Frontstage"),
    QT_TR_NOOP("Backstage"),
    QT_TR_NOOP("Support processes"),
    QT_TR_NOOP("New lane"),
    QT_TR_NOOP("Line of interaction"),
    QT_TR_NOOP("Line of visibility"),
    QT_TR_NOOP("Line of internal interaction"),
    QT_TR_NOOP("Fail point"),
    QT_TR_NOOP("Wait point"),
    QT_TR_NOOP("Decision point"),
    QT_TR_NOOP("Pain point"),
    QT_TR_NOOP("Opportunity"),
    QT_TR_NOOP("Start"),
    QT_TR_NOOP("End"),
    QT_TR_NOOP("Exit"),
    QT_TR_NOOP("Item missing"),
    QT_TR_NOOP("text"),
    QT_TR_NOOP("notes"),
    QT_TR_NOOP("owner"),
    QT_TR_NOOP("facet"),
)


def wording() -> Wording:
    """What a new blueprint is called and starts with, in the interface's language."""
    return Wording(
        lane_names={kind: tr(name) for kind, name in DEFAULT_LANE_NAMES.items()},
        line_titles={line: tr(title) for line, title in LINE_TITLES.items()},
        step=tr("Step {number}"),
        blueprint=tr("Untitled blueprint"),
        journey_map=tr("Untitled journey map"),
        stages=(tr("Aware"), tr("Choose"), tr("Use"), tr("Stay or leave")),
    )


def seconds_text(seconds: float) -> str:
    return format_seconds(seconds, tr, format_number)


def span_words(span: Span) -> str:
    return span_text(span, tr, format_number)


def marked_sources() -> list[Path]:
    """The files whose marked strings the catalogues hold: the window's, and the headless
    ones that mark their words with `blueprint_studio.words.QT_TR_NOOP`."""
    package = Path(__file__).resolve().parents[1]
    return sorted(
        [
            *(package / "ui").glob("*.py"),
            *(package / "canvas").glob("*.py"),
            *(package / "editing").glob("*.py"),
            *(package / "templates").glob("*.py"),
            *(package / "printing").glob("*.py"),
            *(package / "drawing").glob("*.py"),
            package / "analysis" / "checks.py",
            package / "analysis" / "register.py",
            package / "analysis" / "timing.py",
        ]
    )


def update_catalogues() -> None:
    """Bring every .ts up to date with the marked strings (new ones arrive untranslated)."""
    for catalogue in sorted(translations_folder().glob(f"{CATALOGUE}_*.ts")):
        subprocess.run(
            [
                _tool("lupdate"),
                *map(str, marked_sources()),
                "-no-obsolete",
                "-locations",
                "none",
                "-ts",
                str(catalogue),
            ],
            check=True,
        )


def compile_catalogues(force: bool = False) -> list[Path]:
    """Compile each .ts whose .qm is missing or older, and put Qt's own catalogue for each
    language beside it (installers prune Qt's folder, and each system lays it out its own
    way); returns the files written."""
    written = []
    for source in sorted(translations_folder().glob(f"{CATALOGUE}_*.ts")):
        target = source.with_suffix(".qm")
        if force or not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([_tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True)
            written.append(target)
        language = source.stem.removeprefix(f"{CATALOGUE}_")
        qt_source = Path(_qt_translations()) / f"qtbase_{language}.qm"
        qt_target = translations_folder() / qt_source.name
        if qt_source.exists() and (force or not qt_target.exists()):
            shutil.copyfile(qt_source, qt_target)
            written.append(qt_target)
    return written


def _qt_translations() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def _tool(name: str) -> str:
    """Qt's Linguist tools as PySide6 ships them (`pyside6-lrelease` beside the interpreter)."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    return str(beside) if beside.exists() else f"pyside6-{name}"


if __name__ == "__main__":  # `python -m blueprint_studio.ui.i18n [--update] [--force]`: compile the catalogues
    if "--update" in sys.argv:
        update_catalogues()
    for path in compile_catalogues(force="--force" in sys.argv):
        print(f"wrote {path.name}")
