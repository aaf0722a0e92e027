#!/usr/bin/env python3
# Generates a deterministic synthetic corpus of UN resolutions (Markdown, plain text and pdftotext-layout).
"""Usage: gen_corpus.py COUNT OUTDIR [--seed N]

Writes COUNT resolutions into OUTDIR (sessions 1-80, about 30 paragraphs each, Zipf vocabulary,
clause phrases from analyzers/data/clauses.en.txt, footnotes and page breaks) in the three source
formats unres-index reads, rotating between them, plus OUTDIR/manifest.jsonl: one line per file with
its symbol and the number of preambular and operative paragraphs it was generated with.
Only the standard library is used; the same COUNT and seed always give the same bytes.
"""
import argparse
import bisect
import itertools
import json
import os
import random
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
CLAUSES = os.path.join(HERE, "..", "analyzers", "data", "clauses.en.txt")

# Head of the vocabulary, most frequent first (function words, then UN register).
HEAD = """the of and to in for its all on with as by that a be at including their which is other are
States United Nations international Member development human rights countries national support
Secretary-General report General Assembly implementation cooperation relevant regional
programmes efforts measures continue further assistance work sustainable particular
organizations system resources Council Economic Social session resolution Convention
information activities developing capacity framework peace security women children
protection law access global level policies role need action health education
promote ensure strengthen provide encourage request recognize affirm consider address
agencies funds Governments stakeholders civil society private sector partnership dialogue
technical financial contributions voluntary basis trust fund appropriate mandate
Agenda Goals climate change environment water energy food poverty eradication
violence against girls persons disabilities migrants refugees indigenous peoples
disarmament nuclear weapons mines anti-personnel arms trade terrorism crime drugs
Charter principles sovereignty territorial integrity self-determination decolonization
Territories administering Power Committee Special Political Fourth Third Second First
treaty obligations compliance verification transparency accountability justice
commission mission peacekeeping operations budget expenditure financing biennium
health pandemic coronavirus disease vaccines medicines humanitarian emergency relief
ocean seas fisheries biodiversity forests desertification disaster risk reduction
statistics data indicators monitoring evaluation review follow-up outcome conference
declaration plan strategy platform network centre institute university training
youth older family communities rural urban housing employment labour social protection
trade investment debt technology innovation science digital cybersecurity space outer
Africa Asia Pacific Latin America Caribbean Europe Middle East small island landlocked
Palestine Syrian Golan Occupied Israel Afghanistan Myanmar Ukraine Sudan Haiti Somalia
Rwanda Cambodia Kosovo Cyprus Sahara Lebanon Iraq Iran Libya Yemen Mali Congo
Geneva New York Vienna Nairobi Bangkok Santiago Addis Ababa Beirut headquarters""".split()

# Fixed phrases of the UN register, spliced into bodies so phrase queries behave as on real texts.
PHRASES = """Member States|the Secretary-General|human rights|sustainable development|the United Nations
|the General Assembly|international cooperation|in accordance with|the Charter of the United Nations
|the 2030 Agenda for Sustainable Development|Sustainable Development Goals|civil society
|developing countries|the Security Council|the Human Rights Council|the rule of law|climate change
|anti-personnel mines|nuclear weapons|gender equality|women and girls|persons with disabilities
|capacity-building|technical assistance|voluntary contributions|the international community
|relevant United Nations entities|the specialized agencies|at its next session|to submit a report
|in this regard|fundamental freedoms|peace and security|the least developed countries
|small island developing States|humanitarian assistance|the Economic and Social Council
|non-governmental organizations|within existing resources|to continue to provide""".replace("\n", "").split("|")

SYLLABLES = "ba be bi bo da de di do fa fe ga ge ka ke la le li lo ma me mi mo na ne ni no pa pe " \
            "ra re ri ro sa se si so ta te ti to va ve za zo tion ment ity ance ous al ic ist".split()

ORDINAL_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ORDINAL_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                 "seventeenth", "eighteenth", "nineteenth"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
TENS_ORD = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
            "eightieth", "ninetieth"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
