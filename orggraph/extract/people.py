"""People named at an end of a fact: a person's name told apart from the post they hold.

The labelling guide writes a person as the end of a fact when the text names one where a
post belongs: "Line Manager: Jo Example", "reporting to chief widget officer Jo Example",
"Jo Example, Director of Widgets, chairs the X", "Director of Widgets, Jo Example",
"Dr Jo Example (Head of Widgets)". :func:`split` reads an end's mention and the words right
beside it as the post and the person holding it; resolution drafts the person as a
``Person`` who ``HOLDS`` the post (the post a roster entry names is held the same way), and
the evaluator matches the end by the holder's name as well as the post's.

A person is read by the roster's rules (:func:`orggraph.extract.rosters.is_person`): a form
of address ("Dr", "Cllr", "Rev"), or two to four name words, initials allowed, none of them
a post's or a body's word ("Jo Example", "J. Example", "Jo A. Example"), so "Director of
Widgets Services", "Professor of Widget Science", "North Westshire" and "Westshire
Hospitals" are no people.

>>> t = "Reports to: Director of Widgets, Jo Example"
>>> post, who = split(t, Mention("Director of Widgets, Jo Example", 12, len(t)))
>>> post.name, who.name
('Director of Widgets', 'Jo Example')
>>> t = "will report to chief widget officer Dr Jo Example."
>>> post, who = split(t, Mention("chief widget officer", 15, 35))
>>> post.name, who.name
('chief widget officer', 'Dr Jo Example')
>>> t = "Line Manager: Jo Example"
>>> split(t, Mention("Jo Example", 14, 24))
(None, Mention(name='Jo Example', start=14, end=24, qualifier=''))
>>> split("Accountable to: Professor of Widget Science", Mention("Professor of Widget Science",
...                                                         16, 43))[1] is None
True
"""

from __future__ import annotations

import re

from .mentions import Mention, first_name
from .names import POST_WORDS, looks_like_post
from .rosters import HONORIFIC, PERSON, PERSON_NAME, is_person

__all__ = ["appointments", "is_named_person", "split"]

#: Between a post and its holder's name: a comma, a spaced dash, an opening bracket (a line
#: break a page viewer put inside allowed), or nothing ("chief widget officer Jo Example").
_GAP = r"(?:[ \t]*,[ \t]*\n?[ \t]*|[ \t]+[-–—][ \t]+|[ \t]*\n?[ \t]*\([ \t]*|[ \t]+)"
#: What may follow a holder's name: the end of the phrase, a bracket or a dash (their post),
#: or a word that goes on with the sentence ("… Jo Example will …", "… Jo Example in their
#: absence"); not a colon (a label's words) nor lower-case words that go on with a name.
_AFTER_NAME = (r"(?=[ \t]*(?:[,.;()\n]|[-–—][ \t]|$)|[ \t]+(?:and|or|will|shall|who|is|are|has|"
               r"have|in|as|to|for|on|from|at|with|was|would|also|chairs?|sits?|serves?|"
               r"both|each|were|joins|joined|attends?|reports|"
               r"deputises|said|says|added|told|welcomed|thanked|takes|took|becomes|"
               r"became|becoming|being)\b)")
# (a news item's verbs after a name: "… chair Jo Example said …", "Jo Example takes up …"; a
# list of people before their verb: "…, Sam Sample and Jo Example sit on / both serve on …")
#: What ends a person's name in running text: a name that goes on in lower case ("Mast Lift
#: core team") or before a colon (a label, "Pay Band:") is something else's.
_ENDS_NAME = re.compile(_AFTER_NAME)
#: The holder after a post: "Director of Widgets, Jo Example", "… (Jo Example)".
_HOLDER_AFTER = re.compile(_GAP + r"(?:the[ \t]+)?(?P<p>" + PERSON_NAME + r")" + _AFTER_NAME)
#: The holder before a post: "Jo Example, Director of Widgets", "Jo Example – Director …".
_HOLDER_BEFORE = re.compile(r"(?<![\w.'’-])(?P<p>" + PERSON_NAME + r")(?:[ \t]*,[ \t]*|[ \t]+"
                            r"[-–—][ \t]+)(?:the[ \t]+|our[ \t]+)?\Z")
