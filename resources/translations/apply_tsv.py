"""Fill translations of a Qt Linguist catalogue from tab-separated files, after ``pyside6-lupdate``.

    python resources/translations/apply_tsv.py resources/translations/app_en.ts NEW_STRINGS.tsv [...]

Each line of a TSV file is ``context<TAB>Chinese source<TAB>English``; ``\\n`` and ``\\t`` in a field stand for a
line break and a tab, lines starting with ``#`` and blank lines are skipped. A message with a count
(``self.tr("%n 条记录", "", n)``) takes its English forms separated by ``|``: ``%n entry|%n entries``. Every message of the catalogue with
that context and source gets the English as its finished translation (a later line wins). The file is edited
in place, in the layout lupdate writes (only the ``<translation>`` elements change), so the next lupdate run
leaves it as it is. The script prints the lines that matched no message (the source changed or is gone) and
the messages still unfinished; ``--strict`` makes either an error (exit status 1).

The whole round (README "Translations"):

    pyside6-lupdate $(find desktop -name "*.py" | sort) -ts resources/translations/app_en.ts -no-obsolete
    python resources/translations/apply_tsv.py resources/translations/app_en.ts strings.tsv
    pyside6-lrelease resources/translations/app_en.ts -qm resources/translations/app_en.qm
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

_CONTEXT_RE = re.compile(r"<context>(?P<body>.*?)</context>", re.S)
_NAME_RE = re.compile(r"<name>(?P<name>.*?)</name>", re.S)
_MESSAGE_RE = re.compile(r"<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
_SOURCE_RE = re.compile(r"<source>(?P<source>.*?)</source>", re.S)
_TRANSLATION_RE = re.compile(r"<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)", re.S)


def escape(text: str) -> str:
    """Text as lupdate writes it inside an element."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def _field(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def read_tsv(paths: list[Path]) -> dict[tuple[str, str], tuple[str, str]]:
    """``{(context, source): (english, where)}`` from the TSV files, a later line winning."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3 or not parts[0] or not parts[1] or not parts[2].strip():
                print(f"{path}:{number}: not context<TAB>source<TAB>english, skipped", file=sys.stderr)
                continue
            context, source, english = (_field(p) for p in parts)
            out[(context, source)] = (english, f"{path}:{number}")
    return out


def apply(ts_text: str, translations: dict[tuple[str, str], tuple[str, str]]
          ) -> tuple[str, set[tuple[str, str]], list[tuple[str, str]]]:
    """The catalogue with the translations filled in, the keys used, and the (context, source) still
    unfinished."""
    used: set[tuple[str, str]] = set()
    unfinished: list[tuple[str, str]] = []

    def one_context(match: re.Match[str]) -> str:
        body = match.group("body")
        name_match = _NAME_RE.search(body)
        name = html.unescape(name_match.group("name")) if name_match else ""

        def one_message(m: re.Match[str]) -> str:
            numerus = 'numerus="yes"' in m.group("attrs")
            source_match = _SOURCE_RE.search(m.group("body"))
            if source_match is None:
                return m.group(0)
            source = html.unescape(source_match.group("source"))
            translation = _TRANSLATION_RE.search(m.group("body"))
            if translation is None:
                return m.group(0)
            found = translations.get((name, source))
            if found is None:
                attrs = translation.group("attrs")
                if ('type="unfinished"' in attrs or not translation.group("text")) \
                        and 'type="vanished"' not in attrs and 'type="obsolete"' not in attrs:
                    unfinished.append((name, source))
                return m.group(0)
            used.add((name, source))
            start, end = translation.span()
            if numerus:  # "%n entry|%n entries": English has two forms, one and more
                forms = "".join(f"<numerusform>{escape(form)}</numerusform>" for form in found[0].split("|"))
                translated = f"<translation>{forms}</translation>"
            else:
                translated = f"<translation>{escape(found[0])}</translation>"
            new_body = m.group("body")[:start] + translated + m.group("body")[end:]
            return f"<message{m.group('attrs')}>{new_body}</message>"

        return "<context>" + _MESSAGE_RE.sub(one_message, body) + "</context>"

    return _CONTEXT_RE.sub(one_context, ts_text), used, unfinished


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ts", type=Path, help="the catalogue (.ts), edited in place")
    parser.add_argument("tsv", type=Path, nargs="*", help="context<TAB>source<TAB>english files")
    parser.add_argument("--strict", action="store_true", help="fail on unmatched lines or unfinished messages")
    args = parser.parse_args(argv)
    translations = read_tsv(args.tsv)
    text, used, unfinished = apply(args.ts.read_text(encoding="utf-8"), translations)
    args.ts.write_text(text, encoding="utf-8")
    unmatched = [(key, where) for key, (_english, where) in translations.items() if key not in used]
    for (context, source), where in unmatched:
        print(f"{where}: no message {context!r} {source!r} in {args.ts.name}", file=sys.stderr)
    for context, source in unfinished:
        print(f"unfinished: {context}\t{source}", file=sys.stderr)
    print(f"{args.ts.name}: {len(used)} translation(s) filled, {len(unmatched)} line(s) unmatched, "
          f"{len(unfinished)} message(s) unfinished")
    return 1 if args.strict and (unmatched or unfinished) else 0


if __name__ == "__main__":
    sys.exit(main())
