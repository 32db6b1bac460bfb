"""From a document's text to draft records: the post it describes, bodies, relationships.

Each relationship keeps its ``evidence`` (the passage of the text stating it, with
whitespace collapsed as :func:`orggraph.load.validate` compares it) and a
``confidence`` from the rule that found it. A fact stated twice (an advert that
prints its description twice) is one record.

>>> d = extract_text("Job Title: Ward Manager\\nAccountable to: Matron, Surgery\\n", "jd")
>>> [(r.type, r.start, r.end, r.evidence) for r in d.relationships]
[('ACCOUNTABLE_TO', 'ward-manager', 'matron-surgery', 'Accountable to: Matron, Surgery')]
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field

import networkx as nx

from ..model import ORGANISATION_KINDS, VOCABULARY, Label, normalise_space
from .names import CONNECTORS, classify, clean_name, looks_like_post, normalise, slug
from .rules import (
    BRINGS_TOGETHER,
    COMPRISES,
    FIELDS,
    FORMED,
    KEY_RELATIONSHIPS_HEADING,
    MERGING,
    MONTHS,
    POST_HEADING,
    REPLACES,
    SENTENCE_RULES,
    field_match,
)

__all__ = ["Draft", "DraftNode", "DraftRelationship", "extract_text"]


@dataclass
class DraftNode:
    """A post or body the text names."""

    key: str
    label: str
    name: str
    evidence: str
    kind: str | None = None
    abbreviation: str | None = None
    aliases: list[str] = field(default_factory=list)
    grade: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    note: str | None = None
    id: str = ""
    existing: bool = False  # the id was found in --data


@dataclass
class DraftRelationship:
    """A relationship the text states, with the rule and confidence that found it."""

    type: str
    start: str
    end: str
    evidence: str
    confidence: float
    rule: str
    role: str | None = None
    valid_from: str | None = None


@dataclass
class Draft:
    """What one document yields."""

    source_id: str
    subject: str | None
    nodes: dict[str, DraftNode]
    relationships: list[DraftRelationship]


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(•·])|(?<=[a-z)])\s*[·•]\s+")
_LIST_SPLIT = re.compile(r"\s*(?:,|;|\band\b)\s*(?:and\s+)?", re.IGNORECASE)
_LIST_SPLIT_KEEP = re.compile(r"(\s*(?:,|;|\band\b)\s*(?:and\s+)?)", re.IGNORECASE)
_RELATIVE = re.compile(r",\s*(?:which|who|whose|where)\b[^,]*", re.IGNORECASE)
_ABBR = re.compile(r"\(\s*(?P<abbr>[A-Z][A-Za-z&]{1,9}?)(?:['’]?s)?\s*\)")
_DATE = re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m>[A-Za-z]+)\s+(?P<y>\d{4})|"
                   r"(?P<m2>[A-Za-z]+)\s+(?P<y2>\d{4})|(?P<y3>\d{4})")


def _iso(text: str) -> str | None:
    m = _DATE.search(text)
    if not m:
        return None
    if m.group("d"):
        month = MONTHS.get(m.group("m").lower())
        return f"{m.group('y')}-{month:02d}-{int(m.group('d')):02d}" if month else None
    if m.group("m2"):
        month = MONTHS.get(m.group("m2").lower())
        return f"{m.group('y2')}-{month:02d}" if month else m.group("y2")
    return m.group("y3")


def _abbr_fits(abbr: str, words: list[str]) -> bool:
    """Whether ``abbr`` reads as the initials (or leading letters) of ``words`` in order."""
    letters = abbr.lower()

    def fit(i: int, j: int) -> bool:
        if i == len(letters):
            return all(w.lower() in {"of", "and", "for", "the", "&", "in"} for w in words[j:])
        if j == len(words):
            return False
        word = re.sub(r"[^a-z]", "", words[j].lower())
        optional = words[j].lower() in {"of", "and", "for", "the", "&", "in"}
        if optional and fit(i, j + 1):
            return True
        k = 0
        while k < len(word) and i + k < len(letters) and word[k] == letters[i + k]:
            k += 1
            if fit(i + k, j + 1):
                return True
        return False

    return fit(0, 0)


class _Extractor:
    def __init__(self, text: str, source_id: str) -> None:
        self.text = text
        self.flat = normalise_space(text)
        self.source_id = source_id
        self.nodes: dict[str, DraftNode] = {}
        self.facts: dict[tuple[str, str, str], DraftRelationship] = {}
        self.abbreviations: dict[str, str] = {}  # ABBR -> node key
        self.subject: str | None = None
        self.first_subject: str | None = None
        self.fields: dict[str, dict[str, str]] = {}  # subject key -> field -> node key/text
        self.recent_body: str | None = None
        self.lazy: dict[str, str] = {}  # abbreviation or name -> a name not yet a node

    # -- nodes --

    def quote(self, text: str) -> str | None:
        q = normalise_space(text).strip(" ,;:")
        return q if q and q in self.flat else None

    def node(self, name: str, evidence: str | None = None, *, label: str | None = None,
             kind: str | None = None) -> str | None:
        """The key of the node called ``name``, created if new (None for a non-name)."""
        name = name.strip(" ,.;:")
        if not name or len(name) < 2 or not any(c.isalpha() for c in name):
            return None
        known = self.lookup(name)
        if known:
            return known
        subject = self.nodes.get(self.subject or "")
        if subject and label != "Body" and len(name.split()) >= 2 and \
                f" {subject.key}".endswith(f" {normalise(name)}"):
            return subject.key  # "the Team Leader" in a Community Team Leader's description
        guess, guess_kind = classify(name)
        label = label or ("Body" if guess == "Body" else "Post" if guess == "Post" else None)
        if label is None:
            return None
        if label == "Body":
            kind = kind or guess_kind or "organisation"
        ev = self.quote(evidence or name) or self.quote(name)
        if ev is None:
            return None
        key = normalise(name)
        if not key:
            return None
        self.nodes[key] = DraftNode(key, label, name, ev, kind=kind)
        if label == "Body":
            self.recent_body = key
        return key

    def lookup(self, name: str) -> str | None:
        bare = re.sub(r"^(?:the|our|a|an)\s+", "", name.strip(), flags=re.IGNORECASE)
        if bare in self.abbreviations:
            return self.abbreviations[bare]
        lazy = self.lazy.get(bare) or self.lazy.get(normalise(bare))
        if lazy:
            self.lazy.pop(bare, None)
            self.lazy.pop(normalise(bare), None)
            key = self.node(lazy, label="Body")
            if key and bare != lazy:
                self.nodes[key].abbreviation = bare
                self.abbreviations[bare] = key
            return key
        if bare.endswith("s") and bare[:-1] in self.abbreviations:
            return self.abbreviations[bare[:-1]]
        key = normalise(bare)
        if key in self.nodes:
            return key
        for node in self.nodes.values():
            if any(normalise(a) == key for a in node.aliases):
                return node.key
        words = bare.split()
        expanded = [self.nodes[self.abbreviations[w]].name if w in self.abbreviations
                    else self.lazy.get(w, w) for w in words]
        if expanded != words:  # "A&E Matron" for "Accident and Emergency Matron"
            key = normalise(" ".join(expanded))
            if key in self.nodes:
                return key
        # "Ward CNS" for "Ward Clinical Nurse Specialist"
        if any(w.isupper() and len(w) > 1 for w in words):
            for node in self.nodes.values():
                if node.label == "Post" and _initials_fit(words, node.name.split()):
                    return node.key
        # "the Group", "the Trust", "the Board": the latest body of that kind of name
        if len(words) == 1 and words[0][:1].isupper() and words[0].lower() in {
                "group", "trust", "board", "council", "partnership", "system", "directorate",
                "division", "organisation", "committee", "assembly", "panel", "network"}:
            for node in self.nodes.values():  # the first: a description names its own first
                if node.label == "Body" and normalise(node.name).split()[-1:] == [key]:
                    return node.key
        return None

    def alias(self, key: str, name: str) -> None:
        node = self.nodes[key]
        if normalise(name) != key and name not in node.aliases and name != node.abbreviation:
            node.aliases.append(name)

    # -- facts --

    def fact(self, rtype: str, start: str | None, end: str | None, evidence: str,
             confidence: float, rule: str, role: str | None = None,
             valid_from: str | None = None) -> None:
        if not start or not end or start == end:
            return
        spec = VOCABULARY[rtype]
        a, b = self.nodes[start], self.nodes[end]
        if Label(a.label) not in spec.starts or Label(b.label) not in spec.ends:
            return
        ev = self.quote(evidence)
        if ev is None:
            return
        k = (rtype, start, end)
        if k in self.facts:
            return
        self.facts[k] = DraftRelationship(rtype, start, end, ev, confidence, rule, role,
                                          valid_from)

    # -- the passes --

    def run(self) -> Draft:
        self.find_abbreviations()
        lines = self.text.split("\n")
        self.find_subject(lines)
        i = 0
        while i < len(lines):
            i = self.line(lines, i)
        self.finish()
        used = {k for r in self.facts.values() for k in (r.start, r.end)} | set(self.fields)
        nodes = {k: n for k, n in self.nodes.items() if k in used}
        return Draft(self.source_id, self.first_subject, nodes, list(self.facts.values()))

    def find_abbreviations(self) -> None:
        for m in _ABBR.finditer(self.text):
            abbr = m.group("abbr")
            if abbr.lower() == abbr or abbr in self.abbreviations:
                continue
            before = self.text[max(0, m.start() - 160): m.start()].rstrip()
            before = re.split(r"[\n.;:,()\t]", before)[-1]
            words = before.split()
            # the longest run of name words ending just before the bracket
            run: list[str] = []
            for w in reversed(words):
                if w[:1].isupper() or w.lower() in {"of", "and", "for", "&", "in", "the"}:
                    run.insert(0, w)
                else:
                    break
            while run and run[0].lower() in {"of", "and", "for", "&", "in", "the"}:
                run.pop(0)
            for start in range(len(run)):
                cand = run[start:]
                if cand[0].lower() in {"of", "and", "for", "&", "in", "the"}:
                    continue
                if _abbr_fits(abbr, cand):
                    name = " ".join(cand)
                    key = self.node(name, f"{name} ({abbr})") or self.node(name)
                    if key is None:  # neither post nor body by its words: made when used
                        self.lazy[abbr] = name
                        self.lazy[normalise(name)] = name
                        break
                    if key:
                        node = self.nodes[key]
                        node.abbreviation = node.abbreviation or abbr
                        self.abbreviations[abbr] = key
                    break

    def find_subject(self, lines: list[str]) -> None:
        """The post the document describes: its Job Title field, else its first heading."""
        self.has_title_field = False
        for line in lines:
            m = field_match(line)
            if m and FIELDS[m.group("label").lower()][0] == "title":
                self.has_title_field = True
                return
        for line in lines[:5]:
            name = line.strip()
            if name and len(name.split()) <= 8 and looks_like_post(name) and \
                    clean_name(name) == name:
                self.set_subject(self.node(name, label="Post"))
                return

    def set_subject(self, key: str | None) -> None:
        if key is None:
            return
        self.subject = key
        self.first_subject = self.first_subject or key
        self.fields.setdefault(key, {})

    def line(self, lines: list[str], i: int) -> int:
        raw = lines[i]
        stripped = raw.strip()
        if not stripped:
            return i + 1
        heading = POST_HEADING.match(stripped)
        if heading and looks_like_post(heading.group("name")) and \
                len(heading.group("name").split()) <= 12:
            key = self.node(heading.group("name").strip(" ,"), stripped, label="Post")
            self.set_subject(key)
            if key:
                grade = heading.group("g1") or heading.group("g2")
                self.nodes[key].grade = self.nodes[key].grade or grade.strip()
            return i + 1
        m = field_match(raw)
        if m:
            return self.field(lines, i, m)
        if self.subject and self.subject != self.first_subject and _RESET.match(stripped):
            self.subject = None  # a new part of a structure paper, about no one post yet
        short = _SHORT_HEADING.match(stripped)
        if short and (self.has_title_field is False or self.first_subject) and \
                self.is_post_heading(short.group("rest"), lines, i):
            key = self.node(short.group("rest"), stripped, label="Post")
            self.set_subject(key)
            if key and short.group("g"):
                self.nodes[key].grade = self.nodes[key].grade or short.group("g")
            return i + 1
        kr = KEY_RELATIONSHIPS_HEADING.match(stripped)
        if kr and len(stripped.split()) <= 6 and not kr.group("rest"):
            return self.relationship_list(lines, i)
        inline = _KEY_RELATIONSHIPS_INLINE.match(stripped)
        if inline:  # "Key relationships: A, B and C" (or in a table cell)
            self.list_items(inline.group("rest"), stripped, inline.group("head"))
            return i + 1
        for sentence in _SENTENCE_END.split(raw):
            if sentence.strip():
                self.sentence(sentence.strip())
        return i + 1

    def is_post_heading(self, rest: str, lines: list[str], i: int) -> bool:
        """A short line naming a post, not one of a list of posts: a section's heading."""
        if len(rest.split()) > 10 or clean_name(rest) != rest or not looks_like_post(rest):
            return False
        for k in range(i + 1, min(i + 4, len(lines))):
            nxt = lines[k].strip()
            if nxt:
                other = _SHORT_HEADING.match(nxt)
                return not (other and clean_name(other.group("rest")) == other.group("rest")
                            and looks_like_post(other.group("rest")))
        return False

    def field(self, lines: list[str], i: int, m: re.Match[str]) -> int:
        label = m.group("label")
        what, role = FIELDS[label.lower()]
        value = m.group("value").strip(" \t|")
        j = i
        if not value:  # the value is on the next non-empty line (or table cell)
            for k in range(i + 1, min(i + 4, len(lines))):
                if lines[k].strip():
                    if field_match(lines[k]):
                        return i + 1
                    value, j = lines[k].strip(" \t|"), k
                    break
        if not value:
            return i + 1
        start = m.start("label")
        span_text = "\n".join([lines[i][start:], *lines[i + 1: j + 1]]).rstrip(" \t|")
        if what == "title":
            name = value.strip(" .:;") if len(value.split()) <= 10 and "(" not in value \
                and not re.search(r"[.;:]\s", value) else clean_name(value, lenient=True)
            self.set_subject(self.node(name, span_text, label="Post"))
            return j + 1
        subject = self.subject
        if subject is None:
            return j + 1
        if what in ("grade", "pay"):
            grade = value.strip(" .")
            grade = re.sub(rf"^{re.escape(label)}\s*:\s*", "", grade, flags=re.IGNORECASE)
            if what == "grade" and re.fullmatch(r"[\w/.-]{1,4}", grade) and \
                    re.search(r"\d", grade):
                grade = f"{label.capitalize()} {grade}"  # "Band: 7" -> "Band 7"
            post = self.nodes[subject]
            have = self.fields[subject]
            if (what == "grade" and "grade" not in have) or post.grade is None:
                post.grade = clean_name(grade, lenient=True) or grade
                if what == "grade":
                    have["grade"] = post.grade
            return j + 1
        if what == "base":
            self.nodes[subject].note = f"Base: {clean_name(value, lenient=True)}"
            return j + 1
        name = clean_name(value)
        rest = value.strip()[len(name):] if value.strip().startswith(name) else value
        if not name or (len(value.split()) <= 6 and rest[:1] == " " and not re.search(
                r"\b(?:and|to|will|is|are|for|on|with|in)\b", rest)):
            name = clean_name(value, lenient=True)
        if what == "MANAGES":
            self.manages(subject, value, span_text, 0.85, f"field '{label}'")
            return j + 1
        if what.isupper():
            if not name:
                return j + 1
            bare_value = re.sub(r"^(?:the|a|an|our)\s+", "", value, flags=re.IGNORECASE)
            qualifier = re.match(r",\s*([^,.;()]+?)\s*[.;]?$", bare_value[len(name):]) \
                if bare_value.startswith(name) else None
            if qualifier and clean_name(qualifier.group(1)) == qualifier.group(1) and \
                    classify(qualifier.group(1))[1] not in ORGANISATION_KINDS:
                name = f"{name}, {qualifier.group(1)}"  # "Head of Nursing, Surgery"
            name, org = _split_org(name)
            end = self.node(name) or self.node(name, label="Post")
            quote = span_text if len(normalise_space(span_text)) < 160 else \
                f"{label}{m.group('sep')}{value}"
            self.fact(what, subject, end, quote, 0.95, f"field '{label}'", role)
            if org and end:
                self.fact("POST_IN", end, self.node(org), quote, 0.6, f"field '{label}'")
            return j + 1
        # a body the post sits in: team, department, directorate, organisation …
        if len(value.split()) <= 8 and not re.search(r"[.;:(]", value):
            name = value.strip(" .")  # "Adults, Health and Wellbeing" is one name
        kind = what if what != "organisation" else None
        if kind and classify(name)[0] != "Body":
            name = f"{name} {kind}"  # a team named after its head: "Theatre Manager team"
        body = self.node(name, span_text, label="Body", kind=kind)
        if body:
            self.fields[subject][what] = body
        return j + 1

    def relationship_list(self, lines: list[str], i: int) -> int:
        heading = lines[i].strip()
        j = i + 1
        while j < len(lines) and j < i + 40:
            item = lines[j].strip()
            j += 1
            if not item:
                if j < len(lines) and not lines[j].strip():
                    break
                continue
            bare = item.lstrip("·•▪*-– \t|").strip(" |")
            if field_match(item) or len(bare.split()) > 14:
                j -= 1
                break
            if re.fullmatch(r"(?:internal|external|within|outside)[\w ]*:?", bare, re.I):
                continue
            self.list_items(bare, None, heading)
        return j

    def list_items(self, text: str, evidence: str | None, heading: str) -> None:
        """Each name of a list of key relationships works with the post."""
        text = re.sub(r"\b(?:internal|external)\s*:\s*", "", text, flags=re.I)
        for part in _LIST_SPLIT.split(text.replace("\t", ",")):
            name = clean_name(part)
            if name:
                key = self.node(name) or self.node(name, label="Body")
                self.fact("WORKS_WITH", self.subject, key, evidence or name, 0.7,
                          f"list '{heading}'")

    # -- sentences --

    def subject_of(self, before: str) -> str | None:
        """Who the sentence is about: the document's post for "The post holder will" …"""
        before = re.sub(r"^\s*(?:\d+(?:\.\d+)*[.)]?|[a-z]\))?\s*(?:[·•▪*\-–]\s*)?", "", before)
        before = re.sub(r",?\s*(?:who|which)\s+(?:will\s+|is\s+|shall\s+)?(?:also\s+)?"
                        r"(?:be\s+)?$", "", before, flags=re.IGNORECASE)
        if not before.strip() or _PRONOUN_START.match(before) or _DUTY_START.match(before) or \
                not re.search(r"[A-Z]", before.strip()[1:]):
            return self.subject  # "They will …", "• Be a member of …", "To attend …"
        lead = clean_name(before)
        if lead and before.strip().startswith(("The ", "the ", lead)):
            key = self.lookup(lead)
            if key is None and looks_like_post(lead) and len(lead.split()) >= 2:
                key = self.node(lead, label="Post")
            if key and self.nodes[key].label == "Post":
                return key
        name = _trailing_name(before)
        if name:
            key = self.lookup(name)
            if key:
                return key
            if looks_like_post(name):
                return self.node(name, label="Post")
        return None

    def names_at(self, text: str, many: bool) -> list[str]:
        text = _RELATIVE.sub("", text)
        text = re.sub(r"^(?:[a-z]+\s+){0,2}[a-z]+['’]s\s+", "", text)  # "the trust's X"
        if not many:
            name = clean_name(text)
            return [name] if name else []
        pieces = _LIST_SPLIT_KEEP.split(text)
        parts: list[str] = []
        for n in range(0, len(pieces), 2):
            part = pieces[n]
            joiner = pieces[n - 1] if n else ","
            # "Eastfield and Westfield Hospitals Trust" is one name, not two
            left = clean_name(parts[-1]) if parts else ""
            if parts and "and" in joiner.lower() and classify(left)[0] == "?" and \
                    not left.isupper() and self.lookup(left) is None:
                parts[-1] = f"{parts[-1]}{joiner}{part}"
            else:
                parts.append(part)
        names: list[str] = []
        for part in parts:
            name = clean_name(part)
            if not name:
                break
            names.append(name)
            rest = part.strip()
            rest = rest[len(name):].strip() if rest.startswith(name) else \
                re.sub(r"^(?:the|our|a|an)\s+", "", rest, flags=re.I)[len(name):].strip()
            if rest and not rest.startswith("("):
                break
        return names

    def sentence(self, s: str) -> None:
        if len(s) > MAX_SENTENCE:  # run-on text: each rule match rereads the whole sentence,
            for piece in _pieces(s, MAX_SENTENCE):  # so read it in pieces (time stays linear)
                self.sentence(piece)
            return
        lead = clean_name(s)
        if lead and classify(lead)[0] == "Body" and s.startswith(("The ", lead)):
            self.recent_body = self.lookup(lead) or self.node(lead, label="Body")
        self.organisational(s)
        taken: list[tuple[int, int]] = []
        for rule, pattern, what, role, conf in SENTENCE_RULES:
            for m in pattern.finditer(s):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue  # "directly responsible to" is not also "responsible to"
                taken.append(m.span())
                before = s[: m.start()]
                obj = s[m.end():]
                role_found = role
                if "role" in pattern.groupindex and m.group("role"):
                    role_found = f"{m.group('role').strip().lower()} member"
                many = what.endswith("*")
                rtype = what.rstrip("*")
                subject = self.subject_of(before)
                if subject is None:
                    continue
                if rtype == "MANAGES":
                    self.manages(subject, obj, s, conf, rule)
                    continue
                for whole_name in self.names_at(obj, many):
                    name, org = _split_org(whole_name)
                    if rtype in ("MEMBER_OF", "CHAIRS"):
                        end = self.lookup(name) or self.node(name, label="Body") \
                            if classify(name)[0] != "Post" else None
                        if end and self.nodes[end].kind in {"directorate", "division",
                                                             "department"}:
                            self.fact("POST_IN", subject, end, s, conf, rule)
                            continue
                    elif rtype in ("WORKS_WITH", "SUPPORTS", "ADVISES", "SECONDED_TO",
                                   "PROFESSIONAL_LEAD_FOR"):
                        end = self.node(name)
                        if end is None and rtype == "PROFESSIONAL_LEAD_FOR":
                            end = self.node(name, label="Body", kind="service")
                        elif end is None and rtype == "WORKS_WITH":
                            end = self.node(name, label="Body")
                    else:
                        end = self.node(name) or self.node(name, label="Post")
                    if org and end and self.nodes[end].label == "Post":
                        self.fact("POST_IN", end, self.node(org), s, 0.6, rule)
                    self.fact(rtype, subject, end, s, conf, rule, role_found)
        formed = _TO_FORM.search(s)
        if formed:
            subject = self.subject_of(s[: formed.start()].rsplit(" work", 1)[0])
            body = next(iter(self.names_at(s[formed.end():], False)), None)
            whole = (self.lookup(body) or self.node(body, label="Body")) if body else None
            members = [self.lookup(n) or self.node(n) for n in
                       self.names_at(formed.group("list"), True)]
            for member in [subject, *members]:
                self.fact("MEMBER_OF", member, whole, s, 0.6, "with … to form")
        if re.search(r"\bdeputi[sz](?:e|ing)\s+at\s+(?:the\s+)?(?:[A-Z]\w*\s+)?(?:Board|"
                     r"Committee|Executive)", s) and self.subject:
            self.pending_deputy.append((self.subject, s))

    pending_deputy: list[tuple[str, str]]
    has_title_field: bool

    def manages(self, manager: str, obj: str, s: str, conf: float, rule: str) -> None:
        """"Line management of X and Y": X and Y report to the manager."""
        names = [n for n in self.names_at(obj, True) if looks_like_post(n)]
        if not names:
            text = re.split(r"\s+(?:within|in|across|at|to|including|who)\s+|[.,;(]", obj)[0]
            text = re.sub(r"^(?:the|all|our)\s+", "", text.strip(), flags=re.IGNORECASE)
            if not text or text.lower() in {"staff", "team", "teams", "the team"} or \
                    not re.search(r"\bstaff\b", text) or len(text.split()) > 5:
                return
            names = [text]
        for name in names:
            key = self.lookup(name) or self.node(name, label="Post")
            self.fact("REPORTS_TO", key, manager, s, conf, rule)

    def organisational(self, s: str) -> None:
        m = BRINGS_TOGETHER.search(s)
        if m:
            formed = FORMED.search(s[: m.start()])
            head = s[: formed.start()] if formed else s[: m.start()]
            whole = self.body_named(head)
            if whole:
                if formed:
                    node = self.nodes[whole]
                    node.valid_from = node.valid_from or _iso(formed.group("date"))
                for name in self.names_at(s[m.end():], True):
                    part = self.lookup(name) or self.node(name, label="Body")
                    if part and self.nodes[part].label == "Body":
                        self.fact("PART_OF", part, whole, s, 0.75, "brings together")
        m = COMPRISES.search(s)
        if m:
            whole = self.body_named(s[: m.start()])
            for name in self.names_at(s[m.end():], True) if whole else []:
                if classify(name)[0] == "Body" or self.lookup(name):
                    part = self.lookup(name) or self.node(name, label="Body")
                    self.fact("PART_OF", part, whole, s, 0.75, "comprises")
        m = MERGING.search(s)
        if m:
            date = _iso(m.group("date"))
            into = m.group("into")
            target = self.body_named_ahead(into) if into else None
            if into and target is None:
                target = self.node(clean_name(into, lenient=True), into, label="Body")
            for name in self.names_at(s[: m.start()], True):
                part = self.lookup(name) or self.node(name, label="Body")
                if part and target:
                    self.fact("MERGES_INTO", part, target, s, 0.75, "merging",
                              valid_from=date)
                    if date:
                        day = dt.date.fromisoformat(date) - dt.timedelta(days=1)
                        self.nodes[part].valid_to = self.nodes[part].valid_to or day.isoformat()
                if target and date:
                    self.nodes[target].valid_from = self.nodes[target].valid_from or date
        m = REPLACES.search(s)
        if m:
            old_names = self.names_at(s[m.end():], False)
            new = self.body_named(s[: m.start()], allow_recent=True)
            if old_names and new:
                old = self.lookup(old_names[0]) or self.node(
                    old_names[0], label=self.nodes[new].label)
                self.fact("REPLACES", new, old, s, 0.7, "replaces")

    def body_named(self, before: str, allow_recent: bool = True) -> str | None:
        before = re.sub(r"\s*\([^)]*\)\s*$", "", before.strip())
        name = _trailing_name(before)
        if name:
            key = self.lookup(name)
            if key is None and classify(name)[0] != "Post":  # "The Alliance brings together"
                key = self.node(name, label="Body")
            if key and self.nodes[key].label == "Body":
                return key
        if allow_recent and re.search(r"\b(?:it|this|which)\s*(?:will\s+)?(?:\w+\s+)?$",
                                      before, re.IGNORECASE):
            return self.recent_body
        return None

    def body_named_ahead(self, text: str) -> str | None:
        name = clean_name(text)
        return self.lookup(name) if name else None

    def finish(self) -> None:
        # "deputising at Board meetings": for the post's manager
        for post, s in self.pending_deputy:
            managers = [r.end for r in self.facts.values() if r.start == post and r.type in
                        ("DEPUTISES_FOR", "ACCOUNTABLE_TO", "RESPONSIBLE_TO", "REPORTS_TO")
                        and self.nodes[r.end].label == "Post"]
            if managers:
                self.fact("DEPUTISES_FOR", post, managers[0], s, 0.6, "deputising at Board")
        # a "Deputy X" deputises for the X the text names
        for node in list(self.nodes.values()):
            m = re.match(r"(?i)deputy\s+(.+)$", node.name)
            if node.label == "Post" and m:
                target = self.lookup(m.group(1))
                if target and self.nodes[target].label == "Post":
                    self.fact("DEPUTISES_FOR", node.key, target, node.evidence, 0.6,
                              "title 'Deputy …'")
        # the body each described post sits in, and how those bodies nest
        for post, have in self.fields.items():
            chain = [have[k] for k in ("team", "service", "department", "division",
                                       "directorate", "organisation") if k in have]
            if not chain:
                continue
            ev = self.nodes[chain[0]].evidence
            self.fact("POST_IN", post, chain[0], ev, 0.9, "field")
            for inner, outer in itertools.pairwise(chain):
                ev = self.nodes[outer].evidence
                self.fact("PART_OF", inner, outer, ev, 0.6, "fields")
        orgs = [n for n in self.nodes.values() if n.label == "Body" and
                n.kind in ORGANISATION_KINDS and classify(n.name)[0] == "Body"]
        if self.first_subject and orgs and not any(
                r.start == self.first_subject and r.type == "POST_IN"
                for r in self.facts.values()):
            self.fact("POST_IN", self.first_subject, orgs[0].key, orgs[0].evidence, 0.5,
                      "first organisation named")


