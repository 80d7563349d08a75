#!/usr/bin/env python3
# The application is built from panes, and stays so:
#  - no widget class binds more than 20 template children;
#  - no file of src/app (C, header) or ui/ is over 1,000 lines;
#  - no loop of src/app files: neither in what they include (a .c and its
#    .h, and a -private.h, count as one unit) nor in whose functions they
#    call, read from the symbols of the built library (nm), so that no file
#    calls back into one that calls it.
# Usage: check-app-structure.py SOURCE_ROOT [LIBRARY.a]
#        check-app-structure.py --self-test
import pathlib
import re
import subprocess
import sys
import tempfile

MAX_CHILDREN = 20
MAX_LINES = 1000

BIND = re.compile(r'gtk_widget_class_bind_template_child(?:_full|_internal|_private)?\s*\(')
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.MULTILINE)


def unit_of(path):
    """concord-window.c, concord-window.h and concord-window-private.h are one unit."""
    name = path.name
    for suffix in ('-private.h', '.c', '.h'):
        if name.endswith(suffix):
            return name[:-len(suffix)]
    return name


def find_cycle(graph):
    """A list of nodes forming a cycle, or None."""
    WHITE, GREY, BLACK = 0, 1, 2
    colour = {node: WHITE for node in graph}
    stack = []

    def visit(node):
        colour[node] = GREY
        stack.append(node)
        for other in sorted(graph.get(node, ())):
            if colour.get(other, BLACK) == GREY:
                return stack[stack.index(other):] + [other]
            if colour.get(other) == WHITE:
                found = visit(other)
                if found:
                    return found
        stack.pop()
        colour[node] = BLACK
        return None

    for node in sorted(graph):
        if colour[node] == WHITE:
            found = visit(node)
            if found:
                return found
    return None


def check_children(files):
    problems = []
    for path in files:
        if path.suffix != '.c':
            continue
        n = len(BIND.findall(path.read_text(encoding='utf-8')))
        if n > MAX_CHILDREN:
            problems.append(f'{path}: binds {n} template children (at most {MAX_CHILDREN})')
    return problems


def check_lengths(files):
    problems = []
    for path in files:
        n = path.read_text(encoding='utf-8').count('\n')
        if n > MAX_LINES:
            problems.append(f'{path}: {n} lines (at most {MAX_LINES})')
    return problems


def check_includes(files):
    units = {}
    for path in files:
        if path.suffix in ('.c', '.h'):
            units.setdefault(unit_of(path), []).append(path)
    headers = {path.name: unit_of(path) for path in files if path.suffix == '.h'}
    graph = {unit: set() for unit in units}
    for unit, paths in units.items():
        for path in paths:
            for name in INCLUDE.findall(path.read_text(encoding='utf-8')):
                other = headers.get(pathlib.PurePath(name).name)
                if other is not None and other != unit:
                    graph[unit].add(other)
    cycle = find_cycle(graph)
    return [f'include loop among src/app files: {" -> ".join(cycle)}'] if cycle else []


def members_symbols(library):
    """{member: (defined, undefined)} from nm on a static library."""
    out = subprocess.run(['nm', '-A', library], check=True, capture_output=True, text=True).stdout
    members = {}
    for line in out.splitlines():
        # libx.a:member.o:                 U symbol   or   libx.a:member.o:0000 T symbol
        parts = line.rsplit(':', 1)
        if len(parts) != 2:
            continue
        member = parts[0].split(':')[-1]
        fields = parts[1].split()
        if len(fields) < 2:
            continue
        kind, symbol = fields[-2], fields[-1]
        defined, undefined = members.setdefault(member, (set(), set()))
        if kind == 'U':
            undefined.add(symbol)
        elif kind in 'TDBR':
            defined.add(symbol)
    return members


