#!/usr/bin/env python3
# schema-tables.py: data/concord.rng as the tables of Concord's quick
# validator (src/core/concord-schema.c).
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: schema-tables.py concord.rng OUT.h
#
# The schema stays the one statement of the format: this script turns each
# element of it into its attribute alternatives, a deterministic automaton
# over its children's names and a value pattern for its text. It refuses
# (and so fails the build) any construct it cannot turn into tables with
# the schema's meaning, so a change to the schema can never leave the quick
# validator accepting what the schema does not.

import sys
import xml.etree.ElementTree as ET

RNG = "{http://relaxng.org/ns/structure/1.0}"
XSD = "http://www.w3.org/2001/XMLSchema-datatypes"
TYPES = ["string", "token", "NCName", "date", "gYearMonth", "dateTime", "language",
         "positiveInteger", "nonNegativeInteger", "base64Binary"]
PARAMS = {"minLength", "maxLength", "pattern", "maxInclusive"}
# What a pattern may hold: the XML Schema regular expressions that mean the
# same in PCRE (GRegex), which the C side anchors at both ends.
PATTERN_CHARS = set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                    "[]{}()+*?,-_# .")
PATTERN_ESCAPES = {"S", ".", "-"}


def fail(message):
    sys.exit(f"schema-tables.py: {message}")


def local(node):
    if not node.tag.startswith(RNG):
        fail(f"foreign element {node.tag}")
    return node.tag[len(RNG):]


class Grammar:
    def __init__(self, root):
        if local(root) != "grammar":
            fail("the schema is not a grammar")
        self.ns = root.get("ns", "")
        if root.get("datatypeLibrary") != XSD:
            fail("the grammar's datatype library is not XML Schema's")
        self.defines = {}
        self.start = None
        for child in root:
            kind = local(child)
            if kind == "define":
                if child.get("combine") is not None:
                    fail("combine is not supported")
                self.defines[child.get("name")] = child
            elif kind == "start":
                self.start = child
            else:
                fail(f"<{kind}> in the grammar")
        for node in root.iter():
            if node is not root and node.get("ns") is not None:
                fail("ns below the grammar is not supported")
            if node.get("datatypeLibrary") is not None and node is not root:
                fail("datatypeLibrary below the grammar is not supported")

    def pattern(self, node):
        """A tree of tuples for the pattern node, refs resolved up to the
        next element."""
        kind = local(node)
        if kind in ("element", "attribute"):
            if node.get("name") is None:
                fail(f"<{kind}> without a name attribute (name classes are not supported)")
            content = group([self.pattern(c) for c in node])
            if kind == "attribute":
                if not list(node):
                    content = ("text",)
                return ("attribute", node.get("name"), content)
            return ("element", node.get("name"), content, ET.tostring(node))
        if kind == "ref":
            define = self.defines.get(node.get("name"))
            if define is None:
                fail(f"undefined ref {node.get('name')}")
            return group([self.pattern(c) for c in define])
        if kind == "group":
            return group([self.pattern(c) for c in node])
        if kind == "choice":
            return ("choice", [self.pattern(c) for c in node])
        if kind == "optional":
            return ("choice", [group([self.pattern(c) for c in node]), ("empty",)])
        if kind == "zeroOrMore":
            return ("choice", [("oneOrMore", group([self.pattern(c) for c in node])), ("empty",)])
        if kind == "oneOrMore":
            return ("oneOrMore", group([self.pattern(c) for c in node]))
        if kind in ("empty", "text"):
            return (kind,)
        if kind == "data":
            type_ = node.get("type")
            if type_ not in TYPES:
                fail(f"data type {type_} is not supported")
            params = {}
            for param in node:
                if local(param) != "param" or param.get("name") not in PARAMS:
                    fail(f"data of type {type_} with {ET.tostring(param)!r}")
                params[param.get("name")] = param.text or ""
            if "pattern" in params:
                check_pattern(params["pattern"])
            return ("data", type_, params)
        if kind == "value":
            if node.get("type") is not None:
                fail("a typed <value> is not supported")
            return ("value", node.text or "")
        if kind == "list":
            return ("list", group([self.pattern(c) for c in node]))
        fail(f"<{kind}> is not supported")


