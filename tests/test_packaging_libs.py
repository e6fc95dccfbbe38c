"""#14: the README's first command works on a fresh Debian/Ubuntu machine: its apt-get line names the package of
every system library that Qt's xcb platform plugin needs (what ``ldd`` lists for
``PySide6/Qt/plugins/platforms/libqxcb.so``), except those of a minimal Debian system (the Essential and required
packages and what they depend on). CI installs the same list: .ci/run reads it from the README.

A library this machine lacks (``not found``) is named by Debian's rule for library packages (policy 8.1: the
soname ``libfoo-bar.so.4`` is in ``libfoo-bar4``); one it has is looked up with ``dpkg -S``. Skipped where there
is no dpkg (not Debian) or no ldd.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APT_LINE = re.compile(r"^ +apt-get install -y (.+)$", re.M)  # the same expression as .ci/run's

pytestmark = pytest.mark.skipif(shutil.which("dpkg-query") is None or shutil.which("ldd") is None,
                                reason="not a Debian system (no dpkg) or no ldd")


def readme_packages() -> list[str]:
    match = APT_LINE.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert match is not None, "README.md has no `apt-get install -y ...` line"
    return match.group(1).split()


def _xcb_plugin() -> Path:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        pytest.skip(f"no xcb platform plugin at {plugin}")
    return plugin


def _ldd(path: Path) -> list[tuple[str, str | None]]:
    """(soname, resolved path or None when not found) of every library the loader would load."""
    out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=True).stdout
    libraries = []
    for line in out.splitlines():
        name, arrow, rest = line.strip().partition(" => ")
        if not arrow:
            continue  # the vdso, the loader itself
        target = rest.split(" (")[0].strip()
        libraries.append((name, None if target == "not found" else target))
    return libraries


def _package_by_policy(soname: str) -> str:
    """Debian's name of the package of a shared library (policy 8.1): libxcb-icccm.so.4 -> libxcb-icccm4."""
    match = re.fullmatch(r"lib(.+)\.so\.(\d+)(?:\..*)?", soname)
    assert match is not None, soname
    name, version = match.group(1).lower(), match.group(2)
    return f"lib{name}{'-' if name[-1].isdigit() else ''}{version}"


def _package_of(path: str) -> str:
    for candidate in dict.fromkeys((path, str(Path(path).resolve()))):
        answer = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True)
        if answer.returncode == 0:
            return answer.stdout.split(":", 1)[0].split(",")[0].strip()
        usr = "/usr" + candidate if not candidate.startswith("/usr/") else candidate[4:]
        answer = subprocess.run(["dpkg-query", "-S", usr], capture_output=True, text=True)  # merged /usr
        if answer.returncode == 0:
            return answer.stdout.split(":", 1)[0].split(",")[0].strip()
    raise AssertionError(f"no Debian package holds {path}")


def _minimal_system() -> set[str]:
    """The packages of a minimal Debian system: Essential and required ones, apt, and all they depend on."""
    out = subprocess.run(["dpkg-query", "-W", "-f=${Package}\t${Essential}\t${Priority}\t${Pre-Depends}, "
                          "${Depends}\t${Provides}\n"], capture_output=True, text=True, check=True).stdout
    depends: dict[str, str] = {}
    provided: dict[str, list[str]] = {}
    todo = ["apt"]
    for line in out.splitlines():
        package, essential, priority, needs, provides = line.split("\t")
        depends[package] = needs
        if essential == "yes" or priority == "required":
            todo.append(package)
        for item in provides.split(","):
            if item.strip():
                provided.setdefault(item.split()[0], []).append(package)
    seen: set[str] = set()
    while todo:
        package = todo.pop()
        if package in seen or package not in depends:
            continue
        seen.add(package)
        for clause in depends[package].split(","):
            for alternative in clause.split("|"):
                name = alternative.strip().split(" ")[0].split(":")[0]
                found = [name] if name in depends else provided.get(name, [])
                if found:
                    todo.extend(found)
                    break
    return seen


def test_readme_apt_line_names_every_library_of_the_xcb_plugin() -> None:
    plugin = _xcb_plugin()
    bundled = plugin.parents[2]  # PySide6/Qt: Qt's own libraries ship in the wheel
    base = _minimal_system()
    assert {"libc6", "libstdc++6"} <= base
    named = set(readme_packages())
    needed: dict[str, str] = {}
    for soname, path in _ldd(plugin):
        if path is not None and Path(path).resolve().is_relative_to(bundled.resolve()):
            continue
        needed[soname] = _package_by_policy(soname) if path is None else _package_of(path)
    missing = sorted({f"{package} ({soname})" for soname, package in needed.items()
                      if package not in named and package not in base})
    assert missing == [], "add to the README's apt-get line: " + " ".join(missing)
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0", "fonts-noto-cjk"} <= named


def test_ci_installs_the_readme_packages() -> None:
    """.ci/run reads the list from the README with the same expression (one list, not two)."""
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    line = next(line for line in script.splitlines() if line.startswith("pkgs="))
    assert 'open("README.md"' in line and APT_LINE.pattern in line
    out = subprocess.run(["bash", "-c", line + '\nprintf %s "$pkgs"'], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == readme_packages()