#: A post right after a person's name: "Jo Example, Director of Widgets", "Jo Example –
#: Head of Widgets", "Jo Example (Head of Widgets)".
# (a page viewer's line break after the comma or before the bracket is a space: "Jo Example," /
# "Head of Widgets", "Jo Example" / "(Head of Widgets)")
_POST_AFTER = re.compile(r"(?:[ \t]*,[ \t]*\n?[ \t]*|[ \t]+[-–—][ \t]+|[ \t]*\n?[ \t]*\([ \t]*)"
                         r"(?:the[ \t]+)?(?=[A-Za-z])")
#: A form of address that ends a mention: the name it addresses follows in the text.
_HONOUR_FIRST = re.compile(rf"{HONORIFIC}[ \t]")
#: How far before a mention its holder's name is looked for.
_REACH = 80


def split(text: str, m: Mention) -> tuple[Mention | None, Mention | None]:
    """The post an end's mention ``m`` names and the person who holds it, either ``None``
    (see the module's examples): the mention itself may be the person, the post and the
    person together, or the post with its holder's name right after or before it."""
    flat = m.name.replace("\n", " ")
    if flat != m.name and is_named_person(flat):  # "Dr" / "Jo Example": one name, one space
        m = Mention(flat, m.start, m.end, m.qualifier)
    runs = _runs_on(text, m)
    if runs is not None:
        return runs
    if is_named_person(m.name) and _ENDS_NAME.match(text, m.end):
        return _post_after(text, m), m
    inside = _inside(text, m)
    if inside is not None:
        return inside
    return m, _holder_after(text, m) or _holder_before(text, m)


def _runs_on(text: str, m: Mention) -> tuple[Mention | None, Mention] | None:
    """A person's name that starts inside the mention and runs on past its end: the name
    reader stopped inside it ("head of gadgets Sam" before "Example", "Professor" read as a
    post before "Jo Example"). The post is the mention's words before the name, if any."""
    for w in re.finditer(r"(?:^|(?<=[ \t]))[A-Z]", m.name):
        who = PERSON.match(text, m.start + w.start())
        post = m.name[:w.start()].strip()
        if who is None or who.end() <= m.end or not is_named_person(who["p"]) or \
                (post and not _post(post)):  # "Director of" + "Widgets Kit": no name
            continue
        held = Mention(who["p"], who.start(), who.end())
        return (Mention(post, m.start, m.start + len(post)) if post else
                _post_after(text, held), held)
    return None


def is_named_person(name: str) -> bool:
    """Whether a whole name is a person's: marked as one (a form of address, an initial), or
    words that read as names, not as a thing's ("Statutory Framework", "Government
    Departments")."""
    got = PERSON.fullmatch(name)
    return got is not None and is_person(name) and not re.search(r"\s\s|\t", name) and \
        (_marked(name) or not any(
        len(w) >= 6 and w.lower().endswith(_NOUN_ENDINGS) for w in name.split()))


#: Endings of nouns and adjectives that a person's forename or surname does not have.
_NOUN_ENDINGS = ("ment", "ments", "tion", "tions", "sion", "sions", "ity", "ities", "ship",
                 "ships", "ances", "ences", "ism", "ness", "work", "works", "al", "ive", "ives",
                 "ists", "ics", "ology", "nance", "mance", "iance", "gence", "lence", "ience")
# ("Corporate Governance", "Widget Performance", "Gadget Intelligence": a thing's name)