_PRONOUN_START = re.compile(
    r"^\s*(?:(?:the|this)\s+(?:post[\s-]?holder|postholder|job[\s-]?holder|incumbent|appointee|"
    r"successful\s+candidate|role|post|position)\b|(?:they|he|she|you|s/he|he/she|to)\b|"
    r"(?:post[\s-]?holder|postholder)\b)", re.IGNORECASE)
#: A duty written as an order ("Lead, with the Theatre Manager, …", "Attend …") is the post's own.
_DUTY_START = re.compile(
    r"^\s*(?:to\s+)?(?:lead|attend|support|provide|work|ensure|be|act|chair|co-chair|deputise|"
    r"manage|develop|represent|participate|contribute|oversee|undertake|deliver|promote|"
    r"maintain|liaise|advise|champion)\b", re.IGNORECASE)
#: "work with A, B and C to form the X": each of them, and the post, becomes a member.
_TO_FORM = re.compile(r"\bwith\s+(?P<list>[^.;]+?)\s+to\s+form\s+", re.IGNORECASE)
_KEY_RELATIONSHIPS_INLINE = re.compile(
    r"^[\s|·•*\-]*(?P<head>(?:key|main|principal)\s+(?:working\s+)?(?:relationships|contacts|"
    r"stakeholders))\s*(?::|\t+|\||\s+include:?)\s*(?P<rest>\S.*)$", re.IGNORECASE)