def group(items):
    items = [i for i in items if i != ("empty",)]
    if not items:
        return ("empty",)
    if len(items) == 1:
        return items[0]
    return ("group", items)


def check_pattern(pattern):
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            if i + 1 >= len(pattern) or pattern[i + 1] not in PATTERN_ESCAPES:
                fail(f"the pattern {pattern!r} uses an escape this script does not know")
            i += 2
            continue
        if c not in PATTERN_CHARS:
            fail(f"the pattern {pattern!r} uses {c!r}")
        i += 1


def has(p, kinds):
    """Whether p holds a pattern of these kinds outside attributes and
    child elements."""
    if p[0] in kinds:
        return True
    if p[0] in ("element", "attribute"):
        return False
    if p[0] in ("group", "choice"):
        return any(has(c, kinds) for c in p[1])
    if p[0] in ("oneOrMore", "list"):
        return has(p[1], kinds)
    return False


CONTENT = ("element", "text", "data", "value", "list")


def attribute_alternatives(p):
    """The attribute sets p allows: a list of dicts name -> (value
    pattern, required)."""
    kind = p[0]
    if kind == "attribute":
        return [{p[1]: (p[2], True)}]
    if kind == "group":
        result = [{}]
        for child in p[1]:
            product = []
            for left in result:
                for right in attribute_alternatives(child):
                    if set(left) & set(right):
                        fail("an attribute named twice in one group")
                    product.append({**left, **right})
            result = product
        return result
    if kind == "choice":
        with_attributes = [b for b in p[1] if has(b, ("attribute",))]
        if not with_attributes:
            return [{}]
        if any(has(b, CONTENT) for b in p[1]):
            fail("a choice between attributes and content is not supported")
        branches = [attribute_alternatives(b) for b in p[1]]
        # optional(attribute): one alternative, the attribute not required.
        if (len(branches) == 2 and ("empty",) in p[1]):
            other = branches[0] if p[1][1] == ("empty",) else branches[1]
            if len(other) == 1 and len(other[0]) == 1:
                ((name, (value, _)),) = other[0].items()
                return [{name: (value, False)}]
        return [alternative for branch in branches for alternative in branch]
    if kind == "oneOrMore":
        if has(p[1], ("attribute",)):
            fail("attributes under oneOrMore are not supported")
        return [{}]
    return [{}]


def without_attributes(p):
    kind = p[0]
    if kind == "attribute":
        return ("empty",)
    if kind == "group":
        return group([without_attributes(c) for c in p[1]])
    if kind == "choice":
        branches = [without_attributes(c) for c in p[1]]
        if all(b == ("empty",) for b in branches):
            return ("empty",)
        return ("choice", branches)
    if kind == "oneOrMore":
        return ("oneOrMore", without_attributes(p[1]))
    return p