def _inside(text: str, m: Mention) -> tuple[Mention | None, Mention | None] | None:
    """A mention that names a post and its holder together ("Director of Widgets, Jo
    Example", "Widget Manager Jo Example", "Jo Example, Director of Widgets"), split; None
    when it is not one. The post must end a title (not "Professor of" before "Widget
    Science": the words after "of" are the post's own); without a comma, a dash or a bracket
    between them, capitalised words are one name ("Acute Divisional Manager") unless the
    person is marked (a form of address, an initial) or the post ends with its post word. A
    page viewer's line break inside is a space ("Widget Director, Mrs" / "Jo Example")."""
    name = m.name.replace("\n", " ")
    for w in re.finditer(r"(?<=[ \t\n,(–—-])[A-Z]", name):
        a = w.start()
        who = PERSON.fullmatch(name.rstrip(" )"), a)
        post = name[:a].rstrip(" \t\n,(–—-")
        if who and is_named_person(who.group()) and _post(post) and \
                (_set_off(name[len(post):a]) or _marked(who.group()) or _ends_post(post)):
            return Mention(post, m.start, m.start + len(post)), \
                Mention(who.group(), m.start + a, m.start + who.end())
    who = PERSON.match(name)
    if who is None or not is_named_person(who.group()) or who.end() == len(name):
        return None
    # (a line break a page viewer put on either side of the mark is a space)
    rest = re.match(r"[ \t]*\n?[ \t]*(?:,|[-–—]|\()?[ \t]*\n?[ \t]*", name[who.end():])
    at = who.end() + (rest.end() if rest else 0)
    post = name[at:].rstrip(" )")
    if not _post(post) or is_person(post) or \
            not (_set_off(name[who.end():at]) or _marked(who.group())):
        return None
    return Mention(post, m.start + at, m.start + at + len(post)), \
        Mention(who.group(), m.start, m.start + who.end())


def _set_off(gap: str) -> bool:
    """Whether the words between a post and a person set them apart (a comma, a dash, a
    bracket)."""
    return bool(re.search(r"[,(–—-]", gap))


def _marked(who: str) -> bool:
    """Whether a person's name is marked as one: a form of address or an initial."""
    return bool(_HONOUR_FIRST.match(who) or re.search(r"\b[A-Z]\.", who))


def _ends_post(post: str) -> bool:
    """Whether a title ends with its post word ("Widget Manager", not "Director of Widgets")."""
    last = post.split()[-1].lower()
    return last in POST_WORDS or last.removesuffix("s") in POST_WORDS


#: Words that end no post's title: the name goes on after them.
_OPEN = frozenset({"of", "for", "and", "&", "in", "the", "to", "with", "at", "on"})


#: A chair's role after a person ("Jo Example (Chair)"): the role's mark, not a post of its
#: own (the seat is the chair of the body the fact names).
_ROLE = re.compile(r"(?:(?:vice|deputy|co)[\s-]*)?(?:chair(?:man|person|woman)?|convenor|"
                   r"convener)", re.IGNORECASE)


def _post(name: str) -> bool:
    """Whether words are a whole post's title (not one cut before its specialty, nor a
    chair's role mark)."""
    return bool(name) and looks_like_post(name) and name.split()[-1].lower() not in _OPEN \
        and not _ROLE.fullmatch(name)


def _holder_after(text: str, m: Mention) -> Mention | None:
    """The person named right after a post ("… Director of Widgets, Jo Example")."""
    got = _HOLDER_AFTER.match(text, m.end)
    if got is None or not is_named_person(got["p"]):
        return None
    return Mention(got["p"], got.start("p"), got.end("p"))


#: A verb right after a name: the name is the subject of a clause of its own ("Reporting to
#: Jo Example, the Widget Officer will …"), not in apposition to the name before it.
_VERB_NEXT = re.compile(r"[ \t]+(?:will|shall|is|are|was|were|has|have|had|must|may|can|could|"
                        r"would|should|does|do|reports?|chairs?|sits?|leads?|works?|manages?|"
                        r"deputises?|attends?|also)\b")


