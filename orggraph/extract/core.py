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
from .names import CONNECTORS, POST_WORDS, classify, clean_name, looks_like_post, normalise, slug
from .rules import (
    BRINGS_TOGETHER,
    COMPRISES,
    FIELDS,
    FORMED,
    KEY_RELATIONSHIPS_HEADING,
    MEMBERSHIP,
    MERGE_TO_FORM,
    MERGING,
    MONTHS,
    ORG_CHART_HEADING,
    ORG_CHART_LINK,
    POST_HEADING,
    REPLACES,
    SENTENCE_RULES,
    THIS_POST,
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
        self._variants: dict[str, list[tuple[str, str]]] = {}  # generic name -> (name, quote)

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
        short = self.subject_short(name) if label != "Body" else None
        if short:
            return short
        owner = _ABBR_OWNER.match(name)
        full = next((k for a, k in self.abbreviations.items()
                     if owner and a.lower() == owner.group("abbr").lower()), None)
        if owner and full and self.nodes[full].label == "Post":
            # "the LDs' PAs": the abbreviation's posts' PAs (its case as the text has it)
            held = owner.group("held")
            held = held.upper().replace("S", "s") if len(held) <= 4 else held
            evidence, name = evidence or name, f"{self.nodes[full].name}’ {held}"
            known = self.lookup(name)
            if known:
                return known
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

    def subject_short(self, name: str) -> str | None:
        """The described post, when ``name`` is its short form, else None."""
        subject = self.nodes.get(self.subject or "")
        if subject is None:
            return None
        lead = subject.key[: -len(normalise(name))].split()[-1:] if \
            subject.key.endswith(normalise(name)) else []
        if lead and lead[0] in _RANKS:
            return None  # "Head of Nursing" in a Deputy Head of Nursing's profile: another post
        if len(name.split()) >= 2 and not _plural(name) and (
                f" {subject.key}".endswith(f" {normalise(name)}") or normalise(name) == normalise(
                    re.split(r"\s[–-]\s|,\s|\s\(", subject.name, maxsplit=1)[0])):
            # "the Team Leader" in a Community Team Leader's description; "the Ward
            # Sister" in that of a "Ward Sister – Surgical Wards"
            return subject.key
        if len(name.split()) == 1 and name[:1].isupper() and looks_like_post(name) and \
                name.lower() in (subject.name.split()[0].lower(), subject.name.split()[-1].lower()):
            return subject.key  # "The Director" in a Director of Nursing's description
        return None

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
            name = re.sub(r"\s*\([^)]*\b(?:band|grade)\b[^)]*\)\s*$", "", line.strip(),
                          flags=re.IGNORECASE)  # "Estates Manager (Band 8a)"
            # "Ward Sister – Surgery", "Head of Commissioning (Mental Health)"
            head = re.split(r"\s[–-]\s|\s\(", name, maxsplit=1)[0]
            if name and len(head.split()) <= 8 and len(name.split()) <= 16 and \
                    looks_like_post(head) and clean_name(head) == head and \
                    (head == name or clean_name(name) != name):
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
        if ORG_CHART_HEADING.match(stripped):
            return self.org_chart(lines, i)
        heading = POST_HEADING.match(stripped)
        if heading and looks_like_post(heading.group("name")) and \
                len(heading.group("name").split()) <= 12:
            key = self.node(heading.group("name").strip(" ,"), stripped, label="Post")
            self.set_subject(key)
            if key:
                grade = heading.group("g1") or heading.group("g2")
                self.nodes[key].grade = self.nodes[key].grade or grade.strip()
                self.counted_post(key)
            return i + 1
        m = field_match(raw)
        if m:
            return self.field(lines, i, m)
        if self.subject and self.subject != self.first_subject and _RESET.match(stripped):
            self.subject = None  # a new part of a structure paper, about no one post yet
        unnumbered = re.sub(r"^\d+(?:\.\d+)*[.)]?\s+(?=[A-Z])", "", stripped)  # "4. Payroll"
        if len(unnumbered.split()) <= 5 and clean_name(unnumbered) == unnumbered and \
                not looks_like_post(unnumbered) and not (i and lines[i - 1].strip()):
            self.section = normalise(unnumbered)  # "Payroll", "Estates"
        short = _SHORT_HEADING.match(stripped)
        if short and (self.has_title_field is False or self.first_subject) and \
                self.is_post_heading(short.group("rest"), lines, i):
            key = self.node(short.group("rest"), stripped, label="Post")
            self.set_subject(key)
            if key and short.group("g"):
                self.nodes[key].grade = self.nodes[key].grade or short.group("g")
                self.counted_post(key)
            return i + 1
        kr = KEY_RELATIONSHIPS_HEADING.match(stripped)
        if kr and len(stripped.split()) <= 6 and not kr.group("rest"):
            return self.relationship_list(lines, i)
        following = _FOLLOWING.match(stripped)
        if following:
            return self.following_posts(lines, i, following.group("rest"))
        inline = _KEY_RELATIONSHIPS_INLINE.match(stripped)
        if inline:  # "Key relationships: A, B and C" (or in a table cell)
            self.list_items(inline.group("rest"), stripped, inline.group("head"))
            return i + 1
        self.antecedent = self.next_antecedent = None  # "They" looks back within a paragraph
        self.previous = None
        for sentence in _SENTENCE_END.split(raw):
            if sentence.strip():
                self.sentence(sentence.strip())
                self.antecedent, self.next_antecedent = self.next_antecedent, None
                self.previous = sentence.strip()
        self.antecedent = self.previous = None
        return i + 1

    def counted_post(self, key: str) -> None:
        """A graded post heading after "N posts … reporting directly to X": one of the N."""
        if self.section:
            self.section_posts.setdefault(self.section, []).append(key)
        if self.counted and self.counted[0] > 0:
            n, end, s = self.counted
            self.fact("REPORTS_TO", key, end, s, 0.7, "N posts reporting to")
            self.counted = (n - 1, end, s)

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
        value = re.sub(r"^name\s+(?:of\s+)?line\s+manager\b\s*[:\-–]?\s*", "", value,
                       flags=re.IGNORECASE)  # the NHS Wales template's "Name Line Manager"
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
        words = value.split()
        if j != i and (len(words) > 12 or (value.endswith(".") and len(words) > 6)):
            return i + 1  # "Team" over a paragraph: a heading, not a field
        start = m.start("label")
        span_text = "\n".join([lines[i][start:], *lines[i + 1: j + 1]]).rstrip(" \t|")
        if what == "title" and j != i and label.lower() in ("role profile", "job profile"):
            return i + 1  # a "JOB PROFILE" heading, not a title field
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
        bare = name
        if kind and classify(name)[0] != "Body":
            name = f"{name} {kind}"  # a team named after its head: "Theatre Manager team"
        body = self.node(name, span_text, label="Body", kind=kind)
        if body:
            self.fields[subject][what] = body
            if bare != name and not looks_like_post(bare):
                self.alias(body, bare)  # the text's own name for it: "Ward 12, Surgery"
        return j + 1

    def org_chart(self, lines: list[str], i: int) -> int:
        """An organisational chart as text: each post reports to the one on the line above."""
        levels: list[tuple[list[str], int]] = []  # the posts of each line, and the line
        j = i + 1
        while j < len(lines) and j < i + 30:
            raw = lines[j].strip()
            if not raw:
                if levels:
                    break
                j += 1
                continue
            if ORG_CHART_LINK.match(raw):
                j += 1
                continue
            keys = self.chart_line(raw)
            if not keys:
                break
            levels.append((keys, j))
            j += 1
        for (upper, a), (lower, b) in itertools.pairwise(levels):
            if len(upper) != 1:
                continue  # two managers side by side: who manages whom is not drawn
            evidence = "\n".join(lines[a: b + 1])
            for key in lower:
                self.fact("REPORTS_TO", key, upper[0], evidence, 0.7, "organisational chart")
        return j if levels else i + 1

    def chart_line(self, raw: str) -> list[str]:
        """The posts one line of a chart names ("A / B"; "X (this post)"), or [] if not posts."""
        keys: list[str] = []
        for part in re.split(r"\s+/\s+|\s*\|\s*|\t+", raw.strip(" |")):
            part = part.strip()
            if not part:
                continue
            this = THIS_POST.search(part)
            name = re.sub(r"\s*\((?:[^)]*\b(?:band|grade)\b[^)]*|[^)]*\bpost\b[^)]*)\)", "",
                          part, flags=re.IGNORECASE).strip()
            if this and (not name or THIS_POST.fullmatch(name)):
                name = ""
            if this and self.subject:
                keys.append(self.subject)
                continue
            if len(name.split()) > 12 or not looks_like_post(name) or any(
                    clean_name(p.strip()) != p.strip() for p in name.split(",")):
                return []  # "Head of Nursing, Surgery" is a name; "Job purpose" is not
            key = self.lookup(name) or self.node(name, label="Post")
            if key is None:
                return []
            keys.append(key)
        return keys

    def following_posts(self, lines: list[str], i: int, rest: str) -> int:
        """"The following posts report to the X:" then one post a line: each reports to X."""
        found = None
        for _rule, pattern, what, role, conf in SENTENCE_RULES:
            m = pattern.search(rest)
            if m and not rest[: m.start()].strip() and what.rstrip("*") in (
                    "REPORTS_TO", "ACCOUNTABLE_TO", "RESPONSIBLE_TO", "MEMBER_OF", "DEPUTISES_FOR"):
                found = (m, what.rstrip("*"), role, conf)
                break
        if found is None:
            return i + 1
        m, rtype, role, conf = found
        names = self.names_at(rest[m.end():], False)
        end = (self.lookup(names[0]) or self.node(names[0], label="Body" if rtype == "MEMBER_OF"
                                                   else None)) if names else None
        j = i + 1
        while j < len(lines) and lines[j].strip():
            item = re.sub(r"^\s*(?:[a-z]\)|\d+[.)]|[·•▪*\-–])\s*", "", lines[j]).strip(" .;")
            if not looks_like_post(item) or len(item.split()) > 14:
                break
            post = self.lookup(item) or self.node(item, label="Post")
            self.fact(rtype, post, end, "\n".join(lines[i: j + 1]), conf, "the following posts",
                      role)
            j += 1
        return j

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
            longest = max(len(part.split()) for part in re.split(r"[,;|\t]", bare))
            prose = bare.endswith(".") and len(bare.split()) > 8  # a paragraph after the heading
            if field_match(item) or longest > 10 or len(bare.split()) > 40 or prose:
                j -= 1
                break
            if not lines[j - 2].strip() and j - 2 > i and not re.search(r"[,;|\t]", bare) and \
                    (clean_name(bare) != bare or (len(bare.split()) == 1 and
                                                  classify(bare)[0] == "?")):
                j -= 1
                break  # after a blank line, a heading ("Committees and meetings"), not a name
            if re.fullmatch(r"(?:internal|external|within|outside)[\w ]*:?", bare, re.I):
                continue
            self.list_items(bare, None, heading)
        return j

    def list_items(self, text: str, evidence: str | None, heading: str) -> None:
        """Each name of a list of key relationships works with the post."""
        text = re.sub(r"\b(?:internal|external)\s*:\s*", "", text, flags=re.I)
        for part in _LIST_SPLIT.split(text.replace("\t", ",").replace("|", ",")):
            name = clean_name(part)
            if name and not re.fullmatch(r"(?:internal|external)(?:\s+\w+)?", name, re.I):
                key = self.node(name) or self.node(name, label="Body")
                self.fact("WORKS_WITH", self.subject, key, evidence or name, 0.7,
                          f"list '{heading}'")

    # -- sentences --

    def subject_of(self, before: str) -> str | None:
        """Who the sentence is about: the document's post for "The post holder will" …"""
        before = re.sub(r"^\s*(?:\d+(?:\.\d+)*[.)]?|[a-z]\))?\s*(?:[·•▪*\-–]\s*)?", "", before)
        before = _NUMBER_WORD.sub("", before)
        before = re.sub(r"^(?:managerially|professionally|operationally|clinically|in\s+addition|"
                        r"additionally|also|day[\s-]to[\s-]day)\s*,\s*", "", before, flags=re.I)
        relative = list(re.finditer(r",\s*who\s+", before, re.IGNORECASE))
        if relative:  # "… two Deputy Ward Managers, who deputise for …": the antecedent
            name = _trailing_name(before[: relative[-1].start()])
            key = (self.lookup(name) or (self.node(name, label="Post") if looks_like_post(name)
                                         else None)) if name else None
            if key and self.nodes[key].label == "Post":
                return key
        before = re.sub(r",?\s*(?:who|which)\s+(?:will\s+|is\s+|shall\s+)?(?:also\s+)?"
                        r"(?:be\s+)?$", "", before, flags=re.IGNORECASE)
        named = re.search(r"[A-Z]", before.strip()[1:]) or looks_like_post(clean_name(before))
        if not before.strip() or _PRONOUN_START.match(before) or _DUTY_START.match(before) or \
                not named:
            return self.subject  # "They will …", "• Be a member of …", "To attend …"
        lead = clean_name(before)
        after_lead = before.strip().split(lead, 1)[-1] if lead else ""
        if lead and " for " in lead and after_lead.startswith(",") and \
                looks_like_post(lead.split(" for ")[0]):
            lead = lead.split(" for ")[0]  # "The Ward Managers for the A, the B and the C"
        if lead and before.strip().startswith(("The ", "the ", lead)):
            key = self.lookup(lead) or self.subject_short(lead)
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

    def variants(self, key: str | None) -> list[str]:
        """The posts a generic "the Locality Manager" stands for: each "Locality Manager for X"
        the text names, when it names two or more (else none: the generic is one post)."""
        if key is None or self.nodes[key].label != "Post":
            return []
        name = self.nodes[key].name
        if _plural(name) or name.lower().startswith(("deputy ", "assistant ")):
            return []
        if name not in self._variants:
            found: dict[str, tuple[str, str]] = {}
            for m in re.finditer(rf"\b{re.escape(name)}s?\s+for\s+(?:the\s+)?"
                                 r"(?=(?P<q>[\w'’-]+(?:[ \t]+[\w'’-]+){0,4}))", self.text):
                if re.search(r"\b(?:to|by|from|with|for)\s+the\s+$",
                             self.text[max(0, m.start() - 12): m.start()], re.IGNORECASE):
                    continue  # "responsible to the Team Manager for caseload …": a purpose
                words = []
                for w in m.group("q").split():
                    if w.lower() in _VARIANT_STOP or not re.fullmatch(r"[\w'’-]+", w):
                        break
                    words.append(w)
                if len(words) == 1 and words[0].islower() and words[0].endswith("s") and \
                        not words[0].endswith(("ss", "us", "is")) and \
                        m.group(0).lower().endswith("the "):
                    continue  # "Practice Managers for the localities:": all of them, not one
                if words and len(words) <= 4:
                    whole = f"{name} for {' '.join(words)}"
                    quoted = m.group(0)[: m.start("q") - m.start()] + " ".join(words)
                    found.setdefault(normalise(whole), (whole, quoted))
            self._variants[name] = list(found.values()) if len(found) >= 2 else []
        keys = [self.lookup(v) or self.node(v, quoted, label="Post")
                for v, quoted in self._variants[name]]
        return [k for k in keys if k]

    def pair_before(self) -> list[str]:
        """The two posts the previous sentence of the paragraph names ("a Place Manager for
        X and a Place Manager for Y"), for a sentence that begins "Both"; else none."""
        prev = self.previous or ""
        keys: list[str] = []
        for m in re.finditer(r"\b(?:an?|the)\s+(?=[A-Z])", prev):
            name = clean_name(prev[m.end():])
            if not name or not looks_like_post(name) or _plural(name):
                continue
            key = self.lookup(name) or self.node(name, label="Post")
            many = self.variants(key)
            named = [k for k in many if normalise(prev[m.end():]).startswith(k)]
            keys += named[:1] if many else [key] if key else []
        keys = list(dict.fromkeys(keys))
        return keys if len(keys) == 2 else []

    def each_own(self, each: re.Match[str], s: str) -> list[str]:
        """"Each Trust … with its own Site Director, who …": one such post per Trust the
        text says the whole brings together (when most of those are named as Trusts)."""
        post = clean_name(each.group("post"))
        kind = each.group("kind").lower()
        if not post or not looks_like_post(post):
            return []
        parts = [r.start for r in self.facts.values() if r.type == "PART_OF" and
                 r.rule == "brings together"]
        named = [p for p in parts if kind in normalise(self.nodes[p].name).split()]
        if len(parts) < 2 or 2 * len(named) < len(parts):
            return []
        keys = []
        for part in parts:
            key = self.node(f"{self.nodes[part].name} {post}", s, label="Post")
            if key:
                self.fact("POST_IN", key, part, s, 0.6, "each … its own")
                keys.append(key)
        return keys

    def composition(self, s: str) -> None:
        """"run by a Joint Board with a single Chair, a Chief Officer, and Clinical and Lay
        Members": each post a member, the Chair chairing it."""
        m = _BOARD_WITH.search(s)
        if m is None:
            return
        body = clean_name(m.group("body"))
        if not body or classify(body)[1] not in {"board", "committee", "panel", "team",
                                                 "group"}:
            return
        rest = re.split(r"[.;:]", s[m.end():], maxsplit=1)[0]
        names: list[str] = []
        for chunk in re.split(r",\s*(?:and\s+)?|\s+and\s+(?=(?:an?|the)\s)", rest):
            chunk = re.sub(r"^(?:and\s+)?(?:an?\s+|the\s+)?(?:single\s+)?", "", chunk.strip())
            pair = re.fullmatch(r"(?P<pre>[a-z]+\s+)?(?P<a>[\w-]+)\s+and\s+(?P<b>[\w-]+)\s+"
                                r"(?P<head>[A-Z][\w-]*s)", chunk)
            if pair:  # "joint Executive and Non-Executive Directors": two posts
                pre = pair.group("pre") or ""
                names += [f"{pre}{pair.group(w)} {pair.group('head')}" for w in ("a", "b")]
            elif clean_name(chunk) == chunk and looks_like_post(chunk):
                names.append(chunk)
            elif clean_name(chunk) != chunk:
                break  # the list has ended
        posts = [n for n in names if looks_like_post(n)]
        if len(posts) < 2:
            return
        whole = self.lookup(body) or self.node(body, s, label="Body")
        for name in posts:
            key = self.lookup(name) or self.node(name, s, label="Post")
            if name.split()[-1].lower() in {"chair", "chairman", "chairperson"}:
                self.fact("CHAIRS", key, whole, s, 0.7, "board with")
            else:
                self.fact("MEMBER_OF", key, whole, s, 0.7, "board with")

    def subjects_of(self, before: str) -> list[str]:
        """The subject, or each post of a list ("The A, the B and the C report to …")."""
        each = _EACH_OWN.search(before)
        if each:
            owned = self.each_own(each, before)
            if owned:
                return owned
        if self.antecedent and re.match(r"\s*They\b", before):
            return [self.antecedent]  # "… team leaders will run X. They will …"
        if re.match(r"\s*Both\b(?!\s+(?:the|of)\b)", before):
            return self.pair_before()  # "There will be an A and a B. Both will …"
        generic = _GENERIC_SUBJECT.search(before) or _GENERIC_BARE.search(before)
        if generic:
            key = self.lookup(generic.group("name"))
            key = key or (self.node(generic.group("name"), label="Post")
                          if looks_like_post(generic.group("name")) else None)
            many = self.variants(key) if key and key != self.subject else []
            if many:
                return many
        text = re.sub(r"^\s*(?:\d+(?:\.\d+)*[.)]?|[a-z]\))?\s*(?:[·•▪*\-–]\s*)?", "", before)
        text = re.sub(r"(?:\s+(?:will|shall|must|also|both|all|each|jointly|be))+\s*$", "",
                      text.strip(), flags=re.IGNORECASE)
        if re.search(r",|\band\b", text) and not re.search(r",\s*who\b", text):
            names = self.names_at(text, True)
            rest = text
            for name in names:
                rest = rest.replace(name, " ", 1)
            if len(names) >= 2 and all(looks_like_post(n) for n in names) and \
                    re.fullmatch(r"(?:[\s,;]|\b(?:the|and|a|an|both)\b)*", rest, re.IGNORECASE):
                keys = [self.lookup(n) or self.node(n, label="Post") for n in names]
                return [k for k in keys if k]
        one = self.subject_of(before)
        return [one] if one else []

    def names_at(self, text: str, many: bool) -> list[str]:
        text = _RELATIVE.sub("", text)
        text = _DATE_TAIL.split(text, maxsplit=1)[0]  # "… Cell from 1 April 2026"
        text = re.sub(r"^(?:[a-z]+\s+){0,2}[a-z]+['’]s\s+", "", text)  # "the trust's X"
        text = _OWNER.sub("", text)  # "the Trust's X", "the Health Board's X"
        text = re.sub(r"^(?:the\s+)?(?:former|previous|existing|old|current|new)\s+(?=[A-Z])", "",
                      text)
        text = re.sub(r"^(?:both|either|each\s+of)\s+", "", text)
        text = re.sub(r"^(?:the\s+)?(?:monthly|weekly|fortnightly|quarterly|annual|daily|"
                      r"regular|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                      r"(?=[A-Z])", "", text)
        if not many:
            name = clean_name(text)
            return [name] if name else []
        names: list[str] = []

        def take(part: str) -> bool:
            """Add the name ``part`` starts with; False when the list ends there."""
            name = clean_name(_OWNER.sub("", part.strip()))
            if not name:
                return False
            names.append(name)
            rest = part.strip()
            rest = rest[len(name):].strip() if rest.startswith(name) else \
                re.sub(r"^(?:the|our|a|an)\s+", "", rest, flags=re.I)[len(name):].strip()
            return not rest or rest.startswith("(")

        # Each part is taken as soon as the next joiner shows it complete, so a list that
        # ends early is not read to the end of a long sentence (that made run-on text slow).
        pieces = _LIST_SPLIT_KEEP.split(text)
        current: str | None = None
        for n in range(0, len(pieces), 2):
            part = pieces[n]
            joiner = pieces[n - 1] if n else ","
            if current is not None:
                # "Eastfield and Westfield Hospitals Trust" is one name, not two
                left = clean_name(current)
                if "and" in joiner.lower() and classify(left)[0] == "?" and \
                        not left.isupper() and self.lookup(left) is None and \
                        not re.match(r"the\s", part.strip(), re.IGNORECASE):  # "A and the B"
                    current = f"{current}{joiner}{part}"
                    continue
                if not take(current):
                    return names
            current = part
        if current is not None:
            take(current)
        return names

    def sentence(self, s: str) -> None:
        if len(s) > MAX_SENTENCE:  # run-on text: each rule match rereads the whole sentence,
            for piece in _pieces(s, MAX_SENTENCE):  # so read it in pieces (time stays linear)
                self.sentence(piece)
            return
        s = re.sub(r"^(?:\d+(?:\.\d+)+|\d+[.)]|[a-z]\))\s+", "", s)  # "4.1 The Board …"
        lead = clean_name(s)
        if lead and classify(lead)[0] == "Body" and s.startswith(("The ", lead)):
            self.recent_body = self.lookup(lead) or self.node(lead, label="Body")
            self.topic_body = self.recent_body
        elif re.match(r"(?:It|Its|Their|They)\b", s) is None:
            self.topic_body = None
        antecedent = _PLURAL_SUBJECT.search(s)
        if antecedent and antecedent.group("p").split()[-1].lower().removesuffix("s") in \
                POST_WORDS:
            words = antecedent.group("p").split()
            while words and words[0].lower() in {"the", "all", "our", "that", "some", "most",
                                                 "these", "those", "many", "other"}:
                words.pop(0)
            name = " ".join(w[:1].upper() + w[1:] for w in words)
            if words and " ".join(words).lower() not in _GENERIC:
                self.next_antecedent = self.node(name, s, label="Post")
        fronted = _FRONTED.match(s)
        if fronted:  # "Reporting directly to the X, the Y is …": Y reports to X
            s = fronted.group("rest")
            subject = self.subject_of(s)
            names = self.names_at(fronted.group("obj"), False)
            end = (self.lookup(names[0]) or self.node(names[0], label="Post")) if names else None
            rtype = {"reporting": "REPORTS_TO", "accountable": "ACCOUNTABLE_TO",
                     "responsible": "RESPONSIBLE_TO"}[fronted.group("verb").lower()]
            self.fact(rtype, subject, end, fronted.group(0), 0.8, "fronted 'Reporting to'")
        counted = _COUNTED_POSTS.search(s)
        if counted:  # "three posts at tier 3 reporting directly to the X": the N headed below
            names = self.names_at(s[counted.end():], False)
            end = (self.lookup(names[0]) or self.node(names[0], label="Post")) if names else None
            if end and self.nodes[end].label == "Post":
                self.counted = (_NUMBERS[counted.group("n").lower()], end, s)
        colleagues = _OTHER_COLLEAGUES.search(s)
        if colleagues:
            other = clean_name(colleagues.group("post"))
            key = (self.lookup(other) or self.node(other, label="Post")) \
                if other and looks_like_post(other) else None
            subject = self.subject_of(s[: colleagues.start()].split(" will ")[0]) \
                if not re.match(r"\s*You\b", s) else self.subject
            if key:
                self.colleagues.append((subject, key, colleagues.group("adj"), s))
        self.organisational(s)
        self.composition(s)
        self.passive_chair(s)
        self.in_absence(s)
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
                subjects = self.subjects_of(before)
                if not subjects:
                    continue
                subject = subjects[0]
                if rtype == "MANAGES":
                    self.manages(subject, obj, s, conf, rule, staff=rule != "manages")
                    continue
                if self.subject and _POST_ITSELF.match(obj):  # "… report to the post holder"
                    for one in subjects:
                        self.fact(rtype, one, self.subject, s, conf, rule, role_found)
                    continue
                if rtype in ("ACCOUNTABLE_TO", "RESPONSIBLE_TO", "REPORTS_TO") and re.search(
                        r"\b(?:jointly|both)\b", m.group(0) + obj[:5], re.IGNORECASE):
                    many = True  # "jointly accountable to the A and the B"
                for whole_name in self.names_at(obj, many):
                    name, org = _split_org(whole_name)
                    if rtype in ("MEMBER_OF", "CHAIRS"):
                        end = self.lookup(name) or self.node(name, label="Body") \
                            if classify(name)[0] != "Post" else None
                        if end and self.nodes[end].kind in {"directorate", "division",
                                                             "department"}:
                            self.fact("POST_IN", subject, end, s, conf, rule)
                            continue
                        partner = re.search(rf"{re.escape(name)}\s+with\s+(?:the\s+)?(.+)$",
                                            obj) if role == "co-chair" else None
                        if partner and end:  # "co-chair the X with the Y": Y chairs it too
                            other = clean_name(re.sub(r"^(?:[a-z]+\s+){0,2}[a-z]+['’]s\s+", "",
                                                      partner.group(1)))
                            if other and looks_like_post(other):
                                self.fact("CHAIRS", self.lookup(other) or self.node(
                                    other, label="Post"), end, s, conf, rule, role)
                    elif rtype in ("WORKS_WITH", "SUPPORTS", "ADVISES", "SECONDED_TO",
                                   "PROFESSIONAL_LEAD_FOR"):
                        if name.lower() in _GENERIC:
                            continue  # "work alongside Managers": no one post or body
                        end = self.node(name)
                        if end is None and rtype == "PROFESSIONAL_LEAD_FOR":
                            end = self.node(name, label="Body", kind="service")
                        elif end is None and rtype == "WORKS_WITH":
                            end = self.node(name, label="Body")
                    else:
                        end = self.node(name) or self.node(name, label="Post")
                        many_ends = self.variants(end) if re.match(
                            rf"\s*the\s+{re.escape(name)}\b", obj) else []
                        named = [k for k in many_ends if normalise(obj).startswith(k)]
                        many_ends = named[:1] or many_ends  # "to the Team Manager for X"
                        if many_ends:  # "responsible to the Locality Manager": each of them
                            for one in subjects:
                                for other in many_ends:
                                    self.fact(rtype, one, other, s, conf * 0.9, rule, role_found)
                            continue
                    if org and end and self.nodes[end].label == "Post":
                        self.fact("POST_IN", end, self.node(org), s, 0.6, rule)
                    for one in subjects:
                        self.fact(rtype, one, end, s, conf, rule, role_found)
        formed = _TO_FORM.search(s)
        if formed:
            member0 = self.subject_of(s[: formed.start()].rsplit(" work", 1)[0])
            body = next(iter(self.names_at(s[formed.end():], False)), None)
            whole = (self.lookup(body) or self.node(body, label="Body")) if body else None
            members = [self.lookup(n) or self.node(n) for n in
                       self.names_at(formed.group("list"), True)]
            for member in [member0, *members]:
                self.fact("MEMBER_OF", member, whole, s, 0.6, "with … to form")
        if re.search(r"\bdeputi[sz](?:e|ing)\s+at\s+(?:the\s+)?(?:[A-Z]\w*\s+)?(?:Board|"
                     r"Committee|Executive)", s) and self.subject:
            self.pending_deputy.append((self.subject, s))

    pending_deputy: list[tuple[str, str]]
    pending_team: list[tuple[str, str, str]]  # (team heading, manager, quote)
    colleagues: list[tuple[str | None, str, str, str]]  # (post, other post, adjective, quote)
    section: str | None = None  # the last short non-post heading ("Payroll")
    section_posts: dict[str, list[str]]  # heading -> the graded posts headed under it
    antecedent: str | None = None  # the plural posts the last sentence was about ("They")
    previous: str | None = None  # the paragraph's sentence before this one ("Both")
    stood_for: set[str]  # profiles read as each of a generic's posts (no post of their own)
    next_antecedent: str | None = None
    counted: tuple[int, str, str] | None = None  # posts still to come, their manager, quote
    has_title_field: bool
    topic_body: str | None = None  # the body a sentence began with: what "It"/"Its" means

    def passive_chair(self, s: str) -> None:
        """"The Board is (co-)chaired by the A and the B": each of them chairs it."""
        m = re.search(r"\b(?:is|are|will\s+be|shall\s+be)\s+(?P<co>co-?)?chaired\s+"
                      r"(?:jointly\s+)?by\s+", s, re.IGNORECASE)
        if m is None:
            return
        body = self.topic_body if re.match(r"(?:It|They)\b", s) else \
            self.body_named(s[: m.start()], allow_recent=False)
        for name in self.names_at(s[m.end():], True) if body else []:
            post = self.lookup(name) or (self.node(name, label="Post")
                                         if looks_like_post(name) else None)
            if post and self.nodes[post].label == "Post":
                self.fact("CHAIRS", post, body, s, 0.8, "chaired by",
                          "co-chair" if m.group("co") else None)
        rest = s[m.end():]
        j = re.search(r"\band\s+its\s+", rest)
        if body and j:
            self.topic_body = body  # "It will be chaired by X and its membership …"

    def in_absence(self, s: str) -> None:
        """"In the absence of the X, the post holder will deputise": a deputy for the X.

        Also "When the X is on leave, the post holder acts up".
        """
        m = re.search(r"\bin\s+the\s+absence\s+of\s+|\b(?:when|while|whilst)\s+(?:the\s+)?"
                      r"(?=[A-Z][^,.;]*\s+(?:is|are)\s+(?:on\s+leave|absent|away|unavailable))", s,
                      re.IGNORECASE)
        if m is None or not re.search(_COVERS, s, re.IGNORECASE) or \
                re.search(r"\bdeputi[sz]\w*\s+for\b", s, re.IGNORECASE):
            return
        names = self.names_at(s[m.end():], False)
        if not names:
            return
        absent = self.lookup(names[0]) or self.node(names[0], label="Post")
        after = s[m.end():].split(names[0], 1)[-1]
        after = re.sub(r"^\s*(?:is|are)\s+(?:on\s+leave|absent|away|unavailable)\b", "", after)
        before = s[: m.start()].strip() or re.split(_COVERS, after, flags=re.IGNORECASE)[0]
        subject = self.subject_of(before.strip(" ,"))
        self.fact("DEPUTISES_FOR", subject, absent, s, 0.75, "in the absence of")

    def manages(self, manager: str, obj: str, s: str, conf: float, rule: str,
                staff: bool = True) -> None:
        """"Line management of X and Y": X and Y report to the manager."""
        names = [n for n in self.names_at(obj, True) if looks_like_post(n)]
        team = _TEAM_STAFF.match(obj) if staff and not names else None
        if team:  # "line management of staff within the payroll team": the posts headed
            self.pending_team.append((normalise(team.group("x")), manager, s))  # "Payroll"
            return
        if not names and staff:  # "line management of the ward office staff"
            text = re.split(r"\s+(?:within|in|across|at|to|including|who)\s+|[.,;(]", obj)[0]
            text = re.sub(r"^(?:the|all|our)\s+", "", text.strip(), flags=re.IGNORECASE)
            if not text or text.lower() in {"staff", "team", "teams", "the team"} or \
                    not re.search(r"\bstaff\b", text) or len(text.split()) > 5:
                return
            names = [text]
        for name in names:
            where = _WITHIN.match(obj.split(name, 1)[-1]) if name in obj else None
            if where and _plural(name):  # "Senior Advisers within the Finance directorate":
                whole = f"{name} ({where.group('q')})"  # those of one directorate, a post
                key = self.lookup(whole) or self.node(whole, s, label="Post")
                if key:
                    self.alias(key, name)
            else:
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
        m = MEMBERSHIP.search(s)
        if m:  # "Its members are the A and the B", "its membership comprises the A"
            head = s[: m.start()]
            whole = self.topic_body if m.group("its") else \
                self.body_named(re.sub(r"\bof\s*$", "", head.strip()), allow_recent=False)
            for name in self.names_at(s[m.end():], True) if whole else []:
                member = self.lookup(name) or self.node(name)
                self.fact("MEMBER_OF", member, whole, s, 0.75, "members are")
        m = COMPRISES.search(s) if m is None else None
        if m:
            whole = self.body_named(s[: m.start()])
            for name in self.names_at(s[m.end():], True) if whole else []:
                if classify(name)[0] == "Body" or self.lookup(name):
                    part = self.lookup(name) or self.node(name, label="Body")
                    if part and self.nodes[part].label == "Post":
                        self.fact("MEMBER_OF", part, whole, s, 0.7, "comprises")
                    else:
                        self.fact("PART_OF", part, whole, s, 0.75, "comprises")
                elif looks_like_post(name):  # "The Board comprises the Chair, …"
                    self.fact("MEMBER_OF", self.node(name, label="Post"), whole, s, 0.7,
                              "comprises")
        m = MERGING.search(s) or MERGE_TO_FORM.search(s)
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
            old_names = self.names_at(s[m.end():], True)
            head = s[: m.start()]
            which = re.search(r",\s*which\s+(?:will\s+)?$", head)
            new = self.body_named(head[: which.start()], allow_recent=False) if which else \
                self.body_named(head, allow_recent=True)
            label = self.nodes[new].label if new else None
            for name in old_names if new else []:
                old = self.lookup(name) or self.node(name, label=label)
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

    def generic_headings(self) -> None:
        """A profile headed "Service Manager Community Health" in a paper whose generic "the
        Service Manager" stands for several "Service Manager for …" posts (see
        :meth:`variants`), answering to a post of that area ("the Head of Service for
        Community Health"): the profile is each of theirs, so its facts are theirs."""
        for generic, found in self._variants.items():
            keys = [k for k in (self.lookup(v) for v, _ in found) if k]
            if len(keys) < 2:
                continue
            managers = {r.end for r in self.facts.values() if r.start in keys
                        and r.type in ("ACCOUNTABLE_TO", "RESPONSIBLE_TO", "REPORTS_TO")}
            head = normalise(generic)
            for node in list(self.nodes.values()):
                area = node.key[len(head) + 1:] if node.key.startswith(f"{head} ") else ""
                if node.label != "Post" or not area or node.key in keys or \
                        not node.name.lower().startswith(f"{generic.lower()} ") or \
                        node.name[len(generic) + 1:].split()[0].lower() in CONNECTORS:
                    continue  # "Service Manager for X" is a variant, not a heading
                if not any(m.endswith(f" {area}") and looks_like_post(m[: -len(area)])
                           for m in managers):
                    continue  # "Service Manager Estates": not these posts' area
                moved = [r for r in self.facts.values() if r.start == node.key]
                for r in moved:
                    del self.facts[(r.type, r.start, r.end)]
                    for key in keys:
                        self.fact(r.type, key, r.end, r.evidence, round(r.confidence * 0.9, 2),
                                  f"{r.rule}; profile '{node.name}' for each {generic}", r.role,
                                  r.valid_from)
                for key in keys if moved else []:
                    self.nodes[key].grade = self.nodes[key].grade or node.grade
                if moved:
                    self.stood_for.add(node.key)
                if moved and node.key != self.first_subject:
                    self.fields.pop(node.key, None)

    def finish(self) -> None:
        self.generic_headings()
        # "line management of staff within the X team": the other graded posts headed X,
        # when the manager's own post is headed there too
        for section, manager, s in self.pending_team:
            posts = self.section_posts.get(section, [])
            if manager in posts:
                for post in posts:
                    self.fact("REPORTS_TO", post, manager, s, 0.6, "staff of the team")
        # "You will work with our X and other executive colleagues": X and the post itself
        # sit on the executive team (when the text names that team)
        for member, other, adj, s in self.colleagues:
            team = re.search(rf"\b{adj}\s+team\b", self.text, re.IGNORECASE)
            body = self.node(team.group(0), label="Body", kind="team") if team else None
            for one in (member or self.first_subject, other):
                self.fact("MEMBER_OF", one, body, s, 0.6, "and other colleagues")
        # "deputising at Board meetings": for the post's manager
        for post, s in self.pending_deputy:
            managers = [r.end for r in self.facts.values() if r.start == post and r.type in
                        ("DEPUTISES_FOR", "ACCOUNTABLE_TO", "RESPONSIBLE_TO", "REPORTS_TO")
                        and self.nodes[r.end].label == "Post"]
            if managers:
                self.fact("DEPUTISES_FOR", post, managers[0], s, 0.6, "deputising at Board")
        # a "Deputy X" deputises for the X the text names; a Deputy X the text describes
        # (a profile of its own) and that deputises for no one named, for its X
        explicit = {r.start for r in self.facts.values() if r.type == "DEPUTISES_FOR"}
        for node in list(self.nodes.values()):
            m = re.match(r"(?i)deputy\s+(.+)$", node.name)
            if node.label == "Post" and m:
                target = self.lookup(m.group(1))
                if target is None and node.key in self.fields and node.key not in explicit \
                        and clean_name(m.group(1)) == m.group(1) and looks_like_post(m.group(1)):
                    target = self.node(m.group(1), node.evidence, label="Post")
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
        if self.first_subject and orgs and self.first_subject not in self.stood_for and not any(
                r.start == self.first_subject and r.type == "POST_IN"
                for r in self.facts.values()):
            self.fact("POST_IN", self.first_subject, orgs[0].key, orgs[0].evidence, 0.5,
                      "first organisation named")


#: A date after a name: "the Winter Planning Cell from 1 April 2026".
_DATE_TAIL = re.compile(r"\s+(?:from|on|in|by|until|since|with\s+effect\s+from)\s+(?:\d{1,2}"
                        r"(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|"
                        r"August|September|October|November|December|\d{4})\b")
#: "… within the Operations directorate": which directorate's staff a plural post means.
_WITHIN = re.compile(r"^\s+(?:within|in)\s+the\s+"
                     r"(?P<q>[A-Z][\w/&-]*(?:\s+(?:and\s+)?[A-Z][\w/&-]*)*)"
                     r"\s+(?:directorate|division|department)\b")
_NUMBERS = {w: n for n, w in enumerate(["one", "two", "three", "four", "five", "six", "seven",
                                         "eight", "nine", "ten"], start=1)} | {
    str(n): n for n in range(1, 11)}
#: "The structure has three posts at tier 3 reporting directly to the X".
_COUNTED_POSTS = re.compile(r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d)\s+"
                            r"(?:new\s+)?(?:posts|roles|positions)\b[^.;:]{0,40}?\breporting\s+"
                            r"(?:directly\s+)?to\s+", re.IGNORECASE)
#: "The Team Manager will (also) be …": a sentence about a post named generically.
_GENERIC_NAME = r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:of|for|[A-Z][\w'’-]*))*)"
_GENERIC_SUBJECT = re.compile(rf"\b[Tt]he\s+{_GENERIC_NAME}"
                              r"\s+(?:will|would|shall|is|must|should)(?:\s+(?:also|be|directly|"
                              r"remain|continue\s+to\s+be))*\s*$")
#: "The Team Manager| will report to …": the rule's own match took the verb.
_GENERIC_BARE = re.compile(rf"(?:^|[.;,]\s*)[Tt]he\s+{_GENERIC_NAME}\s*$")
#: Words that end the qualifier of "Locality Manager for older people will …".
_VARIANT_STOP = frozenset({"will", "would", "shall", "is", "are", "in", "and", "who", "with",
                           "to", "at", "on", "across", "within", "was", "has", "have", "be",
                           "each", "all", "a", "an", "their", "its", "responsible"})
#: "… that team leaders will directly supervise …": a plural post as a sentence's subject.
_PLURAL_SUBJECT = re.compile(r"(?:^|\bthat\s+)(?P<p>(?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+s)\s+"
                             r"(?:will|would|shall|should|are)\b")
#: "Each Trust keeps … its own Site Director": one per Trust.
_EACH_OWN = re.compile(r"\bEach\s+(?P<kind>Trust|Hospital|Practice|Locality|Borough|District|"
                       r"Directorate|Division|Organisation|Council|Place|Service|Site)\b[^.]*?"
                       r"\bits\s+own\s+(?P<post>[A-Z][^,.;]*)")
#: "run by a Joint Board with a single Chair, …": a board and the posts that make it up.
_BOARD_WITH = re.compile(r"\b(?:under|by|through)\s+(?:a|an|the)\s+(?P<body>(?:[A-Z][\w&-]*\s+)"
                         r"{0,4}?(?:Board|Committee|Panel|Team|Executive\s+Group))\s+with\s+")
#: "LDs' PAs": the posts (a defined abbreviation, plural possessive) that posts belong to.
_ABBR_OWNER = re.compile(r"^(?P<abbr>[A-Z][A-Za-z]{1,5}?)s['’]\s+(?P<held>[A-Z][A-Za-z]{1,20})$")
#: "staff within the payroll team", "the learning and development function".
_TEAM_STAFF = re.compile(r"^\s*(?:the\s+)?(?:staff\s+(?:within|in|of)\s+the\s+)?"
                         r"(?P<x>[A-Za-z&][\w&' -]{1,40}?)\s+(?:team|function)\b", re.IGNORECASE)
#: "our Chief Nurse and other executive colleagues": the Chief Nurse is an executive.
_OTHER_COLLEAGUES = re.compile(r"\b(?:our\s+|the\s+)?"
                               r"(?P<post>[A-Z][\w-]*(?:\s+(?:of|for|[A-Z][\w-]*))*?)"
                               r"\s+and\s+other\s+"
                               r"(?P<adj>executive|board|leadership)\s+colleagues\b")
#: Rank words before a title that make another post: a Deputy Head of X is not the Head of X.
_RANKS = frozenset({"deputy", "assistant", "associate", "vice"})
#: Plural words that name no particular post or body on their own.
_GENERIC = frozenset({"managers", "staff", "colleagues", "directors", "leaders", "partners",
                      "members", "stakeholders", "teams", "clinicians", "services"})
#: "Reporting directly to the Chief Executive, the Director of X is …"
_FRONTED = re.compile(r"^(?P<verb>Reporting|Accountable|Responsible)\s+(?:directly\s+|"
                      r"professionally\s+|managerially\s+)?to\s+(?P<obj>[^,]{3,80}),\s+"
                      r"(?P<rest>(?:the|this)\s+.+)$", re.IGNORECASE)
#: Verbs of standing in for someone: deputise, act up, provide cover.
_COVERS = r"\bdeputi[sz]|\bacts?\s+up\b|\bacting\s+up\b|\b(?:provides?|providing)\s+cover\b"
#: "The following posts report to the Head of Service:" and the posts on the lines after.
_FOLLOWING = re.compile(r"^(?:the\s+)?following\s+(?:posts?|roles?|managers?|positions?|staff)\s+"
                        r"(?P<rest>.+?)\s*:\s*$", re.IGNORECASE)
#: The post described, named as an object: "… who report directly to the post holder".
_POST_ITSELF = re.compile(r"^(?:the\s+|this\s+)?(?:post[\s-]?holder|postholder|job[\s-]?holder|"
                          r"post|role)\b", re.IGNORECASE)
#: "One Duty Manager", "Three Team Leaders": the count is not part of the name.
_NUMBER_WORD = re.compile(r"^\s*(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Each|Every|"
                          r"Both)\s+(?=[A-Z])")
#: "the Trust's X", "the Health Board's X", "the Council's X": the owner is not the name.
_OWNER = re.compile(r"^(?:the\s+)?(?:[A-Z][\w&-]*\s+){0,3}?(?:Trust|Council|Board|Authority|ICB|"
                    r"ICS|Group|Service|Partnership|Organisation|Federation|Network|PCN|"
                    r"Directorate|Division|Department|Team)['’]s\s+")


def _plural(name: str) -> bool:
    """Whether a post name is plural ("Charge Nurses"): not the one post described."""
    last = name.split()[-1].lower() if name.split() else ""
    return last.endswith("s") and not last.endswith("ss") and last[:-1] in POST_WORDS


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

    >>> draft = extract_text("Job Title: Ward Manager\\nAccountable to: Head of Nursing\\n"
    ...                      "The post holder will deputise for the Matron.\\n", "jd-1")
    >>> [(r.type, r.start, r.end) for r in draft.relationships]
    [('ACCOUNTABLE_TO', 'ward-manager', 'head-of-nursing'),
     ('DEPUTISES_FOR', 'ward-manager', 'matron')]
    """
    ex = _Extractor(text, source_id)
    ex.pending_deputy, ex.pending_team, ex.colleagues, ex.section_posts = [], [], [], {}
    ex.stood_for = set()
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