def check_calls(library):
    members = members_symbols(library)
    owner = {}
    for member, (defined, _) in members.items():
        for symbol in defined:
            owner[symbol] = member
    graph = {member: set() for member in members}
    for member, (_, undefined) in members.items():
        for symbol in undefined:
            other = owner.get(symbol)
            if other is not None and other != member:
                graph[member].add(other)
    cycle = find_cycle(graph)
    return [f'files of src/app call each other in a loop: {" -> ".join(cycle)}'] if cycle else []


def check(root, library=None):
    app = pathlib.Path(root) / 'src' / 'app'
    ui = pathlib.Path(root) / 'ui'
    sources = sorted(p for p in app.rglob('*') if p.suffix in ('.c', '.h'))
    if not sources:
        return [f'{app}: no sources found']
    templates = sorted(ui.rglob('*.ui')) if ui.exists() else []
    problems = check_children(sources) + check_lengths(sources + templates) + check_includes(sources)
    if library is not None:
        problems += check_calls(library)
    return problems


def self_test():
    """Each rule fails on a tree built to break it, and passes on one that keeps it."""
    def tree(files):
        folder = pathlib.Path(tempfile.mkdtemp(prefix='concord-structure-'))
        for name, text in files.items():
            path = folder / 'src' / 'app' / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding='utf-8')
        return folder

    good = {'a.c': '#include "a.h"\n#include "b.h"\n', 'a.h': '', 'b.c': '#include "b.h"\n', 'b.h': ''}
    assert check(tree(good)) == [], check(tree(good))
    loop = dict(good, **{'b.c': '#include "b.h"\n#include "a.h"\n'})
    assert any('include loop' in p for p in check(tree(loop)))
    private = {'w.c': '#include "w-private.h"\n#include "x.h"\n', 'w-private.h': '', 'x.h': '',
               'x.c': '#include "x.h"\n#include "w-private.h"\n'}
    assert any('include loop' in p for p in check(tree(private)))
    binds = 'gtk_widget_class_bind_template_child (widget_class, W, child);\n'
    assert any('template children' in p for p in check(tree({'w.c': binds * 21})))
    assert check(tree({'w.c': binds * 20})) == []
    assert any('lines' in p for p in check(tree({'w.c': '\n' * 1001})))
    assert check(tree({'w.c': '\n' * 1000})) == []
    # Calls, read from a library built here: a.o and b.o calling each other.
    folder = pathlib.Path(tempfile.mkdtemp(prefix='concord-calls-'))
    (folder / 'a.c').write_text('void b (void);\nvoid a (void) { b (); }\n', encoding='utf-8')
    (folder / 'b.c').write_text('void a (void);\nvoid b (void) { a (); }\n', encoding='utf-8')
    (folder / 'c.c').write_text('void a (void);\nvoid c (void) { a (); }\n', encoding='utf-8')
    for name in ('a', 'b', 'c'):
        subprocess.run(['cc', '-c', '-o', str(folder / f'{name}.o'), str(folder / f'{name}.c')], check=True)
    subprocess.run(['ar', 'rcs', str(folder / 'loop.a'), str(folder / 'a.o'), str(folder / 'b.o')], check=True)
    subprocess.run(['ar', 'rcs', str(folder / 'line.a'), str(folder / 'a.o'), str(folder / 'c.o')], check=True)
    assert any('call each other' in p for p in check_calls(str(folder / 'loop.a')))
    assert check_calls(str(folder / 'line.a')) == []
    assert find_cycle({'a': {'b'}, 'b': {'c'}, 'c': {'a'}}) is not None
    assert find_cycle({'a': {'b'}, 'b': {'c'}, 'c': set()}) is None
    print('self-test passed')


if __name__ == '__main__':
    if sys.argv[1:] == ['--self-test']:
        self_test()
        sys.exit(0)
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__ or 'usage: check-app-structure.py SOURCE_ROOT [LIBRARY.a]')
    found = check(sys.argv[1], sys.argv[2] if len(sys.argv) == 3 else None)
    print('\n'.join(found) if found else 'the app keeps its structure')
    sys.exit(1 if found else 0)
