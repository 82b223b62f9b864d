#!/usr/bin/env python3
"""Restore rate and correct words changed of the dictionary-guided repair on sets of damaged lines.

    python3 Benchmarks/repair_lines.py ITA_BINARY SET.tsv [SET.tsv ...] [--failures]

Each set is a TSV with the columns of Tests/Fixtures/repair/web-lines.tsv (damaged, correct, kind,
source). The damaged column goes through `ita normalize --repair` (one line each); a line is
*restored* when the output equals its correct form, spaces ignored, as RepairWebLineTests counts.

*Correct words changed*: words (space-separated runs) of the damaged line that already stood in
the correct line as they are, and that the repair edited anyway (a letter, mark or vowel inside
them added, removed or replaced; a space dropped beside them does not count). It is the cost of a
repair that takes a right word for a damaged one (`สำนักกอง` made into สำนักอัง).

--failures lists the lines not restored: use it on a tuning set only, never on the measuring
set (its failures must not steer the code).
"""
import difflib
import subprocess
import sys
import tempfile


def read_set(path):
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number == 0 or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            rows.append((fields[0], fields[1], fields[2] if len(fields) > 2 else ""))
    return rows


def repaired_lines(ita, lines):
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as handle:
        handle.write("\n".join(lines) + "\n")
        name = handle.name
    output = subprocess.run([ita, "normalize", "--repair", name], capture_output=True, check=True).stdout
    result = output.decode("utf-8").split("\n")
    return result[: len(lines)]


def changed_correct_words(damaged, correct, repaired):
    """The words of `damaged` that stand in `correct` as they are and that the repair edited."""
    correct_words = set(correct.split())
    # Each letter of the damaged line, without spaces, tagged with the word it belongs to.
    letters, owners = [], []
    for index, word in enumerate(damaged.split()):
        for character in word:
            letters.append(character)
            owners.append(index)
    output = [character for character in repaired if not character.isspace()]
    edited = set()
    matcher = difflib.SequenceMatcher(a=letters, b=output, autojunk=False)
    for tag, low, high, _, _ in matcher.get_opcodes():
        if tag == "equal":
            continue
        if low == high:  # an insertion: it touches the letters on both sides
            for neighbour in (low - 1, low):
                if 0 <= neighbour < len(owners):
                    edited.add(owners[neighbour])
        else:
            edited.update(owners[low:high])
    words = damaged.split()
    # An insertion at a word's edge may belong to the damaged neighbour: count a word only when
    # it no longer appears, whole, in the output.
    joined = "".join(output)
    return [words[i] for i in sorted(edited) if words[i] in correct_words and words[i] not in joined]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show_failures = "--failures" in sys.argv
    ita, sets = args[0], args[1:]
    for path in sets:
        rows = read_set(path)
        outputs = repaired_lines(ita, [damaged for damaged, _, _ in rows])
        restored = 0
        changed = []
        for (damaged, correct, kind), output in zip(rows, outputs):
            if output.replace(" ", "") == correct.replace(" ", ""):
                restored += 1
            elif show_failures:
                print(f"  [{kind}] {damaged}\n    got  {output}\n    want {correct}")
            changed += changed_correct_words(damaged, correct, output)
        print(f"{path}: restored {restored}/{len(rows)} ({restored / len(rows):.2f}), "
              f"correct words changed {len(changed)}" + (f" {changed}" if changed else ""))


if __name__ == "__main__":
    main()