class Tables:
    def __init__(self):
        self.values = []          # (kind, type, params, text, children)
        self.value_index = {}
        self.value_children = []
        self.attributes = []      # (name, value, required)
        self.alternatives = []    # (first, count)
        self.elements = []        # filled in order of discovery
        self.element_index = {}
        self.states = []          # (first transition, count, accepting)
        self.transitions = []     # (name, element, target)
        self.patterns = []

    def value(self, p):
        """Index of the value pattern for p (an attribute's or a data
        element's content)."""
        key = repr(p)
        if key in self.value_index:
            return self.value_index[key]
        kind = p[0]
        children = []
        type_, params, text = "", {}, ""
        if kind == "text":
            pass
        elif kind == "data":
            type_, params = p[1], p[2]
        elif kind == "value":
            text = p[1]
        elif kind == "choice":
            for branch in p[1]:
                if branch[0] == "choice":
                    children.extend(self.value(b) for b in branch[1])
                else:
                    children.append(self.value(branch))
        elif kind == "list":
            item = p[1]
            if item[0] != "oneOrMore":
                fail("a list must be oneOrMore of one value pattern")
            children.append(self.value(item[1]))
        else:
            fail(f"{kind} where a value is expected")
        pattern = -1
        if "pattern" in params:
            if params["pattern"] not in self.patterns:
                self.patterns.append(params["pattern"])
            pattern = self.patterns.index(params["pattern"])
        index = len(self.values)
        self.value_index[key] = index
        self.values.append((kind, type_, params, text, children, pattern))
        return index

    def element(self, p):
        key = p[3]
        if key in self.element_index:
            return self.element_index[key]
        index = len(self.elements)
        self.element_index[key] = index
        self.elements.append(None)
        name, content = p[1], p[2]

        alternatives = attribute_alternatives(content)
        if len(alternatives) > 64:
            fail(f"<{name}> has more than 64 sets of attributes")
        first_alternative = len(self.alternatives)
        for alternative in alternatives:
            first = len(self.attributes)
            for attribute, (value, required) in sorted(alternative.items()):
                self.attributes.append((attribute, self.value(value), required))
            self.alternatives.append((first, len(alternative)))

        children = without_attributes(content)
        data, may_be_empty, text_kind = -1, False, "none"
        if has(children, ("data", "value", "list")):
            if has(children, ("element", "text")):
                fail(f"<{name}> mixes data with other content")
            branches = children[1] if children[0] == "choice" else [children]
            may_be_empty = ("empty",) in branches
            rest = [b for b in branches if b != ("empty",)]
            data = self.value(rest[0] if len(rest) == 1 else ("choice", rest))
            start = self.automaton(("empty",))
            text_kind = "data"
        else:
            if has(children, ("text",)):
                text_kind = "any"
                if has(children, ("element",)) and not mixed(children):
                    fail(f"<{name}> has text beside elements other than as mixed content")
            start = self.automaton(children)
        self.elements[index] = (name, first_alternative, len(alternatives), text_kind,
                                data, may_be_empty, start)
        return index

    def automaton(self, regex):
        """A deterministic automaton over child element names (Glushkov's
        construction, then subsets); returns its start state."""
        positions = []

        def walk(r):
            """-> nullable, first, last, and follow filled in."""
            kind = r[0]
            if kind == "element":
                positions.append(r)
                i = len(positions) - 1
                follow[i] = set()
                return False, {i}, {i}
            if kind in ("empty", "text"):
                return True, set(), set()
            if kind == "group":
                nullable, first, last = True, set(), set()
                for child in r[1]:
                    n, f, l = walk(child)
                    for i in last:
                        follow[i] |= f
                    first = first | f if nullable else first
                    last = last | l if n else l
                    nullable = nullable and n
                return nullable, first, last
            if kind == "choice":
                nullable, first, last = False, set(), set()
                for child in r[1]:
                    n, f, l = walk(child)
                    nullable, first, last = nullable or n, first | f, last | l
                return nullable, first, last
            if kind == "oneOrMore":
                n, f, l = walk(r[1])
                for i in l:
                    follow[i] |= f
                return n, f, l
            fail(f"{kind} among child elements")

        follow = {}
        nullable, first, last = walk(regex)
        START = -1
        follow[START] = first
        start_state = frozenset([START])
        numbers = {}
        pending = [start_state]
        built = {}
        while pending:
            state = pending.pop()
            if state in built:
                continue
            reachable = set().union(*(follow[i] for i in state))
            by_name = {}
            for i in sorted(reachable):
                by_name.setdefault(positions[i][1], set()).add(i)
            moves = []
            for child_name, target in sorted(by_name.items()):
                keys = {positions[i][3] for i in target}
                if len(keys) != 1:
                    fail(f"<{child_name}> means two different elements at one place")
                moves.append((child_name, positions[min(target)], frozenset(target)))
                pending.append(frozenset(target))
            accepting = (START in state and nullable) or bool(state & last)
            built[state] = (moves, accepting)
        order = [start_state] + sorted((s for s in built if s != start_state), key=sorted)
        base = len(self.states)
        for state in order:
            numbers[state] = base + len(numbers)
        for state in order:
            self.states.append(None)
        for state in order:
            moves, accepting = built[state]
            first_move = len(self.transitions)
            for child_name, element, target in moves:
                self.transitions.append([child_name, element, target, numbers])
            self.states[numbers[state]] = (first_move, len(moves), accepting)
        return numbers[start_state]

    def resolve(self):
        """Numbers every element the transitions reach; the loop also
        visits the transitions of elements it numbers on the way."""
        for t in self.transitions:
            if not isinstance(t[1], int):
                t[1] = self.element(t[1])
                t[2] = t[3][t[2]]