_RESET = re.compile(r"^(?:\d+[.)]?\s*)?(?:introduction|background|context|current\s+"
                    r"(?:position|structure)|proposed\s+[\w ]+)\s*:?$", re.IGNORECASE)
_SHORT_HEADING = re.compile(
    r"^(?:[a-z]\)|\d+(?:\.\d+)*[.)]?)?\s*(?P<rest>[A-Z][^.:;\t]*?)\.?"
    r"(?:\s+\(?(?P<g>(?:Band|Grade)\s*\d[a-d]?(?:/[a-d])?|\d[a-d]?(?:/[a-d])?)\)?)?$")


def _initials_fit(short: list[str], full: list[str]) -> bool:
    """Whether ``short`` is ``full`` with one run of words written as its initials."""
    for i in range(len(full)):
        for j in range(i + 2, len(full) + 1):
            initials = "".join(w[0] for w in full[i:j] if w.lower() not in CONNECTORS)
            if [*full[:i], initials.upper(), *full[j:]] == short:
                return True
    return False


#: The longest sentence the rules read whole; a longer one is read in pieces of this size.
MAX_SENTENCE = 1000


def _pieces(s: str, size: int) -> list[str]:
    """``s`` cut at spaces into stripped pieces of at most ``size`` characters.

    >>> _pieces("aa bb cc dd", 5)
    ['aa bb', 'cc dd']
    """
    pieces, start = [], 0
    while start < len(s):
        end = start + size
        if end < len(s):
            cut = s.rfind(" ", start + size // 2, end + 1)
            end = cut if cut > start else end
        if s[start:end].strip():
            pieces.append(s[start:end].strip())
        start = end
        while start < len(s) and s[start] == " ":
            start += 1
    return pieces


def _trailing_name(text: str) -> str | None:
    """The name that ends ``text`` ("… The General Manager" -> "General Manager")."""
    words = [w.strip("\"“”‘’'") for w in text.strip().split()]
    run: list[str] = []
    for w in reversed(words):
        if w[:1].isupper() or w[:1].isdigit() or (run and w.lower() in {"of", "for", "and",
                                                                        "&", "in"}):
            run.insert(0, w)
        else:
            break
    while run and (run[0].lower() in {"of", "for", "and", "&", "in", "the", "this", "it"}
                   or run[0] in {"The", "This", "It", "Our", "Each", "A", "An"}):
        run.pop(0)
    name = " ".join(run).strip(" ,.;:")
    return name or None


def _split_org(name: str) -> tuple[str, str | None]:
    """``"Assistant Director of X City Council"`` -> (post, organisation) when the tail is one."""
    for m in reversed(list(re.finditer(r"\s(?:of|at)\s", name))):
        head, tail = name[: m.start()], name[m.end():]
        label, kind = classify(tail)
        if label == "Body" and kind in ORGANISATION_KINDS and looks_like_post(head):
            return head, tail
    return name, None


def extract_text(text: str, source_id: str, graph: nx.MultiDiGraph | None = None,
                 taken: set[str] | None = None) -> Draft:
    """Draft records from a document's text, reusing the ids of ``graph`` where names match.

    ``taken`` holds ids that new records must not use (those of other drafts of the same
    run); the new ids are added to it.
    """
    ex = _Extractor(text, source_id)
    ex.pending_deputy = []
    draft = ex.run()
    assign_ids(draft, graph, taken if taken is not None else set())
    return draft


def _graph_names(graph: nx.MultiDiGraph) -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for node, attrs in graph.nodes(data=True):
        for key in ("title", "name", "abbreviation"):
            if attrs.get(key):
                names.setdefault(normalise(attrs[key]), set()).add(node)
        for alias in attrs.get("aliases", ()):
            names.setdefault(normalise(alias), set()).add(node)
    return names


def assign_ids(draft: Draft, graph: nx.MultiDiGraph | None, used: set[str]) -> None:
    """Give every draft node an id: an existing one where the name is known, else a slug."""
    from ..graph import match_nodes

    taken: set[str] = set(graph.nodes) if graph is not None else set()
    by_name = _graph_names(graph) if graph is not None else {}
    for node in draft.nodes.values():
        found: set[str] = set()
        if graph is not None:
            for name in (node.name, node.abbreviation, *node.aliases):
                if not name:
                    continue
                hits = set(match_nodes(graph, name, exact=True)) | by_name.get(
                    normalise(name), set())
                hits = {h for h in hits if graph.nodes[h].get("label") == node.label}
                if len(hits) == 1:
                    found = hits
                    break
        if found:
            node.id = found.pop()
            node.existing = True
        else:
            base = slug(node.name)
            if base in taken or base in used:
                base = f"{draft.source_id}-{base}"
            candidate, n = base, 1
            while candidate in taken or candidate in used:
                n += 1
                candidate = f"{base}-{n}"
            node.id = candidate
        used.add(node.id)
    ids = {k: n.id for k, n in draft.nodes.items()}
    for rel in draft.relationships:
        rel.start, rel.end = ids[rel.start], ids[rel.end]
    # two draft nodes may resolve to one existing record: keep one copy of each fact
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for rel in draft.relationships:
        k = (rel.type, rel.start, rel.end)
        if k not in seen and rel.start != rel.end:
            seen.add(k)
            unique.append(rel)
    draft.relationships = unique
    if draft.subject:
        draft.subject = ids[draft.subject]