def _holder_before(text: str, m: Mention) -> Mention | None:
    """The person named right before a post and set off from it ("Jo Example, Director of
    Widgets"), or None: not when the post opens a clause of its own ("Reporting to Jo
    Example, the Widget Officer will …")."""
    lo = max(0, m.start - _REACH)
    got = _HOLDER_BEFORE.search(text[lo:m.start])
    if got is None or not is_named_person(got["p"]) or _VERB_NEXT.match(text, m.end) or \
            _ends_post(text[lo:lo + got.start("p")].strip() or "-"):
        return None  # (in "the Chief Executive Jo Example, Head of Widgets Sam Sample" the
    # name is the post's before it, and the post after the comma another's)
    return Mention(got["p"], lo + got.start("p"), lo + got.end("p"))


#: A line that ends with a joining word: the name on it goes on on the next line.
_JOIN_END = re.compile(r"[ \t](?:of|for|and|in|&)[ \t]*$")


def _post_after(text: str, who: Mention) -> Mention | None:
    """The post set right after a person's name ("Jo Example, Director of Widgets", "Dr Jo
    Example (Head of Widgets)"), or None."""
    sep = _POST_AFTER.match(text, who.end)
    if sep is None:
        return None
    line = text.find("\n", sep.end())
    if line >= 0 and _JOIN_END.search(text, sep.end(), line):
        line = text.find("\n", line + 1)  # "(Head of" / "Widget Services)": the post goes on
    post = first_name(text, sep.end(), len(text) if line < 0 else line)
    if post is None or post.start - sep.end() > 4 or not _post(post.name) or \
            is_person(post.name) or _VERB_NEXT.match(text, post.end):
        return None
    return post


#: A person appointed, elected or named to a post: "Jo Example (, Head of Widgets,) has been
#: appointed (as) (the) (new) Chair of the X", "Westshire has appointed Dr Jo Example as its
#: new Director of Widgets", "Jo Example was elected Chair of the X". The verb is found first;
#: the person is looked for before it (``_BEFORE_VERB``) or right after it.
_APPOINTING = re.compile(r"\b(?:appointed|elected|named)\b")
_BEFORE_VERB = re.compile(r"(?<![\w.'’-])(?P<a>" + PERSON_NAME + r")(?:,[^,.;\n]{2,80},|,)?"
                          r"[ \t]+(?:has[ \t]+been|have[ \t]+been|was|is|will[ \t]+be|had[ \t]+"
                          r"been)[ \t]+\Z")
_AFTER_VERB = re.compile(r"[ \t]+(?P<a>" + PERSON_NAME + r")")
_AS = re.compile(r"[ \t]+(?:as[ \t]+)?(?:(?:the|its|our|their|a)[ \t]+)?(?:(?:new|first|"
                 r"permanent|substantive|interim|next)[ \t]+)*(?=[A-Z])")


def appointments(text: str) -> list[tuple[Mention, Mention]]:
    """The people the text appoints, elects or names to a post, each with the post
    ("Dr Jo Example has been appointed Chair of the Widget Board": the Chair of the Widget
    Board; "appointed Jo Example as its new Widget Manager": the Widget Manager).

    >>> [(a.name, b.name) for a, b in appointments("Dr Jo Example has been appointed Chair of "
    ...                                            "the Widget Board.")]
    [('Dr Jo Example', 'Chair of the Widget Board')]
    """
    out = []
    for verb in _APPOINTING.finditer(text):
        lo = max(0, verb.start() - 160)
        before = _BEFORE_VERB.search(text[lo:verb.start()])
        found = before or _AFTER_VERB.match(text, verb.end())
        if found is None:
            continue
        at = lo if before else 0
        who = Mention(found["a"], at + found.start("a"), at + found.end("a"))
        ends = verb.end() if before else who.end
        lead = text[max(0, who.start - 12):who.start].split()
        if lead and lead[-1].lower() in _OPEN and " " in who.name:  # "… of Gadgets R.
            cut = who.name.index(" ") + 1  # Example": the word after "of" is the post's
            who = Mention(who.name[cut:], who.start + cut, who.end)
        gap = _AS.match(text, ends)
        if gap is None or not is_named_person(who.name):
            continue
        line = text.find("\n", ends)
        post = first_name(text, gap.end(), len(text) if line < 0 else line)
        if post is not None and post.start == gap.end() and looks_like_post(post.name):
            out.append((who, post))
    return out