def mixed(children):
    """zeroOrMore(choice(text, ...)): text anywhere among the elements."""
    if children[0] != "choice" or ("empty",) not in children[1] or len(children[1]) != 2:
        return False
    repeated = [b for b in children[1] if b != ("empty",)][0]
    if repeated[0] != "oneOrMore" or repeated[1][0] != "choice":
        return False
    return ("text",) in repeated[1][1] and not any(
        has(b, ("text",)) for b in repeated[1][1] if b != ("text",))


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: schema-tables.py concord.rng OUT.h")
    grammar = Grammar(ET.parse(sys.argv[1]).getroot())
    root = group([grammar.pattern(c) for c in grammar.start])
    if root[0] != "element":
        fail("the start is not one element")
    tables = Tables()
    tables.element(root)
    tables.resolve()

    out = []
    w = out.append
    w("/* Generated by build-aux/schema-tables.py from data/concord.rng. */")
    w(f"#define SCHEMA_NAMESPACE {c_string(grammar.ns)}")
    w("static const char *const schema_patterns[] = {")
    for pattern in tables.patterns:
        w(f"  {c_string(pattern)},")
    w("  NULL\n};")
    w("static const guint16 schema_value_children[] = {")
    flat = []
    starts = []
    for value in tables.values:
        starts.append(len(flat))
        flat.extend(value[4])
    w("  " + ", ".join(str(i) for i in flat) + (", " if flat else "") + "0\n};")
    w("static const SchemaValue schema_values[] = {")
    for (kind, type_, params, text, children, pattern), first in zip(tables.values, starts):
        kind_c = {"text": "VALUE_TEXT", "data": "VALUE_DATA", "value": "VALUE_EQUALS",
                  "choice": "VALUE_CHOICE", "list": "VALUE_LIST"}[kind]
        type_c = "TYPE_" + (type_.upper() if type_ else "NONE")
        w(f"  {{ {kind_c}, {type_c}, {params.get('minLength', '-1')}, {params.get('maxLength', '-1')}, "
          f"{params.get('maxInclusive', '-1')}, {pattern}, {c_string(text)}, {first}, {len(children)} }},")
    w("};")
    w("static const SchemaAttribute schema_attributes[] = {")
    for name, value, required in tables.attributes:
        w(f"  {{ {c_string(name)}, {value}, {'TRUE' if required else 'FALSE'} }},")
    w("  { NULL, 0, FALSE }\n};")
    w("static const SchemaAlternative schema_alternatives[] = {")
    for first, count in tables.alternatives:
        w(f"  {{ {first}, {count} }},")
    w("};")
    w("static const SchemaElement schema_elements[] = {")
    for name, first, count, text_kind, data, may_be_empty, start in tables.elements:
        text_c = {"none": "TEXT_NONE", "any": "TEXT_ANY", "data": "TEXT_DATA"}[text_kind]
        w(f"  {{ {c_string(name)}, {first}, {count}, {text_c}, {data}, "
          f"{'TRUE' if may_be_empty else 'FALSE'}, {start} }},")
    w("};")
    w("static const SchemaTransition schema_transitions[] = {")
    for name, element, target, _ in tables.transitions:
        w(f"  {{ {c_string(name)}, {element}, {target} }},")
    w("  { NULL, 0, 0 }\n};")
    w("static const SchemaState schema_states[] = {")
    for first, count, accepting in tables.states:
        w(f"  {{ {first}, {count}, {'TRUE' if accepting else 'FALSE'} }},")
    w("};")
    w(f"#define SCHEMA_N_PATTERNS {len(tables.patterns)}")
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