COMMITTEES = ["First Committee", "Second Committee", "Third Committee",
              "Special Political and Decolonization Committee (Fourth Committee)", "Fifth Committee",
              "Sixth Committee", None]
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
FOOTNOTE_TEXTS = ["Resolution {s}/{n}.", "United Nations, Treaty Series, vol. {v}, No. {k}.",
                  "See Official Records of the General Assembly, {o} Session, Supplement No. {m} (A/{s}/{m}).",
                  "A/{s}/{k}.", "Resolution {s}/{n}, annex."]


def ordinal(n):
    """Ordinal word: 78 -> seventy-eighth."""
    if n < 10:
        return ORDINAL_UNITS[n]
    if n < 20:
        return ORDINAL_TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS_ORD[t] if u == 0 else TENS[t] + "-" + ORDINAL_UNITS[u]


def load_clauses():
    kinds = {"preambular": [], "operative": []}
    kind = None
    with open(CLAUSES, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line in ("[preambular]", "[operative]"):
                kind = line[1:-1]
                continue
            kinds[kind].append(line)
    return kinds


class Vocabulary:
    """A Zipf(1.07) distribution over the HEAD words followed by generated long-tail words."""

    def __init__(self, rng, tail=40000):
        words, seen = list(HEAD), set(HEAD)
        while len(words) < len(HEAD) + tail:
            w = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
            if w not in seen:
                seen.add(w)
                words.append(w)
        self.words = words
        self.cum = list(itertools.accumulate(1.0 / (r + 1) ** 1.07 for r in range(len(words))))

    def sample(self, rng, k):
        return rng.choices(self.words, cum_weights=self.cum, k=k)


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.vocab = Vocabulary(self.rng)
        clauses = load_clauses()
        # Frequent real openings dominate, as in the official texts; the lexicon supplies the rest.
        self.pre = clauses["preambular"]
        self.op = clauses["operative"]
        self.pre_weights = [8.0 if len(c.split()) <= 2 else 1.0 for c in self.pre]
        self.op_weights = [8.0 if len(c.split()) <= 2 else 1.0 for c in self.op]

    def body(self, n_words, topic, footnote):
        """Body text after the clause: Zipf words mixed with the resolution's topic words."""
        rng = self.rng
        words = self.vocab.sample(rng, n_words)
        for i in range(0, n_words, 7):
            words[i] = rng.choice(topic)
        for i in range(3, n_words - 4, 9):
            if rng.random() < 0.5:
                words[i] = rng.choice(PHRASES)
        words[0] = rng.choice(["the", "that", "its", "all", "further"])
        if words[0] == "further":
            words[0] = "the"
        text = " ".join(words)
        if rng.random() < 0.15:
            text += f", in accordance with resolution {rng.randint(1, 79)}/{rng.randint(1, 300)}"
        return text, footnote

    def resolution(self, index):
        rng = self.rng
        session = 1 + index % 80
        number = 1 + index // 80
        year = 1945 + session
        month = rng.choice([10, 11, 12])
        day = rng.randint(1, 28)
        committee = rng.choice(COMMITTEES)
        topic = self.vocab.sample(rng, 6) + [rng.choice(HEAD[60:])]
        title_words = [w for w in self.vocab.sample(rng, rng.randint(4, 10)) if w not in ("a", "the", "of")]
        title_words = title_words or ["Cooperation"]
        title = " ".join([title_words[0].capitalize()] + title_words[1:] + ["and", topic[0]])
        n_pre = rng.randint(6, 18)
        n_op = rng.randint(8, 22)
        paragraphs, notes = [], []
        for i in range(n_pre + n_op):
            pre = i < n_pre
            clause = rng.choices(self.pre if pre else self.op, weights=self.pre_weights if pre else self.op_weights)[0]
            mark = None
            if rng.random() < 0.12:
                mark = str(len(notes) + 1)
                t = rng.choice(FOOTNOTE_TEXTS)
                notes.append((mark, t.format(s=rng.randint(1, session), n=rng.randint(1, 300),
                                             v=rng.randint(500, 3000), k=rng.randint(100, 60000),
                                             o=ordinal(max(1, session - 1)).capitalize(), m=rng.randint(1, 49))))
            text, _ = self.body(max(8, int(rng.lognormvariate(3.6, 0.5))), topic, mark)
            end = "," if pre else ";"
            if i == n_pre + n_op - 1:
                end = "."
            paragraphs.append({"pre": pre, "clause": clause, "text": text, "end": end, "mark": mark,
                               "number": None if pre else i - n_pre + 1})
        return {"session": session, "number": number, "symbol": f"A/RES/{session}/{number}", "year": year,
                "adopted": (year, month, day), "distributed": (year, month, min(28, day + 4)),
                "committee": committee, "agenda": f"{rng.randint(10, 140)}{rng.choice(['', ' (a)', ' (m)'])}",
                "meeting": rng.randint(30, 90), "title": title, "paragraphs": paragraphs, "notes": notes,
                "n_pre": n_pre, "n_op": n_op}


def date_text(d):
    return f"{d[2]} {MONTHS[d[1] - 1]} {d[0]}"


def report_line(r):
    if r["committee"] is None:
        return f"[without reference to a Main Committee (A/{r['session']}/L.{r['number']})]"
    return f"[on the report of the {r['committee']} (A/{r['session']}/{400 + r['number']}, para. 12)]"


def split_for_break(rng, r):
    """Paragraph indices after which a page break falls (every 6-9 paragraphs)."""
    breaks, i = set(), rng.randint(5, 8)
    while i < len(r["paragraphs"]) - 1:
        breaks.add(i)
        i += rng.randint(6, 9)
    return breaks


def write_markdown(r, rng):
    out = ["", "", "", "", "# General Assembly", "", "Distr.: General  ", date_text(r["distributed"]), "", "---",
           "", f"## {ordinal(r['session']).capitalize()} session", "", f"Agenda item {r['agenda']}", "",
           f"### **{r['title']}**", "", f"## **Resolution adopted by the General Assembly on {date_text(r['adopted'])}**",
           "", report_line(r), "", f"### **{r['session']}/{r['number']}. {r['title']}**", "",
           "*The General Assembly,*", ""]
    breaks, pending = split_for_break(rng, r), []
    for i, p in enumerate(r["paragraphs"]):
        sup = f"<sup>{p['mark']}</sup>" if p["mark"] else ""
        if p["mark"]:
            pending.append(p["mark"])
        lead = f"{p['number']}. " if p["number"] else ""
        out += [f"{lead}*{p['clause']}* {p['text']}{sup}{p['end']}", ""]
        if i in breaks:
            out += ["---", ""]
            for m in pending:
                out += [f"<sup>{m}</sup> {dict(r['notes'])[m]}", ""]
            pending = []
    for m in pending:
        out += ["---", "", f"<sup>{m}</sup> {dict(r['notes'])[m]}", ""]
    out += [f"*{r['meeting']}th plenary meeting  ", f"{date_text(r['adopted'])}*"]
    return "\n".join(out) + "\n"


def write_text(r, rng):
    out = ["", "", "", "", "General Assembly", "", "Distr.: General", date_text(r["distributed"]), "",
           f"{ordinal(r['session']).capitalize()} session", "", f"Agenda item {r['agenda']}", "", r["title"], "",
           f"Resolution adopted by the General Assembly on {date_text(r['adopted'])}", "", report_line(r), "",
           f"{r['session']}/{r['number']}. {r['title']}", "", "The General Assembly,", ""]
    breaks, pending = split_for_break(rng, r), []
    for i, p in enumerate(r["paragraphs"]):
        sup = p["mark"].translate(SUPERSCRIPT) if p["mark"] else ""
        if p["mark"]:
            pending.append(p["mark"])
        if p["number"]:
            out += [f"{p['number']}. *{p['clause']}* {p['text']}{sup}{p['end']}", ""]
        else:
            out += [f"{p['clause']} {p['text']}{sup}{p['end']}", ""]
        if i in breaks:
            out += ["", ""]
            for m in pending:
                out += [f"{m.translate(SUPERSCRIPT)} {dict(r['notes'])[m]}", ""]
            pending = []
    for m in pending:
        out += ["", "", f"{m.translate(SUPERSCRIPT)} {dict(r['notes'])[m]}", ""]
    out += [f"*{r['meeting']}th plenary meeting", f"{date_text(r['adopted'])}*"]
    return "\n".join(out) + "\n"


def write_layout(r, rng):
    """pdftotext -layout: indented, wrapped, footnote blocks, job-number footers, form feeds."""
    sym, job = r["symbol"], f"{r['year'] % 100:02d}-{10000 + r['number'] * 7 % 90000:05d}"
    title_lines = textwrap.wrap(r["title"], 58)
    page = [f"{'':16}United Nations{'':>60}{sym:>20}", f"{'':16}General Assembly{'':45}Distr.: General",
            f"{'':81}{date_text(r['distributed'])}", "", "", "", "",
            f"{ordinal(r['session']).capitalize()} session", f"Agenda item {r['agenda']}"]
    page += textwrap.wrap(r["title"], 60) + ["", "", f"{'':16}Resolution adopted by the General Assembly",
                                             f"{'':16}on {date_text(r['adopted'])}", f"{'':16}{report_line(r)}", ""]
    head = f"{r['session']}/{r['number']}."
    page += [f"  {head:<14}{title_lines[0]}"] + [f"{'':16}{t}" for t in title_lines[1:]]
    page += ["", f"{'':22}The General Assembly,"]
    pages, notes, page_no = [], [], 1

    def close_page(last=False):
        nonlocal page, notes, page_no
        if notes:
            page += ["", f"{'':8}__________________"]
            for m, t in notes:
                page += [f"{'':12}{m}", f"{'':16}{t}"]
        page.append("")
        if page_no == 1:
            page += [f" {job} (E)     {r['distributed'][2]:02d}{r['distributed'][1]:02d}{r['year'] % 100:02d}",
                     f" *{job.replace('-', '')}*"]
        else:
            page += ["", f"{page_no}/N{'':100}{job}" if page_no % 2 == 0 else f"{job}{'':100}{page_no}/N"]
        pages.append(page)
        page, notes = [], []
        page_no += 1
        if not last:
            if page_no % 2 == 0:
                page += [f"{'':78}{title_lines[0]}", f"{sym}{'':60}{' '.join(title_lines[1:])}"]
            else:
                page += [f"{title_lines[0]}", f"{' '.join(title_lines[1:])}{'':60}{sym}"]
            page.append("")

    for p in r["paragraphs"]:
        sup = f" {p['mark']} " if p["mark"] else ""
        text = f"{p['clause']} {p['text']}{sup.rstrip()}{p['end']}"
        if p["number"]:
            lines = textwrap.wrap(f"{p['number']}.   {text}", 80 - 6)
            body = [f"{'':22}{lines[0]}"] + [f"{'':17}{ln}" for ln in lines[1:]]
        else:
            lines = textwrap.wrap(text, 80 - 6)
            body = [f"{'':22}{lines[0]}"] + [f"{'':16}{ln}" for ln in lines[1:]]
        if len(page) + len(body) > 46:
            close_page()
        page += body
        if p["mark"]:
            notes.append((p["mark"], dict(r["notes"])[p["mark"]]))
    page += ["", f"{'':82}{r['meeting']}th plenary meeting", f"{'':84}{date_text(r['adopted'])}", "", "", "", ""]
    close_page(last=True)
    total = str(len(pages))
    return "\f".join("\n".join(line.replace("/N", "/" + total) for line in pg) + "\n" for pg in pages)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("count", type=int)
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=20240601)
    args = ap.parse_args()
    gen = Generator(args.seed)
    os.makedirs(args.outdir, exist_ok=True)
    with open(os.path.join(args.outdir, "manifest.jsonl"), "w", encoding="utf-8") as manifest:
        for i in range(args.count):
            r = gen.resolution(i)
            style = i % 3
            name = f"A-RES-{r['session']}-{r['number']}"
            if style == 0:
                path, text = name + ".md", write_markdown(r, gen.rng)
            elif style == 1:
                path, text = name + ".txt", write_text(r, gen.rng)
            else:
                path, text = name.replace("-", "_") + ".txt", write_layout(r, gen.rng)
            sub = os.path.join(args.outdir, f"{r['session']:02d}")
            os.makedirs(sub, exist_ok=True)
            with open(os.path.join(sub, path), "w", encoding="utf-8") as f:
                f.write(text)
            manifest.write(json.dumps({"file": path, "symbol": r["symbol"], "preambular": r["n_pre"],
                                       "operative": r["n_op"]}) + "\n")


if __name__ == "__main__":
    main()
